/**
 * Ingests generated documents into a store through the path every bulk writer takes after
 * extraction, `careergraph ingest` included: `resolveDocument(facts, meta)`, then a
 * DocumentWriter (services/ingest.ts), which hands the queued documents to `store.ingestMany`
 * while the next ones are resolved (Neo4j commits them in batches). Generation time is
 * not counted; resolving and writing overlap, so `seconds` is the wall clock of the load
 * without generation, `resolveSeconds` the time spent resolving and `storeSeconds` the rest
 * (waiting for the store).
 */
import { performance } from 'node:perf_hooks';
import { resolveDocument } from '../../src/resolve/document.js';
import { DocumentWriter } from '../../src/services/ingest.js';
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
  let generateMs = 0;
  const every = options.every ?? 2_000;
  const writer = new DocumentWriter(store, ({ result, error }) => {
    if (error) throw error;
    if (!result.created) throw new Error(`document ${result.sourceId} was already in the store: benchmarks need an empty store`);
  });
  const stream = documents(world, options);
  const start = performance.now();
  for (;;) {
    const t0 = performance.now();
    const next = stream.next();
    const t1 = performance.now();
    generateMs += t1 - t0;
    if (next.done) break;
    const { facts, meta } = next.value;
    const doc = resolveDocument(facts, meta);
    resolveMs += performance.now() - t1;
    await writer.push(doc);
    docs++;
    roleFacts += facts.roles.length;
    expansionFacts += facts.expansions.length;
    if (options.progress && docs % every === 0) {
      options.progress({ documents: docs, facts: roleFacts + expansionFacts, seconds: (performance.now() - start - generateMs) / 1000 });
    }
  }
  await writer.close();
  const storeMs = performance.now() - start - generateMs - resolveMs;
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
