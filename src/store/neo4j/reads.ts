/**
 * Batch reads over a transaction: results aligned with the caller's keys (dataloader style),
 * `null` or `[]` for a miss, lists in code-unit order of ids like the memory store.
 * Used both by the store's read methods and inside the ingest transaction.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type {
  CompanyNode, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode, Status,
} from '../../model/graph.js';
import type { CareersAt, Links, NodeLabel, Related, RoleLink, StoreStats, WithRelated } from '../types.js';
import { num, props, reqStr, str, type Props } from './convert.js';
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

// ------------------------------------------------------------ composite reads

/**
 * Rows as the driver gives them, converted lazily: a composite read converts each nested map
 * once (props), where `rows` would walk every row whole first.
 */
async function shallow(tx: Runner, query: string, params: Record<string, unknown>): Promise<Props[]> {
  const result = await tx.run(query, params);
  return result.records.map((r) => r.toObject());
}

/** Accumulates what a composite read brings along, each key once. */
class Along<T> {
  readonly found = new Map<string, T | null>();
  has(id: string): boolean {
    return this.found.has(id);
  }
  set(id: string, value: T | null): void {
    if (!this.found.has(id)) this.found.set(id, value);
  }
  entries(): [string, T | null][] {
    return [...this.found];
  }
}

const nodeOrNull = <T>(from: (p: Props) => T, value: unknown): T | null =>
  (value === null || value === undefined ? null : from(props(value)));

/** Rows grouped by `key` into lists aligned with the keys, each sorted by id. */
function grouped<T extends { id: string }>(keys: readonly string[], found: Map<string, T[]>): T[][] {
  return keys.map((k) => [...(found.get(k) ?? [])].sort((a, b) => byCodeUnit(a.id, b.id)));
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const linkRow = (row: Props): RoleLink => ({
  id: reqStr(row.id, 'HELD_ROLE.id'),
  personId: reqStr(row.personId, 'HELD_ROLE person'),
  companyId: reqStr(row.companyId, 'HELD_ROLE company'),
  status: (str(row.status) ?? 'CURRENT') as Status,
  start: str(row.start),
  end: str(row.end),
  order: num(row.order),
});

export async function readCareers(tx: Runner, ids: readonly string[]): Promise<WithRelated<RoleEdge[]>> {
  if (ids.length === 0) return { values: [], related: {} };
  return careersFrom(ids, await shallow(tx, Q.CAREERS, { ids: distinct(ids) }));
}

export async function readPersonCareers(tx: Runner, ids: readonly string[]): Promise<WithRelated<PersonNode | null>> {
  if (ids.length === 0) return { values: [], related: {} };
  const rows = await shallow(tx, Q.PERSON_CAREERS, { ids: distinct(ids) });
  const persons = new Map<string, PersonNode>();
  for (const row of rows) {
    const key = reqStr(row.key, 'row key');
    if (!persons.has(key)) persons.set(key, personFrom(props(row.person)));
  }
  const { values, related } = careersFrom(ids, rows.filter((row) => row.props !== null));
  return { values: ids.map((id) => persons.get(id) ?? null), related: { ...related, rolesByPerson: ids.map((id, i) => [id, values[i] ?? []]) } };
}

function careersFrom(ids: readonly string[], rows: Props[]): WithRelated<RoleEdge[]> {
  const found = new Map<string, RoleEdge[]>();
  const companies = new Along<CompanyNode>();
  const parents = new Along<string>();
  const places = new Along<PlaceNode>();
  for (const row of rows) {
    const role = roleRow(row);
    push(found, reqStr(row.key, 'row key'), role);
    if (!parents.has(role.companyId)) {
      companies.set(role.companyId, companyFrom(props(row.company)));
      const parent = nodeOrNull(companyFrom, row.parent);
      parents.set(role.companyId, parent?.id ?? null);
      if (parent) companies.set(parent.id, parent);
    }
    if (role.placeId && !places.has(role.placeId)) places.set(role.placeId, nodeOrNull(placeFrom, row.place));
  }
  return {
    values: grouped(ids, found),
    related: { companies: companies.entries(), parents: parents.entries(), places: places.entries() },
  };
}

export async function readStaff(tx: Runner, ids: readonly string[]): Promise<WithRelated<RoleEdge[]>> {
  if (ids.length === 0) return { values: [], related: {} };
  return staffFrom(ids, await shallow(tx, Q.STAFF, { ids: distinct(ids) }));
}

export async function readStaffIn(tx: Runner, ids: readonly string[], placeIds: readonly string[]): Promise<WithRelated<RoleEdge[]>> {
  if (ids.length === 0) return { values: [], related: {} };
  if (placeIds.length === 0) return { values: ids.map(() => []), related: {} };
  return staffFrom(ids, await shallow(tx, Q.STAFF_IN, { ids: distinct(ids), places: distinct(placeIds) }));
}

function staffFrom(ids: readonly string[], rows: Props[]): WithRelated<RoleEdge[]> {
  const found = new Map<string, RoleEdge[]>();
  const persons = new Along<PersonNode>();
  const places = new Along<PlaceNode>();
  for (const row of rows) {
    const role = roleRow(row);
    push(found, reqStr(row.key, 'row key'), role);
    if (!persons.has(role.personId)) persons.set(role.personId, personFrom(props(row.person)));
    if (role.placeId && !places.has(role.placeId)) places.set(role.placeId, nodeOrNull(placeFrom, row.place));
  }
  return { values: grouped(ids, found), related: { persons: persons.entries(), places: places.entries() } };
}

export async function readStaffLinks(tx: Runner, ids: readonly string[]): Promise<WithRelated<RoleLink[]>> {
  if (ids.length === 0) return { values: [], related: {} };
  const found = new Map<string, RoleLink[]>();
  const persons = new Along<PersonNode>();
  for (const row of await shallow(tx, Q.STAFF_LINKS, { ids: distinct(ids) })) {
    const role = linkRow(row);
    push(found, reqStr(row.key, 'row key'), role);
    if (!persons.has(role.personId)) persons.set(role.personId, personFrom(props(row.person)));
  }
  return { values: grouped(ids, found), related: { persons: persons.entries() } };
}

export async function readEvents(tx: Runner, ids: readonly string[]): Promise<WithRelated<ExpansionEdge[]>> {
  if (ids.length === 0) return { values: [], related: {} };
  const found = new Map<string, ExpansionEdge[]>();
  const places = new Along<PlaceNode>();
  const partners = new Along<CompanyNode>();
  for (const row of await shallow(tx, Q.EVENTS, { ids: distinct(ids) })) {
    const key = reqStr(row.key, 'row key');
    const event = expansionFrom(key, props(row.props));
    push(found, key, event);
    if (event.placeId && !places.has(event.placeId)) places.set(event.placeId, nodeOrNull(placeFrom, row.place));
    const countryId = str(row.countryId);
    if (countryId !== null && !places.has(countryId)) places.set(countryId, nodeOrNull(placeFrom, row.country));
    if (event.partnerId && !partners.has(event.partnerId)) partners.set(event.partnerId, nodeOrNull(companyFrom, row.partner));
  }
  return { values: grouped(ids, found), related: { places: places.entries(), companies: partners.entries() } };
}

export async function readFamilies(tx: Runner, ids: readonly string[]): Promise<WithRelated<string[]>> {
  if (ids.length === 0) return { values: [], related: {} };
  const found = new Map<string, { id: string; depth: number }[]>();
  const companies = new Along<CompanyNode>();
  for (const row of await shallow(tx, Q.FAMILIES, { ids: distinct(ids) })) {
    const company = companyFrom(props(row.company));
    push(found, reqStr(row.key, 'row key'), { id: company.id, depth: num(row.depth) });
    companies.set(company.id, company);
  }
  const values = ids.map((id) => {
    const members = found.get(id);
    if (!members) {
      companies.set(id, null);
      return [id];
    }
    // Level by level, each level in id order: what a breadth-first walk gives.
    return [...members].sort((a, b) => a.depth - b.depth || byCodeUnit(a.id, b.id)).map((m) => m.id);
  });
  return { values, related: { companies: companies.entries() } };
}

export async function readCareersAt(tx: Runner, ids: readonly string[]): Promise<CareersAt> {
  if (ids.length === 0) return [];
  const byPerson = new Map<string, RoleLink[]>();
  for (const row of await shallow(tx, Q.CAREERS_AT, { ids: distinct(ids) })) {
    const role = linkRow(row);
    push(byPerson, role.personId, role);
  }
  const personIds = [...byPerson.keys()].sort(byCodeUnit);
  const paths = grouped(personIds, byPerson);
  return personIds.map((id, i) => [id, paths[i] ?? []]);
}

export async function readLinks(tx: Runner, personIds: readonly string[], companyIds: readonly string[]): Promise<Links> {
  if (personIds.length === 0 && companyIds.length === 0) return { personRoles: [], companyRoles: [], parents: [], subsidiaries: [] };
  const personRoles = new Map<string, RoleLink[]>();
  const companyRoles = new Map<string, RoleLink[]>();
  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const row of await shallow(tx, Q.LINKS, { persons: distinct(personIds), companies: distinct(companyIds) })) {
    const part = str(row.part);
    const key = reqStr(row.key, 'row key');
    if (part === 'up' || part === 'down') push(part === 'up' ? parents : children, key, reqStr(row.other, 'id'));
    else push(part === 'p' ? personRoles : companyRoles, key, linkRow(row));
  }
  const sorted = (list: string[] | undefined): string[] => [...(list ?? [])].sort(byCodeUnit);
  return {
    personRoles: grouped(personIds, personRoles),
    companyRoles: grouped(companyIds, companyRoles),
    // As readParents: the smallest id should a hand edit give a company two parents.
    parents: companyIds.map((id) => sorted(parents.get(id))[0] ?? null),
    subsidiaries: companyIds.map((id) => sorted(children.get(id))),
  };
}

export async function readLookup(tx: Runner, nodeIds: readonly string[], roleIds: readonly string[]): Promise<Related> {
  const ids = distinct(nodeIds);
  const roleKeys = distinct(roleIds);
  if (ids.length === 0 && roleKeys.length === 0) return {};
  const persons = new Map<string, PersonNode>();
  const companies = new Map<string, CompanyNode>();
  const roles = new Map<string, RoleEdge>();
  for (const row of await shallow(tx, Q.LOOKUP, { ids, roleIds: roleKeys })) {
    const part = str(row.part);
    const id = reqStr(row.id, 'row key');
    if (part === 'person') persons.set(id, personFrom(props(row.props)));
    else if (part === 'company') companies.set(id, companyFrom(props(row.props)));
    else roles.set(id, roleRow(row));
  }
  return {
    persons: ids.map((id) => [id, persons.get(id) ?? null]),
    companies: ids.map((id) => [id, companies.get(id) ?? null]),
    roles: roleKeys.map((id) => [id, roles.get(id) ?? null]),
  };
}
