/**
 * A person's colleagues: the people with a role at a company where the person had one,
 * and whether their tenures there overlapped in time (dates.ts `overlapped`).
 */
import type { CompanyNode, PersonNode } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import { compareText } from './companies.js';
import { overlapped } from './dates.js';
import { byCodePoint, loadAll, unique } from './load.js';

export interface Colleague {
  person: PersonNode;
  company: CompanyNode;
  overlapped: boolean;
}

/**
 * One entry per (other person, company). Only the company itself counts, not its group:
 * a colleague shared an employer, not a parent company.
 * Order: overlapped first, then person name, then company name, then ids.
 */
export async function colleaguesOf(loaders: Loaders, personId: string): Promise<Colleague[]> {
  const mine = await loaders.rolesByPerson.load(personId);
  const companyIds = unique(mine.map((r) => r.companyId));
  const rolesThere = await loadAll(loaders.rolesByCompany, companyIds);
  const pairs = new Map<string, { personId: string; companyId: string; overlapped: boolean }>();
  companyIds.forEach((companyId, i) => {
    const own = mine.filter((r) => r.companyId === companyId);
    for (const theirs of rolesThere[i] ?? []) {
      if (theirs.personId === personId) continue;
      const key = `${theirs.personId}\u0000${companyId}`;
      const overlap = own.some((r) => overlapped(r, theirs));
      const seen = pairs.get(key);
      if (seen) seen.overlapped ||= overlap;
      else pairs.set(key, { personId: theirs.personId, companyId, overlapped: overlap });
    }
  });
  const list = [...pairs.values()];
  const [people, companies] = await Promise.all([
    loadAll(loaders.person, list.map((p) => p.personId)),
    loadAll(loaders.company, list.map((p) => p.companyId)),
  ]);
  const out: Colleague[] = [];
  list.forEach((p, i) => {
    const person = people[i];
    const company = companies[i];
    if (person && company) out.push({ person, company, overlapped: p.overlapped });
  });
  return out.sort(
    (a, b) =>
      Number(b.overlapped) - Number(a.overlapped) ||
      compareText(a.person.name, b.person.name) ||
      compareText(a.company.name, b.company.name) ||
      byCodePoint(a.person.id, b.person.id) ||
      byCodePoint(a.company.id, b.company.id),
  );
}
