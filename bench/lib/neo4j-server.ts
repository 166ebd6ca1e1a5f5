/**
 * The bench's own Neo4j server: the same jars as tools/neo4j (its `ensureLib` fetches them),
 * started here because the bench needs what that launcher does not offer: APOC Core on the
 * JVM classpath (APOC registers its configuration as a kernel extension, which Neo4j only
 * finds on the classpath, not in the plugins folder: with the jar only in plugins/, startup
 * fails with "the field `apocConfig` has type `class apoc.ApocConfig` which is not a known
 * injectable component"), and memory settings for large graphs.
 *
 * Port NEO4J_BENCH_PORT (default 7689); heap NEO4J_BENCH_HEAP (default 1g) and page cache
 * NEO4J_BENCH_PAGECACHE (default 512m), the DESIGN.md defaults; data in
 * bench/results/tmp/neo4j (git-ignored).
 */
import { spawn } from 'node:child_process';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { ensureLib, javaMajor, LIB_DIR, uriOf } from '../../tools/neo4j/server.js';

export interface BenchServerOptions {
  runDir: string;
  port: number;
  /** Folder of plugin jars to put on the classpath (and in plugins/), or null. */
  plugins: string | null;
  log: (line: string) => void;
}

export interface BenchServer {
  pid: number;
  port: number;
  uri: string;
  heap: string;
  pageCache: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pidFile = (runDir: string) => join(runDir, 'bench-neo4j.pid');

function alive(pid: number, runDir: string): boolean {
  try {
    process.kill(pid, 0);
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(runDir);
  } catch {
    return false;
  }
}

export function benchServerRunning(runDir: string): (BenchServer & { plugins: boolean }) | null {
  try {
    const rec = JSON.parse(readFileSync(pidFile(runDir), 'utf8')) as BenchServer & { plugins: boolean };
    if (alive(rec.pid, runDir)) return rec;
  } catch {
    // no pid file
  }
  rmSync(pidFile(runDir), { force: true });
  return null;
}

function tail(file: string, lines = 25): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no file)';
  }
}

export async function startBenchServer(options: BenchServerOptions): Promise<BenchServer> {
  const { runDir, port, plugins, log } = options;
  const current = benchServerRunning(runDir);
  if (current) return current;
  const major = javaMajor();
  if (major === null || major < 17) throw new Error(`Neo4j 5.26 needs Java 17+ on PATH; found ${major === null ? 'no java' : `Java ${major}`}`);
  ensureLib(log);
  const heap = process.env.NEO4J_BENCH_HEAP ?? '1g';
  const pageCache = process.env.NEO4J_BENCH_PAGECACHE ?? '512m';
  const home = join(runDir, 'home');
  const conf = join(home, 'conf');
  const pluginDir = join(home, 'plugins');
  mkdirSync(conf, { recursive: true });
  rmSync(pluginDir, { recursive: true, force: true });
  mkdirSync(pluginDir, { recursive: true });
  // In plugins/ for the procedure loader, and on the classpath for the kernel extension.
  if (plugins) for (const jar of readdirSync(plugins).filter((f) => f.endsWith('.jar'))) copyFileSync(join(plugins, jar), join(pluginDir, jar));
  writeFileSync(join(conf, 'neo4j.conf'), [
    '# Written by bench/lib/neo4j-server.ts at every start: benchmark data only, loopback, no auth.',
    'server.default_listen_address=127.0.0.1',
    'dbms.security.auth_enabled=false',
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${pageCache}`,
    'dbms.usage_report.enabled=false',
    'db.tx_log.rotation.retention_policy=2 files',
    `server.directories.plugins=${pluginDir}`,
    '',
  ].join('\n'));
  const classpath = [`${LIB_DIR}/*`];
  if (plugins) classpath.push(`${plugins}/*`);
  const args = [
    `-Xmx${heap}`,
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-cp', classpath.join(':'),
    'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${home}`,
    `--config-dir=${conf}`,
    '-c', `server.bolt.listen_address=127.0.0.1:${port}`,
  ];
  const console = join(runDir, 'console.log');
  const out = openSync(console, 'w');
  const t0 = Date.now();
  const child = spawn('java', args, { cwd: runDir, detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (child.pid === undefined) throw new Error('could not spawn java');
  child.unref();
  const server: BenchServer = { pid: child.pid, port, uri: uriOf(port), heap, pageCache };
  writeFileSync(pidFile(runDir), JSON.stringify({ ...server, plugins: plugins !== null }));
  log(`neo4j: starting the bench server (pid ${server.pid}, heap ${heap}, page cache ${pageCache}${plugins ? ', APOC' : ''}) on ${server.uri}…`);
  const driver = neo4j.driver(server.uri, undefined, { connectionTimeout: 2_000, connectionAcquisitionTimeout: 2_000 });
  try {
    for (;;) {
      if (!alive(server.pid, runDir)) {
        throw new Error(`the bench Neo4j exited while starting:\n${tail(console)}\n--- neo4j.log\n${tail(join(home, 'logs', 'neo4j.log'))}`);
      }
      try {
        await driver.verifyConnectivity();
        break;
      } catch {
        if (Date.now() - t0 > 180_000) throw new Error(`the bench Neo4j did not answer within 180 s:\n${tail(console)}`);
      }
      await sleep(500);
    }
  } catch (err) {
    await stopBenchServer(runDir, () => {});
    throw err;
  } finally {
    await driver.close();
  }
  log(`neo4j: ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return server;
}

/** SIGTERM (Neo4j checkpoints and closes), SIGKILL after a minute. */
export async function stopBenchServer(runDir: string, log: (line: string) => void): Promise<void> {
  const rec = benchServerRunning(runDir);
  if (!rec) return;
  process.kill(rec.pid, 'SIGTERM');
  const deadline = Date.now() + 60_000;
  while (alive(rec.pid, runDir) && Date.now() < deadline) await sleep(250);
  if (alive(rec.pid, runDir)) process.kill(rec.pid, 'SIGKILL');
  while (alive(rec.pid, runDir)) await sleep(100);
  rmSync(pidFile(runDir), { force: true });
  log(`neo4j: bench server stopped (pid ${rec.pid})`);
}

export function hasDataDir(runDir: string): boolean {
  return existsSync(join(runDir, 'home', 'data'));
}
