/**
 * Ingest rate (facts/s, documents/s) of generated news into a store, through resolution and
 * DocumentWriter → `store.ingestMany` as `careergraph ingest` does after extraction
 * (lib/load.ts); for the memory store also the heap it takes per role (node --expose-gc:
 * heap after a full GC, before and after loading).
 *
 *   tsx bench/ingest.ts [--store memory|neo4j] [--persons N] [--seed S]
 *
 * Neo4j: NEO4J_URI (must be empty), else the bench server (tools/neo4j, port 7689, own data).
 */
import { createMemoryStore } from '../src/store/memory/store.js';
import { createNeo4jStore, type Neo4jConfig } from '../src/store/neo4j/index.js';
import type { GraphStore } from '../src/store/types.js';
import { benchArgs, isMain } from './lib/args.js';
import { MB, runWithGc, settledHeap } from './lib/heap.js';
import { loadWorld, round, type IngestMeasure, type LoadOptions } from './lib/load.js';
import { neo4jTarget, releaseTarget } from './lib/neo4j.js';
import { createWorld, type World } from './lib/world.js';

export interface MemoryIngest {
  ingest: IngestMeasure;
  /** Heap the loaded store holds (after full GC), and that divided by the roles it holds. */
  storeHeapMB: number;
  bytesPerRole: number;
  store: GraphStore;
}

const progressLog = (label: string): LoadOptions['progress'] => ({ documents, facts, seconds }) => {
  console.error(`  ${label}: ${documents} documents, ${facts} facts, ${Math.round(facts / seconds)} facts/s`);
};

/** Loads the memory store (no snapshot on disk) and measures what it holds. Needs --expose-gc. */
export async function ingestMemory(world: World, options: LoadOptions = {}): Promise<MemoryIngest> {
  const before = settledHeap();
  const store = createMemoryStore({ dir: null });
  await store.init();
  const ingest = await loadWorld(store, world, { progress: progressLog('memory'), ...options });
  const after = settledHeap();
  return {
    ingest,
    storeHeapMB: round((after - before) / MB, 1),
    bytesPerRole: Math.round((after - before) / Math.max(1, ingest.stats.roles)),
    store,
  };
}

/** Loads the product's Neo4j store (constraints and indexes created by init first). */
export async function ingestNeo4j(world: World, config: Neo4jConfig, options: LoadOptions = {}): Promise<{ ingest: IngestMeasure; store: GraphStore }> {
  const store = createNeo4jStore(config);
  await store.init();
  const ingest = await loadWorld(store, world, { progress: progressLog('neo4j'), every: 500, ...options });
  return { ingest, store };
}

async function main(): Promise<void> {
  const args = benchArgs();
  const world = createWorld({ persons: args.persons, seed: args.seed });
  const out: Record<string, unknown> = { persons: args.persons, companies: world.companies.length };
  if (args.stores.includes('memory')) {
    const m = await ingestMemory(world);
    out.memory = { ...m.ingest, storeHeapMB: m.storeHeapMB, bytesPerRole: m.bytesPerRole };
    await m.store.close();
  }
  if (args.stores.includes('neo4j')) {
    const target = await neo4jTarget({ fresh: true, apoc: false });
    try {
      const n = await ingestNeo4j(world, target.config);
      out.neo4j = n.ingest;
      await n.store.close();
    } finally {
      await releaseTarget(target);
    }
  }
  console.log(JSON.stringify(out, null, 2));
}

if (isMain(import.meta.url)) runWithGc(main);
