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
  const events = await loadFlat(loaders.expansionsByCompany, family);
  const eventPlaces = await loadPlaces(loaders, events.flatMap((e) => (e.placeId ? [e.placeId] : [])));
  const places = await loadPlaces(loaders, eventPlaces.flatMap(placeAndCountry));
  // Leaders: the group's roles located where it expands (in a place, or in a city or region
  // of a country, of the expansion), filtered by the store: a large group has thousands of
  // roles elsewhere that the answer would only throw away.
  const [located, partners] = await Promise.all([
    loaders.staffIn(family, places.map((p) => p.id)),
    loadFound(loaders.company, unique(events.flatMap((e) => (e.partnerId ? [e.partnerId] : [])))),
  ]);

  return {
    company,
    events: sortEvents(events),
    places: places.sort(comparePlaces),
    partners: partners.sort(byName),
    leaders: await sortCompanyRoles(loaders, located.flat()),
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
