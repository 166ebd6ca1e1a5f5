/**
 * Talent flow: who went from one company (or its group) to another. "Before" is career
 * order (career.ts), so a move is found even when the text gives no dates, as long as it
 * says which role came first ("ex-", "au début de son parcours"). Roles the order cannot
 * tell apart (two undated former roles) make no move: ids break such ties in a career
 * path, but a tie broken by id is not evidence (`knownBefore`).
 */
import type { CompanyNode, PersonNode, RoleEdge } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import type { RoleLink } from '../store/types.js';
import { careerPath, knownBefore } from './career.js';
import { byName, companyFamily, compareText, requireCompany } from './companies.js';
import { inRange } from './dates.js';
import { byCodePoint, loadAll, loadFound, unique } from './load.js';

export interface Move {
  person: PersonNode;
  from: RoleEdge;
  to: RoleEdge;
}

export interface TalentCount {
  company: CompanyNode;
  count: number;
  people: PersonNode[];
}

export interface DateBounds {
  since: string | null;
  until: string | null;
}

/**
 * One move per person: `to` is their first role in the `to` group (in career order) that
 * comes after a role in the `from` group and starts within [since, until]; `from` is their
 * last role in the `from` group before it.
 * Order: by `to.start` oldest first (undated last), then person name, then person id.
 */
export async function talentFlow(loaders: Loaders, fromId: string, toId: string, bounds: DateBounds): Promise<Move[]> {
  // The groups first: their read brings the companies, so the checks after it are free.
  const [fromFamily, toFamily] = await Promise.all([companyFamily(loaders, fromId), companyFamily(loaders, toId)]);
  await Promise.all([requireCompany(loaders, fromId, 'talentFlow "from"'), requireCompany(loaders, toId, 'talentFlow "to"')]);
  const inFrom = new Set(fromFamily);
  const inTo = new Set(toFamily);
  const careers = await careersAt(loaders, fromFamily);
  const found: { personId: string; from: RoleLink; to: RoleLink }[] = [];
  for (const [personId, path] of careers) {
    const fromRoles = path.filter((r) => inFrom.has(r.companyId));
    for (const role of path) {
      if (!inTo.has(role.companyId) || !inRange(role.start, bounds.since, bounds.until)) continue;
      const before = fromRoles.filter((r) => knownBefore(r, role));
      const last = before[before.length - 1];
      if (last) {
        found.push({ personId, from: last, to: role });
        break;
      }
    }
  }
  // The walk read roles as links: the moves' roles, people and companies are read whole now.
  await loaders.lookup(
    [...found.map((m) => m.personId), ...found.flatMap((m) => [m.from.companyId, m.to.companyId])],
    found.flatMap((m) => [m.from.id, m.to.id]),
  );
  const [people, froms, tos] = await Promise.all([
    loadAll(loaders.person, found.map((m) => m.personId)),
    loadAll(loaders.role, found.map((m) => m.from.id)),
    loadAll(loaders.role, found.map((m) => m.to.id)),
  ]);
  const moves = found.flatMap((_, i) => {
    const [person, from, to] = [people[i], froms[i], tos[i]];
    return person && from && to ? [{ person, from, to }] : [];
  });
  return moves.sort(
    (a, b) =>
      compareUndatedLast(a.to.start, b.to.start) || compareText(a.person.name, b.person.name) || byCodePoint(a.person.id, b.person.id),
  );
}

/**
 * Where a company's people came from (`in`) or went to (`out`): per other company (as the
 * role names it, outside this company's group), the people with a role there before
 * (`in`) or after (`out`) a role in the group. Order: count, highest first, then company
 * name, then id; people by name.
 */
export async function talentCounts(loaders: Loaders, companyId: string, direction: 'in' | 'out'): Promise<TalentCount[]> {
  const family = new Set(await companyFamily(loaders, companyId));
  const careers = await careersAt(loaders, [...family]);
  const peopleByCompany = new Map<string, Set<string>>();
  for (const [personId, path] of careers) {
    const inside = path.filter((r) => family.has(r.companyId));
    for (const other of path) {
      if (family.has(other.companyId)) continue;
      const linked = inside.some((r) => (direction === 'in' ? knownBefore(other, r) : knownBefore(r, other)));
      if (!linked) continue;
      let ids = peopleByCompany.get(other.companyId);
      if (!ids) peopleByCompany.set(other.companyId, (ids = new Set()));
      ids.add(personId);
    }
  }
  const companyIds = [...peopleByCompany.keys()];
  const personIds = unique([...peopleByCompany.values()].flatMap((s) => [...s]));
  await loaders.lookup([...companyIds, ...personIds], []); // both kinds in one round trip
  const [companies, people] = await Promise.all([loadAll(loaders.company, companyIds), loadFound(loaders.person, personIds)]);
  const personById = new Map(people.map((p) => [p.id, p]));
  const counts: TalentCount[] = [];
  companyIds.forEach((id, i) => {
    const company = companies[i];
    if (!company) return;
    const members = [...(peopleByCompany.get(id) ?? [])].flatMap((pid) => personById.get(pid) ?? []).sort(byName);
    counts.push({ company, count: members.length, people: members });
  });
  return counts.sort((a, b) => b.count - a.count || byName(a.company, b.company));
}

/**
 * The career (in career order, as role links) of everyone with a role at one of these
 * companies, by person id. One store read, which brings those people and companies along.
 */
async function careersAt(loaders: Loaders, companyIds: readonly string[]): Promise<Map<string, RoleLink[]>> {
  const careers = await loaders.careersAt(companyIds);
  const personIds = unique(careers.keys());
  return new Map(personIds.map((id) => [id, careerPath(careers.get(id) ?? [])]));
}

function compareUndatedLast(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return byCodePoint(a, b);
}
