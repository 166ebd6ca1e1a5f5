/**
 * A synthetic document of `n` people, for tests that need many items: person i is CURRENT
 * at "Synth Corp (i mod 5) France" (a subsidiary of "Synth Corp (i mod 5)") and was before
 * at "Synth Corp ((i + 1) mod 5)"; every other role is placed in France.
 */
import type { Facts, RoleFact } from '../../src/model/facts.js';
import type { DocumentGraph } from '../../src/model/graph.js';
import { resolveDocument } from '../../src/resolve/document.js';
import { sourceId } from '../../src/resolve/ids.js';

export function createSyntheticDocument(n: number): DocumentGraph {
  const roles: RoleFact[] = [];
  for (let i = 0; i < n; i++) {
    const person = `Synthetic Person ${String(i).padStart(3, '0')}`;
    const evidence = `${person} works at Synth Corp ${i % 5} France.`;
    roles.push(
      { person, company: `Synth Corp ${i % 5} France`, title: 'director', status: 'current', start: null, end: null, place: i % 2 ? 'France' : null, evidence },
      { person, company: `Synth Corp ${(i + 1) % 5}`, title: 'manager', status: 'former', start: '2010', end: '2015', place: null, evidence },
    );
  }
  const facts: Facts = { lang: 'en', roles, expansions: [] };
  return resolveDocument(facts, {
    id: sourceId(`synthetic ${n}`),
    title: `Synthetic document of ${n} people`,
    url: null,
    publishedAt: '2020-01-01',
    lang: 'en',
    ingestedAt: '2026-01-01T00:00:00.000Z',
  });
}
