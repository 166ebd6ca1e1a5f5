/** Company questions that walk more than one relation. */
import type { PersonNode, RoleEdge } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';

/** The company and all its subsidiaries, at any depth (cycles cut). */
export async function companyFamily(loaders: Loaders, companyId: string): Promise<string[]> {
  const seen = new Set<string>([companyId]);
  let frontier = [companyId];
  while (frontier.length > 0) {
    const children = (await loaders.subsidiaries.loadMany(frontier)).flatMap((c) => (Array.isArray(c) ? c : []));
    frontier = children.filter((c) => !seen.has(c));
    for (const c of frontier) seen.add(c);
  }
  return [...seen];
}

/** People with a FORMER role at the company or a subsidiary, by name then id. */
export async function alumni(loaders: Loaders, companyId: string): Promise<PersonNode[]> {
  const family = await companyFamily(loaders, companyId);
  const roles = (await loaders.rolesByCompany.loadMany(family)).flatMap((r) => (Array.isArray(r) ? r : []));
  const ids = [...new Set(roles.filter((r) => r.status === 'FORMER').map((r) => r.personId))];
  const people = (await loaders.person.loadMany(ids)).filter((p): p is PersonNode => !!p && !(p instanceof Error));
  return people.sort(byName);
}

/** CURRENT first, then person name, then title, then id. */
export async function sortCompanyRoles(loaders: Loaders, roles: readonly RoleEdge[]): Promise<RoleEdge[]> {
  const people = await loaders.person.loadMany(roles.map((r) => r.personId));
  const nameOf = new Map<string, string>();
  people.forEach((p, i) => {
    const role = roles[i];
    if (role && p && !(p instanceof Error)) nameOf.set(role.id, p.name);
  });
  return [...roles].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'CURRENT' ? -1 : 1) ||
      compareText(nameOf.get(a.id) ?? '', nameOf.get(b.id) ?? '') ||
      compareText(a.title ?? '', b.title ?? '') ||
      compareText(a.id, b.id),
  );
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Locale-aware but total: equal under the collator falls back to code points. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

export function byName<T extends { name: string; id: string }>(a: T, b: T): number {
  return compareText(a.name, b.name) || compareText(a.id, b.id);
}
