/**
 * Where a company (with its subsidiaries) expands, with whom, and who leads it there:
 * `leaders` are the group's roles whose place lies in one of the expansion's places
 * (who runs Alibaba in Germany).
 */
import type { CompanyNode, ExpansionEdge, PlaceNode, RoleEdge } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import { byName, companyFamily, requireCompany, sortCompanyRoles } from './companies.js';
import { byCodePoint, loadFlat, loadFound, unique } from './load.js';
import { comparePlaces, loadPlaces, placeAndCountry } from './places.js';

export interface Expansion {
  company: CompanyNode;
  events: ExpansionEdge[];
  places: PlaceNode[];
  partners: CompanyNode[];
  leaders: RoleEdge[];
}

/** NOT_FOUND for an id that is not a company. */
export async function expansionById(loaders: Loaders, companyId: string): Promise<Expansion> {
  // The group's read brings the company too: the check after it is answered from the cache.
  await companyFamily(loaders, companyId);
  return expansionOf(loaders, await requireCompany(loaders, companyId, 'expansion'));
}

export async function expansionOf(loaders: Loaders, company: CompanyNode): Promise<Expansion> {
  const family = await companyFamily(loaders, company.id);
  const [events, roles] = await Promise.all([
    loadFlat(loaders.expansionsByCompany, family),
    loadFlat(loaders.rolesByCompany, family),
  ]);
  const eventPlaces = await loadPlaces(loaders, events.flatMap((e) => (e.placeId ? [e.placeId] : [])));
  const places = await loadPlaces(loaders, eventPlaces.flatMap(placeAndCountry));
  const where = new Set(places.map((p) => p.id));

  const roleIds = unique(roles.flatMap((r) => (r.placeId ? [r.placeId] : [])));
  const [rolePlaces, partners] = await Promise.all([
    loadPlaces(loaders, roleIds),
    loadFound(loaders.company, unique(events.flatMap((e) => (e.partnerId ? [e.partnerId] : [])))),
  ]);
  const liesIn = new Map(rolePlaces.map((p) => [p.id, placeAndCountry(p)]));
  const leaders = roles.filter((r) => r.placeId && (liesIn.get(r.placeId) ?? [r.placeId]).some((id) => where.has(id)));

  return {
    company,
    events: sortEvents(events),
    places: places.sort(comparePlaces),
    partners: partners.sort(byName),
    leaders: await sortCompanyRoles(loaders, leaders),
  };
}

/** By date, oldest first, undated last; then kind, then id. */
function sortEvents(events: readonly ExpansionEdge[]): ExpansionEdge[] {
  return [...events].sort(
    (a, b) =>
      (a.date === b.date ? 0 : a.date === null ? 1 : b.date === null ? -1 : byCodePoint(a.date, b.date)) ||
      byCodePoint(a.kind, b.kind) ||
      byCodePoint(a.id, b.id),
  );
}
