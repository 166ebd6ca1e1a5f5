/**
 * `npm run bench -- [options]`: everything, side by side in one run, written to
 * bench/results/latest.json and latest.md (with --quick: quick.json and quick.md).
 *
 *   --quick              whole pipeline at small scale (2 000 persons, short phases), < 5 min
 *   --persons N          scale of the run (default 100 000)
 *   --scale              the same at 10k, 100k and 1M persons (with --quick: 1k, 2k, 4k), plus a scaling table
 *   --points A,B,…       with --scale: these scales instead (e.g. 10k,100k); targets are read at
 *                        --persons (default 100 000) if it is one of them, else at the largest
 *   --store memory,neo4j stores to run (default both)
 *   --no-neo4j-graphql   skip @neo4j/graphql (and APOC)
 *   --requests R --seconds S --concurrency C   bounds of each measured phase
 *   --out PATH           results file (the .md goes beside it)
 *
 * Neo4j: NEO4J_URI (an empty database) or the bench's own server (lib/neo4j-server.ts).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchStore, rssOf, type StoreRun } from './queries.js';
import { benchArgs, isMain } from './lib/args.js';
import { loadNow, machine } from './lib/machine.js';
import { neo4jTarget, releaseTarget, type Neo4jTarget } from './lib/neo4j.js';
import {
  ingestRow, markdown, mixOut, queryOut, type Results, type ScalingRow, type Target,
} from './lib/report.js';

const BENCH = dirname(fileURLToPath(import.meta.url));
const log = (line: string) => console.error(line);

function version(pkg: string): string {
  try {
    const json = JSON.parse(readFileSync(join(BENCH, '..', 'node_modules', pkg, 'package.json'), 'utf8')) as { version?: string };
    return json.version ?? '?';
  } catch {
    return 'not installed';
  }
}

function targetsOf(r: Results): Target[] {
  const out: Target[] = [];
  const main = r.queries.filter((q) => q.persons === r.scale.persons && q.store === 'neo4j');
  for (const q of main) {
    if (q.oursOverCypher !== undefined) {
      out.push({ target: `${q.name}: GraphQL p50 ≤ 1.5 × hand-written Cypher (ratio)`, value: q.oursOverCypher, limit: 1.5, pass: q.oursOverCypher <= 1.5 });
    }
  }
  for (const q of main) {
    if (q.oursOverNeo4jGraphql !== undefined) {
      out.push({
        target: `${q.name}: GraphQL p50 ≤ @neo4j/graphql p50 (ratio)`, value: q.oursOverNeo4jGraphql, limit: 1, pass: q.oursOverNeo4jGraphql <= 1,
        ...(q.neo4jGraphqlForm === '@cypher' ? { note: '@neo4j/graphql through a @cypher field' } : {}),
      });
    }
  }
  const neo = r.ingest.find((i) => i.store === 'neo4j' && i.persons === r.scale.persons);
  out.push({ target: 'ingest into Neo4j, facts/s (`store.ingestMany` through DocumentWriter, as `careergraph ingest`)', value: neo?.factsPerSecond ?? null, limit: 20_000, pass: neo ? neo.factsPerSecond >= 20_000 : null });
  const b = r.memory.bytesPerRoleMemoryStore;
  out.push({ target: 'memory store, bytes per role', value: b, limit: 1024, pass: b === null ? null : b <= 1024 });
  return out;
}

function scalingRows(runs: { persons: number; run: StoreRun }[]): ScalingRow[] {
  return runs.map(({ persons, run }) => ({
    persons,
    store: run.store,
    companies: run.ingest.stats.companies,
    roles: run.ingest.stats.roles,
    ingestFactsPerSecond: run.ingest.factsPerSecond,
    bytesPerRole: run.memory.bytesPerRoleMemoryStore ?? null,
    serviceRssMB: run.memory.serviceRssMB,
    mixThroughput: run.mix.ours?.throughput ?? null,
    p50: Object.fromEntries(run.queries.map((q) => [q.name, {
      ...(q.ours ? { ours: q.ours.latency.p50 } : {}),
      ...(q.rawCypher ? { rawCypher: q.rawCypher.latency.p50 } : {}),
      ...(q.neo4jGraphql ? { neo4jGraphql: q.neo4jGraphql.latency.p50 } : {}),
    }])),
  }));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = benchArgs(argv);
  const defaults = args.quick ? [1_000, 2_000, 4_000] : [10_000, 100_000, 1_000_000];
  const points = args.scale ? [...new Set(args.points ?? defaults)].sort((a, b) => a - b) : [args.persons];
  const mainPersons = !args.scale ? args.persons
    : args.points === null ? (points[1] as number)
    : points.includes(args.persons) ? args.persons : (points[points.length - 1] as number);
  const started = machine();
  const results: Results = {
    date: new Date().toISOString(),
    command: `npm run bench --${argv.length > 0 ? ` ${argv.join(' ')}` : ''}`,
    machine: started,
    options: {
      quick: args.quick, points, seed: args.seed, stores: args.stores, requests: args.requests, seconds: args.seconds,
      concurrency: args.concurrency, neo4jGraphql: !args.noGraphql,
      versions: { '@neo4j/graphql': version('@neo4j/graphql'), 'neo4j-driver': version('neo4j-driver'), graphql: version('graphql'), apocCore: '5.26.5 (core)' },
    },
    scale: { persons: mainPersons, companies: 0, roles: 0 },
    ingest: [],
    queries: [],
    mix: [],
    memory: { serviceRssMB: null, serviceBaselineRssMB: null, bytesPerRoleMemoryStore: null, memoryStoreHeapMB: null, neo4jServiceRssMB: null, neo4jServerRssMB: null, neo4jServerMemory: null },
    skipped: [],
    targets: [],
    notes: [],
  };
  const runs: { persons: number; run: StoreRun }[] = [];
  const problems: string[] = [];
  let target: Neo4jTarget | null = null;
  let stores = args.stores;
  try {
    for (const persons of points) {
      for (const store of stores) {
        if (store === 'neo4j' && !target) {
          try {
            target = await neo4jTarget({ fresh: true, apoc: !args.noGraphql, log });
          } catch (err) {
            const why = err instanceof Error ? err.message.split('\n')[0] ?? '' : String(err);
            log(`neo4j: not run: ${why}`);
            problems.push(`Neo4j not run: ${why}`);
            stores = stores.filter((s) => s !== 'neo4j');
            continue;
          }
        }
        const run = await benchStore(store, args, persons, store === 'neo4j' ? target : null);
        runs.push({ persons, run });
        for (const [engine, why] of Object.entries(run.enginesNotRun)) {
          const line = `${engine} not run on ${store}: ${why}`;
          if (!problems.includes(line)) problems.push(line);
        }
        results.ingest.push(ingestRow(run.ingest, persons));
        results.queries.push(...run.queries.map((q) => queryOut(q, persons)));
        results.mix.push(...mixOut(run, persons, run.queries.map((q) => q.name)));
        if (results.skipped.length === 0) results.skipped = run.skipped;
        if (persons === mainPersons) {
          results.scale = { persons, companies: run.ingest.stats.companies, roles: run.ingest.stats.roles };
          if (store === 'memory') {
            results.memory.serviceRssMB = run.memory.serviceRssMB;
            results.memory.serviceBaselineRssMB = run.memory.baselineRssMB;
            results.memory.bytesPerRoleMemoryStore = run.memory.bytesPerRoleMemoryStore ?? null;
            results.memory.memoryStoreHeapMB = run.memory.storeHeapMB ?? null;
          } else {
            results.memory.neo4jServiceRssMB = run.memory.serviceRssMB;
            // Measured by the run while its server was up (the target may be restarted since).
            results.memory.neo4jServerRssMB = run.memory.neo4jServerRssMB ?? (target?.pid ? rssOf(target.pid) : null);
            results.memory.neo4jServerMemory = target?.memory ?? null;
          }
        }
      }
    }
  } finally {
    if (target) await releaseTarget(target, log);
  }
  results.machine.loadAverage.end = loadNow();
  if (args.scale) results.scaling = scalingRows(runs);
  results.targets = targetsOf(results);
  results.notes = [...problems, ...notes(results, args.quick)];

  const out = args.out ?? join(BENCH, 'results', args.quick ? 'quick.json' : 'latest.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(out.replace(/\.json$/, '') + '.md', `${markdown(results)}\n`);
  console.log(markdown(results));
  log(`wrote ${out} and ${out.replace(/\.json$/, '')}.md`);
}

function notes(r: Results, quick: boolean): string[] {
  const out: string[] = [];
  if (quick) out.push('Quick run: small graph and short phases, to check the pipeline; not a measurement to quote.');
  const { start, end } = r.machine.loadAverage;
  if (Math.max(start, end ?? 0) > r.machine.cores * 0.5) {
    out.push(`The machine was busy (load average ${start} → ${end ?? '?'} on ${r.machine.cores} cores): other work competed with the benchmark; absolute numbers are pessimistic, ratios measured side by side are fairer.`);
  }
  out.push('Latency phases run one call at a time after a warm-up; throughput phases run a fixed number of concurrent callers; both stop after a request count or a time limit, whichever comes first.');
  out.push('connection: shortest paths tie, so only the hop count is compared across engines. search: our ranking is MiniSearch (BM25, prefix, fuzzy) over names and aliases; the Cypher and @neo4j/graphql forms use the store\'s full-text index (Lucene, fuzzy and prefix terms), so their hits differ by design; it is measured as what a user of each would write.');
  out.push('@neo4j/graphql careerPath and nested50 use its generated API, whose edge sort cannot put undated roles first as career order does: same roles, order may differ.');
  return out;
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
