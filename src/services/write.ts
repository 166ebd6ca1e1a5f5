/**
 * Writes from the API: one article through the single ingest path (ingest.ts), with a report
 * of what it added and merged and which people and companies it names.
 */
import type { Article } from '../input/article.js';
import { resolveDocument } from '../resolve/document.js';
import type { GraphStore, IngestResult } from '../store/types.js';
import { invalidateCatalog } from './catalog.js';
import type { IngestDeps } from './ingest.js';

export interface WriteReport extends IngestResult {
  /** Ids of the people and companies the article names (resolved as the store did). */
  personIds: string[];
  companyIds: string[];
}

export async function writeArticle(store: GraphStore, article: Article, deps: IngestDeps): Promise<WriteReport> {
  // Loaded on the first write: extraction's dictionaries are large, and a read-only server
  // (or a test of reads) never needs them.
  const { ingestArticle } = await import('./ingest.js');
  const result = await ingestArticle(store, article, deps);
  invalidateCatalog(store);
  // Ids depend on the facts only, so resolving them again names exactly what was written.
  const named = resolveDocument(result.facts, {
    id: result.sourceId, title: null, url: null, publishedAt: null, lang: result.facts.lang, ingestedAt: '',
  });
  const { facts: _facts, ...counts } = result;
  return { ...counts, personIds: named.persons.map((p) => p.id), companyIds: named.companies.map((c) => c.id) };
}
