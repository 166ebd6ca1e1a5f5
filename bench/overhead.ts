/**
 * Where a query's time goes between the floor and our HTTP service: for each query of the
 * mix, p50 of raw Cypher, of our GraphQL executed in-process (no HTTP) over the Neo4j store
 * and over the memory store, and how many store calls (DataLoader batches, each one Neo4j
 * read transaction) one request makes. Plus the cost of one read transaction.
 *
 *   tsx bench/overhead.ts [--persons N] [--requests R]      (default 2000 persons, 100 calls)
 *                         [--only careerPath,connection] [--no-memory] [--keep] [--reuse]
 *
 * Loads Neo4j as `careergraph ingest` does (lib/load.ts: DocumentWriter, `store.ingestMany`).
 * NEO4J_URI or the bench server, as the other scripts. For quick iterations: `--keep` leaves
 * the bench server running with its data (and prints its URI); `NEO4J_URI=… --reuse` then
 * measures on that server as it is, without loading (it must hold the same --persons and
 * --seed world).
 */
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { graphql } from 'graphql';
import neo4j from 'neo4j-driver';
import { createContext } from '../src/graphql/context.js';
import { buildSchema } from '../src/graphql/schema.js';
import { createMemoryStore } from '../src/store/memory/store.js';
import { createNeo4jStore, neo4jConfigFromEnv } from '../src/store/neo4j/index.js';
import type { GraphStore } from '../src/store/types.js';
import { benchArgs, isMain } from './lib/args.js';
import { loadWorld } from './lib/load.js';
import { latency } from './lib/measure.js';
import { MIX, type QuerySpec } from './lib/mix.js';
import { driverFor, neo4jTarget, releaseTarget, type Neo4jTarget } from './lib/neo4j.js';
import { at, targets, type Targets } from './lib/targets.js';
import { createWorld } from './lib/world.js';

async function p50(calls: number, f: (i: number) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < Math.min(20, calls); i++) await f(i);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const t0 = performance.now();
    await f(i);
    times.push(performance.now() - t0);
  }
  return latency(times).p50;
}

/** The store with a counter of its method calls. */
function counted(store: GraphStore): { store: GraphStore; calls: () => number; reset: () => void } {
  let n = 0;
  const proxy = new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        n++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store: proxy, calls: () => n, reset: () => (n = 0) };
}

async function runOurs(store: GraphStore, spec: QuerySpec, t: Targets, i: number): Promise<void> {
  const { query, variables } = spec.ours(t, i);
  const result = await graphql({ schema: buildSchema(), source: query, variableValues: variables, contextValue: createContext(store) });
  if (result.errors?.length) throw new Error(result.errors[0]?.message);
}

/** This script's own flags, taken out before the shared ones are parsed. */
function ownFlags(argv: string[]): { rest: string[]; only: string[] | null; memory: boolean; keep: boolean; reuse: boolean } {
  const rest: string[] = [];
  let only: string[] | null = null;
  let memory = true;
  let keep = false;
  let reuse = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--only') only = (argv[++i] ?? '').split(',').filter((x) => x !== '');
    else if (a === '--no-memory') memory = false;
    else if (a === '--keep') keep = true;
    else if (a === '--reuse') reuse = true;
    else rest.push(a);
  }
  return { rest, only, memory, keep, reuse };
}

async function main(): Promise<void> {
  const own = ownFlags(process.argv.slice(2));
  const argv = own.rest;
  const args = benchArgs(argv.includes('--persons') ? argv : [...argv, '--persons', '2000']);
  const calls = argv.includes('--requests') ? args.requests : 100;
  const world = createWorld({ persons: args.persons, seed: args.seed });
  const t = targets(world);
  const reusing = own.reuse && process.env.NEO4J_URI !== undefined;
  const target: Neo4jTarget = reusing
    ? { config: neo4jConfigFromEnv(), managed: false, apoc: false, pid: null, memory: null }
    : await neo4jTarget({ fresh: true, apoc: false });
  const driver = driverFor(target.config);
  const neo = createNeo4jStore(target.config);
  const memory = createMemoryStore({ dir: null });
  const mix = MIX.filter((spec) => own.only === null || own.only.includes(spec.name));
  try {
    await neo.init();
    if (!reusing) await loadWorld(neo, world);
    if (own.memory) {
      await memory.init();
      await loadWorld(memory, world);
    }
    const counter = counted(neo);
    console.log(`${args.persons} persons, p50 in ms over ${calls} calls, one at a time; load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
    console.log('query'.padEnd(12), 'raw Cypher'.padStart(11), 'ours/Neo4j'.padStart(11), 'ratio'.padStart(6), 'ours/memory'.padStart(12), 'store calls'.padStart(12));
    for (const spec of mix) {
      const raw = await p50(calls, (i) => {
        const c = spec.cypher(t, i);
        return driver.executeQuery(c.query, c.params, { database: target.config.database, routing: neo4j.routing.READ });
      });
      const onNeo = await p50(calls, (i) => runOurs(neo, spec, t, i));
      const onMemory = own.memory ? await p50(calls, (i) => runOurs(memory, spec, t, i)) : NaN;
      counter.reset();
      await runOurs(counter.store, spec, t, 0);
      console.log(
        spec.name.padEnd(12), raw.toFixed(2).padStart(11), onNeo.toFixed(2).padStart(11), (onNeo / raw).toFixed(2).padStart(6),
        onMemory.toFixed(2).padStart(12), String(counter.calls()).padStart(12),
      );
    }
    const db = { database: target.config.database };
    const tx = await p50(calls, (i) => neo.persons([at(t.persons, i)]));
    const managed = await p50(calls, () => driver.executeQuery('RETURN 1', {}, { ...db, routing: neo4j.routing.READ }));
    const auto = await p50(calls, async () => {
      const session = driver.session({ ...db, defaultAccessMode: neo4j.session.READ });
      try {
        await session.run('RETURN 1');
      } finally {
        await session.close();
      }
    });
    console.log(`\none store read (persons([id]), a managed read transaction): ${tx.toFixed(2)} ms`);
    console.log(`RETURN 1 in a managed transaction (executeQuery): ${managed.toFixed(2)} ms; auto-commit (session.run): ${auto.toFixed(2)} ms`);
  } finally {
    await memory.close();
    await neo.close();
    await driver.close();
    if (own.keep && target.managed) console.log(`bench server left running: NEO4J_URI=${target.config.uri} (pid ${String(target.pid)})`);
    else await releaseTarget(target);
  }
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
