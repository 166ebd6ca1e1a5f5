/**
 * A local Neo4j Community server without Docker: jars from Maven Central (pom.xml beside this
 * file), started as a detached `java` process, tracked by a pid file. Used by
 * `npm run neo4j:start|stop` (cli.ts) and by the vitest globalSetup (tests/setup/neo4j.ts).
 *
 * Two instances never share data: `dev` (port NEO4J_PORT, default 7687) is the developer's
 * server, `test` (port NEO4J_TEST_PORT, default 7688) is the one the test suite starts and
 * wipes between tests, so running the tests never empties a developer's graph.
 *
 * Auth is off: the server listens on 127.0.0.1 only and holds throwaway local data.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from 'neo4j-driver';

export const TOOL_DIR = dirname(fileURLToPath(import.meta.url));
export const LIB_DIR = join(TOOL_DIR, 'lib');
const POM = join(TOOL_DIR, 'pom.xml');
/** Written after a successful Maven copy; holds the pom's hash so a pom change refetches. */
const LIB_MARKER = join(LIB_DIR, '.complete');

export type InstanceName = 'dev' | 'test';

export interface Instance {
  name: InstanceName;
  port: number;
  /** tools/neo4j/run/<name>: home (conf, data, logs), pid file, console output. */
  runDir: string;
}

export interface RunningServer {
  uri: string;
  pid: number;
  port: number;
  /** false when a server of this instance was already running (start was a no-op). */
  startedNow: boolean;
}

const READY_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 60_000;

function portFrom(envName: string, fallback: number): number {
  const raw = process.env[envName];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${envName} must be a TCP port (1-65535); got ${JSON.stringify(raw.slice(0, 40))}`);
  }
  return port;
}

export function instance(name: InstanceName): Instance {
  const port = name === 'dev' ? portFrom('NEO4J_PORT', 7687) : portFrom('NEO4J_TEST_PORT', 7688);
  return { name, port, runDir: join(TOOL_DIR, 'run', name) };
}

export function uriOf(port: number): string {
  return `bolt://127.0.0.1:${port}`;
}

// ---------------------------------------------------------------- prerequisites

/** The Java major version on PATH, or null when there is no usable `java`. */
export function javaMajor(): number | null {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  const m = /version "(\d+)(?:\.(\d+))?/.exec(`${r.stderr}${r.stdout}`);
  if (!m?.[1]) return null;
  const major = Number(m[1]);
  // Java 8 and older print "1.8.0_..."
  return major === 1 && m[2] ? Number(m[2]) : major;
}

export function hasMaven(): boolean {
  const r = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex');
}

export function libComplete(): boolean {
  return existsSync(LIB_MARKER) && readFileSync(LIB_MARKER, 'utf8').trim() === pomHash();
}

/**
 * Fills tools/neo4j/lib from Maven Central unless it already matches pom.xml.
 * A cold ~/.m2 takes about a minute (~125 MB, ~210 jars); a warm one a few seconds.
 */
export function ensureLib(log: (line: string) => void = console.error): void {
  if (libComplete()) return;
  if (!hasMaven()) {
    throw new Error(`tools/neo4j/lib is missing or out of date and 'mvn' is not on PATH; install Maven 3.8+ or set NEO4J_URI to a running server`);
  }
  log('neo4j: fetching Neo4j jars with Maven into tools/neo4j/lib (about a minute on a cold ~/.m2)…');
  // A stale lib may hold jars of an older version: start clean so the classpath has one of each.
  rmSync(LIB_DIR, { recursive: true, force: true });
  const t0 = Date.now();
  const r = spawnSync('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${LIB_DIR}`], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (r.error || r.status !== 0) {
    throw new Error(`Maven could not fetch the Neo4j jars (exit ${String(r.status)}); see its output above`);
  }
  writeFileSync(LIB_MARKER, `${pomHash()}\n`);
  log(`neo4j: jars fetched in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- pid file

function pidFile(inst: Instance): string {
  return join(inst.runDir, 'neo4j.pid');
}

interface PidRecord { pid: number; port: number }

function readPid(inst: Instance): PidRecord | null {
  try {
    const rec = JSON.parse(readFileSync(pidFile(inst), 'utf8')) as Partial<PidRecord>;
    return typeof rec.pid === 'number' && typeof rec.port === 'number' ? { pid: rec.pid, port: rec.port } : null;
  } catch {
    return null;
  }
}

/** Alive and really our Neo4j (a recycled pid must not be mistaken for the server). */
function isOurServer(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('org.neo4j.server.CommunityEntryPoint');
  } catch {
    return true; // no /proc (macOS): trust the signal check
  }
}

/** The running server of this instance, or null (a stale pid file is removed). */
export function running(inst: Instance): PidRecord | null {
  const rec = readPid(inst);
  if (!rec) return null;
  if (isOurServer(rec.pid)) return rec;
  rmSync(pidFile(inst), { force: true });
  return null;
}

// ---------------------------------------------------------------- start

function confText(): string {
  return [
    '# Written by tools/neo4j/server.ts at every start; change that file, not this one.',
    '# Local development and tests only: loopback, no auth, small memory.',
    'server.default_listen_address=127.0.0.1',
    'dbms.security.auth_enabled=false',
    // Bolt is all the app and tests use; the HTTP/HTTPS connectors would only take ports.
    'server.http.enabled=false',
    'server.https.enabled=false',
    'server.memory.pagecache.size=512m',
    // No network but the package registries here, and no reason to phone home anyway.
    'dbms.usage_report.enabled=false',
    // Keep disk use small: this data is rebuilt from articles, not backed up.
    'db.tx_log.rotation.retention_policy=2 files',
    '',
  ].join('\n');
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** Current sizes of the instance's logs: what a failed start shows comes after these. */
type LogOffsets = Map<string, number>;

function logFiles(inst: Instance): string[] {
  const logs = join(inst.runDir, 'home', 'logs');
  return [join(inst.runDir, 'console.log'), join(logs, 'neo4j.log'), join(logs, 'debug.log')];
}

function logOffsets(inst: Instance): LogOffsets {
  const sizes: LogOffsets = new Map();
  for (const f of logFiles(inst)) sizes.set(f, existsSync(f) ? statSync(f).size : 0);
  return sizes;
}

function tail(file: string, lines: number, from: number): string {
  try {
    const buf = readFileSync(file);
    const text = buf.subarray(from <= buf.length ? from : 0).toString('utf8').trim();
    return text === '' ? '(nothing new)' : text.split('\n').slice(-lines).join('\n');
  } catch {
    return '(no file)';
  }
}

/** The last lines every log of this instance got since `since`: what a failed start shows. */
export function logTails(inst: Instance, since: LogOffsets = new Map(), lines = 30): string {
  return logFiles(inst).map((f) => `--- ${f}\n${tail(f, lines, since.get(f) ?? 0)}`).join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `verifyConnectivity` until it succeeds, the process dies, or the timeout passes. */
async function waitReady(inst: Instance, pid: number, timeoutMs: number, since: LogOffsets = new Map()): Promise<void> {
  const driver = neo4j.driver(uriOf(inst.port), undefined, {
    connectionAcquisitionTimeout: 2_000, connectionTimeout: 2_000, logging: undefined,
  });
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  try {
    for (;;) {
      if (!isOurServer(pid)) {
        throw new Error(`Neo4j (pid ${pid}) exited while starting.\n${logTails(inst, since)}`);
      }
      try {
        await driver.verifyConnectivity();
        return;
      } catch (err) {
        lastError = err instanceof Error ? err.message : String(err);
      }
      if (Date.now() > deadline) {
        throw new Error(`Neo4j did not answer on ${uriOf(inst.port)} within ${timeoutMs / 1000} s `
          + `(last error: ${lastError.slice(0, 200)}).\n${logTails(inst, since)}`);
      }
      await sleep(500);
    }
  } finally {
    await driver.close();
  }
}

export interface StartOptions {
  log?: (line: string) => void;
  timeoutMs?: number;
}

/**
 * Starts the instance detached (it outlives this process) and waits until Bolt answers.
 * Already running → no-op. Fetches the jars first when needed.
 */
export async function start(inst: Instance, opts: StartOptions = {}): Promise<RunningServer> {
  mkdirSync(inst.runDir, { recursive: true });
  const release = await lock(inst);
  try {
    return await startLocked(inst, opts);
  } finally {
    release();
  }
}

/**
 * Two processes starting the same instance at once (two test runs, a test run and a
 * terminal) would spawn two JVMs on one port and one data directory. A directory made with
 * mkdir is an atomic lock; one older than the start timeout is left over from a killed
 * process and is taken over.
 */
async function lock(inst: Instance): Promise<() => void> {
  const dir = join(inst.runDir, 'start.lock');
  const staleAfter = READY_TIMEOUT_MS + 30_000;
  for (;;) {
    try {
      mkdirSync(dir);
      return () => rmSync(dir, { recursive: true, force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    let age = 0;
    try {
      age = Date.now() - statSync(dir).mtimeMs;
    } catch {
      continue; // released between our mkdir and stat
    }
    if (age > staleAfter) rmSync(dir, { recursive: true, force: true });
    else await sleep(500);
  }
}

async function startLocked(inst: Instance, opts: StartOptions): Promise<RunningServer> {
  const log = opts.log ?? console.error;
  const current = running(inst);
  if (current) {
    if (current.port !== inst.port) {
      throw new Error(`the ${inst.name} Neo4j already runs on port ${current.port} (pid ${current.pid}), not ${inst.port}; stop it first`);
    }
    await waitReady(inst, current.pid, opts.timeoutMs ?? READY_TIMEOUT_MS);
    return { uri: uriOf(inst.port), pid: current.pid, port: inst.port, startedNow: false };
  }
  const major = javaMajor();
  if (major === null || major < 17) {
    throw new Error(`Neo4j 5.26 needs Java 17 or newer on PATH; found ${major === null ? 'no java' : `Java ${major}`}`);
  }
  if (await portInUse(inst.port)) {
    const env = inst.name === 'dev' ? 'NEO4J_PORT' : 'NEO4J_TEST_PORT';
    throw new Error(`port ${inst.port} is already taken by another process; choose another with ${env}`);
  }
  ensureLib(log);

  const home = join(inst.runDir, 'home');
  const conf = join(home, 'conf');
  // Paths below are absolute: the JVM's working directory is the run dir, not the repo.
  mkdirSync(conf, { recursive: true });
  writeFileSync(join(conf, 'neo4j.conf'), confText());

  const args = [
    '-Xmx1g',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp', `${LIB_DIR}/*`,
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    // Without --config-dir the server ignores home/conf and falls back to built-in defaults.
    `--config-dir=${conf}`,
    '-c', `server.bolt.listen_address=127.0.0.1:${inst.port}`,
  ];
  const since = logOffsets(inst);
  const out = openSync(join(inst.runDir, 'console.log'), 'a');
  const t0 = Date.now();
  const child = spawn('java', args, { cwd: inst.runDir, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not spawn java');
  child.unref();
  writeFileSync(pidFile(inst), JSON.stringify({ pid, port: inst.port }));
  log(`neo4j: starting ${inst.name} server (pid ${pid}) on ${uriOf(inst.port)}…`);
  try {
    await waitReady(inst, pid, opts.timeoutMs ?? READY_TIMEOUT_MS, since);
  } catch (err) {
    await stop(inst, { log: () => {} });
    throw err;
  }
  log(`neo4j: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return { uri: uriOf(inst.port), pid, port: inst.port, startedNow: true };
}

// ---------------------------------------------------------------- stop

/** SIGTERM (Neo4j checkpoints and closes its stores), then SIGKILL after a minute. */
export async function stop(inst: Instance, opts: { log?: (line: string) => void } = {}): Promise<boolean> {
  const log = opts.log ?? console.error;
  const rec = running(inst);
  if (!rec) {
    log(`neo4j: ${inst.name} server is not running`);
    return false;
  }
  process.kill(rec.pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isOurServer(rec.pid) && Date.now() < deadline) await sleep(250);
  if (isOurServer(rec.pid)) {
    log(`neo4j: pid ${rec.pid} ignored SIGTERM for ${STOP_TIMEOUT_MS / 1000} s; sending SIGKILL`);
    process.kill(rec.pid, 'SIGKILL');
    while (isOurServer(rec.pid)) await sleep(100);
  }
  rmSync(pidFile(inst), { force: true });
  log(`neo4j: ${inst.name} server stopped (pid ${rec.pid})`);
  return true;
}

/** Lines a shell can `eval` or a .env file can hold. Auth is off, so no user/password. */
export function envLines(port: number): string[] {
  return [`NEO4J_URI=${uriOf(port)}`];
}

/** For `status`: whether data exists even when the server is down. */
export function hasData(inst: Instance): boolean {
  const dbDir = join(inst.runDir, 'home', 'data', 'databases');
  return existsSync(dbDir) && readdirSync(dbDir).length > 0;
}
