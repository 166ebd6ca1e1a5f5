import { createMemoryStore } from '../../src/store/memory/store.js';
import { storeContract } from './contract.js';

storeContract('memory', async () => {
  const store = createMemoryStore({ dir: null });
  await store.init();
  return store;
});
