/**
 * Paired extraction throughput of two builds: both are loaded in one process and run
 * alternately on 25-document chunks of the bench corpus (bench/lib/extract-corpus.ts), so
 * both see the same machine load; then again in a second process with the load order
 * swapped (the build loaded first runs a few % faster). Prints each order's ratio and their
 * geometric mean: new/old speed.
 *
 *   npx tsc -p tsconfig.build.json --outDir /tmp/old   # in a worktree of the old commit
 *   npx tsc -p tsconfig.build.json --outDir /tmp/new
 *   npx tsx bench/extract-ab.ts /tmp/old /tmp/new [rounds]
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractCorpus } from './lib/extract-corpus.js';

type Extract = (input: { text: string; published: string }) => unknown;

async function load(dist: string): Promise<Extract> {
  const mod = (await import(pathToFileURL(resolve(dist, 'extract/index.js')).href)) as { extract: Extract };
  return mod.extract;
}

/** One process: MB/s of the first and second build, alternating chunks. */
async function paired(first: string, second: string, rounds: number): Promise<[number, number]> {
  const run = [await load(first), await load(second)] as const;
  const { docs, size } = extractCorpus(5 * 1024 * 1024);
  for (const d of docs.slice(0, 100)) for (const f of run) f({ text: d, published: '2024-06-10' });
  const ms = [0, 0];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < docs.length; i += 25) {
      const chunk = docs.slice(i, i + 25);
      // Which build goes first alternates too.
      for (const b of (i / 25 + r) % 2 === 0 ? [0, 1] : [1, 0]) {
        const f = run[b] as Extract;
        const t0 = performance.now();
        for (const d of chunk) f({ text: d, published: '2024-06-10' });
        ms[b] = (ms[b] ?? 0) + performance.now() - t0;
      }
    }
  }
  const mb = (size / 1024 / 1024) * rounds;
  return [mb / ((ms[0] ?? 1) / 1000), mb / ((ms[1] ?? 1) / 1000)];
}

const [oldDist, newDist, roundsArg, child] = process.argv.slice(2);
if (!oldDist || !newDist) {
  console.error('usage: npx tsx bench/extract-ab.ts OLD_DIST NEW_DIST [rounds]');
  process.exit(2);
}
const rounds = Number(roundsArg ?? 1);
if (child === '--child') {
  console.log(JSON.stringify(await paired(oldDist, newDist, rounds)));
} else {
  const once = (a: string, b: string): [number, number] =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', a, b, String(rounds), '--child'], { encoding: 'utf8' })) as [number, number];
  const [o1, n1] = once(oldDist, newDist);
  const [n2, o2] = once(newDist, oldDist);
  const r1 = n1 / o1;
  const r2 = n2 / o2;
  console.log(`old loaded first: old ${o1.toFixed(3)} MB/s, new ${n1.toFixed(3)} MB/s, ×${r1.toFixed(3)}`);
  console.log(`new loaded first: old ${o2.toFixed(3)} MB/s, new ${n2.toFixed(3)} MB/s, ×${r2.toFixed(3)}`);
  console.log(`new/old: ×${Math.sqrt(r1 * r2).toFixed(3)}`);
}
