/** Company questions that walk more than one relation. */
import { NotFoundError } from '../errors.js';
import type { CompanyNode, PersonNode, RoleEdge } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import { loadAll, loadFlat, loadFound, unique } from './load.js';

/** The company with this id, or NOT_FOUND naming the question asked (`what`). */
export async function requireCompany(loaders: Loaders, id: string, what: string): Promise<CompanyNode> {
  const company = await loaders.company.load(id);
  if (!company) throw new NotFoundError(`${what}: no company has id ${JSON.stringify(id.slice(0, 120))}`);
  return company;
}

/**
 * The company and all its subsidiaries, at any depth (cycles cut): the company first, then
 * level by level, each level in id order. One store read, which also caches the companies
 * (so a `requireCompany` after it costs nothing).
 */
export async function companyFamily(loaders: Loaders, companyId: string): Promise<string[]> {
  return [...(await loaders.family.load(companyId))];
}

/** People with a FORMER role at the company or a subsidiary, by name then id. */
export async function alumni(loaders: Loaders, companyId: string): Promise<PersonNode[]> {
  const family = await companyFamily(loaders, companyId);
  const roles = await loadFlat(loaders.staffLinks, family);
  const ids = unique(roles.filter((r) => r.status === 'FORMER').map((r) => r.personId));
  return (await loadFound(loaders.person, ids)).sort(byName);
}

/** CURRENT first, then person name, then title, then id. */
export async function sortCompanyRoles(loaders: Loaders, roles: readonly RoleEdge[]): Promise<RoleEdge[]> {
  const people = await loadAll(loaders.person, roles.map((r) => r.personId));
  const nameOf = new Map<string, string>();
  people.forEach((p, i) => {
    const role = roles[i];
    if (role && p) nameOf.set(role.id, p.name);
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
