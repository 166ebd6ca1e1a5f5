/**
 * Relay connections over a list already sorted by a key tuple (compared in code points).
 * A cursor is the item's key, base64url-encoded with a tag naming the list it belongs to:
 * opaque to clients, stable when items are added before it (keyset, not offset), and
 * refused with BAD_USER_INPUT when it is malformed or from another list.
 */
import { InputError, preview } from '../errors.js';
import { byCodePoint } from '../services/load.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  totalCount: number;
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

export const MAX_PAGE = 100;

export function encodeCursor(tag: string, key: readonly string[]): string {
  return Buffer.from(JSON.stringify([tag, ...key]), 'utf8').toString('base64url');
}

export function decodeCursor(tag: string, cursor: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const ok =
    Array.isArray(parsed) && parsed.length >= 2 && parsed[0] === tag && parsed.every((p) => typeof p === 'string');
  if (!ok) throw new InputError(`"after" is not a cursor of this list (${tag}): got ${preview(cursor, 60)}; use an endCursor it returned`);
  return (parsed as string[]).slice(1);
}

/**
 * One page of `items` (sorted by `keyOf`, ascending): the first `first` items after the
 * cursor. `first` defaults to `fallback` and must be 0–100.
 */
export function paginate<T>(
  items: readonly T[],
  tag: string,
  keyOf: (item: T) => string[],
  args: PageArgs,
  fallback = 20,
): Connection<T> {
  const first = args.first ?? fallback;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw new InputError(`"first" must be an integer from 0 to ${MAX_PAGE}, got ${first}`);
  }
  let start = 0;
  if (args.after !== undefined && args.after !== null) {
    start = firstAfter(items, keyOf, decodeCursor(tag, args.after));
  }
  const slice = items.slice(start, start + first);
  const edges = slice.map((node) => ({ cursor: encodeCursor(tag, keyOf(node)), node }));
  return {
    totalCount: items.length,
    edges,
    pageInfo: {
      hasNextPage: start + first < items.length,
      hasPreviousPage: start > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}

/** Index of the first item whose key sorts after `after` (binary search). */
function firstAfter<T>(items: readonly T[], keyOf: (item: T) => string[], after: readonly string[]): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareKeys(keyOf(items[mid] as T), after) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = byCodePoint(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
