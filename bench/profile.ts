/**
 * Summarizes a V8 CPU profile (from `npm run bench -- --profile`, in
 * bench/results/tmp/profiles): the functions with the most time of their own, and with the
 * most time including what they call.
 *
 *   tsx bench/profile.ts FILE.cpuprofile [--top N] [--filter TEXT]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isMain } from './lib/args.js';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

export interface Row {
  name: string;
  ms: number;
  share: number;
}

const frameName = (n: Node): string => {
  const file = n.callFrame.url.split('/').slice(-2).join('/') || '(native)';
  return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
};

export function summarize(profile: Profile): { totalMs: number; self: Row[]; inclusive: Row[] } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(frameName(leaf), (self.get(frameName(leaf)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      const node = byId.get(x);
      if (!node) break;
      const name = frameName(node);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
    }
  });
  const rows = (m: Map<string, number>): Row[] =>
    [...m.entries()].map(([name, ms]) => ({ name, ms: Math.round(ms), share: Math.round((1000 * ms) / total) / 10 })).sort((a, b) => b.ms - a.ms);
  return { totalMs: Math.round(total), self: rows(self), inclusive: rows(inclusive) };
}

if (isMain(import.meta.url)) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' }, filter: { type: 'string' } } });
  const file = positionals[0];
  if (!file) {
    console.error('usage: tsx bench/profile.ts FILE.cpuprofile [--top N] [--filter TEXT]');
    process.exitCode = 2;
  } else {
    const top = Number(values.top);
    const s = summarize(JSON.parse(readFileSync(file, 'utf8')) as Profile);
    const keep = (r: Row) => !values.filter || r.name.includes(values.filter);
    const show = (rows: Row[]) => rows.filter(keep).slice(0, top).map((r) => `${String(r.ms).padStart(8)} ms ${r.share.toFixed(1).padStart(5)}%  ${r.name}`).join('\n');
    console.log(`total ${s.totalMs} ms\n\n-- self time\n${show(s.self)}\n\n-- inclusive time\n${show(s.inclusive)}`);
  }
}
