/**
 * Every person and company of a store, read once and kept until the store changes: what
 * name search and the `people` listing work on. Built from the store's batch reads
 * (allIds, persons, companies), so both stores give the same catalog, the same search
 * ranking and the same pages.
 *
 * Freshness: the catalog remembers the store's counts (stats) when it was built; a request
 * that finds other counts rebuilds it. Every ingest that writes adds a source, so the counts
 * change with every write, even one from another process (Neo4j). Writers in this process
 * also call `invalidateCatalog` so the next request rebuilds without waiting on counts.
 */
import type { CompanyNode, PersonNode } from '../model/graph.js';
import type { GraphStore } from '../store/types.js';
import { byCodePoint } from './load.js';
import { SearchIndex } from './search.js';

export class Catalog {
  /** By folded name (`key`), then id. */
  readonly persons: PersonNode[];
  /** By folded name (`key`), then id. */
  readonly companies: CompanyNode[];
  private index: SearchIndex | null = null;

  constructor(persons: PersonNode[], companies: CompanyNode[]) {
    this.persons = persons.sort(byKey);
    this.companies = companies.sort(byKey);
  }

  /** The name index, built on first use. */
  searchIndex(): SearchIndex {
    this.index ??= new SearchIndex(this.persons, this.companies);
    return this.index;
  }
}

interface Entry {
  version: string;
  catalog: Promise<Catalog>;
}

const cache = new WeakMap<GraphStore, Entry>();

export async function catalogOf(store: GraphStore): Promise<Catalog> {
  const version = JSON.stringify(await store.stats());
  const cached = cache.get(store);
  if (cached && cached.version === version) return cached.catalog;
  const entry: Entry = { version, catalog: build(store) };
  cache.set(store, entry);
  // A failed build (store down) must not stay cached.
  entry.catalog.catch(() => {
    if (cache.get(store) === entry) cache.delete(store);
  });
  return entry.catalog;
}

/** Forgets the catalog of a store: its next reader rebuilds it. */
export function invalidateCatalog(store: GraphStore): void {
  cache.delete(store);
}

async function build(store: GraphStore): Promise<Catalog> {
  const [personIds, companyIds] = await Promise.all([store.allIds('Person'), store.allIds('Company')]);
  const [persons, companies] = await Promise.all([store.persons(personIds), store.companies(companyIds)]);
  return new Catalog(
    persons.filter((p): p is PersonNode => p !== null),
    companies.filter((c): c is CompanyNode => c !== null),
  );
}

export function byKey<T extends { key: string; id: string }>(a: T, b: T): number {
  return byCodePoint(a.key, b.key) || byCodePoint(a.id, b.id);
}
