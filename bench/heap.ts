/**
 * What the memory store's heap is made of: heap snapshots before and after loading the
 * generated graph, objects grouped by kind (constructor or V8 type), the difference divided
 * by the roles stored. Explains `bytesPerRoleMemoryStore`.
 *
 *   tsx bench/heap.ts [--persons N]        (default 5000; the snapshots take a while)
 */
import { readFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeHeapSnapshot } from 'node:v8';
import { createMemoryStore } from '../src/store/memory/store.js';
import { benchArgs, isMain } from './lib/args.js';
import { runWithGc, settledHeap } from './lib/heap.js';
import { loadWorld } from './lib/load.js';
import { createWorld } from './lib/world.js';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

/** Self size per kind: "Object RoleEdge-like" groups by constructor name; strings by V8 type. */
function bySize(file: string): Map<string, { bytes: number; count: number }> {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const width = fields.length;
  const iType = fields.indexOf('type');
  const iName = fields.indexOf('name');
  const iSize = fields.indexOf('self_size');
  const out = new Map<string, { bytes: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + iType] ?? 0] ?? '?';
    const name = snap.strings[snap.nodes[i + iName] ?? 0] ?? '';
    const key = type === 'object' || type === 'closure' ? `${type} ${name}` : type === 'array' ? `array ${name}` : type;
    const entry = out.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += snap.nodes[i + iSize] ?? 0;
    entry.count++;
    out.set(key, entry);
  }
  return out;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = benchArgs(argv.includes('--persons') ? argv : [...argv, '--persons', '5000']);
  const dir = fileURLToPath(new URL('./results/tmp/heap', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const world = createWorld({ persons: args.persons, seed: args.seed });
  settledHeap();
  const before = writeHeapSnapshot(join(dir, 'before.heapsnapshot'));
  const store = createMemoryStore({ dir: null });
  await store.init();
  const m = await loadWorld(store, world);
  settledHeap();
  const after = writeHeapSnapshot(join(dir, 'after.heapsnapshot'));
  const roles = m.stats.roles;
  const a = bySize(before);
  const b = bySize(after);
  rmSync(dir, { recursive: true, force: true });
  const rows = [...b.entries()]
    .map(([k, v]) => ({ kind: k, bytes: v.bytes - (a.get(k)?.bytes ?? 0), count: v.count - (a.get(k)?.count ?? 0) }))
    .filter((r) => r.bytes > 0)
    .sort((x, y) => y.bytes - x.bytes);
  const total = rows.reduce((s, r) => s + r.bytes, 0);
  console.log(`${args.persons} persons: ${roles} roles, ${m.stats.persons} persons, ${m.stats.companies} companies, ${m.stats.sources} sources, ${m.stats.expansions} expansions`);
  console.log(`heap growth ${(total / 2 ** 20).toFixed(1)} MB = ${Math.round(total / roles)} bytes per role\n`);
  console.log('kind'.padEnd(48), 'bytes/role'.padStart(10), 'count/role'.padStart(11), 'share'.padStart(7));
  for (const r of rows.slice(0, 25)) {
    console.log(r.kind.slice(0, 48).padEnd(48), (r.bytes / roles).toFixed(0).padStart(10), (r.count / roles).toFixed(2).padStart(11), `${((100 * r.bytes) / total).toFixed(1)}%`.padStart(7));
  }
  await store.close();
}

if (isMain(import.meta.url)) runWithGc(main);
