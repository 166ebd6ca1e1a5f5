/**
 * vitest globalSetup of the `neo4j` project: finds a Neo4j for the run and hands its
 * connection to test files through provide/inject.
 *
 * 1. NEO4J_URI set → use it (with NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE). Tests WIPE
 *    that database: point it at a throwaway one.
 * 2. else Java 17+ (and the jars, or Maven to fetch them) → start the local *test* server
 *    from tools/neo4j (port NEO4J_TEST_PORT, default 7688, its own data: never the
 *    developer's server on 7687), and stop it at teardown if this run started it.
 * 3. else with CI=true → throw: the suite must fail, not skip. Otherwise provide null and
 *    say so loudly; Neo4j test files then skip with the reason in their name.
 */
import type { TestProject } from 'vitest/node';
import { neo4jConfigFromEnv } from '../../src/store/neo4j/config.js';
import {
  hasMaven, instance, javaMajor, libComplete, start, stop,
} from '../../tools/neo4j/server.js';

/** Serializable (it crosses into test workers), so a plain object and not a Neo4jConfig. */
export interface Neo4jConnection {
  uri: string;
  user: string | null;
  password: string | null;
  database: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** null when no Neo4j could be found or started outside CI. */
    neo4j: Neo4jConnection | null;
    /** Why `neo4j` is null, for the skipped suites' names. */
    neo4jSkipReason: string;
  }
}

let startedHere = false;

export async function setup(project: TestProject): Promise<void> {
  if (process.env.NEO4J_URI) {
    // Validated the same way the app validates it; a bad value fails the run with the reason.
    const config = neo4jConfigFromEnv();
    project.provide('neo4j', { uri: config.uri, user: config.user, password: config.password, database: config.database });
    project.provide('neo4jSkipReason', '');
    console.error(`[neo4j] using NEO4J_URI=${config.uri} (database ${config.database}); tests wipe it`);
    return;
  }

  const reason = localUnavailableReason();
  if (reason !== null) {
    const message = `no NEO4J_URI, and the local server cannot run: ${reason}`;
    if (process.env.CI === 'true') {
      throw new Error(`[neo4j] CI=true: ${message}. Set NEO4J_URI or install Java 17+ and Maven.`);
    }
    const bar = '!'.repeat(78);
    console.warn(`\n${bar}\n!! Neo4j tests SKIPPED: ${message}.\n!! Set NEO4J_URI, or install Java 17+ and Maven, to run them.\n${bar}\n`);
    project.provide('neo4j', null);
    project.provide('neo4jSkipReason', message);
    return;
  }

  const server = await start(instance('test'), { log: (line) => console.error(`[neo4j] ${line}`) });
  startedHere = server.startedNow;
  project.provide('neo4j', { uri: server.uri, user: null, password: null, database: 'neo4j' });
  project.provide('neo4jSkipReason', '');
}

export async function teardown(): Promise<void> {
  if (!startedHere) return;
  startedHere = false;
  await stop(instance('test'), { log: (line) => console.error(`[neo4j] ${line}`) });
}

/** null when the local server can be started; else what is missing. */
function localUnavailableReason(): string | null {
  const major = javaMajor();
  if (major === null) return 'no `java` on PATH';
  if (major < 17) return `Java ${major} found, Neo4j 5.26 needs 17+`;
  if (!libComplete() && !hasMaven()) return 'tools/neo4j/lib is not fetched and `mvn` is not on PATH';
  return null;
}
