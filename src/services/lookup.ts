/**
 * Name lookup for people and companies: case, accents and punctuation ignored; aliases
 * known; a company also found without its legal suffix.
 */
import { fold } from '../model/keys.js';
import { companyKey } from '../resolve/company-names.js';
import type { GraphStore, NodeLabel } from '../store/types.js';

async function firstId(store: GraphStore, label: NodeLabel, keys: string[]): Promise<string | null> {
  const unique = [...new Set(keys.filter((k) => k !== ''))];
  if (unique.length === 0) return null;
  const found = await store.idsByKey(label, unique);
  for (const ids of found) if (ids[0]) return ids[0];
  return null;
}

export function findPersonId(store: GraphStore, name: string): Promise<string | null> {
  return firstId(store, 'Person', [fold(name)]);
}

export function findCompanyId(store: GraphStore, name: string): Promise<string | null> {
  return firstId(store, 'Company', [fold(name), companyKey(name)]);
}
