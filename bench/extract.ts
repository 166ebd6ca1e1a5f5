/**
 * Extraction throughput: builds ≥ 5 MB of article-like text from the extraction fixtures
 * (and the seed), then extracts it article by article and reports MB/s on one core.
 * Run: npx tsx bench/extract.ts [MB] [--dist] [--passes N]
 * With --dist it measures the compiled build that the CLI and the service run (`npm run build`
 * first) instead of the TypeScript sources as tsx transpiles them. --passes N extracts the
 * corpus N times (default 1, the figure the target is read on): later passes show the speed
 * once V8 has compiled the hot code, which the first pass pays for (see the thread split).
 * After each pass a fixed workload that owes nothing to the extractor is timed in the same
 * process (bench/lib/reference-work.ts), with the load average: MB/s read beside it tells a slower
 * machine or a busier spell from a slower extractor.
 */
import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { extract as Extract } from '../src/extract/index.js';
import { extractCorpus } from './lib/extract-corpus.js';
import { referenceWork } from './lib/reference-work.js';
import { threadCpu, threadCpuSince } from './lib/threads.js';

const args = process.argv.slice(2);
const dist = args.includes('--dist');
const distEntry = new URL('../dist/extract/index.js', import.meta.url);
if (dist && !existsSync(distEntry)) throw new Error('bench/extract.ts --dist: no dist/extract/index.js; run `npm run build` first');
const { extract } = (await import(dist ? distEntry.href : '../src/extract/index.js')) as { extract: typeof Extract };
console.log(`extracting with ${dist ? 'the compiled build (dist/)' : 'the sources (tsx)'}`);

const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Math.max(1, Number(args[passesAt + 1] ?? 1)) : 1;
const target = Number(args.find((a, i) => !a.startsWith('--') && (passesAt < 0 || i !== passesAt + 1)) ?? 5) * 1024 * 1024;
const { docs, size } = extractCorpus(target);

// Warm-up, then the measured run.
for (const d of docs.slice(0, 50)) extract({ text: d, published: '2024-06-10' });
const mb = size / 1024 / 1024;
for (let pass = 1; pass <= passes; pass++) {
  const threads0 = threadCpu();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let facts = 0;
  for (const d of docs) {
    const f = extract({ text: d, published: '2024-06-10' });
    facts += f.roles.length + f.expansions.length;
  }
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  const threads = threadCpuSince(threads0);
  // CPU time of this process (user + system): a fair figure on a shared, busy machine.
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (pass === 1) console.log(`articles: ${docs.length}, size: ${mb.toFixed(2)} MB, facts: ${facts}`);
  const label = passes > 1 ? `pass ${pass}: ` : '';
  console.log(`${label}wall: ${seconds.toFixed(2)} s → ${(mb / seconds).toFixed(2)} MB/s; cpu: ${cpuSeconds.toFixed(2)} s → ${(mb / cpuSeconds).toFixed(2)} MB/s`);
  // The main thread extracts; the other threads are V8's optimizing compiler and GC helpers.
  if (threads) console.log(`${label}cpu by thread: main ${(threads.main / 1000).toFixed(2)} s, others (JIT compiler, GC helpers) ${(threads.others / 1000).toFixed(2)} s`);
  const ref = referenceWork();
  console.log(`${label}machine: reference workload ${ref.cpu.toFixed(2)} s cpu (${ref.wall.toFixed(2)} s wall), load ${(loadavg()[0] ?? 0).toFixed(1)}`);
}

// Pathological input: one long line without punctuation must stay linear.
const flat = 'alpha Beta Gamma directeur de Delta chez Epsilon '.repeat(40000);
const t1 = performance.now();
extract({ text: flat });
const s1 = (performance.now() - t1) / 1000;
console.log(`no punctuation: ${(flat.length / 1024 / 1024).toFixed(2)} MB in ${s1.toFixed(2)} s (${(flat.length / 1024 / 1024 / s1).toFixed(2)} MB/s)`);
