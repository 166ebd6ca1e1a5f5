/**
 * Child process: loads a store with the generated graph, then serves it with the real
 * service (`createService`) on 127.0.0.1 at a free port. Its own process, so its RSS is the
 * service's and the load generator does not share its event loop.
 *
 *   node --expose-gc --import tsx bench/lib/service.ts --store memory|neo4j --persons N --seed S
 *
 * Both stores are loaded as `careergraph ingest` loads them (lib/load.ts: DocumentWriter,
 * `store.ingestMany`); the load is the ingest measure.
 *
 * stdout protocol (one JSON line each): `READY {url, ingest, …}` once serving; on a stdin
 * line "stats", `STATS {rssMB, heapMB}`. Exits when stdin closes.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createService, listen } from '../../src/graphql/server.js';
import { neo4jConfigFromEnv } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';
import { ingestMemory, ingestNeo4j } from '../ingest.js';
import { MB } from './heap.js';
import { round } from './load.js';
import { createWorld } from './world.js';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { store: { type: 'string' }, persons: { type: 'string' }, seed: { type: 'string' } },
  });
  const persons = Number(values.persons);
  const seed = Number(values.seed ?? 42);
  // Before any graph: the process with its modules (Node, tsx's loader, the service code).
  const baselineRssMB = round(process.memoryUsage().rss / MB, 1);
  const world = createWorld({ persons, seed });
  let store: GraphStore;
  let report: Record<string, unknown>;
  if (values.store === 'memory') {
    const m = await ingestMemory(world);
    store = m.store;
    report = { ingest: m.ingest, storeHeapMB: m.storeHeapMB, bytesPerRole: m.bytesPerRole };
  } else if (values.store === 'neo4j') {
    const n = await ingestNeo4j(world, neo4jConfigFromEnv());
    store = n.store;
    report = { ingest: n.ingest };
  } else {
    throw new Error(`--store must be memory or neo4j; got ${JSON.stringify(values.store)}`);
  }
  const server = createService({ store, graphiql: false, logging: false });
  const { url } = await listen(server, 0, '127.0.0.1');
  const memory = () => ({ rssMB: round(process.memoryUsage().rss / MB, 1), heapMB: round(process.memoryUsage().heapUsed / MB, 1) });
  console.log(`READY ${JSON.stringify({ url, ...report, ...memory(), baselineRssMB })}`);

  const lines = createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    if (line.trim() === 'stats') console.log(`STATS ${JSON.stringify(memory())}`);
  });
  lines.on('close', () => {
    server.closeAllConnections();
    server.close();
    void store.close();
  });
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : String(err));
  process.exitCode = 1;
});
