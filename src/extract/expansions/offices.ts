/**
 * Offices and shops. An office noun with a place ("ouvre deux bureaux à Paris et à Lyon",
 * "the Lyon office", "le bureau français") is an office; a shop opened in a city or country
 * ("inaugure son premier magasin à Milan") is a market. Centres count only when opened or
 * named for what they do ("centre de recherche", "data center").
 */
import { LEGAL_SUFFIXES } from '../../lexicon/companies.js';
import { DESCRIPTOR_NOUNS as SECTOR_NOUNS } from '../../lexicon/expansion-words.js';
import { lookupTokenPlace } from '../../lexicon/places.js';
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { anyCueAt } from '../cues.js';
import { isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { CENTRE_ADJ, CENTRE_NOUNS, CLOSURE_WORDS, FIRST_WORDS, HEAD_WORDS, HQ_WORDS, OFFICE_NOUNS, OPEN_VERBS, PLATFORM_KINDS, PLATFORM_NOUNS, POSSESSIVE_DETS, OUTLET_WORDS, PARTNER_NOUNS, PARTNER_VERBS, PLANT_NOUNS, PRODUCTION_NOUNS, SERVICE_NOUNS, STORE_NOUNS, STRICT_OFFICE_NOUNS, SUBSIDIARY_NOUNS, COUNT_WORDS_RE, POSSESSIVE_S } from './cues.js';
import { inTitle } from './noise.js';
import { earlierMarkets, firstOfOpening, marketsAfter, thereAntecedent } from './markets.js';
import { CITY_STATES, excluded, locatorOf, placesFrom, STREET_WORDS, usablePlace, whereClauseAntecedent } from './places.js';
import { subject } from './subject.js';

/** An opening verb shortly before token i: "ouvrira une boutique", "opening an authentication center". */
/** "its New York office", "its new Montreal studio", "son nouveau bureau": an office the company has. */
/** "sa nouvelle filiale", "its new Montreal studio", "newly opened". */
const NEW_WORDS = new Set(['nouvelle', 'nouvelles', 'nouveau', 'nouvel', 'new', 'newly']);

function ownCityOffice(v: SentenceView, i: number): Mention | null {
  const city = v.cover[i - 1];
  if (!usablePlace(v, city) || !cityLike(city) || city.e !== i) return null;
  let k = city.s - 1;
  if (NEW_WORDS.has(v.tokens[k]?.f ?? '')) k--;
  // "Brell's new Dubai branch": a firm's name with 's stands for "its".
  const owned = POSSESSIVE_S.has(v.tokens[k]?.f ?? '') && isCompanyLike(v.cover[k - 1]) && v.cover[k - 1]?.e === k;
  return POSSESSIVE_DETS.has(v.tokens[k]?.f ?? '') || owned ? city : null;
}

function openedAt(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 8); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (OPEN_VERBS.has(f)) return true;
    if (f === '.' || f === ';' || f === ',') return false;
  }
  return false;
}

/** "Its founder, who opened a first bakery in Leeds back in 1998": a shop a person opened is the firm's story, not its news. */
function openedByPerson(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from + 1, i - 8); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (OPEN_VERBS.has(f)) return v.tokens[k - 1]?.f === 'who';
    if (f === '.' || f === ';' || f === ',') return false;
  }
  return false;
}

/**
 * A Titlecase name of one or two words after "à"/"in" within a few words of an office noun,
 * not followed by another capitalised word: a town the lexicon does not know.
 */
function unknownTown(v: SentenceView, from: number): Mention | null {
  const t = v.tokens;
  for (let k = from; k < Math.min(t.length, from + 6); k++) {
    const f = t[k]?.f ?? '';
    if (!t[k]?.word || v.cover[k]) return null;
    if (f !== 'in' && f !== 'a' && !(f === 'at' && k === from)) continue;
    const m = v.cover[k + 1];
    if (m && m.s === k + 1 && m.kind === 'UNKNOWN' && m.e - m.s <= 2 && !(t[m.e]?.cap ?? false)) return m;
    return null;
  }
  return null;
}

/**
 * "un centre de distribution à Wales, dans le Wisconsin": after "à" a town that shares its name with
 * a region of another country, the place located after it says which (the town, as written).
 */
function townNamedLikeRegion(v: SentenceView, from: number): Mention | null {
  const t = v.tokens;
  for (let k = from; k < Math.min(t.length, from + 6); k++) {
    if (!t[k]?.word || v.cover[k]) return null;
    if (t[k]?.f !== 'a') continue;
    const m = v.cover[k + 1];
    if (!m || m.s !== k + 1 || m.kind !== 'PLACE' || m.adjective || m.place?.kind !== 'REGION') return null;
    if (t[m.e]?.text !== ',' || !['en', 'au', 'aux', 'dans'].includes(t[m.e + 1]?.f ?? '')) return null;
    const at = ['le', 'la', "l'", 'les'].includes(t[m.e + 2]?.f ?? '') ? m.e + 3 : m.e + 2;
    const locator = v.cover[at];
    return locator?.kind === 'PLACE' && locator.s === at && locator.place && locator.place.countryCode !== m.place.countryCode ? m : null;
  }
  return null;
}

/**
 * "un bureau au Dubai International Financial Centre", "an office at Zurich Airport Park": a
 * named district whose first word is a city, right after the preposition, is the place as written.
 */
function districtOfCity(v: SentenceView, at: number): Mention | null {
  if (!['a', 'au', 'in', 'at'].includes(v.tokens[at]?.f ?? '')) return null;
  const k = v.tokens[at + 1]?.f === 'the' ? at + 2 : at + 1;
  const m = v.cover[k];
  if (!m || m.s !== k || m.kind === 'PLACE' || m.e - m.s < 2) return null;
  const first = lookupTokenPlace(v.tokens[k]);
  return first && !first.adjective && first.entry.kind === 'CITY' ? m : null;
}

/**
 * An office being closed ("la fermeture de son antenne de Lille", "is closing its Leeds
 * office") or named with the headquarters ("le siège et le bureau d'études resteront à
 * Toulouse"): no expansion.
 */
function closedOrHome(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (closesAfter(v, i)) return true;
  // "has no office in Japan", "no longer has a Leeds office": an office it does not have.
  if (t[i - 1]?.f === 'no' || (t[i - 2]?.f === 'no' && t[i - 1]?.word && !t[i - 1]?.cap)) return true;
  for (let k = i - 2; k >= Math.max(v.from, i - 6); k--) if (t[k]?.f === 'no' && t[k + 1]?.f === 'longer') return true;
  // "a fermé l'an dernier ses agences de X": a time phrase may sit between the verb and its
  // object; an opening verb in between starts another clause ("ferme X et ouvre une antenne à Y").
  for (let k = i - 1; k >= Math.max(v.from, i - 6); k--) {
    const f = t[k]?.f ?? '';
    if (OPEN_VERBS.has(f)) return false;
    if (CLOSURE_WORDS.has(f)) return true;
    // "has sold its Montreal studio to Y": a site sold is given up.
    if (SALE_WORDS.has(f) && SOLD_DETS.has(t[k + 1]?.f ?? '')) return true;
    if (HQ_WORDS.has(f) && t.slice(k + 1, i).some((w) => w.f === 'et' || w.f === 'and')) return true;
    if (f === '.' || f === ';' || f === ',') return false;
  }
  return false;
}

/** Selling a site: "sold its Leeds office", "is divesting the Turin plant". */
const SALE_WORDS = new Set('sold sells sell selling divested divests divest divesting offloaded offloads offload offloading'.split(' '));
const SOLD_DETS = new Set(['its', 'their', 'the']);

/** Closing verbs of a site that is the sentence's subject: "fermera ses portes", "will close", "shuts". */
const CLOSING_VERBS = new Set('fermera fermeront ferme ferment fermer closes close closed closing shuts shut'.split(' '));
const SUBJECT_DETS = new Set(['son', 'sa', 'ses', 'le', 'la', "l'", 'les', 'its', 'the', 'their', 'leur', 'leurs']);

/**
 * "Son atelier de Vannes, qui compte 40 salariés, fermera en juin", "Its
 * Leeds office will close in June": the site opening the sentence is the subject of a closing
 * verb after it (past a relative clause set off by commas).
 */
function closesAfter(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  let k = v.from;
  if (SUBJECT_DETS.has(t[k]?.f ?? '')) k++;
  if (k !== i && !(k === i - 1 && v.cover[k])) return false;
  let aside = false;
  for (let j = i + 1; j < Math.min(t.length, i + 20); j++) {
    const f = t[j]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (t[j]?.text === ',') {
      aside = !aside;
      continue;
    }
    if (aside) continue;
    if (CLOSING_VERBS.has(f)) return true;
    if (OPEN_VERBS.has(f)) return false;
  }
  return false;
}

/** "une alliance avec X pour bâtir une usine à Y": the plant is the deal's project, not an office. */
function dealBefore(v: SentenceView, i: number): boolean {
  for (let k = v.from; k < i; k++) if (PARTNER_NOUNS.has(v.tokens[k]?.f ?? '') || anyCueAt(v.tokens, k, PARTNER_VERBS) > 0) return true;
  return false;
}


/** Branches: offices of a bank or a firm, shops of a chain (see shopsBefore). */
export const BRANCH_NOUNS: ReadonlySet<string> = new Set(['branch', 'branches', 'succursale', 'succursales']);

const COUNT_RELATIVES = new Set(['qui', 'which', 'who', 'dans', 'into', 'across']);

/**
 * "The retailer, which trades from 84 shops in…", "Lindavo, which runs 40 stores in…": a relative
 * on the sentence's subject (a company noun after "the", or a name opening the sentence) counts
 * its own shops; one on another name ("a deal with Y, which will stock it in 200 stores") does not.
 */
function subjectRelative(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  if ((t[k]?.f !== 'which' && t[k]?.f !== 'qui') || t[k - 1]?.text !== ',') return false;
  const m = v.cover[k - 2];
  if (m && m.e === k - 1) return m.s === v.from && isCompanyLike(m);
  // "The retailer", "The Danish chain": the article opens the sentence, a company noun ends it.
  return k - 2 > v.from && DEFINITE_OPENERS.has(t[v.from]?.f ?? '') && k - 2 - v.from <= 3 && SECTOR_NOUNS.has(t[k - 2]?.f ?? '');
}
const DEFINITE_OPENERS = new Set(['the', 'le', 'la', "l'"]);

/** "with three stores", "revendique 240 cliniques" — not a partner's "qui la référencera dans 200 magasins". */
function ownCount(v: SentenceView, n: number, home: string | null): boolean {
  for (let k = n - 1; k >= v.from; k--) {
    const f = v.tokens[k]?.f ?? '';
    // (Only when the text says where the company is from: "which runs 40 stores in the UK" may
    // count the home network, which is then dropped.)
    if (COUNT_RELATIVES.has(f)) return home !== null && subjectRelative(v, k);
    if (f === ',' || f === ';') return true;
  }
  return true;
}

function usablePlaceKind(m: Mention): boolean {
  return m.place?.kind === 'CITY' || m.place?.kind === 'COUNTRY';
}

/** "its first store in London, followed by branches in Leeds", "suivie de boutiques à Lyon": the opening goes on. */
function followsOpening(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from + 1, i - 4); k--) {
    const f = v.tokens[k]?.f ?? '';
    const g = v.tokens[k - 1]?.f ?? '';
    if ((g === 'followed' && f === 'by') || (/^suivie?s?$/.test(g) && (f === 'de' || f === "d'" || f === 'par'))) return true;
    if (f === '.' || f === ';') return false;
  }
  return false;
}

const SITE_NOUNS = new Set(['site', 'sites', 'emplacement', 'emplacements']);

/** Branches count as shops when the sentence opened shops before them: "a store in X, then branches in Y". */
function shopsBetween(v: SentenceView, from: number, i: number): boolean {
  for (let k = from; k < i; k++) if (STORE_NOUNS.has(v.tokens[k]?.f ?? '')) return true;
  return false;
}

function shopsBefore(v: SentenceView, i: number): boolean {
  for (let k = v.from; k < i; k++) if (STORE_NOUNS.has(v.tokens[k]?.f ?? '')) return true;
  return false;
}


/** Past a street name after a shop noun: "on Oxford Street in London", "rue de Rivoli à Paris" → the token after it. */
function pastStreet(v: SentenceView, from: number): number {
  for (let k = from; k < Math.min(v.tokens.length, from + 6); k++) {
    const m = v.cover[k];
    if (m && STREET_WORDS.has(v.tokens[m.e - 1]?.f ?? '')) return m.e;
    if (m || !v.tokens[k]?.word) return -1;
  }
  return -1;
}

/**
 * A shop opened earlier in the sentence ("its first stores in X, with shops in Y", "opened a
 * hotel in X, will open its first property in Y"): shops and properties named after it are
 * more of the same opening.
 */
function openedShopBefore(v: SentenceView, i: number): boolean {
  for (let k = v.from; k < i; k++) if (STORE_NOUNS.has(v.tokens[k]?.f ?? '') && (openedAt(v, k) || firstOne(v, k))) return true;
  return false;
}

/** A hotel named by what it is in the trade: "a 200-room property in Kessel", after a hotel. */
export const PROPERTY_NOUNS: ReadonlySet<string> = new Set(['property', 'properties']);
const RELATIVES = new Set(['which', 'that', 'qui']);

/**
 * ", which will open on Harrow Street in Brenton", ", qui ouvrira à Lorvel": the shop opens in
 * a relative clause after it; the token after the opening verb, else -1.
 */
function opensInRelative(v: SentenceView, i: number): number {
  const t = v.tokens;
  if (t[i + 1]?.text !== ',' || !RELATIVES.has(t[i + 2]?.f ?? '')) return -1;
  for (let k = i + 3; k < Math.min(t.length, i + 6); k++) {
    if (OPEN_VERBS.has(t[k]?.f ?? '')) return k + 1;
    if (!t[k]?.word || t[k]?.cap || v.cover[k]) return -1;
  }
  return -1;
}

/** "deja", "already": shops the company already has somewhere ("already includes stores in Paris", "compte déjà des boutiques à Lyon") say it sells there. */
const ALREADY_WORDS = new Set(['deja', 'already', 'now', 'desormais']);

function alreadyHas(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 4); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (ALREADY_WORDS.has(f)) return true;
    if (f === '.' || f === ';' || f === ',' || v.cover[k]) return false;
  }
  return false;
}

function firstOne(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 3); k--) if (FIRST_WORDS.has(v.tokens[k]?.f ?? '')) return true;
  return false;
}

/** Verbs of opening whose object a shop named earlier in the sentence leaves out: "and will open in Dubai". */
export const OPEN_IN_VERBS: ReadonlySet<string> = new Set(['open', 'opens', 'opened', 'opening', 'ouvrira', 'ouvre', 'ouvrir', 'ouvriront']);

/** Words between a firm's name and "opened in": "X has opened in Oslo", "X, which last month opened in Oslo". */
const FIRM_OPENS_GAP = new Set(['has', 'have', 'had', 'also', 'just', 'recently', 'first', 'officially', 'finally', 'now', 'will', 'which', 'that', 'last', 'month', 'week', 'year', 'has', 'already']);

/** "Halvorne Pay opened in Oslo", "Halvorne, which opened in Oslo": an English firm's name is the verb's subject. */
function firmOpens(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (t[i]?.f === 'opening') return false;
  // "Shares of X opened in New York at $20": a trading day, not a market.
  for (let k = i + 3; k < Math.min(t.length, i + 8); k++) if (t[k]?.f === 'at' && /^\d|^[$€£]/.test(t[k + 1]?.text ?? '')) return false;
  for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
    const m = v.cover[k];
    if (m) return m.e === k + 1 && isCompanyLike(m);
    const f = t[k]?.f ?? '';
    if (f === ',' && (t[k + 1]?.f === 'which' || t[k + 1]?.f === 'that')) continue;
    if (!FIRM_OPENS_GAP.has(f)) return false;
  }
  return false;
}

/**
 * "opened a shop in Oslo last May and will then open in Bergen too",
 * "its store in Leeds, … said it would also open in York":
 * after a shop, "open in <city>" opens one more there, a market.
 */
export function openInRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!OPEN_IN_VERBS.has(t[i]?.f ?? '') || !['in', 'a'].includes(t[i + 1]?.f ?? '') || inTitle(v, i) || (!shopsBefore(v, i) && (t[i + 1]?.f !== 'in' || !firmOpens(v, i)))) return -1;
  const m = v.cover[i + 2];
  if (!m || m.s !== i + 2 || !usablePlace(v, m) || (m.place?.kind !== 'CITY' && m.place?.kind !== 'COUNTRY')) return -1;
  // "will open in Bergen and Tromsø": the places listed after the first.
  const places = placesFrom(v, i + 2, 0).filter((p) => p.place?.kind === 'CITY' || p.place?.kind === 'COUNTRY');
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places.length > 0 ? places : [m]) push(c, 'market', company, p.text, null, i);
  return (places[places.length - 1] ?? m).e - 1;
}

/**
 * Shops, hotels and restaurants opened somewhere are markets: "inaugure son premier magasin à
 * Milan", "will open its first Canadian stores in Toronto" (Canada too), "un premier service à
 * Rennes", and an earlier city after "après".
 */
const SUBJECT_ARTICLES = new Set(['le', 'la', "l'", 'les', 'the', 'cet', 'cette']);

/**
 * A shop noun that opens the sentence after its article ("L'établissement, qui…, a ouvert",
 * "L'établissement a inauguré") while an office or shop noun comes after it: the noun is the
 * company described, the later noun what it opened.
 */
function describesSubject(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (i - 1 !== v.from || !SUBJECT_ARTICLES.has(t[i - 1]?.f ?? '')) return false;
  for (let k = i + 1; k < t.length; k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (OFFICE_NOUNS.has(f) || STORE_NOUNS.has(f)) return true;
  }
  return false;
}

export function storeRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  // "un point de vente à Quimper", "trois points de vente en Suisse": a shop in three words.
  const outlet = OUTLET_WORDS.has(f) && t[i + 1]?.f === 'de' && t[i + 2]?.f === 'vente' ? i + 2 : -1;
  // ("L'établissement, qui…, a ouvert une succursale": the noun opening the sentence is no shop opened.)
  const branch = BRANCH_NOUNS.has(f) && shopsBefore(v, i) && !(STORE_NOUNS.has(t[v.from + 1]?.f ?? '') && describesSubject(v, v.from + 1) && !shopsBetween(v, v.from + 2, i));
  const more = (STORE_NOUNS.has(f) || PROPERTY_NOUNS.has(f)) && openedShopBefore(v, i);
  const store = STORE_NOUNS.has(f) || outlet > 0 || (SERVICE_NOUNS.has(f) && FIRST_WORDS.has(t[i - 1]?.f ?? '')) || branch || more;
  if (!store) return -1;
  // "L'établissement, qui gère…, a ouvert une succursale à Zurich": the noun opening the
  // sentence describes the company; what it opened comes later.
  if (describesSubject(v, i)) return -1;
  if (outlet > 0) i = outlet;
  const counted = (STORE_NOUNS.has(f) || outlet > 0) && COUNT_WORDS_RE.test(t[(outlet > 0 ? i - 2 : i) - 1]?.f ?? '') && ownCount(v, i - 1, c.home);
  const relative = opensInRelative(v, i);
  const opensAfter = OPEN_VERBS.has(t[i + 1]?.f ?? '') || relative > 0;
  // ("already has branches", "compte déjà 600 points de vente en France": its network at home, maybe.)
  const already = STORE_NOUNS.has(f) && outlet < 0 && alreadyHas(v, i);
  if (!store || (!openedAt(v, i) && !firstOne(v, i) && !counted && !opensAfter && !followsOpening(v, i) && !already && !more) || inTitle(v, i) || openedByPerson(v, i)) return -1;
  // "un établissement de 60 chambres à Porto", "with three stores in Toronto".
  // "trois restaurants ouvriront d'ici décembre à Eindhoven": past the verb after the noun.
  // Shops it already has count in cities only ("already includes stores in Paris and Tokyo"): "stores in France" may be home.
  const from = relative > 0 ? relative : opensAfter ? i + 2 : i + 1;
  let places = placesFrom(v, from, 4).filter((p) => p.place?.kind === 'CITY' || (p.place?.kind === 'COUNTRY' && (!already || openedAt(v, i) || firstOne(v, i) || counted)));
  const street = places.length === 0 ? pastStreet(v, from) : -1;
  if (street > 0) places = placesFrom(v, street, 2).filter((p) => p.place?.kind === 'CITY' || p.place?.kind === 'COUNTRY');
  // "en Allemagne, où six magasins ouvriront", "à Nantes, où il inaugure sa boutique".
  if (places.length === 0 && (opensAfter || counted || openedAt(v, i))) {
    const m = whereClauseAntecedent(v, i);
    if (m && usablePlaceKind(m)) places = [m];
  }
  const before = v.cover[i - 1];
  const named = before && before.kind === 'PLACE' && before.place?.kind === 'COUNTRY' ? before.place.name : null;
  const after = t[i + 1] && !t[i + 1]?.cap ? lookupTokenPlace(t[i + 1]) : null;
  const country = named ?? (after?.adjective && after.entry.kind === 'COUNTRY' ? after.entry.name : null);
  if (places.length === 0 && !country) return i;
  const company = subject(v, i, c.doc, c.consumed);
  // "ses deux premières boutiques belges, à Gand et à Mons": a country given only as an
  // adjective, with its cities named, is said by the cities.
  const code = before && named ? before.place?.countryCode : after?.adjective ? after.entry.countryCode : null;
  // ("its first US boutique, which will open in New York": a country right before the noun qualifies it too.)
  const adjectiveOnly = (before && named ? before.adjective || opensInRelative(v, i) > 0 : !!country) && places.some((p) => p.place?.kind === 'CITY' && p.place.countryCode === code);
  if (before && named && !adjectiveOnly) push(c, 'market', company, before.adjective ? named : before.text, null, i);
  else if (country && !adjectiveOnly) push(c, 'market', company, country, null, i);
  const last = places[places.length - 1];
  const later = last ? [...marketsAfter(v, last.e), ...firstOfOpening(v, last.e)] : [];
  for (const p of [...earlierMarkets(v, i), ...places, ...later]) push(c, 'market', company, p.text, null, i);
  return i;
}

/**
 * "sa nouvelle filiale espagnole", "its new Spanish subsidiary", "crée une filiale italienne":
 * a subsidiary created in a country is a market there. Returns the country, or null.
 */
function newSubsidiaryCountry(c: ExpansionContext, i: number): string | null {
  const { v } = c;
  const t = v.tokens;
  const adjAt = (k: number): string | null => {
    const m = v.cover[k];
    if (m?.kind === 'PLACE' && m.adjective && m.place?.kind === 'COUNTRY') return m.place.name;
    const form = !m && t[k] && !t[k]?.cap ? lookupTokenPlace(t[k]) : null;
    return form?.adjective && form.entry.kind === 'COUNTRY' ? form.entry.name : null;
  };
  // "set up a US subsidiary": a country's name before the noun qualifies it like an adjective.
  const named = v.cover[i - 1];
  const nounCountry = named?.e === i && named.kind === 'PLACE' && !named.adjective && named.place?.kind === 'COUNTRY' && !excluded(v, named) ? named.text : null;
  const country = adjAt(i + 1) ?? (v.cover[i - 1]?.e === i ? adjAt(i - 1) ?? nounCountry : null);
  if (!country) return null;
  const start = v.cover[i - 1]?.e === i ? (v.cover[i - 1]?.s ?? i) : i;
  if (NEW_WORDS.has(t[start - 1]?.f ?? '') || openedAt(v, i)) return country;
  for (let k = start - 1; k >= Math.max(v.from, start - 4); k--) if (CREATE_VERBS.has(t[k]?.f ?? '')) return country;
  // "La filiale kényane sera dirigée par X", "sa filiale ghanéenne emploie 40 personnes": the
  // subsidiary the sentence is about exists there (not one named in someone's title).
  if (RUN_SUBJECT_DETS.has(t[start - 1]?.f ?? '') && (start - 1 === v.from || t[start - 2]?.text === ',') && !inTitle(v, i) && adjAt(i + 1) && runVerbAfter(v, i + 2)) return country;
  return null;
}

/** The determiners of a subsidiary that opens its clause as its subject: "La filiale italienne sera…", "Sa filiale kényane emploie…". */
const RUN_SUBJECT_DETS = new Set(['la', 'sa', 'leur', 'cette', 'notre', 'the', 'its', 'their']);
/** Verbs after such a subject that say it exists and runs: led, employing, serving, counting. */
const RUN_VERBS = new Set('sera seront est sont a ont emploie emploient compte comptent dessert desservent gere gerent realise realisent employs employ has have is are will serves counts'.split(' '));

/** A running verb right after the subsidiary's adjective at k (past an adverb): "sera dirigée", "emploie déjà". */
function runVerbAfter(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  return RUN_VERBS.has(t[k]?.f ?? '') || (['deja', 'desormais', 'aussi', 'already', 'now'].includes(t[k]?.f ?? '') && RUN_VERBS.has(t[k + 1]?.f ?? ''));
}

/** Words of selling off or winding up a subsidiary: "a cédé ses filiales en Espagne", "la vente de sa filiale au Brésil", "a liquidé ses filiales en Russie". */
const SELL_OFF_WORDS = new Set('liquide liquidee liquider liquidation retire retirer retrait dissout dissolution cede cedee cedes cedees cedent cedera ceder cession cessions vend vendu vendue vendus vendues vendent vendra vendre vente sells sold sell selling sale divests divested divest divesting'.split(' '));

/** A selling word among the few words before the noun ("a cédé l'an dernier ses filiales"). */
function soldBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (SELL_OFF_WORDS.has(f)) return true;
    if (f === ',' || f === ';' || v.cover[k] || CHANNEL_WORDS.has(f)) return false;
  }
  return false;
}

/** "vend ses produits via ses filiales", "sells through its subsidiaries": the subsidiaries sell, nothing is sold off. */
const CHANNEL_WORDS = new Set(['via', 'through', 'par', 'by', 'avec', 'with', 'grace', 'thanks', 'aupres']);

/** The prepositions of a country: "filiales en Belgique, au Brésil, aux États-Unis". */
const COUNTRY_PREPS = new Set(['en', 'au', 'aux']);

/** "crée une filiale", "set up a subsidiary", "has created its subsidiary". */
const CREATE_VERBS = new Set('cree creee creent creera creer fonde fondee monte montee creates created create creating establishes established establish up'.split(' '));

/** "une filiale commerciale au Brésil", "a local subsidiary in Chile": a market in that country. */
function subsidiaryMarket(c: ExpansionContext, i: number): boolean {
  const { v } = c;
  const t = v.tokens;
  const created = newSubsidiaryCountry(c, i);
  if (created) {
    push(c, 'market', subject(v, i, c.doc, c.consumed), created, null, i);
    return true;
  }
  const adj = t[i + 1];
  if (!adj?.word || adj.cap || v.cover[i + 1] || !['en', 'au', 'aux', 'in'].includes(t[i + 2]?.f ?? '')) return false;
  const places = placesFrom(v, i + 3, 0).filter((p) => p.place?.kind === 'COUNTRY');
  if (places.length === 0) return false;
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return true;
}

/** Property, not premises: "trois immeubles de bureaux à Francfort", "office towers in Madrid". */
const PROPERTY_BEFORE = new Set(['immeuble', 'immeubles', 'tour', 'tours', 'surfaces', 'parc', 'parcs', 'ensemble', 'programme', 'programmes', 'portefeuille', 'm2', 'm²', 'metres']);
const PROPERTY_AFTER = new Set(['building', 'buildings', 'tower', 'towers', 'block', 'blocks', 'portfolio', 'park', 'parks', 'property', 'properties']);

/** Buying words: a site bought ("bought a site in X for homes", "a racheté un site à Y") is land, not premises. */
const BUYING_WORDS = new Set('acquisition acquisitions acquired acquires acquire acquiring bought buys buy buying purchase purchased purchases purchasing rachat rachete rachetee achat achete achetee acquis acquise acquiert'.split(' '));

function property(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  if (SITE_NOUNS.has(f)) {
    for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
      if (BUYING_WORDS.has(t[k]?.f ?? '')) return true;
      if (!t[k]?.word || v.cover[k]) break;
    }
  }
  if ((f === 'bureaux' || f === 'bureau') && ['de', "d'"].includes(t[i - 1]?.f ?? '') && PROPERTY_BEFORE.has(t[i - 2]?.f ?? '')) return true;
  return (f === 'office' || f === 'offices') && PROPERTY_AFTER.has(t[i + 1]?.f ?? '');
}

/** "le rachat de Casa Lume, une agence de São Paulo", "X SA, un bureau d'études de Liège": the noun describes the firm named before it. */
function describesName(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (!['un', 'une', 'a', 'an'].includes(t[i - 1]?.f ?? '') || t[i - 2]?.text !== ',') return false;
  // "Delcourt Ingénierie SA, un bureau…": past the legal form the name leaves out.
  const end = LEGAL_SUFFIXES.has(t[i - 3]?.f ?? '') && !v.cover[i - 3] ? i - 4 : i - 3;
  return isCompanyLike(v.cover[end]);
}

function cityLike(m: Mention | undefined): boolean {
  return m?.place?.kind === 'CITY' || (m?.place?.kind === 'COUNTRY' && CITY_STATES.has(m.place.countryCode ?? ''));
}

export function officeRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  const platform = PLATFORM_NOUNS.has(f) && (PLATFORM_KINDS.has(t[i + 1]?.f ?? '') || (t[i + 1]?.f === 'de' && PLATFORM_KINDS.has(t[i + 2]?.f ?? '')));
  if ((!OFFICE_NOUNS.has(f) && !platform) || (PLANT_NOUNS.has(f) && dealBefore(v, i))) return -1;
  // "a ouvert une représentation à Niamey": a bank's representation office, when opened.
  if (f === 'representation' && !openedAt(v, i)) return -1;
  if (property(v, i) || describesName(v, i)) return i;
  // "managing director of its New York office": a title names an office the company has.
  if (inTitle(v, i)) {
    const own = PRODUCTION_NOUNS.has(f) || PLANT_NOUNS.has(f) ? null : ownCityOffice(v, i);
    if (own) push(c, 'office', possessiveOwner(v, i) ?? subject(v, own.s, c.doc, c.consumed), own.text, null, i);
    return own ? i : -1;
  }
  if (PRODUCTION_NOUNS.has(f) || closedOrHome(v, i)) return i;
  // "to open its first stores next spring, taking sites in Leeds and York": the shops' sites.
  if (SITE_NOUNS.has(f) && shopsBefore(v, i)) {
    const shops = placesFrom(v, i + 1, 1).filter((p) => p.place?.kind === 'CITY');
    if (shops.length === 0) return i;
    const company = subject(v, i, c.doc, c.consumed);
    for (const p of shops) push(c, 'market', company, p.text, null, i);
    return shops[shops.length - 1]?.e ?? i;
  }
  // "its head office in Leeds" is headquarters; "X Labs in Paris" names a company.
  if (HEAD_WORDS.has(t[i - 1]?.f ?? '') || (STRICT_OFFICE_NOUNS.has(f) && t[i]?.cap)) return i;
  if (CENTRE_NOUNS.has(f) && !['de', "d'", 'of'].includes(t[i + 1]?.f ?? '') && !CENTRE_ADJ.has(t[i - 1]?.f ?? '') && !CENTRE_ADJ.has(t[i + 1]?.f ?? '') && !openedAt(v, i)) return -1;
  if (otherOwner(c, i)) return i;
  // "opened a Madrid office in 2024 and will open a Milan office": the city before the noun is
  // the office's, not a place further on; "will open a Lisbon studio" too.
  const strict = STRICT_OFFICE_NOUNS.has(f);
  const cityBefore = v.cover[i - 1];
  if (usablePlace(v, cityBefore) && cityLike(cityBefore) && (!strict || ((openedAt(v, i) || ownCityOffice(v, i)) && !SUBSIDIARY_NOUNS.has(f)))) {
    const company = possessiveOwner(v, i) ?? subject(v, cityBefore.s, c.doc, c.consumed);
    push(c, 'office', company, cityBefore.text, null, i);
    c.officePlaces.add(cityBefore);
    return i;
  }
  // "un petit studio satellite à Kyoto": one lowercase word may qualify the noun before "à".
  const next = t[i + 1];
  // "un studio de design à Turin": or "de" and one lowercase word.
  const after = t[i + 2];
  const ofGap = strict && !SUBSIDIARY_NOUNS.has(f) && (next?.f === 'de' || next?.f === "d'") && after?.word && !after.cap && !v.cover[i + 2] && !lookupTokenPlace(after) && ['a', 'in', 'at'].includes(t[i + 3]?.f ?? '');
  const gap = ofGap ? 2 : strict && !SUBSIDIARY_NOUNS.has(f) && next?.word && !next.cap && !v.cover[i + 1] && !lookupTokenPlace(next) && !JOINT_WORDS.has(next.f) && ['a', 'in', 'at'].includes(t[i + 2]?.f ?? '') ? 1 : 0;
  // Studios and subsidiaries only with "à"/"in" and a place ("le studio lyonnais X" names a
  // company); a branch also "au Luxembourg", a city-state.
  const cityState = BRANCH_NOUNS.has(f) && t[i + 1]?.f === 'au' && cityLike(v.cover[i + 2]) && v.cover[i + 2]?.place?.kind === 'COUNTRY';
  // "a branch on Leeds's Park Row": a city's street or district after "on".
  const onCity = t[i + 1]?.f === 'on' && cityLike(v.cover[i + 2]) && v.cover[i + 2]?.s === i + 2 && POSSESSIVE_S.has(t[v.cover[i + 2]?.e ?? 0]?.f ?? '');
  // "dispose de filiales en Belgique et au Brésil": a subsidiary in a country is a market there.
  // "a cédé ses filiales en Espagne", "sold its subsidiaries in Spain": a divestment.
  if (SUBSIDIARY_NOUNS.has(f) && soldBefore(v, i)) return i;
  const inCountry = SUBSIDIARY_NOUNS.has(f) && COUNTRY_PREPS.has(t[i + 1]?.f ?? '') && v.cover[i + 2]?.place?.kind === 'COUNTRY';
  if (strict && !['a', 'in', 'at'].includes(t[i + 1 + gap]?.f ?? '') && !cityState && !onCity && !inCountry) {
    if (SUBSIDIARY_NOUNS.has(f) && !subsidiaryMarket(c, i)) {
      // "au Brésil, où elle va ouvrir une filiale", "Il vient d'y créer une filiale".
      let y = false;
      for (let k = i - 1; k >= Math.max(v.from, i - 3); k--) if (t[k]?.f === 'y') y = true;
      const m = whereClauseAntecedent(v, i) ?? (y ? thereAntecedent(c, i) : null);
      if (m?.place?.kind === 'COUNTRY') push(c, 'market', subject(v, i, c.doc, c.consumed), m.text, null, i);
    }
    return i;
  }
  // "le bureau que Valtéo a ouvert à Lisbonne", "the office Valteo opened in Lisbon": the firm of the relative clause opened it.
  const opener = openedInRelative(v, i);
  if (opener) {
    push(c, 'office', opener.firm.text, opener.city.text, null, i);
    c.officePlaces.add(opener.city);
    return opener.city.e - 1;
  }
  let places = placesFrom(v, i + 1 + gap, strict ? 1 : 6);
  // "Le site servira l'Allemagne": a place after a verb is what the site serves, not where it is.
  if (places[0] && places[0].s > i && !placeGoverned(v, i, places[0].s)) places = [];
  // A city missing from the lexicon: "an office in Haifa", "une usine de batteries à Tartu".
  if (places.length === 0) {
    const m = unknownTown(v, i + 1) ?? districtOfCity(v, i + 1) ?? townNamedLikeRegion(v, i + 1);
    if (m) places = [m];
  }
  // "a inauguré à Turin, en mai, un bureau…": the city opened in, before a dated aside.
  if (places.length === 0) {
    const m = openedInBefore(v, i);
    if (m) places = [m];
  }
  if (places.length === 0 && !strict && !PLANT_NOUNS.has(f)) {
    const adj = t[i + 1] ? lookupTokenPlace(t[i + 1]) : null;
    if (adj?.adjective && adj.entry.kind !== 'REGION' && !(t[i + 1]?.cap ?? false)) {
      push(c, 'office', subject(v, i, c.doc, c.consumed), adj.entry.name, null, i);
      return i;
    }
    for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
      const m = v.cover[k];
      // "lends in Norway, wants the Portuguese hub to…": the adjective places the noun.
      // ("chosen Lyon for its first European office": a region's adjective places nothing.)
      if (k === i - 1 && m?.kind === 'PLACE' && m.adjective && m.place?.kind !== 'REGION') break;
      // "l'usine de Vierzon et le centre de R&D…": that place is the other site's.
      if (m && m.s === k && ['de', "d'", 'of'].includes(v.tokens[k - 1]?.f ?? '') && OFFICE_NOUNS.has(v.tokens[k - 2]?.f ?? '')) break;
      if (usablePlace(v, m)) {
        places = [m];
        break;
      }
    }
    if (places.length === 0 && openedAt(v, i)) {
      const m = whereClauseAntecedent(v, i);
      if (m) {
        // "Ana Ruiz will be based in Lisbon, where Corvello is opening an office": Corvello opens it.
        const company = subject(v, i, c.doc, c.consumed);
        push(c, 'office', company, m.text, null, i);
        c.officePlaces.add(m);
        return i;
      }
    }
  }
  // "une filiale à Hambourg" is an office; "a local subsidiary in Chile" a market.
  if (SUBSIDIARY_NOUNS.has(f)) {
    const countries = places.filter((p: Mention) => p.kind === 'PLACE' && p.place?.kind === 'COUNTRY');
    if (countries.length > 0) {
      const company = subject(v, i, c.doc, c.consumed);
      for (const p of countries) push(c, 'market', company, p.text, null, i);
    }
    places = places.filter((p: Mention) => p.kind !== 'PLACE' || p.place?.kind === 'CITY');
  }
  const company = possessiveOwner(v, i) ?? subject(v, places[0] && places[0].s < i ? places[0].s : i, c.doc, c.consumed);
  const lastOffice = places[places.length - 1];
  // "trois bureaux en Allemagne, à commencer par Brême": the first ones are offices too.
  const first = lastOffice ? firstOfOpening(v, lastOffice.e) : [];
  // "pour grandir au Chili, où elle vient d'ouvrir une agence à Santiago": the country of the
  // "where" clause that opens an office in one of its cities is a market.
  const where = places.length > 0 && openedAt(v, i) ? whereClauseAntecedent(v, i) : null;
  if (where?.place?.kind === 'COUNTRY' && places.some((p) => p.place?.kind === 'CITY' && p.place.countryCode === where.place?.countryCode)) push(c, 'market', company, where.text, null, i);
  for (const p of [...places, ...earlierOffices(v, i, places), ...first]) {
    push(c, 'office', company, p.text, null, i);
    c.officePlaces.add(p);
    // "a centre in Basel, Switzerland, and a deal with X": the country only locates the office.
    const country = locatorOf(v, p);
    if (country) c.officePlaces.add(country);
  }
  return i;
}

/**
 * "Ade Bello will run Cobalt's new office in Lagos": the firm written with 's before the office
 * noun (past "new") owns it, whoever the sentence is about (otherOwner has left out past employers).
 */
function possessiveOwner(v: SentenceView, i: number): string | null {
  const t = v.tokens;
  // (past a city written before the noun too: "Brell's new Dubai branch")
  let k = i - 1;
  const city = v.cover[k];
  if (city?.kind === 'PLACE' && city.e === i) k = city.s - 1;
  if (NEW_WORDS.has(t[k]?.f ?? '')) k--;
  if (!POSSESSIVE_S.has(t[k]?.f ?? '')) return null;
  const owner = v.cover[k - 1];
  return owner && owner.e === k && isCompanyLike(owner) ? owner.text : null;
}

const INDEFINITES = new Set(['un', 'une', 'a', 'an', 'son', 'sa', 'its']);

/**
 * "a inauguré à Turin, en mai, un bureau", "opened in Leeds, in June, a studio": an opening
 * verb, "à"/"in" and a city, a dated aside between commas, then the noun at i. The city, else null.
 */
function openedInBefore(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  let k = i - 1;
  if (INDEFINITES.has(t[k]?.f ?? '')) k--;
  if (t[k]?.text !== ',') return null;
  // The aside: ", en 2023," / ", in May," (at most four words, no name).
  let j = k - 1;
  while (j > k - 5 && t[j]?.text !== ',' && !v.cover[j]?.place) j--;
  if (t[j]?.text !== ',') return null;
  const m = v.cover[j - 1];
  if (!m || m.e !== j || m.kind !== 'PLACE' || !cityLike(m) || excluded(v, m)) return null;
  return ['a', 'in'].includes(t[m.s - 1]?.f ?? '') && OPEN_VERBS.has(t[m.s - 2]?.f ?? '') ? m : null;
}

const OBJECT_RELATIVES = new Set(['que', "qu'", 'that']);

/**
 * "le bureau que Valtéo a ouvert à Lisbonne en 2023", "the office Valteo opened in Lisbon": a
 * firm named right after the noun (past "que"/"that"), an opening verb within two words, then
 * "à"/"in" and a city. The firm and the city, else null.
 */
function openedInRelative(v: SentenceView, i: number): { firm: Mention; city: Mention } | null {
  const t = v.tokens;
  const at = OBJECT_RELATIVES.has(t[i + 1]?.f ?? '') ? i + 2 : i + 1;
  const firm = v.cover[at];
  if (!firm || firm.s !== at || !isCompanyLike(firm)) return null;
  for (let k = firm.e; k < Math.min(t.length, firm.e + 3); k++) {
    if (!OPEN_VERBS.has(t[k]?.f ?? '')) continue;
    // ("a ouvert en 2022 à Lisbonne": past a year.)
    const p = ['en', 'in'].includes(t[k + 1]?.f ?? '') && /^\d{4}$/.test(t[k + 2]?.f ?? '') ? k + 3 : k + 1;
    if (!['a', 'in', 'au'].includes(t[p]?.f ?? '')) return null;
    const city = v.cover[p + 1];
    return city && city.s === p + 1 && usablePlace(v, city) && cityLike(city) ? { firm, city } : null;
  }
  return null;
}

/** "un laboratoire commun à Pau": a joint lab is a deal's, not the company's office. */
const JOINT_WORDS = new Set(['commun', 'commune', 'communs', 'communes', 'joint', 'shared', 'conjoint', 'conjointe']);

/** Words that may come between an office noun and its place: prepositions, articles, lowercase qualifiers. */
const OFFICE_PLACE_LINKS = new Set(['a', 'au', 'aux', 'en', 'in', 'at', 'dans', 'near', 'pres', 'outside', 'around', 'autour', 'close', 'across', 'throughout', 'within', 'inside', 'entre', 'between', 'aupres', 'hors', 'beyond', 'de', 'du', "d'", 'des', 'of', 'la', 'le', "l'", 'les', 'the', ',', '(', 'et', 'and', 'sur', 'on']);

/** Whether the place at p is reached from the office noun at i through a preposition: not the object of a verb in between. */
function placeGoverned(v: SentenceView, i: number, p: number): boolean {
  let k = p - 1;
  while (k > i && ['la', 'le', "l'", 'les', 'the'].includes(v.tokens[k]?.f ?? '')) k--;
  return k === i || OFFICE_PLACE_LINKS.has(v.tokens[k]?.f ?? '') || !v.tokens[k]?.word || !!v.tokens[k]?.cap || !!v.cover[k];
}

/**
 * "Google's London office", "le bureau parisien de Google": the office of a company named
 * with it that is not the one the text is about (often a past employer) is no fact here.
 */
function otherOwner(c: ExpansionContext, i: number): boolean {
  const { v, doc } = c;
  const t = v.tokens;
  let owner: Mention | undefined;
  for (let k = i - 1; k >= Math.max(v.from + 1, i - 3); k--) {
    if (POSSESSIVE_S.has(t[k]?.f ?? '')) {
      owner = v.cover[k - 1];
      break;
    }
    if (!t[k]?.word) break;
  }
  // "worked at Brellco for years, lastly … at its Ghent site": "its" is the
  // workplace just named after "at"/"chez", not the firm the text is about.
  if (!owner) {
    let k = i - 1;
    if (v.cover[k]?.kind === 'PLACE' && v.cover[k]?.e === i) k = (v.cover[k]?.s ?? k) - 1;
    if (['its', 'son', 'sa'].includes(t[k]?.f ?? '')) {
      for (let j = k - 1; j >= v.from; j--) {
        const m = v.cover[j];
        if (!m || m.e !== j + 1) continue;
        if (isCompanyLike(m)) {
          if (['at', 'chez'].includes(t[m.s - 1]?.f ?? '')) owner = m;
          break;
        }
      }
    }
  }
  if (!owner) {
    let k = i + 1;
    if (t[k] && !t[k]?.cap && lookupTokenPlace(t[k])?.adjective) k++;
    // "the Stockholm office of Brandt", "le bureau de Madrid de Kessel": a city before the noun, or
    // "de" and a city after it, then the owner.
    const city = v.cover[i - 1];
    const cityBefore = city?.kind === 'PLACE' && city.e === i && cityLike(city);
    const cityAfter = v.cover[k + 1];
    if (k === i + 1 && ['de', "d'"].includes(t[k]?.f ?? '') && cityAfter?.kind === 'PLACE' && cityAfter.s === k + 1 && cityLike(cityAfter)) k = cityAfter.e;
    if ((k > i + 1 || cityBefore) && ['de', "d'", 'of'].includes(t[k]?.f ?? '')) {
      const m = v.cover[k + 1];
      if (m && m.s === k + 1) owner = m;
    }
  }
  // "joins from Brandt, where she ran the Lagos office": the firm the "where" clause is about.
  if (!owner) owner = whereFirm(v, i);
  if (!isCompanyLike(owner) || !doc.focus) return false;
  // "Ade Bello will run Cobalt's new office in Lagos": a focus the sentence names as a person's name is no rival owner.
  for (const m of v.mentions) if (m.text === doc.focus && (m.kind === 'PERSON' || m.personLike === true)) return false;
  const head = doc.focus.split(' ')[0] ?? '';
  return owner.text !== doc.focus && !owner.text.startsWith(head) && !doc.focus.startsWith(owner.text);
}

/** The firm right before a ", where" / ", où" clause that holds token i (no other clause mark between), else undefined. */
function whereFirm(v: SentenceView, i: number): Mention | undefined {
  const t = v.tokens;
  for (let k = i - 1; k > Math.max(v.from, i - 14); k--) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || f === ',' || f === 'and' || f === 'et') return undefined;
    if (f !== 'where' && f !== 'ou') continue;
    const m = v.cover[k - 2];
    return t[k - 1]?.text === ',' && m && m.e === k - 1 && isCompanyLike(m) ? m : undefined;
  }
  return undefined;
}

const ORDINALS = new Set('deuxieme troisieme quatrieme cinquieme sixieme second third fourth fifth sixth'.split(' '));

/**
 * "un bureau à Varsovie, le troisième hors de France après Munich et Milan", "a second office
 * in Berlin, after Munich": the places after "après"/"after" are earlier offices.
 */
function earlierOffices(v: SentenceView, i: number, places: Mention[]): Mention[] {
  const last = places[places.length - 1];
  if (!last) return [];
  const t = v.tokens;
  let ordinal = ORDINALS.has(t[i - 1]?.f ?? '');
  for (let k = last.e; k < Math.min(t.length, last.e + 14); k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';') break;
    if (ORDINALS.has(f)) ordinal = true;
    if (f !== 'apres' && f !== 'after') continue;
    // "après celui de Dubaï", "after the one in Oslo": the pronoun stands for the office noun.
    const one = theOne(v, k + 1);
    if (!ordinal && one < 0) continue;
    const j = one > 0 ? one : ['la', 'le', "l'", 'les', 'the'].includes(t[k + 1]?.f ?? '') ? k + 2 : k + 1;
    return placesFrom(v, j, 0).filter((p) => p.place?.kind === 'CITY');
  }
  // "Après Lorvel en 2021 et Brenton l'an dernier, l'agence ouvre un bureau à Kessel": the
  // cities after a leading "après"/"after" are the offices opened before, when one opens now.
  return openedAt(v, i) ? earlierMarkets(v, i).filter((p) => p.place?.kind === 'CITY' && p.s < i) : [];
}

const THE_ONE = new Set(['celui', 'celle', 'ceux', 'celles']);

/** After "après"/"after" at `at`: "celui de", "celle à", "the one in", "those in" → the token after, else -1. */
function theOne(v: SentenceView, at: number): number {
  const t = v.tokens;
  const f = t[at]?.f ?? '';
  if (THE_ONE.has(f) && ['de', "d'", 'a', 'en', 'au'].includes(t[at + 1]?.f ?? '')) return at + 2;
  const one = f === 'the' && (t[at + 1]?.f === 'one' || t[at + 1]?.f === 'ones') ? at + 2 : f === 'those' ? at + 1 : -1;
  return one > 0 && ['in', 'at'].includes(t[one]?.f ?? '') ? one + 1 : -1;
}

/** An airline's base: "installe une base à Nantes", "will open a crew base in Porto", "sa première base hors d'Espagne". */
export const BASE_NOUNS: ReadonlySet<string> = new Set(['base', 'bases']);
/** What a base is for, before ("crew base") or after it ("base d'équipages"): a base of planes and crews, not of customers or costs. */
const CREW_WORDS = new Set(['crew', 'crews', 'maintenance', 'equipage', 'equipages', 'navigants', 'operations', 'operationnelle', 'aerienne', 'aircraft', 'pilot', 'pilots', 'pilotes', 'cabin']);
/** Stationing planes somewhere: "basera deux ATR à Brest", "will station two A220s at Billund", "will base three aircraft in Faro". */
export const BASE_VERBS: ReadonlySet<string> = new Set(['basera', 'baseront', 'baser', 'stationnera', 'stationneront', 'stationner', 'station', 'stations', 'stationing', 'base']);
const FUTURE_WORDS = new Set(['will', 'to', 'would', 'va', 'vont', 'also']);
const AUX_ONLY_VERBS = new Set(['base', 'baser', 'station', 'stationner']);

/** The city the verb at i stations planes in: "basera aussi trois appareils et leurs équipages à Pau". */
function stationedAt(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i + 1; k < Math.min(t.length, i + 12); k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || f === ',') return null;
    if (f !== 'a' && f !== 'at' && f !== 'in') continue;
    const m = v.cover[k + 1];
    if (m?.s === k + 1 && usablePlace(v, m) && m.place?.kind === 'CITY') return m;
    return unknownTown(v, k);
  }
  return null;
}

/** Verbs of having bases: "dispose déjà de bases à Nice", "already has bases in Porto and Faro". */
const HOLD_VERBS = new Set(['dispose', 'disposent', 'disposait', 'possede', 'possedent', 'has', 'have', 'had', 'operates', 'operate', 'runs', 'exploite', 'exploitent']);
const HOLD_SKIPS = new Set(['deja', 'aussi', 'egalement', 'already', 'also', 'de', "d'", 'two', 'three', 'four', 'five', 'deux', 'trois', 'quatre', 'cinq']);

function heldBases(v: SentenceView, i: number): boolean {
  if (v.tokens[i]?.f !== 'bases') return false;
  for (let k = i - 1; k >= Math.max(v.from, i - 4); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (HOLD_VERBS.has(f)) return true;
    if (!HOLD_SKIPS.has(f)) return false;
  }
  return false;
}

/** "à l'aéroport de Lyon", "à l'aéroport international de Nice": the city of the airport. */
function airportCity(v: SentenceView, at: number): Mention | null {
  const t = v.tokens;
  if (t[at]?.f !== 'a' || t[at + 1]?.f !== "l'" || t[at + 2]?.f !== 'aeroport') return null;
  let k = at + 3;
  if (t[k]?.word && !t[k]?.cap && !['de', "d'"].includes(t[k]?.f ?? '')) k++;
  if (!['de', "d'"].includes(t[k]?.f ?? '')) return null;
  const m = v.cover[k + 1];
  return m && m.s === k + 1 && m.kind === 'PLACE' && m.place?.kind === 'CITY' ? m : null;
}

export function baseRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  if (t[i]?.cap || inTitle(v, i)) return -1;
  // "base" and "station" are verbs only after "will" / "to": "will base two aircraft in Faro".
  if (BASE_VERBS.has(f) && (!AUX_ONLY_VERBS.has(f) || FUTURE_WORDS.has(t[i - 1]?.f ?? ''))) {
    const city = stationedAt(v, i);
    if (!city) return -1;
    push(c, 'office', subject(v, i, c.doc, c.consumed), city.text, null, i);
    c.officePlaces.add(city);
    return city.e - 1;
  }
  if (!BASE_NOUNS.has(f)) return -1;
  // "base d'équipages", "base de maintenance"; "base de clients" is no site.
  let after = i + 1;
  if (['de', "d'", 'des'].includes(t[after]?.f ?? '')) {
    if (!CREW_WORDS.has(t[after + 1]?.f ?? '')) return -1;
    after += 2;
  }
  const crew = after > i + 1 || CREW_WORDS.has(t[i - 1]?.f ?? '');
  if (!crew && !openedAt(v, i) && !FIRST_WORDS.has(t[i - 1]?.f ?? '') && !heldBases(v, i)) return -1;
  let places = ['a', 'au', 'in', 'at'].includes(t[after]?.f ?? '') ? placesFrom(v, after, 1).filter((p) => p.place?.kind === 'CITY') : [];
  if (places.length === 0) {
    const m = airportCity(v, after) ?? unknownTown(v, after);
    if (m) places = [m];
  }
  // "ouvrira aussi à Nantes sa première base": the city before the noun, which the company is named before.
  let at = i;
  if (places.length === 0) {
    for (let k = i - 1; k >= Math.max(v.from, i - 6); k--) {
      const m = v.cover[k];
      if (usablePlace(v, m) && m.place?.kind === 'CITY') {
        places = [m];
        at = m.s;
        break;
      }
      if (t[k]?.f === ',' || t[k]?.f === '.') break;
    }
  }
  // "Lisbonne, où la compagnie ouvrira une base d'équipages".
  if (places.length === 0) {
    const m = whereClauseAntecedent(v, i);
    if (m?.place?.kind === 'CITY') places = [m];
  }
  if (places.length === 0) return i;
  const company = subject(v, at, c.doc, c.consumed);
  for (const p of places) {
    push(c, 'office', company, p.text, null, i);
    c.officePlaces.add(p);
  }
  return i;
}
