/**
 * The seed articles shipped in seeds/: loaded into an empty store so a new user has a graph
 * to explore at once.
 */
import { fileURLToPath } from 'node:url';
import { listArticleFiles, readArticleFile } from '../input/files.js';
import type { GraphStore } from '../store/types.js';
import { ingestArticle, type IngestDeps } from './ingest.js';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

/** Ingests every seed article when the store holds no source yet; returns how many. */
export async function seedIfEmpty(store: GraphStore, deps: IngestDeps = {}, dir = SEEDS_DIR): Promise<number> {
  if ((await store.stats()).sources > 0) return 0;
  let count = 0;
  for (const file of listArticleFiles([dir])) {
    for (const article of readArticleFile(file).articles) {
      await ingestArticle(store, article, deps);
      count++;
    }
  }
  return count;
}
