/** Command-line options shared by the bench scripts, validated once here. */
import { parseArgs } from 'node:util';

export interface BenchArgs {
  persons: number;
  seed: number;
  quick: boolean;
  scale: boolean;
  /** With --scale: the scales to run (default 10k, 100k, 1M; quick 1k, 2k, 4k). */
  points: number[] | null;
  /** Stores to run: memory, neo4j. */
  stores: ('memory' | 'neo4j')[];
  /** Requests per query (latency phase) and seconds cap per phase. */
  requests: number;
  seconds: number;
  concurrency: number;
  /** Role facts for the Neo4j load (issue 3). */
  roleFacts: number;
  out: string | null;
  noGraphql: boolean;
  sample: number;
  /** Write V8 CPU profiles of the services under test (bench/results/tmp/profiles). */
  profile: boolean;
}

const positiveInt = (name: string, raw: string | undefined, fallback: number): number => {
  if (raw === undefined) return fallback;
  const n = Number(raw.replace(/_/g, '').replace(/k$/i, '000').replace(/m$/i, '000000'));
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive integer (e.g. 100000, 100k, 1m); got ${JSON.stringify(raw)}`);
  return n;
};

export function benchArgs(argv: string[] = process.argv.slice(2)): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    allowPositionals: false,
    options: {
      persons: { type: 'string' },
      seed: { type: 'string' },
      quick: { type: 'boolean', default: false },
      scale: { type: 'boolean', default: false },
      points: { type: 'string' },
      store: { type: 'string', multiple: true },
      requests: { type: 'string' },
      seconds: { type: 'string' },
      concurrency: { type: 'string' },
      'role-facts': { type: 'string' },
      out: { type: 'string' },
      'no-neo4j-graphql': { type: 'boolean', default: false },
      sample: { type: 'string' },
      profile: { type: 'boolean', default: false },
    },
  });
  const quick = values.quick ?? false;
  const stores = (values.store ?? ['memory', 'neo4j']).flatMap((s) => s.split(','));
  for (const s of stores) if (s !== 'memory' && s !== 'neo4j') throw new Error(`--store must be memory or neo4j; got ${JSON.stringify(s)}`);
  return {
    persons: positiveInt('persons', values.persons, quick ? 2_000 : 100_000),
    seed: positiveInt('seed', values.seed, 42),
    quick,
    scale: values.scale ?? false,
    points: values.points === undefined ? null : values.points.split(',').map((p) => positiveInt('points', p.trim(), 0)),
    stores: stores as ('memory' | 'neo4j')[],
    requests: positiveInt('requests', values.requests, quick ? 60 : 1_000),
    seconds: positiveInt('seconds', values.seconds, quick ? 2 : 20),
    concurrency: positiveInt('concurrency', values.concurrency, 8),
    roleFacts: positiveInt('role-facts', values['role-facts'], quick ? 10_000 : 100_000),
    out: values.out ?? null,
    noGraphql: values['no-neo4j-graphql'] ?? false,
    sample: positiveInt('sample', values.sample, 1),
    profile: values.profile ?? false,
  };
}

/** True when this module is the script node was started with. */
export function isMain(metaUrl: string): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  return metaUrl === new URL(`file://${entry.startsWith('/') ? '' : `${process.cwd()}/`}${entry}`).href;
}
