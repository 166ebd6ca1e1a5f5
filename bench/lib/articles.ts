/**
 * Careers and expansion events of the synthetic world, written as news: each document is the
 * Facts an extractor would return for one article (5–20 facts, FR or EN), with its source
 * metadata. Streamed chunk by chunk, so a million people never sit in memory at once.
 */
import type { ExpansionFact, Facts, Lang, RoleFact } from '../../src/model/facts.js';
import type { SourceMeta } from '../../src/resolve/document.js';
import { sourceId } from '../../src/resolve/ids.js';
import { Rng } from './prng.js';
import { TITLES, TITLE_WEIGHTS, titleText } from './vocab.js';
import { personName, type Company, type Place, type World } from './world.js';

export interface BenchDocument {
  facts: Facts;
  meta: SourceMeta;
}

export interface StreamOptions {
  /** Stop after this many role facts (issue 3's "100k role facts"); the last document is cut. */
  maxRoleFacts?: number;
  /** People per chunk: their facts are shuffled together into documents. */
  chunkPersons?: number;
}

interface RolePlan {
  person: number;
  company: number;
  title: number;
  status: 'current' | 'former';
  start: string | null;
  end: string | null;
  place: Place | null;
  order?: number;
}

interface ExpansionPlan {
  company: number;
  kind: ExpansionFact['kind'];
  place: Place | null;
  partner: string | null;
  date: string | null;
}

type Plan = { role: RolePlan } | { expansion: ExpansionPlan };

const titleCumulative = (() => {
  const out = new Float64Array(TITLE_WEIGHTS.length);
  let s = 0;
  TITLE_WEIGHTS.forEach((w, i) => (out[i] = s += w));
  return out;
})();

/** Roles per person: 1–6, mean about 3.1. */
const ROLE_COUNTS = new Float64Array([0.1, 0.3, 0.65, 0.85, 0.95, 1]);

const pad = (n: number) => String(n).padStart(2, '0');

function partialDate(rng: Rng, year: number): string | null {
  const x = rng.next();
  if (x < 0.15) return null;
  if (x < 0.6) return String(year);
  if (x < 0.9) return `${year}-${pad(rng.int(1, 12))}`;
  return `${year}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}`;
}

function pickCompany(rng: Rng, world: World, avoid: number): number {
  for (;;) {
    const c = rng.weighted(world.companyWeights);
    if (c !== avoid) return c;
  }
}

function rolePlace(rng: Rng, world: World, company: Company): Place | null {
  if (company.country) {
    const code = company.country.countryCode ?? '';
    const cities = world.citiesByCountry.get(code) ?? [];
    if (cities.length > 0 && rng.chance(0.3)) return rng.pick(cities);
    return world.countries.find((p) => p.entry.id === company.country?.id) ?? null;
  }
  if (!rng.chance(0.5)) return null;
  return rng.chance(0.6) ? (world.countries[rng.weighted(world.countryWeights)] ?? null) : rng.pick(world.cities);
}

function career(rng: Rng, world: World, person: number): RolePlan[] {
  const count = rng.weighted(ROLE_COUNTS) + 1;
  let year = rng.int(1988, 2016);
  const roles: RolePlan[] = [];
  let previous = -1;
  for (let j = 0; j < count; j++) {
    const company = pickCompany(rng, world, previous);
    previous = company;
    const last = j === count - 1;
    const endYear = Math.min(2025, year + rng.int(1, 7));
    const current = last && rng.chance(0.85);
    const co = world.companies[company] as Company;
    roles.push({
      person,
      company,
      title: rng.weighted(titleCumulative),
      status: current ? 'current' : 'former',
      start: partialDate(rng, year),
      end: current ? null : partialDate(rng, endYear),
      place: rolePlace(rng, world, co),
      // "au début de son parcours": an undated first role the text places first.
      ...(j === 0 && rng.chance(0.03) ? { order: -1 } : {}),
    });
    year = endYear + rng.int(0, 1);
  }
  return roles;
}

function expansions(rng: Rng, world: World, company: number): ExpansionPlan[] {
  const co = world.companies[company] as Company;
  const big = co.rank < world.groups.length * 2;
  const n = rng.int(0, 2) + (big ? rng.int(1, 4) : 0);
  const out: ExpansionPlan[] = [];
  let listed = false;
  for (let i = 0; i < n; i++) {
    const x = rng.next();
    const date = partialDate(rng, rng.int(2005, 2025));
    if (x < 0.4) {
      out.push({ company, kind: 'office', place: rng.pick(world.cities), partner: null, date });
    } else if (x < 0.7) {
      out.push({ company, kind: 'market', place: world.countries[rng.weighted(world.countryWeights)] ?? null, partner: null, date });
    } else if (x < 0.9 || listed || co.parent >= 0) {
      const partner = world.companies[pickCompany(rng, world, company)] as Company;
      const place = rng.chance(0.5) ? (world.countries[rng.weighted(world.countryWeights)] ?? null) : null;
      out.push({ company, kind: 'partnership', place, partner: partner.name, date });
    } else {
      listed = true;
      out.push({ company, kind: 'ipo', place: null, partner: rng.pick(world.exchanges), date });
    }
  }
  return out;
}

// ---------------------------------------------------------------- writing

function placePhrase(place: Place | null, lang: Lang): string {
  if (!place) return '';
  const name = lang === 'fr' ? place.fr : place.en;
  if (lang === 'en') return ` in ${name}`;
  return place.entry.kind === 'CITY' ? ` à ${name}` : ` en ${name}`;
}

/** How the text writes a company: sometimes with a legal suffix (an alias, same key). */
function companyText(rng: Rng, company: Company): string {
  if (company.parent < 0 && rng.chance(0.08)) return `${company.name} ${rng.pick(['SA', 'SAS', 'Group', 'Groupe', 'Inc.', 'GmbH'])}`;
  return company.name;
}

/** Sometimes without accents, as some sites print names (an alias, same key). */
function personText(rng: Rng, name: string): string {
  return rng.chance(0.05) ? name.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : name;
}

function writeRole(rng: Rng, world: World, plan: RolePlan, lang: Lang): RoleFact {
  const who = personName(world, plan.person);
  const person = personText(rng, who.name);
  const co = world.companies[plan.company] as Company;
  const company = companyText(rng, co);
  const t = TITLES[plan.title] ?? TITLES[0];
  if (!t) throw new Error('no titles');
  const title = titleText(t, lang, who.feminine);
  const where = placePhrase(plan.place, lang);
  const since = plan.start ? (lang === 'fr' ? ` depuis ${plan.start}` : ` since ${plan.start}`) : '';
  let evidence: string;
  if (plan.status === 'current') {
    evidence = rng.chance(0.5)
      ? lang === 'fr'
        ? `${company} a nommé ${person} au poste de ${title}${where}.`
        : `${company} has appointed ${person} as ${title}${where}.`
      : lang === 'fr'
        ? `${person} est ${title} de ${company}${where}${since}.`
        : `${person} has been ${title} of ${company}${where}${since}.`;
  } else {
    const span = plan.start && plan.end ? (lang === 'fr' ? ` de ${plan.start} à ${plan.end}` : ` from ${plan.start} to ${plan.end}`) : '';
    evidence = lang === 'fr'
      ? `Auparavant, ${person} a été ${title} chez ${company}${where}${span}.`
      : `Previously, ${person} served as ${title} at ${company}${where}${span}.`;
  }
  return {
    person,
    company,
    title,
    status: plan.status,
    start: plan.start,
    end: plan.end,
    place: plan.place ? (lang === 'fr' ? plan.place.fr : plan.place.en) : null,
    evidence,
    titleCanonical: t.canonical,
    seniority: t.seniority,
    ...(plan.order !== undefined ? { order: plan.order } : {}),
  };
}

function writeExpansion(rng: Rng, world: World, plan: ExpansionPlan, lang: Lang): ExpansionFact {
  const co = world.companies[plan.company] as Company;
  const company = companyText(rng, co);
  const placeName = plan.place ? (lang === 'fr' ? plan.place.fr : plan.place.en) : null;
  const fr = lang === 'fr';
  let evidence: string;
  switch (plan.kind) {
    case 'office':
      evidence = fr ? `${company} ouvre un bureau à ${placeName ?? ''}.` : `${company} opens an office in ${placeName ?? ''}.`;
      break;
    case 'market':
      evidence = fr ? `${company} se lance en ${placeName ?? ''}.` : `${company} launches in ${placeName ?? ''}.`;
      break;
    case 'partnership':
      evidence = fr
        ? `${company} noue un partenariat avec ${plan.partner ?? ''}${placePhrase(plan.place, lang)}.`
        : `${company} partners with ${plan.partner ?? ''}${placePhrase(plan.place, lang)}.`;
      break;
    case 'ipo':
      evidence = fr ? `${company} fait son entrée en Bourse sur ${plan.partner ?? ''}.` : `${company} lists its shares on ${plan.partner ?? ''}.`;
      break;
  }
  return { company, kind: plan.kind, place: placeName, partner: plan.partner, date: plan.date, evidence };
}

// ---------------------------------------------------------------- documents

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2013, 0, 1);
const INGESTED = Date.UTC(2025, 0, 1);

export function* documents(world: World, options: StreamOptions = {}): Generator<BenchDocument> {
  const chunkPersons = options.chunkPersons ?? 200;
  const chunks = Math.max(1, Math.ceil(world.persons / chunkPersons));
  const maxRoleFacts = options.maxRoleFacts ?? Infinity;
  const root = new Rng(world.seed ^ 0x5bd1e995);
  let roleFacts = 0;
  let docIndex = 0;
  for (let k = 0; k < chunks; k++) {
    const rng = root.fork(k);
    const plans: Plan[] = [];
    const firstPerson = k * chunkPersons;
    for (let p = firstPerson; p < Math.min(world.persons, firstPerson + chunkPersons); p++) {
      for (const role of career(rng, world, p)) {
        plans.push({ role });
        // A quarter of the roles are stated again by another article.
        if (rng.chance(0.25)) plans.push({ role });
      }
    }
    const firstCompany = Math.floor((k * world.companies.length) / chunks);
    const lastCompany = Math.floor(((k + 1) * world.companies.length) / chunks);
    for (let c = firstCompany; c < lastCompany; c++) {
      for (const expansion of expansions(rng, world, c)) {
        plans.push({ expansion });
        if (rng.chance(0.2)) plans.push({ expansion });
      }
    }
    rng.shuffle(plans);
    for (let i = 0; i < plans.length; ) {
      const size = rng.int(5, 20);
      const lang: Lang = rng.chance(0.55) ? 'fr' : 'en';
      const facts: Facts = { lang, roles: [], expansions: [] };
      for (const plan of plans.slice(i, i + size)) {
        if ('role' in plan) {
          if (roleFacts >= maxRoleFacts) continue;
          facts.roles.push(writeRole(rng, world, plan.role, lang));
          roleFacts++;
        } else {
          facts.expansions.push(writeExpansion(rng, world, plan.expansion, lang));
        }
      }
      i += size;
      if (facts.roles.length === 0 && roleFacts >= maxRoleFacts) return;
      const published = new Date(FIRST_DAY + Math.floor(((k + rng.next()) / chunks) * 12 * 365) * DAY);
      const title = lang === 'fr' ? `Nominations et développements de la semaine (${docIndex + 1})` : `Appointments and expansion news (${docIndex + 1})`;
      const text = [title, ...facts.roles.map((r) => r.evidence), ...facts.expansions.map((x) => x.evidence)].join('\n');
      const day = published.toISOString().slice(0, 10);
      facts.id = `bench-${docIndex}`;
      const doc: BenchDocument = {
        facts,
        meta: {
          id: sourceId(text),
          title,
          url: `https://news.example/${day.slice(0, 4)}/${day.slice(5, 7)}/${docIndex}`,
          publishedAt: day,
          lang,
          ingestedAt: new Date(INGESTED + docIndex * 1000).toISOString(),
        },
      };
      // Through JSON, as Facts arrive from `careergraph extract` or a queue: flat strings, not
      // the concatenation ropes the templates above build (which would inflate the heap a
      // store retains and is not what a store sees in production).
      yield JSON.parse(JSON.stringify(doc)) as BenchDocument;
      docIndex++;
    }
  }
}

export function factCount(doc: BenchDocument): number {
  return doc.facts.roles.length + doc.facts.expansions.length;
}
