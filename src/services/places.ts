/**
 * Places and what lies in what: a city lies in its country, so an office in Munich puts a
 * company in Germany too, and a role placed in Munich lies in Germany.
 */
import { allPlaces } from '../lexicon/places.js';
import type { PlaceNode } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import { loadAll, unique } from './load.js';

let lexicon: Map<string, PlaceNode> | null = null;

/** The lexicon's entry for a place id, for a country the store has no node for yet. */
function lexiconPlace(id: string): PlaceNode | null {
  lexicon ??= new Map(allPlaces().map((p) => [p.id, { id: p.id, name: p.name, kind: p.kind, countryCode: p.countryCode }]));
  return lexicon.get(id) ?? null;
}

/** The id of the country a city or region lies in, or null (a country, or unknown). */
export function countryIdOf(place: PlaceNode): string | null {
  return place.kind !== 'COUNTRY' && place.countryCode ? `country:${place.countryCode}` : null;
}

/** The place itself and the country it lies in. */
export function placeAndCountry(place: PlaceNode): string[] {
  const country = countryIdOf(place);
  return country ? [place.id, country] : [place.id];
}

/**
 * Places by id, from the store, else from the lexicon (a country reached through one of
 * its cities may have no node of its own). Unknown ids are dropped.
 */
export async function loadPlaces(loaders: Loaders, ids: readonly string[]): Promise<PlaceNode[]> {
  const keys = unique(ids);
  const found = await loadAll(loaders.place, keys);
  return keys.flatMap((id, i) => found[i] ?? lexiconPlace(id) ?? []);
}

const KIND_ORDER: Record<PlaceNode['kind'], number> = { COUNTRY: 0, REGION: 1, CITY: 2 };

/** Countries, then regions, then cities; each by name, then id. */
export function comparePlaces(a: PlaceNode, b: PlaceNode): number {
  return KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
