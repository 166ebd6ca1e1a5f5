/**
 * What a `*.neo4j.test.ts` file needs: the connection the globalSetup found, a describe that
 * skips with a visible reason when there is none, and a store that starts empty.
 */
import { describe, inject } from 'vitest';
import { neo4jConfig, type Neo4jConfig } from '../../src/store/neo4j/config.js';
import { createNeo4jTestStore } from '../../src/store/neo4j/index.js';
import type { GraphStore } from '../../src/store/types.js';

/** The store config for tests, or null when the globalSetup found no Neo4j (outside CI). */
export function neo4jTestConfig(overrides: { maxRetryMs?: number } = {}): Neo4jConfig | null {
  const conn = inject('neo4j');
  if (!conn) return null;
  return neo4jConfig({
    uri: conn.uri,
    user: conn.user ?? undefined,
    password: conn.password ?? undefined,
    database: conn.database,
    // Tests want a failure reported in seconds, not after a long retry budget.
    maxRetryMs: overrides.maxRetryMs ?? 5_000,
  });
}

/** `describe` when Neo4j is there, else `describe.skip` with the reason in the name. */
export function describeNeo4j(name: string, body: () => void): void {
  if (inject('neo4j')) describe(name, body);
  else describe.skip(`${name} [SKIPPED: ${inject('neo4jSkipReason')}]`, body);
}

export type TestStore = GraphStore & { wipe(): Promise<void> };

/**
 * A store on an EMPTY database: constraints and indexes made, every node deleted. Files run
 * one after another (vitest.config.ts), so wiping cannot race another file.
 */
export async function emptyNeo4jStore(config: Neo4jConfig): Promise<TestStore> {
  const store = createNeo4jTestStore(config);
  await store.init();
  await store.wipe();
  return store;
}

/** Empties the database the tests use. */
export async function wipeNeo4j(config: Neo4jConfig): Promise<void> {
  const store = createNeo4jTestStore(config);
  try {
    await store.wipe();
  } finally {
    await store.close();
  }
}
