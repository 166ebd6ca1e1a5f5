/**
 * Resolved documents built from hand-written Facts fixtures: the store and GraphQL tests
 * run on them, so they test storage and queries whatever extraction does.
 */
import { readFileSync } from 'node:fs';
import type { Facts } from '../../src/model/facts.js';
import type { DocumentGraph } from '../../src/model/graph.js';
import { resolveDocument } from '../../src/resolve/document.js';
import { sourceId } from '../../src/resolve/ids.js';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../fixtures/facts/${name}`, import.meta.url), 'utf8'));

export const INGESTED_AT = '2026-01-01T00:00:00.000Z';

export function seedDocument(): DocumentGraph {
  const facts = fixture('seed.facts.json') as Facts;
  return resolveDocument(facts, {
    id: sourceId('seed fixture'),
    title: 'Alibaba nomme un directeur général en France',
    url: null,
    publishedAt: null,
    lang: 'fr',
    ingestedAt: INGESTED_AT,
  });
}

export function secondDocument(): DocumentGraph {
  const data = fixture('second.json') as { text: string; published: string; title: string; facts: Facts };
  return resolveDocument(data.facts, {
    id: sourceId(data.text),
    title: data.title,
    url: 'https://example.org/vireo',
    publishedAt: data.published,
    lang: 'en',
    ingestedAt: INGESTED_AT,
  });
}

/** A fixture article of tests/fixtures/facts/ ({text, published, title, facts}) as a document. */
export function articleDocument(name: string, url: string | null = null): DocumentGraph {
  const data = fixture(name) as { text: string; published: string; title: string; facts: Facts };
  return resolveDocument(data.facts, {
    id: sourceId(data.text),
    title: data.title,
    url,
    publishedAt: data.published,
    lang: data.facts.lang,
    ingestedAt: INGESTED_AT,
  });
}
