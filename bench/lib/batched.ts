/**
 * Retired: this was the bench's prototype of a batched Neo4j ingest (200 documents per
 * transaction). The product does it now — `store.ingestMany`, which `careergraph ingest` and
 * every bench loader (lib/load.ts) call — and is faster than the prototype was, so this only
 * forwards to the product path for the scripts that still call it (run.ts, lib/service.ts,
 * equivalence.ts, overhead.ts); they can call `loadWorld` directly and this file can go.
 */
import { createNeo4jStore, type Neo4jConfig } from '../../src/store/neo4j/index.js';
import type { StreamOptions } from './articles.js';
import { loadWorld, type IngestMeasure } from './load.js';
import type { World } from './world.js';

/** The product's ingest into a Neo4j store (`batch` is ignored: the store sizes its batches). */
export async function loadWorldBatched(
  config: Neo4jConfig, world: World, _batch: number, options: StreamOptions & { progress?: (line: string) => void } = {},
): Promise<IngestMeasure> {
  const store = createNeo4jStore(config);
  await store.init();
  try {
    const { progress, ...stream } = options;
    return await loadWorld(store, world, {
      ...stream,
      ...(progress ? { progress: ({ documents, facts, seconds }) => progress(`neo4j: ${documents} documents, ${Math.round(facts / seconds)} facts/s`) } : {}),
    });
  } finally {
    await store.close();
  }
}
