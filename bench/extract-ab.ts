/**
 * Paired extraction throughput of two builds: both are loaded in one process and run
 * alternately on 25-document chunks of the bench corpus (bench/lib/extract-corpus.ts), so
 * both see the same machine load; then again in a second process with the load order
 * swapped, as many processes as asked (2 by default; 6 give a standard error of about 1%).
 * Prints each process's ratio and new/old speed over all of them, in wall time and in the
 * process's CPU time (steadier when other jobs compete for the cores: a chunk during which the
 * process waited costs no CPU).
 *
 *   npx tsc -p tsconfig.build.json --outDir /tmp/old   # in a worktree of the old commit
 *   npx tsc -p tsconfig.build.json --outDir /tmp/new
 *   npx tsx bench/extract-ab.ts /tmp/old /tmp/new [rounds] [processes]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractCorpus } from './lib/extract-corpus.js';

type Extract = (input: { text: string; published: string }) => unknown;

/**
 * A build made with `--outDir /tmp/x` has no package.json saying its .js files are ES modules:
 * tsx, which runs this script, then rewrites every file of it to CommonJS with esbuild (exports
 * become getters, functions get `__name` calls), and the ratio measured is that of code the CLI
 * never runs. So the build's folder is told it holds ES modules, as dist/ is by the project's
 * package.json.
 */
function markAsModules(dist: string): void {
  const manifest = resolve(dist, 'package.json');
  if (!existsSync(manifest)) writeFileSync(manifest, '{ "type": "module" }\n');
}

async function load(dist: string): Promise<Extract> {
  const mod = (await import(pathToFileURL(resolve(dist, 'extract/index.js')).href)) as { extract: Extract };
  return mod.extract;
}

/** Wall and CPU MB/s of the first and second build. */
type Speeds = { wall: [number, number]; cpu: [number, number] };

/** One process: MB/s of the first and second build, alternating chunks. */
async function paired(first: string, second: string, rounds: number): Promise<Speeds> {
  const run = [await load(first), await load(second)] as const;
  const { docs, size } = extractCorpus(5 * 1024 * 1024);
  for (const d of docs.slice(0, 100)) for (const f of run) f({ text: d, published: '2024-06-10' });
  const ms = [0, 0];
  // CPU time of the process per chunk as well: a chunk during which this process waited for a
  // core (other jobs on the machine) costs wall time, not CPU time.
  const cpuMs = [0, 0];
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < docs.length; i += 25) {
      const chunk = docs.slice(i, i + 25);
      // Which build goes first alternates too.
      for (const b of (i / 25 + r) % 2 === 0 ? [0, 1] : [1, 0]) {
        const f = run[b] as Extract;
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        for (const d of chunk) f({ text: d, published: '2024-06-10' });
        ms[b] = (ms[b] ?? 0) + performance.now() - t0;
        const c = process.cpuUsage(c0);
        cpuMs[b] = (cpuMs[b] ?? 0) + (c.user + c.system) / 1000;
      }
    }
  }
  const mb = (size / 1024 / 1024) * rounds;
  const speed = (t: number[], b: number): number => mb / ((t[b] ?? 1) / 1000);
  return { wall: [speed(ms, 0), speed(ms, 1)], cpu: [speed(cpuMs, 0), speed(cpuMs, 1)] };
}

const [oldDist, newDist, roundsArg, processesArg] = process.argv.slice(2);
if (!oldDist || !newDist) {
  console.error('usage: npx tsx bench/extract-ab.ts OLD_DIST NEW_DIST [rounds] [processes]');
  process.exit(2);
}
for (const dist of [oldDist, newDist]) markAsModules(dist);
const rounds = Number(roundsArg ?? 1);
if (processesArg === '--child') {
  console.log(JSON.stringify(await paired(oldDist, newDist, rounds)));
} else {
  // Whichever build is loaded first runs faster in its process (by 5–15% on this machine):
  // several processes, half of them loading the new build first.
  const processes = Math.max(2, Number(processesArg ?? 2));
  const once = (a: string, b: string): Speeds =>
    JSON.parse(execFileSync(process.execPath, [...process.execArgv, process.argv[1] ?? '', a, b, String(rounds), '--child'], { encoding: 'utf8' })) as Speeds;
  // Per load order, the log ratios of new over old.
  const ratios: Record<'wall' | 'cpu', [number[], number[]]> = { wall: [[], []], cpu: [[], []] };
  for (let p = 0; p < processes; p++) {
    const newFirst = p % 2 === 1;
    const s = newFirst ? once(newDist, oldDist) : once(oldDist, newDist);
    const line: string[] = [];
    for (const kind of ['wall', 'cpu'] as const) {
      const [a, b] = s[kind];
      const [o, n] = newFirst ? [b, a] : [a, b];
      ratios[kind][newFirst ? 1 : 0].push(Math.log(n / o));
      line.push(`${kind} old ${o.toFixed(3)} new ${n.toFixed(3)} MB/s ×${(n / o).toFixed(3)}`);
    }
    console.log(`process ${p + 1} (${newFirst ? 'new' : 'old'} loaded first): ${line.join('; ')}`);
  }
  // The build loaded first runs faster by some factor d: old-first processes measure r/d,
  // new-first ones r·d. The mean of the two orders' means is log r; its standard error comes
  // from the spread within each order (the order effect itself cancels).
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const variance = (xs: number[]): number => (xs.length < 2 ? NaN : xs.reduce((a, b) => a + (b - mean(xs)) ** 2, 0) / (xs.length - 1));
  for (const kind of ['wall', 'cpu'] as const) {
    const [oldFirst, newFirst] = ratios[kind];
    const r = (mean(oldFirst) + mean(newFirst)) / 2;
    const d = (mean(newFirst) - mean(oldFirst)) / 2;
    const se = 0.5 * Math.sqrt(variance(oldFirst) / oldFirst.length + variance(newFirst) / newFirst.length);
    const err = Number.isNaN(se) ? 'no error estimate with one process per order' : `±${(100 * (Math.exp(se) - 1)).toFixed(1)}% standard error`;
    console.log(`${kind}: new/old ×${Math.exp(r).toFixed(3)} (${err}; the build loaded first ran ×${Math.exp(d).toFixed(3)} faster)`);
  }
}
