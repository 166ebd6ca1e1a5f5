/** The shared GraphStore contract (tests/contract/contract.ts), run on the Neo4j store. */
import { afterAll } from 'vitest';
import { storeContract } from '../contract/contract.js';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';

describeNeo4j('Neo4j', () => {
  // One driver for the file; each test gets the same store, wiped empty.
  let store: TestStore | null = null;
  afterAll(async () => {
    await store?.close();
  });
  storeContract('neo4j', async () => {
    const config = neo4jTestConfig();
    if (!config) throw new Error('unreachable: describeNeo4j skips without a connection');
    if (!store) store = await emptyNeo4jStore(config);
    else await store.wipe();
    return store;
  });
});
