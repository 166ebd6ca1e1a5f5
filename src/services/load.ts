/**
 * Loading many keys through a DataLoader. `loader.loadMany` turns a failed batch into Error
 * values inside the result, which are easy to drop by mistake and would hide a store that
 * is down; these helpers reject instead, so the failure reaches the client with its code.
 */
import type DataLoader from 'dataloader';

export function loadAll<V>(loader: DataLoader<string, V>, keys: readonly string[]): Promise<V[]> {
  return Promise.all(keys.map((key) => loader.load(key)));
}

/** Loads nodes and keeps those found (an id the store lacks is skipped). */
export async function loadFound<V>(loader: DataLoader<string, V | null>, keys: readonly string[]): Promise<V[]> {
  return (await loadAll(loader, keys)).filter((v): v is V => v !== null);
}

/** Loads lists (roles of each person, …) and concatenates them in key order. */
export async function loadFlat<V>(loader: DataLoader<string, V[]>, keys: readonly string[]): Promise<V[]> {
  return (await loadAll(loader, keys)).flat();
}

export function unique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(byCodePoint);
}

/** Code-point order: the same in every store and every locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
