/**
 * What the query mix asks about, chosen from the world deterministically: people spread over
 * the whole index range, pairs of large companies (talent flows exist between them), groups
 * with subsidiaries (expansion), large companies without subsidiaries (their first 50
 * people), search strings of every kind the product forgives.
 */
import { Rng } from './prng.js';
import { personIdOf, personName, type World } from './world.js';

export interface Targets {
  persons: string[];
  companyPairs: [string, string][];
  personPairs: [string, string][];
  groups: string[];
  searches: string[];
  /** Companies without subsidiaries that employ at least about 50 people (the largest such). */
  staffed: string[];
}

export function targets(world: World, count = 200): Targets {
  const rng = new Rng(world.seed ^ 0x1234567);
  const person = () => rng.int(0, world.persons - 1);
  const persons = Array.from({ length: count }, () => personIdOf(world, person()));
  const bases = world.companies.filter((c) => c.parent < 0).slice(0, 12);
  const companyPairs: [string, string][] = [];
  for (const a of bases) for (const b of bases) if (a !== b) companyPairs.push([a.id, b.id]);
  rng.shuffle(companyPairs);
  const personPairs: [string, string][] = [];
  while (personPairs.length < count) {
    const a = person();
    const b = person();
    if (a !== b) personPairs.push([personIdOf(world, a), personIdOf(world, b)]);
  }
  const groups = world.groups.slice(0, 50).map((i) => world.companies[i]?.id ?? '');
  const searches: string[] = [];
  for (let i = 0; i < count; i++) {
    const { name } = personName(world, person());
    const [first = '', ...rest] = name.split(' ');
    const last = rest.join(' ');
    const company = world.companies[rng.weighted(world.companyWeights)]?.name ?? '';
    switch (i % 5) {
      case 0: searches.push(name); break; // full name, accents as written
      case 1: searches.push(last); break; // a surname: many people share it
      case 2: searches.push(last.slice(0, 4).toLowerCase()); break; // a prefix
      case 3: searches.push(typo(rng, `${first} ${last}`)); break; // a typo
      default: searches.push(company.split(' ')[0] ?? company); // a company's first word
    }
  }
  const inGroup = new Set(world.groups);
  const staffed = world.companies.filter((c, i) => c.parent < 0 && !inGroup.has(i)).slice(0, 20).map((c) => c.id);
  return { persons, companyPairs, personPairs, groups, searches, staffed };
}

/** Drops one letter of the last word (at least 5 letters long): "Badault" → "Badult". */
function typo(rng: Rng, text: string): string {
  const words = text.split(' ');
  const i = words.length - 1;
  const w = words[i] ?? '';
  if (w.length < 5) return text;
  const at = rng.int(1, w.length - 2);
  words[i] = w.slice(0, at) + w.slice(at + 1);
  return words.join(' ');
}

export const at = <T>(list: readonly T[], i: number): T => {
  const x = list[i % list.length];
  if (x === undefined) throw new Error('empty target list');
  return x;
};
