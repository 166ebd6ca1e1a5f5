import { afterAll } from 'vitest';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';
import { fuzzSuite } from './fuzz.js';

describeNeo4j('Neo4j', () => {
  let store: TestStore | null = null;
  afterAll(async () => {
    await store?.close();
  });
  fuzzSuite('neo4j', async () => {
    const config = neo4jTestConfig();
    if (!config) throw new Error('unreachable: describeNeo4j skips without a connection');
    store = await emptyNeo4jStore(config);
    return store;
  }, { operations: 200, bodies: 100 });
});
