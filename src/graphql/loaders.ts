/**
 * DataLoaders over the store's batch functions, made fresh for every request (so one
 * request's cache never serves another). A query's store calls then grow with its depth,
 * not with the number of items it returns.
 */
import DataLoader from 'dataloader';
import type {
  CompanyNode, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
} from '../model/graph.js';
import type { GraphStore } from '../store/types.js';

export interface Loaders {
  person: DataLoader<string, PersonNode | null>;
  company: DataLoader<string, CompanyNode | null>;
  place: DataLoader<string, PlaceNode | null>;
  source: DataLoader<string, SourceNode | null>;
  rolesByPerson: DataLoader<string, RoleEdge[]>;
  rolesByCompany: DataLoader<string, RoleEdge[]>;
  expansionsByCompany: DataLoader<string, ExpansionEdge[]>;
  parent: DataLoader<string, string | null>;
  subsidiaries: DataLoader<string, string[]>;
}

export function createLoaders(store: GraphStore): Loaders {
  // Store batch functions already align results with keys, as DataLoader requires.
  const make = <V>(batch: (keys: readonly string[]) => Promise<V[]>) => new DataLoader<string, V>(batch);
  return {
    person: make((ids) => store.persons(ids)),
    company: make((ids) => store.companies(ids)),
    place: make((ids) => store.places(ids)),
    source: make((ids) => store.sources(ids)),
    rolesByPerson: make((ids) => store.rolesByPerson(ids)),
    rolesByCompany: make((ids) => store.rolesByCompany(ids)),
    expansionsByCompany: make((ids) => store.expansionsByCompany(ids)),
    parent: make((ids) => store.parentOf(ids)),
    subsidiaries: make((ids) => store.subsidiariesOf(ids)),
  };
}
