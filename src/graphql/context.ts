import type { IngestDeps } from '../services/ingest.js';
import { catalogOf, invalidateCatalog, type Catalog } from '../services/catalog.js';
import type { GraphStore } from '../store/types.js';
import { createLoaders, type Loaders } from './loaders.js';

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
}

export interface ContextOptions {
  request?: Request;
  apiKey?: string | null;
  ingest?: IngestDeps;
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
      for (const loader of Object.values(loaders)) loader.clearAll();
      catalog = null;
      invalidateCatalog(store);
    },
  };
}
