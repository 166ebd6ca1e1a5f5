import { createMemoryStore } from '../../src/store/memory/store.js';
import type { GraphStore } from '../../src/store/types.js';
import { storeContract } from './contract.js';
import { queriesContract } from './queries.js';

async function makeStore(): Promise<GraphStore> {
  const store = createMemoryStore({ dir: null });
  await store.init();
  return store;
}

storeContract('memory', makeStore);
queriesContract('memory', makeStore);
