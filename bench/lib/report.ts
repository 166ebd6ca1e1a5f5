/** The results file (issue 7's shape, with more fields) and its markdown rendering. */
import type { EngineResult, QueryRow, StoreRun } from '../queries.js';
import type { IngestMeasure } from './load.js';
import type { Machine } from './machine.js';
import type { PhaseResult } from './measure.js';

/**
 * One load of the generated graph into a store, as `careergraph ingest` loads it
 * (lib/load.ts: resolveDocument, then DocumentWriter → `store.ingestMany`).
 */
export type IngestRow = Omit<IngestMeasure, 'stats'> & { persons: number };

interface Lat { p50: number; p95: number; p99: number; throughput: number; concurrency: number; errors: number }

export interface QueryOut {
  name: string;
  store: string;
  persons: number;
  ours?: Lat;
  rawCypher?: Lat;
  neo4jGraphql?: Lat;
  neo4jGraphqlForm?: string;
  oursOverCypher?: number;
  oursOverNeo4jGraphql?: number;
  agreement?: { rawCypher?: EngineResult['agreement']; neo4jGraphql?: EngineResult['agreement'] };
  notRun?: QueryRow['notRun'];
}

export interface Target {
  target: string;
  value: number | null;
  limit: number;
  pass: boolean | null;
  note?: string;
}

export interface Results {
  date: string;
  command: string;
  machine: Machine;
  options: Record<string, unknown>;
  scale: { persons: number; companies: number; roles: number };
  ingest: IngestRow[];
  queries: QueryOut[];
  mix: { store: string; engine: string; persons: number; queries: string[]; throughput: number; concurrency: number; p50: number; p95: number; p99: number; errors: number }[];
  memory: {
    serviceRssMB: number | null;
    /** RSS of a service process before loading anything (Node, tsx, modules). */
    serviceBaselineRssMB: number | null;
    bytesPerRoleMemoryStore: number | null;
    memoryStoreHeapMB: number | null;
    neo4jServiceRssMB: number | null;
    neo4jServerRssMB: number | null;
    neo4jServerMemory: string | null;
  };
  skipped: StoreRun['skipped'];
  targets: Target[];
  scaling?: ScalingRow[];
  notes: string[];
}

export interface ScalingRow {
  persons: number;
  store: string;
  companies: number;
  roles: number;
  ingestFactsPerSecond: number;
  bytesPerRole: number | null;
  serviceRssMB: number;
  p50: Record<string, { ours?: number; rawCypher?: number; neo4jGraphql?: number }>;
  mixThroughput: number | null;
}

/** The results file keeps the measure without the store's statistics (reported elsewhere). */
export function ingestRow(m: IngestMeasure, persons: number): IngestRow {
  const { stats: _stats, ...measure } = m;
  return { ...measure, persons };
}

const lat = (e?: EngineResult): Lat | undefined => e && {
  p50: e.latency.p50,
  p95: e.latency.p95,
  p99: e.latency.p99,
  throughput: e.throughput.throughput,
  concurrency: e.throughput.concurrency,
  errors: e.latency.errors + e.throughput.errors,
};

export function queryOut(row: QueryRow, persons: number): QueryOut {
  const out: QueryOut = { name: row.name, store: row.store, persons };
  const ours = lat(row.ours);
  const raw = lat(row.rawCypher);
  const ng = lat(row.neo4jGraphql);
  if (ours) out.ours = ours;
  if (raw) out.rawCypher = raw;
  if (ng) out.neo4jGraphql = ng;
  if (row.neo4jGraphqlForm) out.neo4jGraphqlForm = row.neo4jGraphqlForm;
  if (row.oursOverCypher !== undefined) out.oursOverCypher = row.oursOverCypher;
  if (row.oursOverNeo4jGraphql !== undefined) out.oursOverNeo4jGraphql = row.oursOverNeo4jGraphql;
  if (row.rawCypher?.agreement || row.neo4jGraphql?.agreement) {
    out.agreement = {};
    if (row.rawCypher?.agreement) out.agreement.rawCypher = row.rawCypher.agreement;
    if (row.neo4jGraphql?.agreement) out.agreement.neo4jGraphql = row.neo4jGraphql.agreement;
  }
  if (row.notRun) out.notRun = row.notRun;
  return out;
}

export function mixOut(run: StoreRun, persons: number, queries: string[]): Results['mix'] {
  return Object.entries(run.mix).map(([engine, p]) => {
    const r = p as PhaseResult;
    return { store: run.store, engine, persons, queries, throughput: r.throughput, concurrency: r.concurrency, p50: r.p50, p95: r.p95, p99: r.p99, errors: r.errors };
  });
}

// ---------------------------------------------------------------- markdown

const n = (x: number | null | undefined, digits = 1): string =>
  x === null || x === undefined || Number.isNaN(x) ? '—' : x.toLocaleString('en-US', { maximumFractionDigits: digits });
const triple = (l?: Lat): string => (l ? `${n(l.p50, 2)} / ${n(l.p95, 2)} / ${n(l.p99, 2)}` : '—');
const agreeText = (a?: EngineResult['agreement']): string =>
  a ? (a.sameOrder === a.checked ? 'same' : a.sameSet === a.checked ? 'same set, other order' : `${a.sameSet}/${a.checked} same set`) : '—';

export function markdown(r: Results): string {
  const out: string[] = [];
  out.push(`# careergraph benchmark — ${r.date}`);
  out.push('');
  out.push(`\`${r.command}\` on ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memoryGB} GB, Node ${r.machine.node}; `
    + `load average ${r.machine.loadAverage.start} at start, ${r.machine.loadAverage.end ?? '?'} at end.`);
  out.push('');
  out.push(`Scale: ${n(r.scale.persons, 0)} persons, ${n(r.scale.companies, 0)} companies, ${n(r.scale.roles, 0)} roles.`);
  out.push('');
  out.push('## Targets');
  out.push('');
  out.push('| target | value | limit | met |');
  out.push('|---|---:|---:|:---:|');
  for (const t of r.targets) out.push(`| ${t.target} | ${n(t.value, 2)} | ${n(t.limit, 2)} | ${t.pass === null ? '—' : t.pass ? 'yes' : '**no**'}${t.note ? ` (${t.note})` : ''} |`);
  out.push('');
  out.push('## Ingest');
  out.push('');
  out.push('Through `store.ingestMany` via DocumentWriter, as `careergraph ingest`; `resolve s` and `store s` split the time.');
  out.push('');
  out.push('| store | persons | documents | facts | seconds | facts/s | documents/s | resolve s | store s |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const i of r.ingest) {
    out.push(`| ${i.store} | ${n(i.persons, 0)} | ${n(i.documents, 0)} | ${n(i.facts, 0)} | ${n(i.seconds, 1)} | **${n(i.factsPerSecond, 0)}** | ${n(i.documentsPerSecond, 0)} | ${n(i.resolveSeconds, 1)} | ${n(i.storeSeconds, 1)} |`);
  }
  out.push('');
  const main = r.queries.filter((q) => q.persons === r.scale.persons);
  out.push(`## Queries at ${n(r.scale.persons, 0)} persons`);
  out.push('');
  out.push('Latency p50 / p95 / p99 in ms, one call at a time; req/s with concurrent calls. '
    + '"ours" is careergraph\'s GraphQL over HTTP; "raw Cypher" the same answer from hand-written Cypher through neo4j-driver (no HTTP, no GraphQL: the floor); '
    + '"@neo4j/graphql" the library over the same Neo4j, over HTTP (generated API, or a @cypher field holding the raw Cypher).');
  out.push('');
  out.push('| query | store | ours | req/s | raw Cypher | req/s | @neo4j/graphql | req/s | ours ÷ Cypher | ours ÷ @neo4j/graphql | answers vs ours (Cypher; @neo4j/graphql) |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const q of main) {
    out.push(`| ${q.name} | ${q.store} | ${triple(q.ours)} | ${n(q.ours?.throughput)} | ${triple(q.rawCypher)} | ${n(q.rawCypher?.throughput)} | `
      + `${triple(q.neo4jGraphql)}${q.neo4jGraphqlForm ? ` (${q.neo4jGraphqlForm})` : ''} | ${n(q.neo4jGraphql?.throughput)} | ${n(q.oursOverCypher, 2)} | ${n(q.oursOverNeo4jGraphql, 2)} | `
      + `${q.store === 'neo4j' ? `${agreeText(q.agreement?.rawCypher)}; ${agreeText(q.agreement?.neo4jGraphql)}` : '—'} |`);
  }
  out.push('');
  const mixMain = r.mix.filter((m) => m.persons === r.scale.persons);
  if (mixMain.length > 0) {
    out.push('## Mixed workload (all queries interleaved)');
    out.push('');
    out.push('| store | engine | concurrency | req/s | p50 | p95 | p99 |');
    out.push('|---|---|---:|---:|---:|---:|---:|');
    for (const m of mixMain) out.push(`| ${m.store} | ${m.engine} | ${m.concurrency} | **${n(m.throughput)}** | ${n(m.p50, 2)} | ${n(m.p95, 2)} | ${n(m.p99, 2)} |`);
    out.push('');
  }
  out.push('## Memory');
  out.push('');
  out.push('| measure | value |');
  out.push('|---|---:|');
  out.push(`| memory store, bytes per role (heap after full GC ÷ roles) | ${n(r.memory.bytesPerRoleMemoryStore, 0)} |`);
  out.push(`| memory store heap, MB | ${n(r.memory.memoryStoreHeapMB)} |`);
  out.push(`| service RSS with the memory store, MB | ${n(r.memory.serviceRssMB)} |`);
  out.push(`| service RSS before loading anything (Node, tsx, modules), MB | ${n(r.memory.serviceBaselineRssMB)} |`);
  out.push(`| service RSS with the Neo4j store, MB | ${n(r.memory.neo4jServiceRssMB)} |`);
  out.push(`| Neo4j server RSS, MB (${r.memory.neo4jServerMemory ?? '—'}) | ${n(r.memory.neo4jServerRssMB)} |`);
  out.push('');
  if (r.scaling && r.scaling.length > 0) {
    out.push('## Scaling');
    out.push('');
    const names = [...new Set(r.scaling.flatMap((s) => Object.keys(s.p50)))];
    out.push(`| persons | store | roles | ingest facts/s | bytes/role | RSS MB | mix req/s | ${names.map((x) => `${x} p50 (ours / Cypher / @neo4j/graphql)`).join(' | ')} |`);
    out.push(`|---:|---|---:|---:|---:|---:|---:|${names.map(() => '---:').join('|')}|`);
    for (const s of r.scaling) {
      out.push(`| ${n(s.persons, 0)} | ${s.store} | ${n(s.roles, 0)} | ${n(s.ingestFactsPerSecond, 0)} | ${n(s.bytesPerRole, 0)} | ${n(s.serviceRssMB)} | ${n(s.mixThroughput)} | `
        + `${names.map((x) => {
          const p = s.p50[x];
          return p ? [p.ours, p.rawCypher, p.neo4jGraphql].filter((v) => v !== undefined).map((v) => n(v, 2)).join(' / ') : '—';
        }).join(' | ')} |`);
    }
    out.push('');
  }
  if (r.skipped.length > 0) {
    out.push('## Skipped');
    out.push('');
    for (const s of r.skipped) out.push(`- ${s.name}: the schema has no ${s.missing.join(', ')}`);
    out.push('');
  }
  if (r.notes.length > 0) {
    out.push('## Notes');
    out.push('');
    for (const note of r.notes) out.push(`- ${note}`);
    out.push('');
  }
  return out.join('\n');
}
