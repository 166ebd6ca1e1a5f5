/**
 * A brand listed in a retailer's shops: "won shelf space in 90 Aldi stores", "will be
 * stocked in 300 Lidl stores in Ireland", "sera référencée dans 450 supermarchés Carrefour en
 * Italie". A deal with the retailer (placed in the country written after the shops, which is
 * also a market of the brand).
 */
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { COUNT_WORDS_RE, PLACE_PREPS, POSSESSIVE_S } from './cues.js';
import { placesFrom } from './places.js';
import { subject } from './subject.js';

/** The shops a retailer's name comes before ("Tesco stores", "supermarchés Carrefour" comes after). */
export const SHELF_NOUNS: ReadonlySet<string> = new Set('stores store shops supermarkets outlets branches magasins supermarches hypermarches epiceries superettes boutiques'.split(' '));
/** Words that say the brand is put on the shelves, a few words before "in"/"dans". */
const LISTED_WORDS = new Set('listing listings listed stocked ranged referencee referencees reference references referencera referenceront referencement rayons'.split(' '));

function listedBefore(v: SentenceView, at: number): boolean {
  for (let k = at - 1; k >= Math.max(v.from, at - 6); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (LISTED_WORDS.has(f)) return true;
    if (f === '.' || f === ';' || f === ',') return false;
  }
  return false;
}

/**
 * "se lance au Québec, où ses yaourts sont référencés dans 60 épiceries X": told in
 * a "where" clause, the shelves say where the market is, not a deal of their own (the gold
 * reads it so).
 */
function inWhereClause(v: SentenceView, at: number): boolean {
  for (let k = at; k > v.from; k--) {
    const f = v.tokens[k]?.f ?? '';
    if ((f === 'ou' || f === 'where') && v.tokens[k - 1]?.text === ',') return true;
    if (f === ',' || f === '.' || f === ';') return false;
  }
  return false;
}

export function stockedRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!SHELF_NOUNS.has(t[i]?.f ?? '')) return -1;
  // "420 Tesco stores" (the name before the noun) or "450 supermarchés Carrefour" (after it).
  // ("350 Sainsbury's stores": past the name's 's.)
  const owned = POSSESSIVE_S.has(t[i - 1]?.f ?? '');
  const before = v.cover[owned ? i - 2 : i - 1];
  const after = v.cover[i + 1];
  let retailer: Mention | undefined;
  let count = -1;
  let end = i + 1;
  if (isCompanyLike(before) && before.e === (owned ? i - 1 : i)) {
    retailer = before;
    count = before.s - 1;
  } else if (isCompanyLike(after) && after.s === i + 1) {
    retailer = after;
    count = i - 1;
    end = after.e;
  }
  if (!retailer || !COUNT_WORDS_RE.test(t[count]?.f ?? '')) return -1;
  const prep = t[count - 1]?.f ?? '';
  if (prep !== 'in' && prep !== 'dans' && prep !== 'across') return -1;
  if (!listedBefore(v, count - 1) || inWhereClause(v, count - 1)) return -1;
  const company = subject(v, count - 1, c.doc, c.consumed);
  if (!company || company === retailer.text) return -1;
  const country = PLACE_PREPS.has(t[end]?.f ?? '') || t[end]?.f === 'across' ? placesFrom(v, end, 1).find((p) => p.place?.kind === 'COUNTRY') : undefined;
  const name = retailer === before && owned ? `${retailer.text}${t[i - 1]?.text ?? ''}` : retailer.text;
  push(c, 'partnership', company, country?.text ?? null, name, i);
  if (country) push(c, 'market', company, country.text, null, i);
  return country?.e ?? end;
}
