/**
 * Ingests generated documents into a store through the path every writer takes after
 * extraction: `resolveDocument(facts, meta)` then `store.ingest(doc)`, one document at a
 * time in order, as `careergraph ingest` does. Generation time is not counted.
 */
import { performance } from 'node:perf_hooks';
import { resolveDocument } from '../../src/resolve/document.js';
import type { GraphStore, StoreStats } from '../../src/store/types.js';
import { documents, type StreamOptions } from './articles.js';
import type { World } from './world.js';

export interface IngestMeasure {
  store: string;
  documents: number;
  facts: number;
  roleFacts: number;
  expansionFacts: number;
  /** resolve + store, wall clock. */
  seconds: number;
  resolveSeconds: number;
  storeSeconds: number;
  factsPerSecond: number;
  documentsPerSecond: number;
  /** What the store holds afterwards. */
  stats: StoreStats;
}

export interface LoadOptions extends StreamOptions {
  /** Called every `every` documents with the running counts. */
  progress?: (done: { documents: number; facts: number; seconds: number }) => void;
  every?: number;
}

export async function loadWorld(store: GraphStore, world: World, options: LoadOptions = {}): Promise<IngestMeasure> {
  let docs = 0;
  let roleFacts = 0;
  let expansionFacts = 0;
  let resolveMs = 0;
  let storeMs = 0;
  const every = options.every ?? 2_000;
  for (const { facts, meta } of documents(world, options)) {
    const t0 = performance.now();
    const doc = resolveDocument(facts, meta);
    const t1 = performance.now();
    const result = await store.ingest(doc);
    const t2 = performance.now();
    if (!result.created) throw new Error(`document ${meta.id} was already in the store: benchmarks need an empty store`);
    resolveMs += t1 - t0;
    storeMs += t2 - t1;
    docs++;
    roleFacts += facts.roles.length;
    expansionFacts += facts.expansions.length;
    if (options.progress && docs % every === 0) {
      options.progress({ documents: docs, facts: roleFacts + expansionFacts, seconds: (resolveMs + storeMs) / 1000 });
    }
  }
  return measure(store, store.kind, { docs, roleFacts, expansionFacts, resolveMs, storeMs });
}

/** Counts and timings of a load, as the rates every ingest benchmark reports. */
export async function measure(
  store: GraphStore,
  label: string,
  run: { docs: number; roleFacts: number; expansionFacts: number; resolveMs: number; storeMs: number },
): Promise<IngestMeasure> {
  const seconds = (run.resolveMs + run.storeMs) / 1000;
  const facts = run.roleFacts + run.expansionFacts;
  return {
    store: label,
    documents: run.docs,
    facts,
    roleFacts: run.roleFacts,
    expansionFacts: run.expansionFacts,
    seconds: round(seconds, 3),
    resolveSeconds: round(run.resolveMs / 1000, 3),
    storeSeconds: round(run.storeMs / 1000, 3),
    factsPerSecond: Math.round(facts / seconds),
    documentsPerSecond: Math.round(run.docs / seconds),
    stats: await store.stats(),
  };
}

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
