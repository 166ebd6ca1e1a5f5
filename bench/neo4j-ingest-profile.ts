/**
 * Where the Neo4j store's ingest time goes: runs the store's own batch transaction
 * (src/store/neo4j/ingest.ts `ingestBatch`, the code `store.ingestMany` runs) with a timing
 * wrapper around each statement, then prints time per statement (total, mean, share) and
 * the commit time.
 *
 *   tsx bench/neo4j-ingest-profile.ts [--persons N] [--batch B] [--plans K] [--drop a,b]
 *
 * Default 1000 persons, batches as the store makes them (`batches`); `--batch B` puts B
 * documents in each transaction instead. `--plans K` runs batch K's statements with
 * PROFILE and prints each plan (operators, rows, db hits, time), e.g. to spot an Eager.
 *
 * Uses NEO4J_URI (must be empty) or the bench server, like the other scripts.
 */
import { performance } from 'node:perf_hooks';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import type { DocumentGraph } from '../src/model/graph.js';
import { resolveDocument } from '../src/resolve/document.js';
import { createNeo4jStore } from '../src/store/neo4j/index.js';
import * as Q from '../src/store/neo4j/cypher-read.js';
import * as W from '../src/store/neo4j/cypher-write.js';
import { batches, ingestBatch } from '../src/store/neo4j/ingest.js';
import type { Runner } from '../src/store/neo4j/reads.js';
import { benchArgs, isMain } from './lib/args.js';
import { documents } from './lib/articles.js';
import { driverFor, neo4jTarget, releaseTarget } from './lib/neo4j.js';
import { createWorld } from './lib/world.js';

interface Stat {
  count: number;
  ms: number;
  rows: number;
}

/** A statement's name in cypher-write.ts / cypher-read.ts, else its first Cypher line. */
const NAMES = new Map<unknown, string>([
  ...Object.entries(W).map(([name, q]) => [q, name] as const),
  ...Object.entries(Q).map(([name, q]) => [q, `${name} (cypher-read.ts)`] as const),
]);
const label = (query: string): string => NAMES.get(query) ?? query.trim().split('\n')[0]?.slice(0, 70) ?? query;

function option(argv: string[], name: string): number | null {
  const i = argv.indexOf(name);
  if (i < 0) return null;
  const value = Number(argv[i + 1]);
  argv.splice(i, 2);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
}

function printPlan(plan: ProfiledPlan, depth = 0): void {
  const args = plan.arguments as Record<string, unknown>;
  const details = typeof args.Details === 'string' ? args.Details.slice(0, 90) : '';
  const time = typeof args.Time === 'number' ? ` ${(args.Time / 1e6).toFixed(1)} ms` : '';
  console.log(`${'  '.repeat(depth + 1)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits}${time} ${details}`);
  for (const child of plan.children) printPlan(child, depth + 1);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const batch = option(argv, '--batch');
  const plansAt = option(argv, '--plans');
  const d = argv.indexOf('--drop');
  const drop = d >= 0 ? (argv.splice(d, 2)[1] ?? '').split(',').filter(Boolean) : [];
  const args = benchArgs(argv.includes('--persons') ? argv : [...argv, '--persons', '1000']);
  const target = await neo4jTarget({ fresh: true, apoc: false });
  const store = createNeo4jStore(target.config);
  await store.init(); // constraints and indexes, as the product creates them
  await store.close();
  const driver = driverFor(target.config);
  for (const name of drop) {
    if (!/^\w+$/.test(name)) throw new Error(`--drop takes schema names, got ${name}`);
    const { records } = await driver.executeQuery('SHOW CONSTRAINTS YIELD name WHERE name = $name RETURN count(*) AS n', { name });
    const constraint = Number(records[0]?.get('n')) > 0;
    await driver.executeQuery(`DROP ${constraint ? 'CONSTRAINT' : 'INDEX'} ${name} IF EXISTS`);
    console.error(`dropped ${constraint ? 'constraint' : 'index'} ${name}`);
  }
  const stats = new Map<string, Stat>();
  const add = (key: string, ms: number, rows = 0) => {
    const s = stats.get(key) ?? { count: 0, ms: 0, rows: 0 };
    s.count++;
    s.ms += ms;
    s.rows += rows;
    stats.set(key, s);
  };
  let facts = 0;
  const docs: DocumentGraph[] = [];
  const tr = performance.now();
  for (const { facts: f, meta } of documents(createWorld({ persons: args.persons, seed: args.seed }))) {
    docs.push(resolveDocument(f, meta));
    facts += f.roles.length + f.expansions.length;
  }
  const resolveMs = performance.now() - tr;
  const groups = batch === null ? batches(docs) : Array.from({ length: Math.ceil(docs.length / batch) }, (_, i) => docs.slice(i * batch, (i + 1) * batch));
  const t0 = performance.now();
  try {
    for (const [i, group] of groups.entries()) {
      const profiling = plansAt === i + 1;
      const session = driver.session({ database: target.config.database, defaultAccessMode: neo4j.session.WRITE, fetchSize: -1 });
      const tx = await session.beginTransaction();
      const timed: Runner = {
        run: ((query: string, params?: Record<string, unknown>) => {
          const s = performance.now();
          const result = tx.run(profiling ? `PROFILE ${query}` : query, params);
          const sent = Array.isArray(params?.rows) ? params.rows.length : Array.isArray(params?.ids) ? params.ids.length : Array.isArray(params?.keys) ? params.keys.length : 0;
          void result.summary().then((summary) => {
            add(label(query), performance.now() - s, sent);
            if (profiling && summary.profile) {
              console.log(`\n${label(query)} (${sent} rows sent)`);
              printPlan(summary.profile);
            }
          }, () => {});
          return result;
        }) as Runner['run'],
      };
      const w = performance.now();
      await ingestBatch(timed, group);
      add('(whole transaction function)', performance.now() - w);
      const c = performance.now();
      await tx.commit();
      add('(commit)', performance.now() - c);
      await session.close();
    }
  } finally {
    await driver.close();
    await releaseTarget(target);
  }
  const seconds = (performance.now() - t0) / 1000;
  const total = [...stats.entries()].filter(([k]) => !k.startsWith('(whole')).reduce((s, [, x]) => s + x.ms, 0);
  console.log(`\n${docs.length} documents, ${facts} facts in ${groups.length} transactions: store ${seconds.toFixed(1)} s → ${Math.round(facts / seconds)} facts/s (${(1000 * seconds / docs.length).toFixed(2)} ms/document); resolve ${(resolveMs / 1000).toFixed(1)} s`);
  console.log('statement'.padEnd(40), 'calls'.padStart(6), 'rows'.padStart(8), 'total ms'.padStart(9), 'mean ms'.padStart(9), 'µs/row'.padStart(7), 'share'.padStart(6));
  for (const [key, s] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
    const share = key.startsWith('(whole') ? '' : `${((100 * s.ms) / total).toFixed(1)}%`;
    const perRow = s.rows > 0 ? ((1000 * s.ms) / s.rows).toFixed(1) : '';
    console.log(key.padEnd(40), String(s.count).padStart(6), String(s.rows).padStart(8), s.ms.toFixed(0).padStart(9), (s.ms / s.count).toFixed(2).padStart(9), perRow.padStart(7), share.padStart(6));
  }
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
