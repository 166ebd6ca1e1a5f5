/**
 * Where the Neo4j store's ingest time goes: runs the store's own per-document transaction
 * (src/store/neo4j/ingest.ts `ingestDocument`) with a timing wrapper around each statement,
 * then prints time per statement (total, mean, share) and the commit time.
 *
 *   tsx bench/neo4j-ingest-profile.ts [--persons N] [--batch B]   (default 1000 persons, B = 1)
 *
 * `--batch B` profiles the bench's batched prototype instead (lib/batched.ts): B documents
 * concatenated into one transaction.
 *
 * Uses NEO4J_URI (must be empty) or the bench server, like the other scripts.
 */
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import { resolveDocument } from '../src/resolve/document.js';
import { createNeo4jStore } from '../src/store/neo4j/index.js';
import { ingestDocument } from '../src/store/neo4j/ingest.js';
import type { Runner } from '../src/store/neo4j/reads.js';
import { benchArgs, isMain } from './lib/args.js';
import type { DocumentGraph } from '../src/model/graph.js';
import { documents } from './lib/articles.js';
import { combine } from './lib/batched.js';
import { driverFor, neo4jTarget, releaseTarget } from './lib/neo4j.js';
import { createWorld } from './lib/world.js';

interface Stat {
  count: number;
  ms: number;
}

/** A short name for a statement: its first meaningful Cypher line. */
function label(query: string): string {
  const lines = query.split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('UNWIND') && !l.startsWith('WITH'));
  return (lines[0] ?? query).slice(0, 70);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const b = argv.indexOf('--batch');
  const batch = b >= 0 ? Number(argv[b + 1]) : 1;
  if (b >= 0) argv.splice(b, 2);
  if (!Number.isInteger(batch) || batch < 1) throw new Error('--batch must be a positive integer');
  const args = benchArgs(argv.includes('--persons') ? argv : [...argv, '--persons', '1000']);
  const target = await neo4jTarget({ fresh: true, apoc: false });
  const store = createNeo4jStore(target.config);
  await store.init(); // constraints and indexes, as the product creates them
  await store.close();
  const driver = driverFor(target.config);
  const stats = new Map<string, Stat>();
  const add = (key: string, ms: number) => {
    const s = stats.get(key) ?? { count: 0, ms: 0 };
    s.count++;
    s.ms += ms;
    stats.set(key, s);
  };
  let facts = 0;
  let docs = 0;
  const t0 = performance.now();
  try {
    const pending: DocumentGraph[] = [];
    const stream = documents(createWorld({ persons: args.persons, seed: args.seed }));
    for (let next = stream.next(); !next.done || pending.length > 0; ) {
      if (!next.done) {
        const { facts: f, meta } = next.value;
        pending.push(resolveDocument(f, meta));
        facts += f.roles.length + f.expansions.length;
        docs++;
        next = stream.next();
        if (pending.length < batch && !next.done) continue;
      }
      const doc = combine(pending.splice(0));
      const session = driver.session({ database: target.config.database, defaultAccessMode: neo4j.session.WRITE });
      const tx = await session.beginTransaction();
      const timed: Runner = {
        run: ((query: string, params?: Record<string, unknown>) => {
          const s = performance.now();
          const result = tx.run(query, params);
          void result.summary().then(() => add(label(query), performance.now() - s), () => {});
          return result;
        }) as Runner['run'],
      };
      await ingestDocument(timed, doc);
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
  const total = [...stats.values()].reduce((s, x) => s + x.ms, 0);
  console.log(`${docs} documents, ${facts} facts in ${seconds.toFixed(1)} s: ${Math.round(facts / seconds)} facts/s, ${(1000 * seconds / docs).toFixed(1)} ms/document`);
  console.log('statement'.padEnd(72), 'calls'.padStart(7), 'total ms'.padStart(10), 'mean ms'.padStart(9), 'share'.padStart(7));
  for (const [key, s] of [...stats.entries()].sort((a, b) => b[1].ms - a[1].ms)) {
    console.log(key.padEnd(72), String(s.count).padStart(7), s.ms.toFixed(0).padStart(10), (s.ms / s.count).toFixed(2).padStart(9), `${((100 * s.ms) / total).toFixed(1)}%`.padStart(7));
  }
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
