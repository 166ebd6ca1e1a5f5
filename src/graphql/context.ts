import DataLoader from 'dataloader';
import type { IngestDeps } from '../services/ingest.js';
import { catalogOf, invalidateCatalog, type Catalog } from '../services/catalog.js';
import type { GraphStore } from '../store/types.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../input/decode.js';
import { createLoaders, type Loaders } from './loaders.js';
import type { RateLimiter } from './rate-limit.js';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
  /** The store's people and companies (search, listing), fetched at most once per request. */
  catalog: () => Promise<Catalog>;
  /** The request's Authorization header, or null. */
  authorization: string | null;
  /** CAREERGRAPH_API_KEY, or null: writes are then refused. */
  apiKey: string | null;
  /** Extractor and clock for writes (tests pass their own). */
  ingest: IngestDeps;
  /** After a write: drop what this request cached, so later fields see the new graph. */
  afterWrite: () => void;
  /** Aborted at the execution deadline or when the client goes away (deadline.ts). */
  signal: AbortSignal | null;
  /** Takes one write from this client's rate-limit bucket, or throws RATE_LIMITED. */
  takeWrite: () => void;
  /** Largest article text a write takes, in UTF-8 bytes. */
  maxArticleBytes: number;
}

export interface ContextOptions {
  request?: Request;
  apiKey?: string | null;
  ingest?: IngestDeps;
  signal?: AbortSignal | null;
  /** The client's address: whose write bucket a mutation takes from. */
  client?: string;
  rateLimiter?: RateLimiter | null;
  maxArticleBytes?: number;
}

/** One context per request: fresh loaders, so caches never cross requests. */
export function createContext(store: GraphStore, options: ContextOptions = {}): Context {
  let catalog: Promise<Catalog> | null = null;
  const loaders = createLoaders(store);
  return {
    store,
    loaders,
    catalog: () => (catalog ??= catalogOf(store)),
    authorization: options.request?.headers.get('authorization') ?? null,
    apiKey: options.apiKey ?? null,
    ingest: options.ingest ?? {},
    afterWrite: () => {
      for (const loader of Object.values(loaders)) if (loader instanceof DataLoader) loader.clearAll();
      catalog = null;
      invalidateCatalog(store);
    },
    signal: options.signal ?? null,
    takeWrite: () => options.rateLimiter?.take(options.client ?? 'local'),
    maxArticleBytes: options.maxArticleBytes ?? DEFAULT_MAX_ARTICLE_BYTES,
  };
}
