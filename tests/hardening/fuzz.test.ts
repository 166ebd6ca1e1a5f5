import { createMemoryStore } from '../../src/store/memory/store.js';
import { fuzzSuite } from './fuzz.js';

fuzzSuite('memory', async () => {
  const store = createMemoryStore({ dir: null });
  await store.init();
  return store;
}, { operations: 400, bodies: 300 });
