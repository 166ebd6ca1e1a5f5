/**
 * Batch reads over a transaction: results aligned with the caller's keys (dataloader style),
 * `null` or `[]` for a miss, lists in code-unit order of ids like the memory store.
 * Used both by the store's read methods and inside the ingest transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type {
  CompanyNode, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
} from '../../model/graph.js';
import type { NodeLabel, StoreStats } from '../types.js';
import { num, props, reqStr, type Props } from './convert.js';
import * as Q from './cypher-read.js';
import type { LISTED_LABELS } from './labels.js';
import {
  companyFrom, expansionFrom, personFrom, placeFrom, roleFrom, sourceFrom,
} from './records.js';

export type Runner = Pick<ManagedTransaction, 'run'>;

export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export async function rows(tx: Runner, query: string, params: Record<string, unknown> = {}): Promise<Props[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => props(r.toObject()));
}

const distinct = (keys: readonly string[]): string[] => [...new Set(keys)];

/** One value per key, null where the query returned nothing for it. */
async function oneEach<T>(
  tx: Runner, query: string, keys: readonly string[], parse: (row: Props) => [string, T],
): Promise<(T | null)[]> {
  if (keys.length === 0) return [];
  const found = new Map<string, T>();
  for (const row of await rows(tx, query, { ids: distinct(keys) })) {
    const [key, value] = parse(row);
    found.set(key, value);
  }
  return keys.map((k) => found.get(k) ?? null);
}

/** A list per key, sorted by `sortKey`, `[]` where the query returned nothing. */
async function manyEach<T>(
  tx: Runner, query: string, param: 'ids' | 'keys', keys: readonly string[],
  parse: (row: Props) => T, sortKey: (value: T) => string,
): Promise<T[][]> {
  if (keys.length === 0) return [];
  const found = new Map<string, T[]>();
  for (const row of await rows(tx, query, { [param]: distinct(keys) })) {
    const key = reqStr(row.key, 'row key');
    let list = found.get(key);
    if (!list) found.set(key, (list = []));
    list.push(parse(row));
  }
  return keys.map((k) => [...(found.get(k) ?? [])].sort((a, b) => byCodeUnit(sortKey(a), sortKey(b))));
}

const nodeRow = <T extends { id: string }>(from: (p: Props) => T) => (row: Props): [string, T] => {
  const node = from(props(row.props));
  return [node.id, node];
};

const roleRow = (row: Props): RoleEdge => roleFrom(row.personId, row.companyId, props(row.props));
const otherId = (row: Props): string => reqStr(row.other, 'id');
const self = (id: string): string => id;

export const readPersons = (tx: Runner, ids: readonly string[]): Promise<(PersonNode | null)[]> =>
  oneEach(tx, Q.PERSONS, ids, nodeRow(personFrom));

export const readCompanies = (tx: Runner, ids: readonly string[]): Promise<(CompanyNode | null)[]> =>
  oneEach(tx, Q.COMPANIES, ids, nodeRow(companyFrom));

export const readPlaces = (tx: Runner, ids: readonly string[]): Promise<(PlaceNode | null)[]> =>
  oneEach(tx, Q.PLACES, ids, nodeRow(placeFrom));

export const readSources = (tx: Runner, ids: readonly string[]): Promise<(SourceNode | null)[]> =>
  oneEach(tx, Q.SOURCES, ids, nodeRow(sourceFrom));

export const readRoles = (tx: Runner, ids: readonly string[]): Promise<(RoleEdge | null)[]> =>
  oneEach(tx, Q.ROLES, ids, (row) => {
    const role = roleRow(row);
    return [role.id, role];
  });

export const readExpansions = (tx: Runner, ids: readonly string[]): Promise<(ExpansionEdge | null)[]> =>
  oneEach(tx, Q.EXPANSIONS, ids, (row) => {
    const x = expansionFrom(row.companyId, props(row.props));
    return [x.id, x];
  });

export const readRolesByPerson = (tx: Runner, ids: readonly string[]): Promise<RoleEdge[][]> =>
  manyEach(tx, Q.ROLES_BY_PERSON, 'ids', ids, roleRow, (r) => r.id);

export const readRolesByCompany = (tx: Runner, ids: readonly string[]): Promise<RoleEdge[][]> =>
  manyEach(tx, Q.ROLES_BY_COMPANY, 'ids', ids, roleRow, (r) => r.id);

export const readExpansionsByCompany = (tx: Runner, ids: readonly string[]): Promise<ExpansionEdge[][]> =>
  manyEach(tx, Q.EXPANSIONS_BY_COMPANY, 'ids', ids, (row) => expansionFrom(row.key, props(row.props)), (x) => x.id);

/**
 * A company has at most one parent (ingest keeps the first stated). Should a hand edit add
 * a second, the smallest id answers, so the result stays deterministic.
 */
export async function readParents(tx: Runner, ids: readonly string[]): Promise<(string | null)[]> {
  const lists = await manyEach(tx, Q.PARENTS, 'ids', ids, otherId, self);
  return lists.map((l) => l[0] ?? null);
}

export const readSubsidiaries = (tx: Runner, ids: readonly string[]): Promise<string[][]> =>
  manyEach(tx, Q.SUBSIDIARIES, 'ids', ids, otherId, self);

export async function readIdsByKey(tx: Runner, label: NodeLabel, keys: readonly string[]): Promise<string[][]> {
  const lists = await manyEach(tx, Q.IDS_BY_KEY[label], 'keys', keys, otherId, self);
  // A node reached through two keys that fold alike appears once.
  return lists.map((l) => [...new Set(l)]);
}

export async function readAllIds(tx: Runner, label: keyof typeof LISTED_LABELS): Promise<string[]> {
  return (await rows(tx, Q.ALL_IDS[label])).map((r) => reqStr(r.id, 'id')).sort(byCodeUnit);
}

export async function readStats(tx: Runner): Promise<StoreStats> {
  const [row] = await rows(tx, Q.STATS);
  const r = row ?? {};
  return {
    persons: num(r.persons),
    companies: num(r.companies),
    places: num(r.places),
    sources: num(r.sources),
    roles: num(r.roles),
    expansions: num(r.expansions),
    subsidiaries: num(r.subsidiaries),
  };
}

export async function sourceExists(tx: Runner, id: string): Promise<boolean> {
  const [row] = await rows(tx, Q.SOURCE_EXISTS, { id });
  return num(row?.n) > 0;
}

export async function existingNodeIds(tx: Runner, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await rows(tx, Q.EXISTING_NODE_IDS, { ids: distinct(ids) });
  return new Set(found.map((r) => reqStr(r.found, 'id')));
}
