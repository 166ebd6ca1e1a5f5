import type { GraphStore } from '../store/types.js';
import { createLoaders, type Loaders } from './loaders.js';

export interface Context {
  store: GraphStore;
  loaders: Loaders;
}

/** One context per request: fresh loaders, so caches never cross requests. */
export function createContext(store: GraphStore): Context {
  return { store, loaders: createLoaders(store) };
}
