/**
 * The synthetic world the generator writes news about: people (named from an index, so no
 * list of a million names is kept), companies with country subsidiaries, places, exchanges.
 * Everything comes from one seed; nothing here reads the clock or Math.random.
 */
import { lookupExchange } from '../../src/lexicon/exchanges.js';
import { CITY_TABLE } from '../../src/lexicon/cities.js';
import { COUNTRY_TABLE } from '../../src/lexicon/countries.js';
import { allPlaces, lookupPlace, type PlaceEntry } from '../../src/lexicon/places.js';
import { fold } from '../../src/model/keys.js';
import { companyKey, countryParent } from '../../src/resolve/company-names.js';
import { companyId, personId } from '../../src/resolve/ids.js';
import { Rng, zipfCumulative } from './prng.js';
import {
  COMPANY_TAILS, FEMININE, FIRST_NAMES, SUBSIDIARY_COUNTRIES, SURNAMES, syllableWord,
} from './vocab.js';

export interface WorldOptions {
  persons: number;
  /** Default: persons / 10, between 30 and 10 000. */
  companies?: number;
  seed?: number;
}

export interface Company {
  name: string;
  id: string;
  /** Index of the parent company, or -1. */
  parent: number;
  /** Country of a country subsidiary. */
  country: PlaceEntry | null;
  /** Rank of the group by size (0 = largest). */
  rank: number;
}

export interface Place {
  entry: PlaceEntry;
  /** How a French text writes it (first alternate name), and an English one (canonical). */
  fr: string;
  en: string;
}

export interface World {
  persons: number;
  seed: number;
  companies: Company[];
  /** Cumulative weights over `companies`: big groups employ more people. */
  companyWeights: Float64Array;
  /** Indices of companies that have subsidiaries, largest first. */
  groups: number[];
  countries: Place[];
  /** Countries weighted toward the ones business news talks about most. */
  countryWeights: Float64Array;
  cities: Place[];
  citiesByCountry: Map<string, Place[]>;
  /** Written forms of stock exchanges that resolution recognizes. */
  exchanges: string[];
  firstNames: string[];
  surnames: string[];
}

const dedupeByFold = (names: readonly string[]): string[] => {
  const seen = new Set<string>();
  return names.filter((n) => {
    const k = fold(n);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
};

function tableForms(table: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    const name = cells[1];
    if (!name) continue;
    const alts = (cells[2] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
    out.set(name, alts);
  }
  return out;
}

function placesOf(kind: 'COUNTRY' | 'CITY'): Place[] {
  const forms = tableForms(kind === 'COUNTRY' ? COUNTRY_TABLE : CITY_TABLE);
  return allPlaces()
    .filter((p) => p.kind === kind)
    .map((entry) => {
      const fr = (forms.get(entry.name) ?? []).find((alt) => lookupPlace(alt)?.id === entry.id) ?? entry.name;
      return { entry, fr, en: entry.name };
    });
}

/** Countries news mentions most come first (heavier weight). */
const TOP_COUNTRIES = ['FR', 'US', 'GB', 'DE', 'CN', 'ES', 'IT', 'BE', 'CH', 'NL', 'CA', 'JP', 'IN', 'BR', 'MA'];

export function createWorld(options: WorldOptions): World {
  const seed = options.seed ?? 42;
  const rng = new Rng(seed);
  const firstNames = dedupeByFold(FIRST_NAMES);
  const surnames = buildSurnames(rng.fork(1), firstNames.length, options.persons);
  const countries = placesOf('COUNTRY').sort((a, b) => rankCountry(a) - rankCountry(b));
  const cities = placesOf('CITY');
  const citiesByCountry = new Map<string, Place[]>();
  for (const c of cities) {
    const code = c.entry.countryCode ?? '';
    const list = citiesByCountry.get(code) ?? [];
    list.push(c);
    citiesByCountry.set(code, list);
  }
  const companyCount = options.companies ?? Math.min(10_000, Math.max(30, Math.round(options.persons / 10)));
  const { companies, groups } = buildCompanies(rng.fork(2), companyCount);
  const weights = new Float64Array(companies.length);
  let sum = 0;
  companies.forEach((c, i) => {
    sum += (c.parent >= 0 ? 0.4 : 1) / Math.pow(c.rank + 5, 0.9);
    weights[i] = sum;
  });
  const exchanges = [
    'Euronext Paris', 'Bourse de Paris', 'Nasdaq', 'NYSE', 'New York Stock Exchange', 'London Stock Exchange',
    'Bourse de Francfort', 'Euronext Amsterdam', 'SIX Swiss Exchange', 'Bourse de Milan', 'Tokyo Stock Exchange',
    'Bourse de Hong Kong', 'Toronto Stock Exchange', 'Euronext Growth',
  ].filter((e) => lookupExchange(e) !== null);
  return {
    persons: options.persons,
    seed,
    companies,
    companyWeights: weights,
    groups,
    countries,
    countryWeights: zipfCumulative(countries.length, 1.2, 2),
    cities,
    citiesByCountry,
    exchanges,
    firstNames,
    surnames,
  };
}

function rankCountry(p: Place): number {
  const i = TOP_COUNTRIES.indexOf(p.entry.countryCode ?? '');
  return i < 0 ? TOP_COUNTRIES.length : i;
}

/** Real surnames first, then made-up ones until first × last names cover every person. */
function buildSurnames(rng: Rng, firstCount: number, persons: number): string[] {
  const out = dedupeByFold(SURNAMES.map((s) => s.replace(/-/g, ' ')));
  const seen = new Set(out.map(fold));
  const needed = Math.ceil((persons * 1.25) / firstCount);
  const pick = (n: number) => Math.floor(rng.next() * n);
  while (out.length < needed) {
    const name = syllableWord(pick, rng.int(2, 3));
    const key = fold(name);
    if (key.length < 4 || seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}

/**
 * Base companies in rank order; the largest 5% also get 1–5 country subsidiaries
 * ("Valéra Systems Deutschland"), which resolution links to their parent.
 */
function buildCompanies(rng: Rng, count: number): { companies: Company[]; groups: number[] } {
  const companies: Company[] = [];
  const groups: number[] = [];
  const keys = new Set<string>();
  const pick = (n: number) => Math.floor(rng.next() * n);
  const groupCount = Math.max(3, Math.round(count * 0.05));
  const countryForms = SUBSIDIARY_COUNTRIES.filter((f) => lookupPlace(f)?.kind === 'COUNTRY');
  let rank = 0;
  while (companies.length < count) {
    const root = syllableWord(pick, rng.int(2, 3));
    const name = rng.chance(0.3) ? root : `${root} ${rng.pick(COMPANY_TAILS)}`;
    const key = companyKey(name);
    if (keys.has(key) || countryParent(name) !== null || lookupPlace(name) !== null) continue;
    const index = companies.length;
    const subsidiaries: Company[] = [];
    if (rank < groupCount) {
      const used = new Set<string>();
      const n = rng.int(1, 5);
      for (let i = 0; i < n && companies.length + 1 + subsidiaries.length < count; i++) {
        const form = rng.pick(countryForms);
        const country = lookupPlace(form);
        const subName = `${name} ${form}`;
        const subKey = companyKey(subName);
        if (!country || used.has(country.id) || keys.has(subKey) || countryParent(subName) !== name) continue;
        used.add(country.id);
        subsidiaries.push({ name: subName, id: companyId(subKey), parent: index, country, rank });
      }
    }
    keys.add(key);
    companies.push({ name, id: companyId(key), parent: -1, country: null, rank });
    if (subsidiaries.length > 0) groups.push(index);
    for (const s of subsidiaries) {
      keys.add(companyKey(s.name));
      companies.push(s);
    }
    rank++;
  }
  return { companies, groups };
}

/** A large prime: i → (i × STRIDE) mod M visits every (first, last) pair once. */
const STRIDE = 2_147_483_647;

export function personName(world: World, index: number): { name: string; feminine: boolean } {
  const f = world.firstNames.length;
  const m = f * world.surnames.length;
  const p = (index * STRIDE + 7919) % m;
  const first = world.firstNames[p % f] ?? '';
  const last = world.surnames[Math.floor(p / f)] ?? '';
  return { name: `${first} ${last}`, feminine: FEMININE.has(first) };
}

export function personIdOf(world: World, index: number): string {
  return personId(fold(personName(world, index).name));
}
