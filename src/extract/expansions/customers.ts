/**
 * A customer base counted in a country: "revendique 4 000 clients en Belgique et en Suisse",
 * "Forte de 300 000 abonnés au Portugal, …", "has 2 million users in Brazil and Mexico". The
 * company serves that market (its own country is dropped later as home). Only a count before
 * the noun reads it ("ses clients en Espagne" may be where they buy, not where it sells).
 */
import type { SentenceView } from '../analyze.js';
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

export function customersRule(c: ExpansionContext, i: number): number {
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
