/**
 * Extraction throughput: builds ≥ 5 MB of article-like text from the extraction fixtures
 * (and the seed), then extracts it article by article and reports MB/s on one core.
 * Run: npx tsx bench/extract.ts [MB] [--dist]
 * With --dist it measures the compiled build that the CLI and the service run (`npm run build`
 * first) instead of the TypeScript sources as tsx transpiles them.
 */
import { existsSync } from 'node:fs';
import type { extract as Extract } from '../src/extract/index.js';
import { extractCorpus } from './lib/extract-corpus.js';

const args = process.argv.slice(2);
const dist = args.includes('--dist');
const distEntry = new URL('../dist/extract/index.js', import.meta.url);
if (dist && !existsSync(distEntry)) throw new Error('bench/extract.ts --dist: no dist/extract/index.js; run `npm run build` first');
const { extract } = (await import(dist ? distEntry.href : '../src/extract/index.js')) as { extract: typeof Extract };
console.log(`extracting with ${dist ? 'the compiled build (dist/)' : 'the sources (tsx)'}`);

const target = Number(args.find((a) => !a.startsWith('--')) ?? 5) * 1024 * 1024;
const { docs, size } = extractCorpus(target);

// Warm-up, then the measured run.
for (const d of docs.slice(0, 50)) extract({ text: d, published: '2024-06-10' });
const t0 = performance.now();
const c0 = process.cpuUsage();
let facts = 0;
for (const d of docs) {
  const f = extract({ text: d, published: '2024-06-10' });
  facts += f.roles.length + f.expansions.length;
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(c0);
// CPU time of this process (user + system): a fair figure on a shared, busy machine.
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const mb = size / 1024 / 1024;
console.log(`articles: ${docs.length}, size: ${mb.toFixed(2)} MB, facts: ${facts}`);
console.log(`wall: ${seconds.toFixed(2)} s → ${(mb / seconds).toFixed(2)} MB/s; cpu: ${cpuSeconds.toFixed(2)} s → ${(mb / cpuSeconds).toFixed(2)} MB/s`);

// Pathological input: one long line without punctuation must stay linear.
const flat = 'alpha Beta Gamma directeur de Delta chez Epsilon '.repeat(40000);
const t1 = performance.now();
extract({ text: flat });
const s1 = (performance.now() - t1) / 1000;
console.log(`no punctuation: ${(flat.length / 1024 / 1024).toFixed(2)} MB in ${s1.toFixed(2)} s (${(flat.length / 1024 / 1024 / s1).toFixed(2)} MB/s)`);
