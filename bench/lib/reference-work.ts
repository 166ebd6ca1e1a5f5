/**
 * A fixed JavaScript workload that owes nothing to the extractor: string building, splitting into
 * small token objects, lowercasing and counting ~20 000 distinct words in a Map: the kind of work,
 * and about the working set, of extraction. Timed in the same
 * process as an extraction run, it tells a slower machine (or a busier spell of it) from a slower
 * extractor: this machine's speed drifts by up to 2x over hours, so MB/s figures taken at
 * different times are comparable only beside the reference time taken with them.
 *
 * The work is the same on every run and every machine (seeded words, no Math.random); its first
 * round is untimed, so the time is that of compiled code, like a warm extraction pass.
 */
import { Rng } from './prng.js';

const SYLLABLES = ['dir', 'ec', 'teur', 'gén', 'ér', 'al', 'chief', 'off', 'icer', 'Pa', 'ris', 'Lon', 'don', 'grou', 'pe', 'SA'];

/** One round: ~40 000 words of seeded text tokenized into small objects and counted in a Map of ~20 000 keys. */
function round(seed: number): number {
  const rng = new Rng(seed);
  const words: string[] = [];
  for (let i = 0; i < 40_000; i++) {
    let w = '';
    const n = rng.int(1, 4);
    for (let k = 0; k < n; k++) w += rng.pick(SYLLABLES);
    words.push(w);
  }
  const text = words.join(' ');
  const tokens: { text: string; start: number; upper: boolean }[] = [];
  let start = 0;
  for (const w of text.split(' ')) {
    tokens.push({ text: w, start, upper: w.charCodeAt(0) < 97 });
    start += w.length + 1;
  }
  const counts = new Map<string, number>();
  for (const t of tokens) {
    const key = t.upper ? t.text.toLowerCase() : t.text;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let check = counts.size;
  for (const [key, n] of counts) check = (check + key.length * n + key.charCodeAt(0)) % 1000003;
  return check;
}

/** CPU and wall seconds of the fixed workload (1.0–1.4 s of CPU on the 2-core bench machine at load 13, 2026-11-29). */
export function referenceWork(rounds = 30): { cpu: number; wall: number; check: number } {
  let check = round(0);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let r = 1; r <= rounds; r++) check = (check + round(r)) % 1000003;
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1e6, wall: (performance.now() - t0) / 1000, check };
}
