/**
 * Extraction throughput: builds ≥ 5 MB of article-like text from the extraction fixtures
 * (and the seed), then extracts it article by article and reports MB/s on one core.
 * Run: npx tsx bench/extract.ts [MB]
 */
import { readFileSync, readdirSync } from 'node:fs';
import { extract } from '../src/extract/index.js';

const target = Number(process.argv[2] ?? 5) * 1024 * 1024;
const dir = new URL('../tests/fixtures/extract/', import.meta.url);
const articles = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, dir), 'utf8'));
articles.push(readFileSync(new URL('../seeds/000_alibaba-france.md', import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

// Vary names so caches and dictionaries see new strings, as with real news.
const docs: string[] = [];
let size = 0;
// News articles run to a few kilobytes: each document joins four fixtures (≈ 3 KB).
for (let n = 0; size < target; n++) {
  const base = [0, 1, 2, 3].map((k) => articles[(n * 4 + k) % articles.length] ?? '').join('\n\n');
  const doc = base.replace(/\b([A-Z][a-z]{3,})\b/g, (w, _m, offset: number) => (offset % 7 === n % 7 ? `${w}${n % 97}` : w));
  docs.push(doc);
  size += Buffer.byteLength(doc);
}

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
