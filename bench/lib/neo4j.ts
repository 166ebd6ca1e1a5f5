/**
 * The Neo4j a benchmark runs against.
 *
 * - NEO4J_URI set: that server. Benchmarks need an empty database (a document already there
 *   is not written again, which would fake the ingest rate), so a non-empty one is refused
 *   unless `wipe` is asked for.
 * - otherwise: the bench's own server (neo4j-server.ts: the tools/neo4j jars), on
 *   NEO4J_BENCH_PORT (default 7689), with its own data under bench/results/tmp/neo4j —
 *   never the developer's (7687) nor the tests' (7688) data. `fresh` restarts it on an
 *   empty data folder; `apoc` starts it with APOC Core (fetched from Maven Central).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { neo4jConfigFromEnv, type Neo4jConfig } from '../../src/store/neo4j/index.js';
import { benchServerRunning, startBenchServer, stopBenchServer } from './neo4j-server.js';

const BENCH_DIR = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN_DIR = join(BENCH_DIR, 'results', 'tmp', 'neo4j');
const PLUGINS_POM = join(BENCH_DIR, 'neo4j', 'pom.xml');
const PLUGINS_CACHE = join(BENCH_DIR, 'results', 'tmp', 'plugins');

export interface Neo4jTarget {
  config: Neo4jConfig;
  /** true when this process manages the server (the bench instance). */
  managed: boolean;
  apoc: boolean;
  /** The server's pid, when it is the bench instance (for its RSS). */
  pid: number | null;
  /** Heap and page cache of the bench instance. */
  memory: string | null;
}

export interface TargetOptions {
  fresh: boolean;
  apoc: boolean;
  wipe?: boolean;
  log?: (line: string) => void;
}

function benchPort(): number {
  const raw = process.env.NEO4J_BENCH_PORT;
  const port = raw ? Number(raw) : 7689;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`NEO4J_BENCH_PORT must be a TCP port; got ${JSON.stringify(raw)}`);
  return port;
}

/** Fetches APOC Core once (Maven, bench/neo4j/pom.xml) into bench/results/tmp/plugins. */
function apocPlugins(log: (line: string) => void): string {
  const jars = () => (existsSync(PLUGINS_CACHE) ? readdirSync(PLUGINS_CACHE).filter((f) => f.startsWith('apoc-core-') && f.endsWith('.jar')) : []);
  if (jars().length === 0) {
    log('neo4j: fetching APOC Core with Maven (bench/neo4j/pom.xml)…');
    mkdirSync(PLUGINS_CACHE, { recursive: true });
    const r = spawnSync('mvn', ['-q', '-B', '-f', PLUGINS_POM, 'dependency:copy-dependencies', `-DoutputDirectory=${PLUGINS_CACHE}`], {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    if (r.error || r.status !== 0 || jars().length === 0) throw new Error(`Maven could not fetch APOC Core (exit ${String(r.status)})`);
  }
  return PLUGINS_CACHE;
}

export async function neo4jTarget(options: TargetOptions): Promise<Neo4jTarget> {
  const log = options.log ?? ((line: string) => console.error(line));
  if (process.env.NEO4J_URI) {
    const config = neo4jConfigFromEnv();
    const driver = driverFor(config);
    try {
      const count = await nodeCount(driver, config.database);
      if (count > 0) {
        if (!options.wipe) {
          throw new Error(`NEO4J_URI=${config.uri} holds ${count} nodes; benchmarks need an empty database (pass --wipe to empty it, or unset NEO4J_URI to use the bench server)`);
        }
        await wipe(driver, config.database, log);
      }
      return { config, managed: false, apoc: await hasApoc(driver, config.database), pid: null, memory: null };
    } finally {
      await driver.close();
    }
  }
  const current = benchServerRunning(RUN_DIR);
  // A running server without the plugin asked for (or with one not wanted) restarts.
  if (current && (options.fresh || current.plugins !== options.apoc)) await stopBenchServer(RUN_DIR, log);
  if (options.fresh) rmSync(join(RUN_DIR, 'home', 'data'), { recursive: true, force: true });
  mkdirSync(RUN_DIR, { recursive: true });
  const server = await startBenchServer({ runDir: RUN_DIR, port: benchPort(), plugins: options.apoc ? apocPlugins(log) : null, log });
  const config = neo4jConfigFromEnv({ NEO4J_URI: server.uri });
  const driver = driverFor(config);
  try {
    if (!options.fresh) {
      const count = await nodeCount(driver, config.database);
      if (count > 0) await wipe(driver, config.database, log);
    }
    return {
      config, managed: true, apoc: await hasApoc(driver, config.database), pid: server.pid,
      memory: `heap ${server.heap}, page cache ${server.pageCache}`,
    };
  } finally {
    await driver.close();
  }
}

/**
 * Empties the target's database for the next load: a large bench database restarts on an
 * empty data folder (faster than deleting millions of rows), a small one is wiped.
 */
export async function resetTarget(target: Neo4jTarget, large: boolean, log: (line: string) => void): Promise<Neo4jTarget> {
  if (target.managed && large) return neo4jTarget({ fresh: true, apoc: target.apoc, log });
  const driver = driverFor(target.config);
  try {
    if ((await nodeCount(driver, target.config.database)) > 0) await wipe(driver, target.config.database, log);
  } finally {
    await driver.close();
  }
  return target;
}

/** Stops the bench instance (a server given by NEO4J_URI is left alone). */
export async function releaseTarget(target: Neo4jTarget, log?: (line: string) => void): Promise<void> {
  if (target.managed) await stopBenchServer(RUN_DIR, log ?? ((l) => console.error(l)));
}

export function driverFor(config: Neo4jConfig): Driver {
  return neo4j.driver(
    config.uri,
    config.user !== null && config.password !== null ? neo4j.auth.basic(config.user, config.password) : undefined,
    { userAgent: 'careergraph-bench', disableLosslessIntegers: true },
  );
}

async function nodeCount(driver: Driver, database: string): Promise<number> {
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database });
  return Number(records[0]?.get('n') ?? 0);
}

async function wipe(driver: Driver, database: string, log: (line: string) => void): Promise<void> {
  log('neo4j: emptying the benchmark database…');
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: session.run, not executeQuery.
  const session = driver.session({ database });
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

async function hasApoc(driver: Driver, database: string): Promise<boolean> {
  try {
    const { records } = await driver.executeQuery("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.' RETURN count(*) AS n", {}, { database });
    return Number(records[0]?.get('n') ?? 0) > 0;
  } catch {
    return false;
  }
}
