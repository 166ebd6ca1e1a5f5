/** The shared contracts (store and GraphQL questions), run on a real Neo4j. */
import { afterAll } from 'vitest';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';
import { storeContract } from './contract.js';
import { queriesContract } from './queries.js';

describeNeo4j('Neo4j', () => {
  // One driver for the file; each factory call hands back the same store, wiped empty.
  let store: TestStore | null = null;
  afterAll(async () => {
    await store?.close();
  });
  const emptyStore = async (): Promise<TestStore> => {
    const config = neo4jTestConfig();
    if (!config) throw new Error('unreachable: describeNeo4j skips without a connection');
    if (!store) store = await emptyNeo4jStore(config);
    else await store.wipe();
    return store;
  };
  storeContract('neo4j', emptyStore);
  queriesContract('neo4j', emptyStore);
});
