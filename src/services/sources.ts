/**
 * The articles behind a person or a company. Order: publication date, oldest first
 * (unknown dates first), then id — code-point order, as pagination cursors follow it.
 */
import type { SourceNode } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import { byCodePoint, loadFound, unique } from './load.js';

/** Sources stating one of the person's roles. */
export async function sourcesOfPerson(loaders: Loaders, personId: string): Promise<SourceNode[]> {
  const roles = await loaders.rolesByPerson.load(personId);
  return sortSources(await loadFound(loaders.source, unique(roles.flatMap((r) => r.sourceIds))));
}

/** Sources stating a role at the company itself or one of its expansion events. */
export async function sourcesOfCompany(loaders: Loaders, companyId: string): Promise<SourceNode[]> {
  const [roles, events] = await Promise.all([loaders.rolesByCompany.load(companyId), loaders.expansionsByCompany.load(companyId)]);
  const ids = unique([...roles, ...events].flatMap((x) => x.sourceIds));
  return sortSources(await loadFound(loaders.source, ids));
}

export const sourceSortKey = (s: SourceNode): string[] => [s.publishedAt ?? '', s.id];

function sortSources(sources: SourceNode[]): SourceNode[] {
  return sources.sort((a, b) => byCodePoint(a.publishedAt ?? '', b.publishedAt ?? '') || byCodePoint(a.id, b.id));
}
