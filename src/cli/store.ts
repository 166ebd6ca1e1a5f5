/** Opens the store a command asked for, validated once here at the edge. */
import { InputError } from '../errors.js';
import { seedIfEmpty } from '../services/seed.js';
import { createMemoryStore } from '../store/memory/store.js';
import type { GraphStore, StoreKind } from '../store/types.js';

export interface StoreArgs {
  store?: string;
  data?: string;
  seed?: boolean;
}

export function storeKind(value: string | undefined): StoreKind {
  const kind = value ?? process.env.CAREERGRAPH_STORE ?? 'memory';
  if (kind !== 'memory' && kind !== 'neo4j') {
    throw new InputError(`--store must be "memory" or "neo4j", got ${JSON.stringify(kind)}`);
  }
  return kind;
}

export async function openStore(args: StoreArgs): Promise<{ store: GraphStore; seeded: number }> {
  const kind = storeKind(args.store);
  let store: GraphStore;
  if (kind === 'neo4j') {
    const { openNeo4jFromEnv } = await import('./neo4j-store.js');
    store = openNeo4jFromEnv();
  } else {
    store = createMemoryStore({ dir: args.data ?? process.env.CAREERGRAPH_DATA ?? './data' });
  }
  await store.init();
  const seeded = args.seed === false ? 0 : await seedIfEmpty(store);
  return { store, seeded };
}
