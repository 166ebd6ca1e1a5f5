/**
 * Load with writes beside it (issue 6): N concurrent clients send a query mix to a running
 * `careergraph serve` for S seconds while one writer ingests articles through the
 * `ingestArticle` mutation; then every article the writer got back as created is checked in
 * the store to be whole (its source, and every role and expansion event it states, citing it).
 * Loopback only; bounded in time and count; stops by itself.
 *
 *   npm run load -- --store memory|neo4j [--clients 50] [--seconds 30] [--warm 400] [--write-gap-ms 50]
 *
 * The server runs the built CLI (`npm run load` builds first) in its own process, so client
 * and server do not share an event loop (they share the machine's cores). For --store neo4j
 * it starts a Neo4j of its own (port NEO4J_LOAD_PORT, default 7692, tools/neo4j/run/load) and
 * stops it after, unless NEO4J_URI is set and --wipe says its database may be emptied.
 *
 * `runLoad` (the measuring loop) and `checkWhole` are exported for the short test in
 * tests/hardening/load.test.ts.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { articleFromInput } from '../src/graphql/article-input.js';
import { prepareDocument } from '../src/services/ingest.js';
import { createMemoryStore } from '../src/store/memory/store.js';
import { neo4jConfig, type Neo4jConfig } from '../src/store/neo4j/config.js';
import { createNeo4jTestStore } from '../src/store/neo4j/index.js';
import type { GraphStore } from '../src/store/types.js';
import { article, articles, jsonl, type GeneratedArticle } from '../tests/hardening/articles.js';
import { instance, start, stop, TOOL_DIR, uriOf, type Instance } from '../tools/neo4j/server.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'careergraph.js');

export interface LoadTarget {
  url: string;
  apiKey: string;
}

export interface LoadOptions {
  clients: number;
  seconds: number;
  /** Articles 0..warm-1 are in the store already. */
  warm: number;
  /** Pause between two writes of the writer (0: back to back). */
  writeGapMs: number;
  /** First article index the writer sends. */
  firstWrite?: number;
  /**
   * Keep going past `seconds` until the writer has created this many articles (the clients
   * keep querying meanwhile), for at most ten times `seconds`: a test then asserts behaviour
   * under concurrent writes, not how fast a loaded machine extracts.
   */
  minWrites?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  firstErrors: string[];
  seconds: number;
  rps: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  writes: number;
  writeErrors: number;
  /** Latency per query of the mix (ms). */
  perQuery: Record<string, { n: number; p50: number; p99: number }>;
  /** Articles the writer saw created, for checkWhole. */
  written: GeneratedArticle[];
}

interface Call {
  query: string;
  variables: Record<string, unknown>;
}

/** Ids of the warm graph the mix asks about (read from the store before serving). */
export interface MixTargets {
  persons: string[];
  companies: string[];
}

export async function mixTargets(store: GraphStore): Promise<MixTargets> {
  return { persons: await store.allIds('Person'), companies: await store.allIds('Company') };
}

const at = <T>(list: readonly T[], i: number): T => list[Math.abs(i) % list.length] as T;
/** "person:claire-dubois" → "dubo": a prefix search as a user types it. */
const prefix = (id: string) => (id.split(':')[1]?.split('-').at(-1) ?? 'a').slice(0, 4);

/** The read mix: lookups, lists, pages, search, talent flow, paths, expansion, examples' shapes. */
function mix(t: MixTargets): { name: string; call: (i: number) => Call }[] {
  const p = (i: number) => at(t.persons, i);
  const c = (i: number) => at(t.companies, i);
  return [
    { name: 'careerPath', call: (i) => ({ query: 'query ($id: ID!) { person(id: $id) { name careerPath { company { name parent { name } } title status place { name } evidence { sentence source { title } } } } }', variables: { id: p(i) } }) },
    { name: 'companyPeople', call: (i) => ({ query: 'query ($id: ID!) { company(id: $id) { name roles { person { name } title status } alumni { name } } }', variables: { id: c(i) } }) },
    { name: 'search', call: (i) => ({ query: 'query ($q: String!) { search(query: $q, first: 5) { score node { __typename ... on Person { id name } ... on Company { id name } } } }', variables: { q: prefix(p(i)) } }) },
    { name: 'peoplePage', call: () => ({ query: '{ people(first: 20) { totalCount edges { cursor node { name currentRoles { company { name } } } } pageInfo { hasNextPage endCursor } } }', variables: {} }) },
    { name: 'talentFlow', call: (i) => ({ query: 'query ($f: ID!, $t: ID!) { talentFlow(from: $f, to: $t) { person { name } from { company { name } } to { company { name } title } } }', variables: { f: c(i + 3), t: c(i) } }) },
    { name: 'connection', call: (i) => ({ query: 'query ($f: ID!, $t: ID!) { connection(from: $f, to: $t, maxHops: 4) { hops nodes { __typename ... on Person { name } ... on Company { name } } } }', variables: { f: p(i), t: p(i + 7) } }) },
    { name: 'expansion', call: (i) => ({ query: 'query ($c: ID!) { expansion(company: $c) { events { kind date place { name } } places { name } leaders { person { name } } } }', variables: { c: c(i) } }) },
    { name: 'colleagues', call: (i) => ({ query: 'query ($id: ID!) { person(id: $id) { colleagues { person { name } company { name } overlapped } sources { totalCount } } }', variables: { id: p(i) } }) },
    { name: 'stats', call: () => ({ query: '{ stats { persons companies places sources roles expansions } }', variables: {} }) },
    { name: 'talentInOut', call: (i) => ({ query: 'query ($c: ID!) { company(id: $c) { talentIn { company { name } count } talentOut { company { name } count } people(first: 10) { totalCount } } }', variables: { c: c(i) } }) },
  ];
}

/** Keep-alive sockets, one per client, like a real client pool (set by runLoad). */
let agent = new Agent({ keepAlive: true });

function send(url: string, payload: string, headers: Record<string, string>): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
    }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function post(url: string, call: Call, headers: Record<string, string> = {}): Promise<{ ok: boolean; detail: string; body: unknown }> {
  const res = await send(url, JSON.stringify(call), headers);
  let body: { errors?: unknown[] } = {};
  try {
    body = JSON.parse(res.text) as { errors?: unknown[] };
  } catch {
    return { ok: false, detail: `${res.status} not JSON: ${res.text.slice(0, 200)}`, body: null };
  }
  const ok = res.status === 200 && !body.errors;
  return { ok, detail: ok ? '' : `${res.status} ${JSON.stringify(body.errors).slice(0, 300)}`, body };
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] as number;
}

const INGEST = 'mutation ($input: ArticleInput!) { ingestArticle(input: $input) { sourceId created } }';

/** Clients and the writer against a running service, for `seconds`; bounded, stops by itself. */
export async function runLoad(target: LoadTarget, targets: MixTargets, options: LoadOptions): Promise<LoadResult> {
  agent = new Agent({ keepAlive: true, maxSockets: options.clients + 2 });
  const calls = mix(targets);
  const byQuery = new Map<string, number[]>(calls.map((q) => [q.name, []]));
  const latencies: number[] = [];
  const firstErrors: string[] = [];
  let errors = 0;
  const t0 = performance.now();
  const end = t0 + options.seconds * 1000;
  const hardEnd = t0 + options.seconds * 10_000;
  const minWrites = options.minWrites ?? 0;
  let writerDone = false;
  const client = async (c: number) => {
    for (let i = c; performance.now() < end || (!writerDone && performance.now() < hardEnd); i += options.clients) {
      const q = calls[i % calls.length] as { name: string; call: (i: number) => Call };
      const started = performance.now();
      let result: { ok: boolean; detail: string };
      try {
        result = await post(target.url, q.call(Math.floor(i / calls.length) * 13 + c));
      } catch (err) {
        result = { ok: false, detail: `request failed: ${(err as Error).message}` };
      }
      const ms = performance.now() - started;
      latencies.push(ms);
      byQuery.get(q.name)?.push(ms);
      if (!result.ok) {
        errors++;
        if (firstErrors.length < 5) firstErrors.push(result.detail);
      }
    }
  };
  const written: GeneratedArticle[] = [];
  let writes = 0;
  let writeErrors = 0;
  const writer = async () => {
    const more = () => performance.now() < end || (written.length < minWrites && performance.now() < hardEnd);
    for (let i = options.firstWrite ?? options.warm; more(); i++) {
      const a = article(i);
      writes++;
      try {
        const input = { text: a.text, lang: a.lang, publishedAt: a.published, title: a.title };
        const res = await post(target.url, { query: INGEST, variables: { input } }, { authorization: `Bearer ${target.apiKey}` });
        const created = (res.body as { data?: { ingestArticle?: { created?: boolean } } } | null)?.data?.ingestArticle?.created;
        if (res.ok && created) written.push(a);
        else {
          writeErrors++;
          if (firstErrors.length < 5) firstErrors.push(`write: ${res.detail}`);
        }
      } catch (err) {
        writeErrors++;
        if (firstErrors.length < 5) firstErrors.push(`write failed: ${(err as Error).message}`);
      }
      if (options.writeGapMs > 0) await new Promise((r) => setTimeout(r, options.writeGapMs));
    }
    writerDone = true;
  };
  await Promise.all([...Array.from({ length: options.clients }, (_, c) => client(c)), writer()]);
  agent.destroy();
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return {
    requests: latencies.length,
    errors,
    firstErrors,
    seconds: round(seconds),
    rps: Math.round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p90: round(percentile(latencies, 90)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    writes,
    writeErrors,
    perQuery: Object.fromEntries([...byQuery].map(([name, list]) => {
      list.sort((a, b) => a - b);
      return [name, { n: list.length, p50: round(percentile(list, 50)), p99: round(percentile(list, 99)) }];
    })),
    written,
  };
}

/**
 * Each written article is whole in the store: its source is there, and every role and
 * expansion event its extraction yields exists and cites it (with evidence from it).
 * Returns what is missing, one line per problem (empty: all whole).
 */
export async function checkWhole(store: GraphStore, written: readonly GeneratedArticle[]): Promise<string[]> {
  const problems: string[] = [];
  for (const a of written) {
    const { doc } = prepareDocument(articleFromInput({ text: a.text, lang: a.lang, publishedAt: a.published, title: a.title }));
    const sid = doc.source.id;
    const [source] = await store.sources([sid]);
    if (!source) {
      problems.push(`${a.id}: source ${sid} missing`);
      continue;
    }
    const roles = await store.roles(doc.roles.map((r) => r.id));
    roles.forEach((r, k) => {
      if (!r || !r.sourceIds.includes(sid) || !r.evidence.some((e) => e.sourceId === sid)) problems.push(`${a.id}: role ${doc.roles[k]?.id} missing or not citing it`);
    });
    const companies = [...new Set(doc.expansions.map((x) => x.companyId))];
    const events = new Map((await store.expansionsByCompany(companies)).flat().map((x) => [x.id, x]));
    for (const x of doc.expansions) {
      const found = events.get(x.id);
      if (!found || !found.sourceIds.includes(sid)) problems.push(`${a.id}: expansion ${x.id} missing or not citing it`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- the command

interface Served {
  url: string;
  child: ChildProcess;
}

function serve(args: string[], env: Record<string, string>): Promise<Served> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--no-seed', ...args], {
    cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving (http:\/\/\S+)/.exec(out);
      if (m?.[1]) resolve({ url: m[1], child });
    });
    child.once('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${out}`)));
  });
}

function stopServe(served: Served): Promise<void> {
  return new Promise((resolve) => {
    served.child.once('exit', () => resolve());
    served.child.kill('SIGTERM');
  });
}

function cliIngest(file: string, args: string[], env: Record<string, string>): void {
  const r = spawnSync(process.execPath, [BIN, 'ingest', file, ...args], { cwd: ROOT, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`warm ingest failed: ${r.stderr}`);
  process.stderr.write(`load: ${r.stdout}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      store: { type: 'string', default: 'memory' },
      clients: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '30' },
      warm: { type: 'string', default: '400' },
      'write-gap-ms': { type: 'string', default: '50' },
      wipe: { type: 'boolean', default: false },
    },
  });
  const options: LoadOptions = {
    clients: Number(values.clients), seconds: Number(values.seconds), warm: Number(values.warm), writeGapMs: Number(values['write-gap-ms']),
  };
  for (const [k, v] of Object.entries(options)) {
    if (!Number.isInteger(v) || v < 0 || (k !== 'writeGapMs' && v === 0)) throw new Error(`--${k} must be a positive integer, got ${v}`);
  }
  if (options.seconds > 600 || options.clients > 500) throw new Error('at most 600 s and 500 clients');

  const dir = mkdtempSync(join(tmpdir(), 'careergraph-load-'));
  const warmFile = join(dir, 'warm.jsonl');
  writeFileSync(warmFile, jsonl(articles(options.warm)));
  const apiKey = 'load-test-key';
  // The writer is one client; let it write as fast as it can (the limit is tested elsewhere).
  const env: Record<string, string> = { CAREERGRAPH_API_KEY: apiKey, CAREERGRAPH_WRITES_PER_MINUTE: '0' };
  let neo4jInstance: Instance | null = null;
  let store: GraphStore;
  let storeArgs: string[];
  try {
    if (values.store === 'neo4j') {
      let config: Neo4jConfig;
      if (process.env.NEO4J_URI) {
        if (!values.wipe) throw new Error('NEO4J_URI is set: add --wipe to let the load test empty that database');
        config = neo4jConfig({ uri: process.env.NEO4J_URI, user: process.env.NEO4J_USER, password: process.env.NEO4J_PASSWORD, database: process.env.NEO4J_DATABASE });
      } else {
        const port = Number(process.env.NEO4J_LOAD_PORT ?? 7692);
        neo4jInstance = { ...instance('test'), port, runDir: join(TOOL_DIR, 'run', 'load') };
        await start(neo4jInstance, { log: (l) => process.stderr.write(`load: ${l}\n`) });
        config = neo4jConfig({ uri: uriOf(port) });
        env.NEO4J_URI = config.uri;
      }
      const wiper = createNeo4jTestStore(config);
      await wiper.init();
      await wiper.wipe();
      store = wiper;
      storeArgs = ['--store', 'neo4j'];
    } else if (values.store === 'memory') {
      storeArgs = ['--store', 'memory', '--data', join(dir, 'data')];
      store = createMemoryStore({ dir: join(dir, 'data') });
    } else {
      throw new Error(`--store must be memory or neo4j, got ${JSON.stringify(values.store)}`);
    }
    cliIngest(warmFile, storeArgs, env);
    await store.init();
    const targets = await mixTargets(store);
    await store.close();
    const served = await serve(storeArgs, env);
    process.stderr.write(`load: ${options.clients} clients for ${options.seconds} s against ${served.url} (${values.store}), one writer beside them\n`);
    let result: LoadResult;
    try {
      result = await runLoad({ url: served.url, apiKey }, targets, options);
    } finally {
      await stopServe(served);
    }
    // The server is stopped (the memory store compacted to disk): read what it left.
    await store.init();
    const problems = await checkWhole(store, result.written);
    await store.close();
    const { written, perQuery, ...numbers } = result;
    const report = { store: values.store, clients: options.clients, ...numbers, writtenChecked: written.length, incomplete: problems.length };
    console.log(JSON.stringify(report, null, 2));
    for (const [name, q] of Object.entries(perQuery)) console.log(`  ${name.padEnd(14)} n=${q.n}  p50 ${q.p50} ms  p99 ${q.p99} ms`);
    for (const p of problems.slice(0, 10)) console.log(`incomplete: ${p}`);
    if (result.errors > 0 || result.writeErrors > 0 || problems.length > 0) process.exitCode = 1;
  } finally {
    if (neo4jInstance) await stop(neo4jInstance, { log: (l) => process.stderr.write(`load: ${l}\n`) });
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
