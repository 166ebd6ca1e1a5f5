/**
 * Listing people: everyone, or those with a role at a company's group, optionally only
 * those whose name or alias contains a given text (case and accents ignored).
 * Order: by folded name, then id (code points: the same in every store), which is also
 * the order pagination cursors follow.
 */
import type { PersonNode } from '../model/graph.js';
import { fold } from '../model/keys.js';
import type { Loaders } from '../graphql/loaders.js';
import type { Catalog } from './catalog.js';
import { byKey } from './catalog.js';
import { companyFamily } from './companies.js';
import { loadFlat, loadFound, unique } from './load.js';

export interface PersonFilter {
  /** Folded substring of the name or of an alias ("bad" finds Badault). */
  name?: string | null;
  /** Only people with a role (current or former) at this company or one of its subsidiaries. */
  company?: string | null;
}

export async function listPeople(
  loaders: Loaders,
  catalog: () => Promise<Catalog>,
  filter: PersonFilter,
): Promise<PersonNode[]> {
  const people = filter.company ? await peopleAt(loaders, filter.company) : (await catalog()).persons;
  const needle = filter.name ? fold(filter.name) : '';
  return needle === '' ? people : people.filter((p) => p.aliasKeys.some((k) => k.includes(needle)) || p.key.includes(needle));
}

/** People with a role at the company or one of its subsidiaries, by folded name then id. */
export async function peopleAt(loaders: Loaders, companyId: string): Promise<PersonNode[]> {
  const family = await companyFamily(loaders, companyId);
  const roles = await loadFlat(loaders.staffLinks, family);
  return (await loadFound(loaders.person, unique(roles.map((r) => r.personId)))).sort(byKey);
}
