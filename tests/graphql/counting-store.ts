/** Wraps a store in a Proxy that counts calls per method: what batching tests assert. */
import type { GraphStore } from '../../src/store/types.js';

export interface CountingStore {
  store: GraphStore;
  calls(): Record<string, number>;
  reset(): void;
}

export function countingStore(inner: GraphStore): CountingStore {
  let counts: Record<string, number> = {};
  const store = new Proxy(inner, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        counts[prop] = (counts[prop] ?? 0) + 1;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { store, calls: () => ({ ...counts }), reset: () => (counts = {}) };
}
