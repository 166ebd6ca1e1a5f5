/**
 * The Neo4j store survives `kill -9` of `careergraph ingest --store neo4j`: documents are
 * committed in batches (two at most here, so the run can be stopped between commits), the
 * server rolls back the batch in flight; every document is whole or absent, and a rerun
 * completes the rest exactly once.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Neo4jConfig } from '../../src/store/neo4j/config.js';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';
import { articles, jsonl } from './articles.js';
import { factsBySource } from './fingerprint.js';
import { expectWholeOrAbsent, ingestThenKill, ingestToEnd } from './kill.js';

const COUNT = 80;

describeNeo4j('Neo4j store: kill -9 during careergraph ingest', () => {
  const dir = mkdtempSync(join(tmpdir(), 'careergraph-kill-neo4j-'));
  const batch = join(dir, 'batch.jsonl');
  let store: TestStore;
  let env: Record<string, string>;

  beforeAll(async () => {
    writeFileSync(batch, jsonl(articles(COUNT)));
    const config = neo4jTestConfig() as Neo4jConfig;
    store = await emptyNeo4jStore(config);
    // Small batches: enough commits to stop the run between them (a batch is whole or absent).
    env = { NEO4J_URI: config.uri, NEO4J_DATABASE: config.database, CAREERGRAPH_INGEST_BATCH: '2' };
    if (config.user !== null && config.password !== null) Object.assign(env, { NEO4J_USER: config.user, NEO4J_PASSWORD: config.password });
  });
  afterAll(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leaves every document whole or absent, and a rerun completes the rest exactly once', async () => {
    const states = [];
    for (const sources of [10, 30]) {
      const run = await ingestThenKill([batch, '--store', 'neo4j'], env, async () => (await store.allIds('Source')).length >= sources, 100);
      expect(run.signal).toBe('SIGKILL');
      states.push({ facts: await factsBySource(store), sources: await store.allIds('Source') });
    }
    expect(states[1]?.sources.length).toBeLessThan(COUNT);

    const rest = ingestToEnd([batch, '--store', 'neo4j'], env);
    expect(rest.added + rest.present).toBe(COUNT);
    expect(rest.present).toBe(states[1]?.sources.length);
    const final = await factsBySource(store);
    expect(await store.allIds('Source')).toHaveLength(COUNT);
    for (const state of states) expectWholeOrAbsent(state.facts, state.sources, final);

    expect(ingestToEnd([batch, '--store', 'neo4j'], env)).toEqual({ added: 0, present: COUNT });
    expect(await factsBySource(store)).toEqual(final);
  }, 180_000);
});
