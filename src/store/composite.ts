/**
 * Composite reads (GraphStore `careers`, `staff`, `staffIn`, `events`, `families`, `careersAt`, `links`)
 * composed from the primitive batch reads. The memory store answers with these; the Neo4j
 * store answers each in one statement and must give exactly what these give (the contract
 * and parity suites check both stores through the same GraphQL answers).
 */
import type { CompanyNode, ExpansionEdge, PersonNode, PlaceNode, RoleEdge } from '../model/graph.js';
import type { CareersAt, GraphStore, Links, Related, RoleLink, WithRelated } from './types.js';

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const distinct = (ids: Iterable<string>): string[] => [...new Set(ids)].sort(byId);
const zip = <T>(keys: readonly string[], values: readonly T[]): [string, T][] => keys.map((k, i) => [k, values[i] as T]);

/** The id of the country a city or region lies in (`country:<code>`), or null. */
export function countryIdOf(place: PlaceNode): string | null {
  return place.kind !== 'COUNTRY' && place.countryCode ? `country:${place.countryCode}` : null;
}

export function link(role: RoleEdge): RoleLink {
  return {
    id: role.id, personId: role.personId, companyId: role.companyId, status: role.status, start: role.start, end: role.end, order: role.order,
  };
}

export async function careers(store: GraphStore, personIds: readonly string[]): Promise<WithRelated<RoleEdge[]>> {
  const values = await store.rolesByPerson(personIds);
  const roles = values.flat();
  const companyIds = distinct(roles.map((r) => r.companyId));
  const placeIds = distinct(roles.flatMap((r) => (r.placeId ? [r.placeId] : [])));
  const [companies, parents, places] = await Promise.all([
    store.companies(companyIds), store.parentOf(companyIds), store.places(placeIds),
  ]);
  const parentIds = distinct(parents.filter((p): p is string => p !== null && !companyIds.includes(p)));
  const parentCompanies = await store.companies(parentIds);
  return {
    values,
    related: {
      companies: [...zip<CompanyNode | null>(companyIds, companies), ...zip<CompanyNode | null>(parentIds, parentCompanies)],
      parents: zip(companyIds, parents),
      places: zip(placeIds, places),
    },
  };
}

export async function personCareers(store: GraphStore, personIds: readonly string[]): Promise<WithRelated<PersonNode | null>> {
  const [values, found] = await Promise.all([store.persons(personIds), careers(store, personIds)]);
  return { values, related: { ...found.related, rolesByPerson: zip(personIds, found.values) } };
}

export async function staff(store: GraphStore, companyIds: readonly string[]): Promise<WithRelated<RoleEdge[]>> {
  const values = await store.rolesByCompany(companyIds);
  const roles = values.flat();
  const personIds = distinct(roles.map((r) => r.personId));
  const placeIds = distinct(roles.flatMap((r) => (r.placeId ? [r.placeId] : [])));
  const [persons, places] = await Promise.all([store.persons(personIds), store.places(placeIds)]);
  return { values, related: { persons: zip<PersonNode | null>(personIds, persons), places: zip(placeIds, places) } };
}

export async function staffIn(
  store: GraphStore, companyIds: readonly string[], placeIds: readonly string[],
): Promise<WithRelated<RoleEdge[]>> {
  const all = await staff(store, companyIds);
  const where = new Set(placeIds);
  const places = new Map(all.related.places ?? []);
  const inside = (r: RoleEdge): boolean => {
    if (r.placeId === null) return false;
    if (where.has(r.placeId)) return true;
    const place = places.get(r.placeId);
    const country = place ? countryIdOf(place) : null;
    return country !== null && where.has(country);
  };
  const values = all.values.map((list) => list.filter(inside));
  const kept = values.flat();
  const personIds = new Set(kept.map((r) => r.personId));
  const placeIdsKept = new Set(kept.flatMap((r) => (r.placeId ? [r.placeId] : [])));
  return {
    values,
    related: {
      persons: (all.related.persons ?? []).filter(([id]) => personIds.has(id)),
      places: (all.related.places ?? []).filter(([id]) => placeIdsKept.has(id)),
    },
  };
}

export async function events(store: GraphStore, companyIds: readonly string[]): Promise<WithRelated<ExpansionEdge[]>> {
  const values = await store.expansionsByCompany(companyIds);
  const all = values.flat();
  const placeIds = distinct(all.flatMap((x) => (x.placeId ? [x.placeId] : [])));
  const partnerIds = distinct(all.flatMap((x) => (x.partnerId ? [x.partnerId] : [])));
  const [places, partners] = await Promise.all([store.places(placeIds), store.companies(partnerIds)]);
  const countryIds = distinct(places.flatMap((p) => {
    const country = p ? countryIdOf(p) : null;
    return country && !placeIds.includes(country) ? [country] : [];
  }));
  const countries = await store.places(countryIds);
  return {
    values,
    related: {
      places: [...zip<PlaceNode | null>(placeIds, places), ...zip<PlaceNode | null>(countryIds, countries)],
      companies: zip(partnerIds, partners),
    },
  };
}

export async function families(store: GraphStore, companyIds: readonly string[]): Promise<WithRelated<string[]>> {
  const values: string[][] = [];
  for (const id of companyIds) {
    const seen = new Set<string>([id]);
    let frontier = [id];
    while (frontier.length > 0) {
      const children = (await store.subsidiariesOf(frontier)).flat();
      frontier = distinct(children.filter((c) => !seen.has(c)));
      for (const c of frontier) seen.add(c);
    }
    values.push([...seen]);
  }
  const members = distinct(values.flat());
  return { values, related: { companies: zip(members, await store.companies(members)) } };
}

export async function staffLinks(store: GraphStore, companyIds: readonly string[]): Promise<WithRelated<RoleLink[]>> {
  const roles = await store.rolesByCompany(companyIds);
  const personIds = distinct(roles.flat().map((r) => r.personId));
  const persons = await store.persons(personIds);
  return { values: roles.map((list) => list.map(link)), related: { persons: zip<PersonNode | null>(personIds, persons) } };
}

export async function careersAt(store: GraphStore, companyIds: readonly string[]): Promise<CareersAt> {
  const staff = await store.rolesByCompany(companyIds);
  const personIds = distinct(staff.flat().map((r) => r.personId));
  const paths = await store.rolesByPerson(personIds);
  return personIds.map((id, i) => [id, (paths[i] ?? []).map(link)]);
}

export async function lookup(store: GraphStore, nodeIds: readonly string[], roleIds: readonly string[]): Promise<Related> {
  const ids = distinct(nodeIds);
  const roleKeys = distinct(roleIds);
  const [persons, companies, roles] = await Promise.all([store.persons(ids), store.companies(ids), store.roles(roleKeys)]);
  return { persons: zip(ids, persons), companies: zip(ids, companies), roles: zip(roleKeys, roles) };
}

export async function links(store: GraphStore, personIds: readonly string[], companyIds: readonly string[]): Promise<Links> {
  const [personRoles, companyRoles, parents, subsidiaries] = await Promise.all([
    store.rolesByPerson(personIds), store.rolesByCompany(companyIds), store.parentOf(companyIds), store.subsidiariesOf(companyIds),
  ]);
  return {
    personRoles: personRoles.map((roles) => roles.map(link)),
    companyRoles: companyRoles.map((roles) => roles.map(link)),
    parents,
    subsidiaries,
  };
}
