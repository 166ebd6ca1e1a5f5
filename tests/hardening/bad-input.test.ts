import { createMemoryStore } from '../../src/store/memory/store.js';
import { badInputSuite } from './bad-input.js';

badInputSuite('memory', async () => {
  const store = createMemoryStore({ dir: null });
  await store.init();
  return store;
});
