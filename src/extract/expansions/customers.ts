/**
 * A customer base counted in a country: "revendique 4 000 clients en Belgique et en Suisse",
 * "Forte de 300 000 abonnés au Portugal, …", "has 2 million users in Brazil and Mexico". The
 * company serves that market (its own country is dropped later as home). Only a count before
 * the noun reads it ("ses clients en Espagne" may be where they buy, not where it sells).
 */
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { type ExpansionContext, push } from './context.js';
import { PLACE_PREPS } from './cues.js';
import { inTitle } from './noise.js';
import { placesFrom } from './places.js';
import { subject } from './subject.js';

export const CUSTOMER_NOUNS: ReadonlySet<string> = new Set('clients clientes utilisateurs utilisatrices abonnes adherents customers users subscribers members'.split(' '));
/** Words of a count before the noun: "300 000", "3 millions de", "2 million", "des milliers de". */
const COUNT_WORDS = new Set(['million', 'millions', 'milliers', 'thousands', 'de', "d'", 'of', 'mille', 'k']);
/** Adjectives a noun may take before its place: "4 000 clients professionnels en France", "active users". */
const AFTER_NOUN = 2;
const FRENCH_PREPS = new Set(['en', 'au']);

/** A number ends at token k, past "de"/"million(s)": "300 000 clients", "3 millions de clients". */
function counted(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  for (let j = k; j >= Math.max(v.from, k - 3); j--) {
    const f = t[j]?.f ?? '';
    if (/^\d/.test(f)) return true;
    if (!COUNT_WORDS.has(f)) return false;
  }
  return false;
}

/**
 * Customers a firm serves, named by their trade: "ships bolts to automakers in Mexico", "runs
 * payroll for 2,400 employers in Chile", "serves retailers in Spain", "sells its software to banks
 * in Kenya". Read only after a verb of serving (SERVE_VERBS), never alone: "a tax break for
 * employers in Spain" serves nobody.
 */
export const CLIENT_NOUNS: ReadonlySet<string> = new Set('automakers carmakers manufacturers retailers supermarkets grocers hospitals clinics pharmacies banks lenders insurers employers businesses companies firms merchants restaurants hotels airlines utilities schools universities farmers growers brands consumers shoppers households homes patients'.split(' '));
/** Verbs whose object is the customer, with no preposition: "serves retailers in", "equips hospitals in". */
const SERVE_DIRECT = new Set('serves serving served supplies supplying supplied equips equipping equipped insures insuring insured'.split(' '));
/** Verbs of serving followed by "to" or "for" the customer: "ships bolts to", "runs payroll for", "provides software to". */
const SERVE_VERBS = new Set([...SERVE_DIRECT, ...'ships shipping shipped sells selling sold provides providing provided delivers delivering delivered runs running offers offering handles handling processes processing manages managing exports exporting distributes distributing lends lending leases leasing makes making builds building designs designing'.split(' ')]);
const SERVE_PREPS = new Set(['to', 'for']);
/** Where the customers are: "in", "across", "throughout". */
const SERVED_PREPS = new Set(['in', 'across', 'throughout']);
/** Objects that are sold off, not sold: "sells its stake to banks in". */
const SOLD_OFF = new Set('stake stakes unit units business businesses division divisions subsidiary subsidiaries assets operations shares'.split(' '));

/** The serving verb before the customers at token i (past a count, one adjective, "to"/"for" and a short object), else -1. */
function servingVerb(v: SentenceView, i: number): number {
  const t = v.tokens;
  let k = i - 1;
  // "to 2,400 employers", "for about 300 regional banks": a count and one adjective.
  // ("3,000 customers": the thousands comma stands between two numbers.)
  const numeric = (j: number): boolean => /^\d/.test(t[j]?.f ?? '') || (t[j]?.text === ',' && /^\d/.test(t[j - 1]?.f ?? '') && /^\d/.test(t[j + 1]?.f ?? ''));
  for (let n = 0; n < 6 && k > v.from && (numeric(k) || (t[k]?.word && !t[k]?.cap)) && !v.cover[k] && !SERVE_PREPS.has(t[k]?.f ?? '') && !SERVE_VERBS.has(t[k]?.f ?? ''); n++) k--;
  if (t[k]?.f === 'about' || t[k]?.f === 'some' || t[k]?.f === 'more' || t[k]?.f === 'than') k--;
  if (t[k]?.f === 'more') k--;
  if (SERVE_DIRECT.has(t[k]?.f ?? '')) return k;
  if (!SERVE_PREPS.has(t[k]?.f ?? '')) return -1;
  // The object between the verb and "to": "ships bolts to", "runs payroll for", "provides its software to".
  for (let j = k - 1; j >= Math.max(v.from, k - 5); j--) {
    const g = t[j];
    if (!g?.word || g.cap || v.cover[j] || SOLD_OFF.has(g.f)) return -1;
    if (SERVE_VERBS.has(g.f)) return j;
  }
  return -1;
}

function servedRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!CLIENT_NOUNS.has(t[i]?.f ?? '') && !CUSTOMER_NOUNS.has(t[i]?.f ?? '')) return -1;
  if (!SERVED_PREPS.has(t[i + 1]?.f ?? '') || inTitle(v, i)) return -1;
  const verb = servingVerb(v, i);
  if (verb < 0) return -1;
  const places = placesFrom(v, i + 2, 0).filter((p) => p.place?.kind === 'COUNTRY');
  const last = places[places.length - 1];
  if (!last) return -1;
  const company = subject(v, verb, c.doc, c.consumed);
  // "a Bogotá-based startup … runs payroll for employers in Colombia and Peru": the country of
  // its headquarters city is home.
  const cityCountry = c.homeCity?.startsWith('city:') ? (c.homeCity.split(':')[1] ?? '').toUpperCase() : '';
  for (const p of places) if (p.place?.countryCode !== cityCountry) push(c, 'market', company, p.text, null, i);
  return last.e - 1;
}

export const SERVED_STARTS: ReadonlySet<string> = new Set([...CUSTOMER_NOUNS, ...CLIENT_NOUNS]);

export function customersRule(c: ExpansionContext, i: number): number {
  const served = servedRule(c, i);
  if (served >= 0) return served;
  const { v } = c;
  const t = v.tokens;
  // "120 sociétés clientes", "2 million active users": one lowercase word may sit between the count and the noun.
  const between = t[i - 1]?.word && !t[i - 1]?.cap && !v.cover[i - 1] && !COUNT_WORDS.has(t[i - 1]?.f ?? '') && counted(v, i - 2);
  if (!CUSTOMER_NOUNS.has(t[i]?.f ?? '') || !(counted(v, i - 1) || between) || inTitle(v, i)) return -1;
  let k = i + 1;
  while (k <= i + AFTER_NOUN && t[k]?.word && !t[k]?.cap && !PLACE_PREPS.has(t[k]?.f ?? '')) k++;
  if (!PLACE_PREPS.has(t[k]?.f ?? '')) return -1;
  const places = placesFrom(v, k, 2).filter((p) => p.place?.kind === 'COUNTRY');
  const last = places[places.length - 1];
  if (!last) return -1;
  const company = subject(v, i, c.doc, c.consumed);
  // "compte 120 sociétés clientes en France et en Espagne": in the French press a firm of no
  // stated country counting its customers "en France" counts them at home.
  for (const p of places) if (c.home || p.place?.countryCode !== 'FR' || !FRENCH_PREPS.has(t[p.s - 1]?.f ?? '')) push(c, 'market', company, p.text, null, i);
  return last.e - 1;
}

/** What a "dont" share is taken of: a customer base or the business ("400 clients, dont…", "un chiffre d'affaires de 80 M€, dont…"). */
const SHARED_WHOLES = new Set([...CUSTOMER_NOUNS, 'ventes', 'revenus', 'recettes', 'affaires', 'commandes', 'exportations', 'production']);
/** "exporte 70 % de sa production, dont un tiers vers le Japon": a share of exports goes "vers" a country. */
const SHARE_PREPS = new Set([...PLACE_PREPS, 'vers']);
/** How far back from "dont" the whole may be named: "revendique 400 clients professionnels, dont", "un chiffre d'affaires de 80 millions d'euros, dont". */
const WHOLE_REACH = 10;
/** Words of a share between "dont" and its place: "dont un tiers", "dont 20 %", "dont près de la moitié", "dont 400 000". */
const SHARE_WORDS = new Set('un une deux trois quatre tiers quart quarts moitie la le les % pour cent pres de d\' plus environ quelque quelques million millions milliard milliards mille millier milliers pres presque seulement deja desormais'.split(' '));
const SHARE_REACH = 6;
export const SHARE_STARTS: ReadonlySet<string> = new Set(['dont']);

/**
 * "revendique 400 clients, dont un tiers en Allemagne", "un chiffre d'affaires de 80 M€, dont 20 %
 * au Mexique", "2 millions d'abonnés, dont 400 000 en Italie et 100 000 au Portugal": a share
 * of the customers or of the business counted in a country is a market there. Only the
 * countries after a share (a count, a fraction or a percentage) right after ", dont".
 */
export function shareOfWholeRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (t[i]?.f !== 'dont' || t[i - 1]?.text !== ',' || inTitle(v, i)) return -1;
  if (!wholeBefore(v, i - 1)) return -1;
  const company = subject(v, i, c.doc, c.consumed);
  let k = i + 1;
  let last = -1;
  for (;;) {
    const at = k;
    while (k < at + SHARE_REACH && (SHARE_WORDS.has(t[k]?.f ?? '') || /^\d/.test(t[k]?.f ?? ''))) k++;
    if (k === at || !SHARE_PREPS.has(t[k]?.f ?? '') || t[k]?.f === 'dans') break;
    const places = placesFrom(v, k, 2).filter((p) => p.place?.kind === 'COUNTRY');
    const first = places[0];
    if (!first || first.s > k + 2) break;
    for (const p of places) if (c.home || p.place?.countryCode !== 'FR' || !FRENCH_PREPS.has(t[p.s - 1]?.f ?? '')) push(c, 'market', company, p.text, null, i);
    last = (places[places.length - 1] as Mention).e;
    // "dont 500 en Belgique et 200 au Luxembourg", "dont 40 % en Italie, 20 % en Suisse".
    if (t[last]?.f !== 'et' && t[last]?.text !== ',') break;
    k = last + 1;
  }
  return last > 0 ? last - 1 : -1;
}

/** A customer noun after a count, or a business noun, within reach before the comma at k, in the same clause. */
function wholeBefore(v: SentenceView, k: number): boolean {
  const t = v.tokens;
  for (let j = k - 1; j >= Math.max(v.from, k - WHOLE_REACH); j--) {
    const f = t[j]?.f ?? '';
    if (f === '.' || f === ';' || f === ':' || f === 'dont' || t[j]?.text === ',') return false;
    if (!SHARED_WHOLES.has(f)) continue;
    if (CUSTOMER_NOUNS.has(f)) return counted(v, j - 1) || (!!t[j - 1]?.word && !t[j - 1]?.cap && counted(v, j - 2));
    // "chiffre d'affaires" only, not "les affaires".
    return f !== 'affaires' || t[j - 2]?.f === 'chiffre';
  }
  return false;
}
