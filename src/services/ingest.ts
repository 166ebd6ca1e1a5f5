/**
 * Article → facts → resolved document → store. The one path every writer takes (CLI
 * ingest, seeding, the GraphQL mutation, benchmarks), so they all agree. Bulk writers (CLI
 * ingest, benchmarks) hand many documents at once to `store.ingestMany`, which Neo4j
 * commits in batches; one article (the mutation) goes through `store.ingest`.
 */
import { rulesBackend, normalize, type ExtractorBackend } from '../extract/index.js';
import type { Article } from '../input/article.js';
import type { Facts } from '../model/facts.js';
import type { DocumentGraph } from '../model/graph.js';
import { resolveDocument } from '../resolve/document.js';
import { sourceId } from '../resolve/ids.js';
import type { InputError } from '../errors.js';
import { DocumentRefusedError } from '../store/refused.js';
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

/** What became of one document of a bulk ingest: its result, or why the store refused it. */
export type DocumentOutcome =
  | { result: IngestResult; error: null }
  | { result: null; error: InputError };

/**
 * The most documents a bulk writer hands to `store.ingestMany` at once (the store splits
 * them into its own batches: Neo4j commits up to 1000 documents a transaction).
 */
export const DOCUMENTS_PER_CALL = 2_000;

/**
 * Writes documents in order through `store.ingestMany`. A document the store refuses (it
 * points at nodes it does not define) is reported with its error and skipped; the ones
 * after it are still written, as if it had not been there. Other errors (store
 * unavailable…) reject: documents are whole or absent, and ingesting again adds the rest.
 */
export async function ingestDocuments(store: GraphStore, docs: readonly DocumentGraph[]): Promise<DocumentOutcome[]> {
  const out: DocumentOutcome[] = [];
  let start = 0;
  while (start < docs.length) {
    try {
      for (const result of await store.ingestMany(docs.slice(start))) out.push({ result, error: null });
      break;
    } catch (err) {
      if (!(err instanceof DocumentRefusedError)) throw err;
      for (const result of err.written) out.push({ result, error: null });
      out.push({ result: null, error: err });
      start += err.index + 1;
    }
  }
  return out;
}

/**
 * Streams documents to the store while the caller prepares the next ones: each `push`
 * queues a document, and whenever the store is free it takes what is queued in one
 * `ingestDocuments` call. A call takes at most as many documents as were written before
 * it (1, 1, 2, 4, 8… up to `maxQueued`): the first documents land at once, bulk loads soon
 * pay one commit per large batch, and a killed run never loses more than it had already
 * written. While the store is slower than the caller, `push` waits once `maxQueued` are
 * queued. Outcomes are reported in document order. A store error (not a refused document)
 * stops the writer: the next `push` or `close` rejects with it; what was committed stays.
 */
export class DocumentWriter {
  private queued: DocumentGraph[] = [];
  private written = 0;
  private writing: Promise<void> | null = null;
  private failure: { error: unknown } | null = null;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly store: GraphStore,
    private readonly onOutcome: (outcome: DocumentOutcome) => void,
    private readonly maxQueued = DOCUMENTS_PER_CALL,
  ) {}

  async push(doc: DocumentGraph): Promise<void> {
    this.rethrow();
    this.queued.push(doc);
    this.writing ??= this.drain();
    if (this.queued.length >= this.maxQueued) await new Promise<void>((resolve) => this.waiting.push(resolve));
    // Let the driver send and receive while the caller prepares the next document.
    else await new Promise<void>((resolve) => setImmediate(resolve));
    this.rethrow();
  }

  /** Writes what is still queued; rejects with the store's error if a write failed. */
  async close(): Promise<void> {
    while (this.writing) await this.writing;
    this.rethrow();
  }

  private rethrow(): void {
    if (this.failure) throw this.failure.error;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queued.length > 0 && !this.failure) {
        const docs = this.queued.splice(0, Math.min(this.maxQueued, Math.max(1, this.written)));
        this.release();
        for (const outcome of await ingestDocuments(this.store, docs)) this.onOutcome(outcome);
        this.written += docs.length;
      }
    } catch (error) {
      this.failure = { error };
      this.queued = [];
    } finally {
      this.writing = null;
      this.release();
    }
  }

  private release(): void {
    for (const resolve of this.waiting.splice(0)) resolve();
  }
}

export type ArticleOutcome = DocumentOutcome & { article: Article; facts: Facts };

/**
 * Bulk ingest of articles (`careergraph ingest`): each `add` extracts and resolves one
 * article, then queues it on a DocumentWriter; `onOutcome` hears of each in order.
 */
export function articleWriter(
  store: GraphStore, onOutcome: (outcome: ArticleOutcome) => void, deps: IngestDeps = {}, maxQueued = DOCUMENTS_PER_CALL,
): { add(article: Article): Promise<void>; close(): Promise<void> } {
  const inFlight: { article: Article; facts: Facts }[] = [];
  const writer = new DocumentWriter(store, (outcome) => {
    const next = inFlight.shift();
    if (!next) throw new Error('unreachable: an outcome for no queued article');
    onOutcome({ ...outcome, ...next });
  }, maxQueued);
  return {
    add(article) {
      const { facts, doc } = prepareDocument(article, deps);
      inFlight.push({ article, facts });
      return writer.push(doc);
    },
    close: () => writer.close(),
  };
}
