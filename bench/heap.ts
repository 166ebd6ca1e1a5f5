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
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

type Sizes = Map<string, { bytes: number; count: number }>;

/** What a string is, from its text: the ids of the graph by prefix, hashes, dates, sentences. */
function stringKind(text: string): string {
  const prefix = /^(role|exp|person|company|place|country|city|region):/.exec(text)?.[1];
  if (prefix) return `string: ${prefix} id`;
  if (/^[0-9a-f]{64}$/.test(text)) return 'string: source id (sha256)';
  if (/^\d{4}(-\d\d(-\d\d)?)?$/.test(text)) return 'string: date';
  if (/^\d{4}-\d\d-\d\dT/.test(text)) return 'string: timestamp';
  if (/^https?:/.test(text)) return 'string: url';
  if (text.length > 40 && text.includes(' ')) return 'string: sentence or title';
  return 'string: other (names, keys, titles)';
}

/**
 * Self size per kind. Plain objects by their first properties ("Object {id,personId,companyId}"
 * is a role), strings by what they hold, and the hash tables of Maps and Sets apart from
 * other internal arrays.
 */
function bySize(file: string): Sizes {
  const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
  const { meta } = snap.snapshot;
  const types = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const width = meta.node_fields.length;
  const ew = meta.edge_fields.length;
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [number, number, number, number];
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number];
  const at = (i: number): number => snap.nodes[i] ?? 0;
  // Pass 1: name what only the edges tell (a Map's table; an object's first properties).
  const label = new Map<number, string>();
  for (let i = 0, e = 0; i < snap.nodes.length; i += width) {
    const type = types[at(i + iType)];
    const name = snap.strings[at(i + iName)] ?? '';
    const props: string[] = [];
    for (let k = 0; k < at(i + iEdges); k++, e += ew) {
      const edgeType = edgeTypes[snap.edges[e + eType] ?? 0];
      const edgeName = edgeType === 'element' || edgeType === 'hidden' ? '' : snap.strings[snap.edges[e + eName] ?? 0] ?? '';
      const to = snap.edges[e + eTo] ?? 0;
      if (type === 'object' && (name === 'Map' || name === 'Set') && edgeName === 'table') label.set(to, `array (${name} table)`);
      if (type === 'object' && name === 'Object' && edgeType === 'property' && props.length < 3) props.push(edgeName);
    }
    if (type === 'object' && name === 'Object') label.set(i, `object Object {${props.join(',')}}`);
  }
  const out: Sizes = new Map();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[at(i + iType)] ?? '?';
    const name = snap.strings[at(i + iName)] ?? '';
    const key = label.get(i)
      ?? (type === 'string' ? stringKind(name)
        : type === 'object' || type === 'closure' ? `${type} ${name}` : type === 'array' ? `array ${name}` : type);
    const entry = out.get(key) ?? { bytes: 0, count: 0 };
    entry.bytes += at(i + iSize);
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
  for (const r of rows.slice(0, 30)) {
    console.log(r.kind.slice(0, 48).padEnd(48), (r.bytes / roles).toFixed(0).padStart(10), (r.count / roles).toFixed(2).padStart(11), `${((100 * r.bytes) / total).toFixed(1)}%`.padStart(7));
  }
  await store.close();
}

if (isMain(import.meta.url)) runWithGc(main);
