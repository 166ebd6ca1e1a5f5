/**
 * Article → facts → resolved document → store. The one path every writer takes (CLI
 * ingest, seeding, the GraphQL mutation, benchmarks), so they all agree.
 */
import { rulesBackend, normalize, type ExtractorBackend } from '../extract/index.js';
import type { Article } from '../input/article.js';
import type { Facts } from '../model/facts.js';
import type { DocumentGraph } from '../model/graph.js';
import { resolveDocument } from '../resolve/document.js';
import { sourceId } from '../resolve/ids.js';
import type { GraphStore, IngestResult } from '../store/types.js';

export interface IngestDeps {
  extractor?: ExtractorBackend;
  /** The clock, from outside so ingestion stays reproducible in tests. */
  now?: () => Date;
}

export interface PreparedDocument {
  facts: Facts;
  doc: DocumentGraph;
}

export function prepareDocument(article: Article, deps: IngestDeps = {}): PreparedDocument {
  const extractor = deps.extractor ?? rulesBackend;
  const text = normalize(article.text);
  const facts = extractor.extract({ text, lang: article.lang, published: article.published });
  const doc = resolveDocument(facts, {
    id: sourceId(text),
    title: article.title,
    url: article.url,
    publishedAt: article.published,
    lang: facts.lang,
    ingestedAt: (deps.now ?? (() => new Date()))().toISOString(),
  });
  return { facts, doc };
}

export async function ingestArticle(store: GraphStore, article: Article, deps: IngestDeps = {}): Promise<IngestResult & { facts: Facts }> {
  const { facts, doc } = prepareDocument(article, deps);
  return { ...(await store.ingest(doc)), facts };
}
