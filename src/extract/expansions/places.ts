/**
 * Place attachment: which place mentions a cue governs ("à Munich et Berlin", "in Lyon, then
 * Nantes"), which places are not expansion places (headquarters, places studied or set aside),
 * and the place a "où"/"where" clause stands for. Pure functions over one sentence view.
 */
import { MONTH_WORDS } from '../../lexicon/expansion-words.js';
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import { OFFICE_NOUNS, PLACE_EXCLUDERS, PREPS, POSSESSIVE_S } from './cues.js';

/** Words before "base" that make it the noun ("une base à Nantes", "a crew base in Porto"), not "basé à" (headquarters). */
const BASE_NOUN_BEFORE = new Set(['a', 'an', 'une', 'la', 'sa', 'its', 'their', 'new', 'nouvelle', 'premiere', 'first', 'second', 'deuxieme', 'crew', 'maintenance', 'operating', 'leur']);

/** "basé à Lyon" (headquarters), not the noun ("une base à Nantes") or the verb ("will base two jets in Faro"). */
function baseNoun(v: SentenceView, i: number): boolean {
  return BASE_NOUN_BEFORE.has(v.tokens[i - 1]?.f ?? '') || !['a', 'au', 'aux', 'en', 'in', 'at', 'dans'].includes(v.tokens[i + 1]?.f ?? '');
}

/** A place named as headquarters, studied, or "rather than": not where the company expands. */
export function excluded(v: SentenceView, m: Mention): boolean {
  // "chose Lyon over Barcelona": the place passed over for the one before it.
  if (passedOver(v, m.s)) return true;
  for (let i = m.s - 1; i >= Math.max(v.from, m.s - 4); i--) {
    const f = v.tokens[i]?.f ?? '';
    // "a facility outside Madrid" is near the city; "its first office outside France" is not there.
    if (f === 'outside' && i === m.s - 1 && m.place?.kind === 'CITY') continue;
    if (PLACE_EXCLUDERS.has(f) && !(f === 'base' && baseNoun(v, i))) return true;
    // "hors de France après Munich": the word was about the place in between.
    if (f === '.' || f === ';' || (v.cover[i]?.kind === 'PLACE' && v.cover[i] !== m)) break;
  }
  for (let i = m.e; i < Math.min(v.tokens.length, m.e + 4); i++) {
    const f = v.tokens[i]?.f ?? '';
    // "X, qui dispose d'une agence à Lomé, étudie aussi…": the comma closes a relative clause
    // and the verb after it is the main clause's, about something else.
    if (f === ',' && inRelative(v, m.s)) break;
    if (f === 'considered' || f === 'etudie' || f === 'studied') return true;
  }
  return false;
}

const OVER_LINKS = new Set([',', 'and', 'or']);

/** "chose Lyon over Madrid and Porto": the place at s is in the list after "over", which follows the place chosen. */
function passedOver(v: SentenceView, s: number): boolean {
  let k = s - 1;
  for (let n = 0; n < 4 && OVER_LINKS.has(v.tokens[k]?.f ?? ''); n++) {
    const before = v.cover[k - 1];
    if (before?.kind !== 'PLACE') return false;
    k = before.s - 1;
  }
  return v.tokens[k]?.f === 'over' && v.cover[k - 1]?.kind === 'PLACE';
}

/** Whether token s sits in a ", qui …" / ", which …" clause opened before it (no comma in between). */
function inRelative(v: SentenceView, s: number): boolean {
  for (let k = s - 1; k > v.from; k--) {
    const f = v.tokens[k]?.f ?? '';
    if (f === 'qui' || f === 'which') return v.tokens[k - 1]?.text === ',';
    if (f === ',' || f === '.' || f === ';') return false;
  }
  return false;
}

/** Countries that are one city: "listed its shares in Hong Kong", "a Singapore branch", "une succursale au Luxembourg". */
export const CITY_STATES: ReadonlySet<string> = new Set(['HK', 'SG', 'LU', 'MC']);

/** A country or city (not a region, not an adjective) that is not excluded. */
export function usablePlace(v: SentenceView, m: Mention | undefined): m is Mention {
  return m?.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'REGION' && !excluded(v, m);
}

const LOCATING = new Set(['en', 'au', 'aux', 'in', 'dans', 'la', 'le', "l'", 'the']);

/** Only ", en", ", aux", ", in the" or "(" between a city (ending at e) and the place at j: "Pune (Inde)". */
function locatorGap(v: SentenceView, e: number, j: number): boolean {
  const open = v.tokens[e]?.text;
  if ((open !== ',' && open !== '(') || j - e > 3) return false;
  for (let k = e + 1; k < j; k++) if (!LOCATING.has(v.tokens[k]?.f ?? '')) return false;
  return true;
}

/** The country that only locates a city: "Basel, Switzerland", "Eindhoven, the Netherlands", "Gand (Belgique)". */
export function locatorOf(v: SentenceView, city: Mention): Mention | null {
  if (city.place?.kind !== 'CITY') return null;
  for (let j = city.e + 1; j <= city.e + 3; j++) {
    const m = v.cover[j];
    if (!m) continue;
    const same = m.kind === 'PLACE' && !m.adjective && m.s === j && m.place?.kind === 'COUNTRY' && m.place.countryCode === city.place.countryCode;
    return same && locatorGap(v, city.e, j) ? m : null;
  }
  return null;
}

const THEN_WORDS = new Set(['puis', 'then', 'ensuite']);
const LIST_LINKS = new Set(['et', 'and', ',']);
const TOWARDS = new Set(['vers', 'to']);

/**
 * After a place, a time phrase and "puis"/"then" going on to the next place ("le 15 mai, puis à
 * Rome", "in June, then to Djerba"), or "et"/"and" and a place ("en 2021 et Brenton"): the
 * token after "puis" (and "vers"/"to") or the place, else -1.
 */
function thenAfter(v: SentenceView, j: number): number {
  const t = v.tokens;
  for (let k = j; k < Math.min(t.length, j + 7); k++) {
    const f = t[k]?.f ?? '';
    if (THEN_WORDS.has(f)) return TOWARDS.has(t[k + 1]?.f ?? '') ? k + 2 : k + 1;
    const m = v.cover[k];
    // "Après Lorvel en 2021 et Brenton l'an dernier": a time phrase, then "et"/"and" and a place.
    if (m?.kind === 'PLACE' && m.s === k && k > j && (t[k - 1]?.f === 'et' || t[k - 1]?.f === 'and')) return k;
    if (f === '.' || f === ';' || (m && m.kind === 'PLACE') || (m && isCompanyLike(m) && !MONTH_WORDS.has(t[m.s]?.f ?? '')) || (!!t[k]?.word && !m && !/^\d/.test(f) && !t[k]?.cap && !TIME_WORDS.has(f) && !PREPS.has(f))) return -1;
  }
  return -1;
}

/** Words of a time phrase between two places: "le 15 mai", "à la rentrée", "in early June", "dès l'automne", "l'an dernier", "il y a deux ans", "last year". */
const TIME_WORDS = new Set('janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre rentree automne printemps ete hiver debut fin mi-mai mi-juin courant partir des d\' de du prochain prochaine suivant dernier derniere passe passee an ans il y deux trois quatre cinq annee annees mois semaine trimestre semestre early late mid next this last two three four five year years ago month months spring summer autumn fall winter quarter from by starting'.split(' '));

/** Last words of a street or a district: "Grafton Street", "the Higashiyama district", "Canal Dock". */
export const STREET_WORDS: ReadonlySet<string> = new Set(['street', 'road', 'avenue', 'boulevard', 'lane', 'square', 'mall', 'rue', 'district', 'quarter', 'dock', 'docks', 'quay', 'wharf']);
/** Words that open a street name set off after a city: "à Milan, via Larenzo", "à Lyon, rue Dorvel". */
const STREET_OPENERS = new Set(['via', 'rue', 'avenue', 'boulevard', 'corso', 'calle', 'place']);
/** Small words inside a street name: "via della Seta", "rue des Tanneurs". */
const STREET_PARTICLES = new Set(['de', "d'", 'du', 'des', 'la', 'le', "l'", 'della', 'del', 'dei', 'di', 'de la']);

/**
 * After a city ending at j, where a street or district set off beside it ends, else -1: the
 * possessive "Brenton's Harrow Street", "Osaka's Namba district" (→ after the street word), or
 * ", via Larenzo," / ", rue des Tanneurs," (→ the comma closing it), so a list goes on past it
 * ("à Milan, via Larenzo, puis à Turin"; "on Brenton's Harrow Street and in Carnmore").
 */
function streetAside(v: SentenceView, j: number): number {
  const t = v.tokens;
  const f = t[j]?.f ?? '';
  if (POSSESSIVE_S.has(f)) {
    for (let k = j + 1; k < Math.min(t.length, j + 5); k++) {
      if (!t[k]?.word || (!t[k]?.cap && !STREET_WORDS.has(t[k]?.f ?? ''))) return -1;
      if (STREET_WORDS.has(t[k]?.f ?? '') && k > j + 1) return k + 1;
    }
    return -1;
  }
  if (f !== ',' || !STREET_OPENERS.has(t[j + 1]?.f ?? '') || t[j + 1]?.cap) return -1;
  for (let k = j + 2; k < Math.min(t.length, j + 7); k++) {
    if (t[k]?.text === ',') return k > j + 2 && t[k - 1]?.cap ? k : -1;
    if (!t[k]?.word || (!t[k]?.cap && !STREET_PARTICLES.has(t[k]?.f ?? '')) || v.cover[k]?.kind === 'PLACE') return -1;
  }
  return -1;
}

/** Places from token i on: "à Munich et Berlin", "in Lyon", "en Espagne et en Italie". */
export function placesFrom(v: SentenceView, i: number, reach: number, allowRegion = false): Mention[] {
  const out: Mention[] = [];
  let j = i;
  let skipped = 0;
  while (j < v.tokens.length && skipped <= reach) {
    const m = v.cover[j];
    if (m && m.s === j && m.kind === 'PLACE' && !m.adjective) {
      const prev = out[out.length - 1];
      // "Basel, Switzerland", "Gand, en Belgique": the country only locates the city.
      const locates = prev?.place?.kind === 'CITY' && m.place?.kind !== 'CITY' && locatorGap(v, prev.e, j) && (m.place?.countryCode === prev.place.countryCode || m.place?.id === `country:${prev.place.countryCode ?? ''}`);
      if ((allowRegion || m.place?.kind !== 'REGION') && !excluded(v, m) && !locates) out.push(m);
      j = m.e;
      skipped = 0;
      reach = 3;
      continue;
    }
    const last = out[out.length - 1];
    const street = last?.e === j && last.place?.kind === 'CITY' ? streetAside(v, j) : -1;
    if (street > 0) {
      j = street;
      continue;
    }
    const f = v.tokens[j]?.f ?? '';
    // "à Gênes le 2 juin, puis à Bari à la rentrée", "to Tunis in June, then to Djerba".
    const next = out.length > 0 && (m || !PREPS.has(f)) ? thenAfter(v, j) : -1;
    if (next > 0) {
      j = next;
      continue;
    }
    if (m && out.length > 0) break;
    // "ses agences de Pune et de Bangalore": "de" after the link goes on like "à".
    const linkedDe = (f === 'de' || f === "d'") && LIST_LINKS.has(v.tokens[j - 1]?.f ?? '');
    if (out.length > 0 && !PREPS.has(f) && !linkedDe && f !== 'puis' && f !== 'then') break;
    if (f === '.' || f === ';' || (m && m.kind !== 'PLACE' && out.length === 0 && isCompanyLike(m))) break;
    skipped++;
    j++;
  }
  return out;
}

/** The place a relative "où"/"where" just before token i stands for: "la Belgique, où nous sommes présents". */
export function whereAntecedent(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i - 1; k >= Math.max(v.from + 2, i - 4); k--) {
    const f = t[k]?.f ?? '';
    if (f === 'where' || f === 'ou') {
      const m = t[k - 1]?.text === ',' ? v.cover[k - 2] : undefined;
      return usablePlace(v, m) ? m : null;
    }
    if (!t[k]?.word) return null;
  }
  return null;
}

/**
 * The place a ", où"/", where" clause holding token i stands for, a few words back: "au Brésil,
 * où elle va ouvrir une filiale", "in Singapore, where Skarvik is opening an office". A place
 * locating a person ("will be based in Singapore, where…") still counts.
 */
export function whereClauseAntecedent(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i - 1; k >= Math.max(v.from + 2, i - 9); k--) {
    const f = t[k]?.f ?? '';
    if (f === 'where' || f === 'ou') {
      const m = t[k - 1]?.text === ',' ? v.cover[k - 2] : undefined;
      return m?.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'REGION' ? m : null;
    }
    if (!t[k]?.word) return null;
  }
  return null;
}

/** A place that is the object of an office noun ("un bureau à Munich") belongs to the office. */
export function officeObject(v: SentenceView, m: Mention): boolean {
  const prep = v.tokens[m.s - 1]?.f ?? '';
  return ['a', 'in', 'at'].includes(prep) && OFFICE_NOUNS.has(v.tokens[m.s - 2]?.f ?? '');
}

/**
 * Where a deal is made: a country or city, or a region within a country ("en Occitanie", "off
 * Hokkaido"; not "Europe"); an office's place only when the deal is how the office opens.
 */
export function dealPlaceOk(v: SentenceView, m: Mention | undefined, officeToo = false): m is Mention {
  const region = m?.kind === 'PLACE' && !m.adjective && m.place?.kind === 'REGION' && m.place.countryCode !== null && !excluded(v, m);
  return (usablePlace(v, m) || region) && (officeToo || !officeObject(v, m));
}
