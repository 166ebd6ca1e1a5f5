/**
 * DataLoaders over the store's batch functions, made fresh for every request (so one
 * request's cache never serves another). A query's store calls then grow with its depth,
 * not with the number of items it returns.
 *
 * The list loaders read through the store's composite reads (types.ts), which bring along
 * what the next fields ask for — a role's company, its parent and place, a role's person, an
 * event's place and partner — and prime the matching loaders with it, so those fields are
 * answered from the cache instead of by another round trip.
 */
import DataLoader from 'dataloader';
import type {
  CompanyNode, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
} from '../model/graph.js';
import type { GraphStore, Links, Related, RoleLink, WithRelated } from '../store/types.js';

export interface Loaders {
  person: DataLoader<string, PersonNode | null>;
  company: DataLoader<string, CompanyNode | null>;
  place: DataLoader<string, PlaceNode | null>;
  source: DataLoader<string, SourceNode | null>;
  role: DataLoader<string, RoleEdge | null>;
  rolesByPerson: DataLoader<string, RoleEdge[]>;
  rolesByCompany: DataLoader<string, RoleEdge[]>;
  expansionsByCompany: DataLoader<string, ExpansionEdge[]>;
  parent: DataLoader<string, string | null>;
  subsidiaries: DataLoader<string, string[]>;
  /** A company and its subsidiaries at any depth (companies.ts `companyFamily`). */
  family: DataLoader<string, string[]>;
  /** Roles at a company as links (who held one, FORMER or CURRENT), with their persons. */
  staffLinks: DataLoader<string, RoleLink[]>;
  /**
   * Roles at the companies located in the places (store `staffIn`), not cached: a narrowed
   * list must not answer for a company's whole staff. Their persons and places are primed.
   */
  staffIn: (companyIds: readonly string[], placeIds: readonly string[]) => Promise<RoleEdge[][]>;
  /** Careers (as links) of everyone with a role at the companies, by person id; not cached. */
  careersAt: (companyIds: readonly string[]) => Promise<Map<string, RoleLink[]>>;
  /**
   * Caches persons, companies (each id asked as both) and roles, read in one round trip,
   * for ids whose kind the caller does not know or that span loaders (a connection's path).
   */
  lookup: (nodeIds: readonly string[], roleIds: readonly string[]) => Promise<void>;
  /** One level of a graph walk (connection), not cached: each level asks for new nodes. */
  links: (personIds: readonly string[], companyIds: readonly string[]) => Promise<Links>;
}

export function createLoaders(store: GraphStore): Loaders {
  // Store batch functions already align results with keys, as DataLoader requires.
  const make = <V>(batch: (keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>(batch);
  const withRelated = <V>(read: (keys: readonly string[]) => Promise<WithRelated<V>>) =>
    make(async (keys) => {
      const { values, related } = await read(keys);
      prime(loaders, related);
      return values;
    });
  const loaders: Loaders = {
    // A person is nearly always asked for with roles: they come in the same round trip.
    person: withRelated((ids) => store.personCareers(ids)),
    company: make((ids) => store.companies(ids)),
    place: make((ids) => store.places(ids)),
    source: make((ids) => store.sources(ids)),
    role: make((ids) => store.roles(ids)),
    rolesByPerson: withRelated((ids) => store.careers(ids)),
    rolesByCompany: withRelated((ids) => store.staff(ids)),
    expansionsByCompany: withRelated((ids) => store.events(ids)),
    parent: make((ids) => store.parentOf(ids)),
    subsidiaries: make((ids) => store.subsidiariesOf(ids)),
    family: withRelated((ids) => store.families(ids)),
    staffLinks: withRelated((ids) => store.staffLinks(ids)),
    staffIn: async (companyIds, placeIds) => {
      const { values, related } = await store.staffIn(companyIds, placeIds);
      prime(loaders, related);
      return values;
    },
    careersAt: async (companyIds) => new Map(await store.careersAt(companyIds)),
    lookup: async (nodeIds, roleIds) => prime(loaders, await store.lookup(nodeIds, roleIds)),
    links: (personIds, companyIds) => store.links(personIds, companyIds),
  };
  return loaders;
}

/** Caches what a composite read brought along (a key already cached keeps its value). */
function prime(loaders: Loaders, related: Related): void {
  for (const [id, value] of related.persons ?? []) loaders.person.prime(id, value);
  for (const [id, value] of related.companies ?? []) loaders.company.prime(id, value);
  for (const [id, value] of related.places ?? []) loaders.place.prime(id, value);
  for (const [id, value] of related.parents ?? []) loaders.parent.prime(id, value);
  for (const [id, value] of related.rolesByPerson ?? []) loaders.rolesByPerson.prime(id, value);
  for (const [id, value] of related.rolesByCompany ?? []) loaders.rolesByCompany.prime(id, value);
  for (const [id, value] of related.roles ?? []) loaders.role.prime(id, value);
}
