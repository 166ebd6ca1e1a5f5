/**
 * Latency (p50/p95/p99) and throughput of the query mix, per engine, on a loaded store:
 * careerPath, talentFlow, connection, expansion, search and a 3-level nested query over 50
 * people, through GraphQL over HTTP (the real service, in a child process on 127.0.0.1);
 * on Neo4j also the same answers from hand-written Cypher (the floor) and @neo4j/graphql.
 *
 *   tsx bench/queries.ts [--store memory|neo4j] [--persons N] [--requests R] [--seconds S]
 *                        [--concurrency C] [--no-neo4j-graphql] [--quick]
 *
 * Per query and engine: agreement on the first answers, a latency phase (one call at a
 * time, R calls or S seconds) and a throughput phase (C concurrent calls, same bounds).
 * Then the whole mix interleaved at concurrency C.
 */
import { buildSchema as parseSdl } from 'graphql';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SCHEMA_PATH } from '../src/graphql/schema.js';
import { benchArgs, isMain, type BenchArgs } from './lib/args.js';
import { startChild } from './lib/child.js';
import { cypherEngine, oursEngine, type Engine, type EngineName } from './lib/engines.js';
import { GraphqlClient } from './lib/http.js';
import type { IngestMeasure } from './lib/load.js';
import { runPhase, type PhaseOptions, type PhaseResult } from './lib/measure.js';
import { MIX, type QuerySpec } from './lib/mix.js';
import { driverFor, neo4jTarget, releaseTarget, resetTarget, type Neo4jTarget } from './lib/neo4j.js';
import { neo4jGraphqlEngine, neo4jGraphqlMode } from './lib/neo4j-graphql.js';
import { targets, type Targets } from './lib/targets.js';
import { createWorld } from './lib/world.js';

export interface EngineResult {
  latency: PhaseResult;
  throughput: PhaseResult;
  /** How many of the first answers equal ours: same ids in the same order / as a set. */
  agreement?: { checked: number; sameOrder: number; sameSet: number; firstDifference?: { call: number; at?: number; ours: string[]; theirs: string[] } };
}

export interface QueryRow {
  name: string;
  store: string;
  ours?: EngineResult;
  rawCypher?: EngineResult;
  neo4jGraphql?: EngineResult;
  /** Engines that could not run it, and why. */
  notRun?: Partial<Record<EngineName, string>>;
  /** How the @neo4j/graphql form asks it: its generated API, or a @cypher field. */
  neo4jGraphqlForm?: string;
  /** ours p50 / rawCypher p50 (latency phase). */
  oursOverCypher?: number;
  oursOverNeo4jGraphql?: number;
}

export interface StoreRun {
  store: string;
  ingest: IngestMeasure;
  queries: QueryRow[];
  mix: Partial<Record<EngineName, PhaseResult>>;
  skipped: { name: string; missing: string[] }[];
  /** Why an engine did not run at all on this store (e.g. @neo4j/graphql without APOC). */
  enginesNotRun: Partial<Record<EngineName, string>>;
  memory: {
    serviceRssMB: number;
    serviceHeapMB: number;
    /** RSS of the service process before it loaded anything (Node, tsx, modules). */
    baselineRssMB: number;
    bytesPerRoleMemoryStore?: number;
    storeHeapMB?: number;
    neo4jServerRssMB?: number;
  };
}

interface ServiceReady {
  url: string;
  ingest: IngestMeasure;
  storeHeapMB?: number;
  bytesPerRole?: number;
  rssMB: number;
  baselineRssMB: number;
}

/** Query fields our schema has now: queries needing others are skipped (and listed). */
export function availableFields(): Set<string> {
  const schema = parseSdl(readFileSync(SCHEMA_PATH, 'utf8'));
  return new Set(Object.keys(schema.getQueryType()?.getFields() ?? {}));
}

const log = (line: string) => console.error(line);
export const PROFILE_DIR = fileURLToPath(new URL('./results/tmp/profiles', import.meta.url));

export async function runMix(engines: Engine[], t: Targets, store: string, options: PhaseOptions & { agreementChecks?: number }): Promise<{ rows: QueryRow[]; mix: StoreRun['mix']; skipped: StoreRun['skipped'] }> {
  const fields = availableFields();
  const rows: QueryRow[] = [];
  const skipped: StoreRun['skipped'] = [];
  const runnable: QuerySpec[] = [];
  for (const spec of MIX) {
    const missing = spec.needs.filter((f) => !fields.has(f));
    if (missing.length > 0) {
      skipped.push({ name: spec.name, missing });
      log(`  ${spec.name}: skipped (schema has no ${missing.join(', ')})`);
      continue;
    }
    runnable.push(spec);
    const row: QueryRow = { name: spec.name, store };
    let reference: string[][] = [];
    for (const engine of engines) {
      const can = engine.supports(spec);
      if (!can.ok) {
        (row.notRun ??= {})[engine.name] = can.why;
        continue;
      }
      const checks = options.agreementChecks ?? 5;
      const answers: string[][] = [];
      for (let i = 0; i < checks; i++) answers.push(await engine.run(spec, i).catch((e: unknown) => [`error: ${String(e)}`]));
      let agreement: EngineResult['agreement'];
      if (engine.name === 'ours') reference = answers;
      else agreement = agree(reference, answers);
      const latency = await runPhase((i) => engine.run(spec, i), { ...options, concurrency: 1 });
      const throughput = await runPhase((i) => engine.run(spec, i), { ...options, warmup: 0 });
      row[engine.name] = { latency, throughput, ...(agreement ? { agreement } : {}) };
      log(`  ${spec.name.padEnd(11)} ${engine.name.padEnd(12)} p50 ${fmt(latency.p50)} p95 ${fmt(latency.p95)} p99 ${fmt(latency.p99)} ms`
        + `  ${throughput.throughput} req/s @${throughput.concurrency}`
        + (latency.errors + throughput.errors > 0 ? `  ERRORS ${latency.errors + throughput.errors}: ${latency.firstError ?? throughput.firstError ?? ''}` : '')
        + (agreement ? `  agree ${agreement.sameOrder}/${agreement.sameSet}/${agreement.checked}` : ''));
    }
    if (row.neo4jGraphql) row.neo4jGraphqlForm = neo4jGraphqlMode(spec.name);
    const p50 = (e?: EngineResult) => e?.latency.p50;
    const ours = p50(row.ours);
    if (ours !== undefined && p50(row.rawCypher)) row.oursOverCypher = ratio(ours, p50(row.rawCypher) as number);
    if (ours !== undefined && p50(row.neo4jGraphql)) row.oursOverNeo4jGraphql = ratio(ours, p50(row.neo4jGraphql) as number);
    rows.push(row);
  }
  const mix: StoreRun['mix'] = {};
  for (const engine of engines) {
    const specs = runnable.filter((s) => engine.supports(s).ok);
    if (specs.length === 0) continue;
    mix[engine.name] = await runPhase((i) => engine.run(specs[i % specs.length] as QuerySpec, Math.floor(i / specs.length)), { ...options, warmup: 0 });
    log(`  mix (${specs.map((s) => s.name).join(', ')}) ${engine.name}: ${mix[engine.name]?.throughput} req/s @${options.concurrency}`);
  }
  return { rows, mix, skipped };
}

function agree(reference: string[][], answers: string[][]): NonNullable<EngineResult['agreement']> {
  let sameOrder = 0;
  let sameSet = 0;
  let firstDifference: NonNullable<EngineResult['agreement']>['firstDifference'];
  answers.forEach((a, i) => {
    const r = reference[i] ?? [];
    if (a.join('\n') === r.join('\n')) sameOrder++;
    else if (!firstDifference) {
      const at = r.findIndex((x, k) => a[k] !== x);
      firstDifference = { call: i, at, ours: r.slice(at, at + 4), theirs: a.slice(at, at + 4) };
    }
    if ([...a].sort().join('\n') === [...r].sort().join('\n')) sameSet++;
    else if (!firstDifference || firstDifference.at !== undefined) {
      // Only what differs, a few items each side (a set difference outranks an order one).
      const mine = new Set(r);
      const theirs = new Set(a);
      firstDifference = { call: i, ours: r.filter((x) => !theirs.has(x)).slice(0, 8), theirs: a.filter((x) => !mine.has(x)).slice(0, 8) };
    }
  });
  return { checked: answers.length, sameOrder, sameSet, ...(firstDifference ? { firstDifference } : {}) };
}

const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
const fmt = (x: number) => x.toFixed(2).padStart(7);

export function phaseOptions(args: BenchArgs): PhaseOptions {
  return { requests: args.requests, seconds: args.seconds, concurrency: args.concurrency, warmup: args.quick ? 5 : 20 };
}

/**
 * One store end to end: a child process loads it (the ingest measure) and serves it; the mix
 * runs against it (and, on Neo4j, against raw Cypher and @neo4j/graphql); then RSS.
 */
export async function benchStore(store: 'memory' | 'neo4j', args: BenchArgs, persons = args.persons, given: Neo4jTarget | null = null): Promise<StoreRun> {
  const world = createWorld({ persons, seed: args.seed });
  const t = targets(world);
  let target: Neo4jTarget | null = null;
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (args.profile) env.BENCH_CPU_PROF = PROFILE_DIR;
  if (store === 'neo4j') {
    target = given ? await resetTarget(given, persons > 50_000, log) : await neo4jTarget({ fresh: true, apoc: !args.noGraphql, log });
    env.NEO4J_URI = target.config.uri;
    if (target.config.user !== null) env.NEO4J_USER = target.config.user;
    if (target.config.password !== null) env.NEO4J_PASSWORD = target.config.password;
    env.NEO4J_DATABASE = target.config.database;
  }
  log(`${store}: loading ${persons} persons (${world.companies.length} companies)…`);
  const child = startChild<ServiceReady>('./service.ts', ['--store', store, '--persons', String(persons), '--seed', String(args.seed)], `${store} service`, env);
  const engines: Engine[] = [];
  const enginesNotRun: StoreRun['enginesNotRun'] = {};
  const closers: (() => Promise<void>)[] = [() => child.stop()];
  try {
    const ready = await child.ready;
    log(`${store}: ${ready.ingest.facts} facts in ${ready.ingest.seconds} s (${ready.ingest.factsPerSecond} facts/s); serving ${ready.url}`);
    engines.push(oursEngine(new GraphqlClient(ready.url, args.concurrency), t));
    if (target) {
      engines.push(cypherEngine(driverFor(target.config), target.config.database, t));
      if (!args.noGraphql) {
        const ng = await neo4jGraphqlEngine(target, t, args.concurrency, log);
        if ('engine' in ng) {
          engines.push(ng.engine);
          closers.push(ng.stop);
        } else {
          log(`  @neo4j/graphql not run: ${ng.why}`);
          enginesNotRun.neo4jGraphql = ng.why;
        }
      }
    }
    const { rows, mix, skipped } = await runMix(engines, t, store, phaseOptions(args));
    const stats = await child.ask<{ rssMB: number; heapMB: number }>('stats', 'STATS');
    const memory: StoreRun['memory'] = { serviceRssMB: stats.rssMB, serviceHeapMB: stats.heapMB, baselineRssMB: ready.baselineRssMB };
    if (ready.bytesPerRole !== undefined) memory.bytesPerRoleMemoryStore = ready.bytesPerRole;
    if (ready.storeHeapMB !== undefined) memory.storeHeapMB = ready.storeHeapMB;
    if (target?.pid) memory.neo4jServerRssMB = rssOf(target.pid);
    return { store, ingest: ready.ingest, queries: rows, mix, skipped, memory, enginesNotRun };
  } finally {
    for (const e of engines) await e.close().catch(() => {});
    for (const close of closers) await close().catch(() => {});
    if (target && !given) await releaseTarget(target, log);
  }
}

/** RSS of another process (Linux /proc), in MB; 0 when unknown. */
export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : 0;
  } catch {
    return 0;
  }
}

async function main(): Promise<void> {
  const args = benchArgs();
  const out: StoreRun[] = [];
  for (const store of args.stores) out.push(await benchStore(store, args));
  console.log(JSON.stringify(out, null, 2));
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
