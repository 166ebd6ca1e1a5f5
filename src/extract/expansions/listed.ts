/**
 * Listings stated without a listing verb: a ticker in brackets ("Brenlow Foods (NYSE: BRF)"),
 * an exchange or city before "-listed" ("Paris-listed Ostrel"), an exchange before a debut or
 * listing noun ("in its Nasdaq debut"), and a listing moved to another exchange ("transfère sa
 * cotation d'Euronext Growth vers Euronext Paris", "will move its primary listing from Sydney to
 * the London Stock Exchange"): the destination is the listing.
 */
import { LEGAL_SUFFIXES } from '../../lexicon/companies.js';
import { DESCRIPTOR_NOUNS } from '../../lexicon/expansion-words.js';
import { lookupExchange } from '../../lexicon/exchanges.js';
import { lookupPlaceForm } from '../../lexicon/places.js';
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { subject } from './subject.js';
import { POSSESSIVE_S } from './cues.js';

export interface Listed {
  company: string | null;
  place: string;
  at: number;
}

const LISTED = /^(.+)-listed$/i;
/** "its Nasdaq debut", "a London Stock Exchange listing", "son introduction": what follows an exchange. */
const LISTING_NOUNS = new Set(['debut', 'ipo', 'listing', 'flotation', 'float']);
/** "its planned Nasdaq IPO", "a possible London listing": not done. */
const NOT_DONE = new Set('planned proposed potential possible eventual future mooted prospective intended'.split(' '));

/**
 * The company a "-listed" adjective describes: the name after a few lowercase words, else the
 * name before ", a", else the focus for a description ("…, the Zurich-listed chemicals group
 * said"). s is where the adjective phrase starts ("Oslo- and New York-listed").
 */
function described(v: SentenceView, s: number, i: number, c: ExpansionContext): string | null {
  const t = v.tokens;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    const m = v.cover[k];
    if (m) return m.s === k && isCompanyLike(m) ? m.text : null;
    if (!t[k]?.word || t[k]?.cap) break;
  }
  // "Norvane Biotech's Oslo-listed shares": the firm whose shares they are.
  const owner = v.cover[s - 2];
  if (POSSESSIVE_S.has(t[s - 1]?.f ?? '') && SHARE_NOUNS.has(t[i + 1]?.f ?? '') && isCompanyLike(owner) && owner.e === s - 1) return owner.text;
  const before = v.cover[s - 3];
  // "X, a Nasdaq-listed maker", "X, the London-listed asset manager,": the name the apposition describes.
  if (['a', 'an', 'the', 'le', 'la', "l'"].includes(t[s - 1]?.f ?? '') && t[s - 2]?.text === ',' && isCompanyLike(before) && before.e === s - 2) return before.text;
  return DEFINITE.has(t[s - 1]?.f ?? '') && descriptionAfter(v, i) ? c.doc.focus : null;
}

const DEFINITE = new Set(['the', 'le', 'la', "l'"]);
const SHARE_NOUNS = new Set(['shares', 'stock', 'units', 'depositary']);

/** "-listed shipping company", "-listed consumer goods group": lowercase words ending with a company noun. */
function descriptionAfter(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  for (let k = i + 1; k < Math.min(t.length, i + 4); k++) {
    if (!t[k]?.word || t[k]?.cap || v.cover[k]) return false;
    if (DESCRIPTOR_NOUNS.has(t[k]?.f ?? '') && !t[k + 1]?.cap) return true;
  }
  return false;
}

const ARTICLES = new Set(['the', 'la', 'le', "l'", 'les']);

/** An exchange or a city written before "-listed", as one or two words ending at token i: "Oslo", "New York". */
function listedPlace(v: SentenceView, i: number, last: string): { place: string; s: number } | null {
  const known = (x: string): boolean => !!lookupExchange(x) || lookupPlaceForm(x)?.entry.kind === 'CITY';
  const prev = v.tokens[i - 1];
  // ("The ASX-listed miner": the article opening the sentence is not part of the name.)
  const two = prev?.cap && prev.word && !v.cover[i - 1] && !ARTICLES.has(prev.f) ? `${prev.text} ${last}` : null;
  if (two && known(two)) return { place: two, s: i - 1 };
  return known(last) ? { place: last, s: i } : null;
}

/** "Oslo- and New York-listed", "Paris-, Oslo- and London-listed": the places before the last one. */
function coordinatedListed(v: SentenceView, s: number): Array<{ place: string; s: number }> {
  const t = v.tokens;
  const out: Array<{ place: string; s: number }> = [];
  let k = s - 1;
  while (['and', 'et', ','].includes(t[k]?.f ?? '') && t[k - 1]?.text === '-') {
    const m = v.cover[k - 2];
    const text = m ? m.text : t[k - 2]?.text ?? '';
    const start = m ? m.s : k - 2;
    if (!m || m.e !== k - 1 || !(m.kind === 'EXCHANGE' || (m.kind === 'PLACE' && m.place?.kind === 'CITY'))) break;
    out.unshift({ place: text, s: start });
    k = start - 1;
  }
  return out;
}

/** The company named before a ticker's bracket, past a legal form: "Brenlow Foods, Inc. (NYSE: BRF)". */
function tickerOwner(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  let k = i - 1;
  for (let n = 0; n < 4 && (t[k]?.text === '.' || t[k]?.text === ',' || LEGAL_SUFFIXES.has(t[k]?.f ?? '')) && !v.cover[k]; n++) k--;
  const m = v.cover[k];
  return isCompanyLike(m) && m.e === k + 1 ? m : null;
}

/** "ahead of (its) Nasdaq Stockholm listing", "before its London IPO": a listing still to come. */
function aheadOf(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  const k = POSSESSIVES.has(t[i - 1]?.f ?? '') || t[i - 1]?.f === 'the' || t[i - 1]?.f === 'a' ? i - 2 : i - 1;
  const f = t[k]?.f ?? '';
  return f === 'before' || f === 'ahead' || (f === 'of' && t[k - 1]?.f === 'ahead') || (f === 'to' && t[k - 1]?.f === 'prior');
}
const POSSESSIVES = new Set(['its', 'their', 'his', 'her']);

/** The listings of one sentence stated by a ticker, a "-listed" adjective or an exchange's debut. */
export function statedListings(v: SentenceView, c: ExpansionContext): Listed[] {
  const t = v.tokens;
  const out: Listed[] = [];
  for (let i = v.from; i < t.length; i++) {
    const m = v.cover[i];
    // "Brambleton Health (NYSE: BHX)"
    if (t[i]?.text === '(' && m === undefined) {
      const ex = v.cover[i + 1];
      const name = ex?.kind === 'EXCHANGE' && ex.s === i + 1 && t[ex.e]?.text === ':' ? tickerOwner(v, i) : null;
      if (ex && name) out.push({ company: name.text, place: ex.text, at: i });
      continue;
    }
    // "London-listed miner Dunmore Copper", "Brenlow, a Nasdaq-listed maker of…", "the Oslo- and New York-listed shipper"
    // (The regex only where the token's seventh-last character is the hyphen: it ran at every token.)
    const text = t[i]?.text ?? '';
    const listed = !m && text.length > 7 && text.charCodeAt(text.length - 7) === 0x2d ? LISTED.exec(text) : null;
    if (listed?.[1]) {
      const last = listedPlace(v, i, listed[1]);
      const places = last ? [...coordinatedListed(v, last.s), last] : [];
      const name = places[0] ? described(v, places[0].s, i, c) : null;
      if (name) for (const p of places) out.push({ company: name, place: p.place, at: i });
      continue;
    }
    // "in their Nasdaq debut", "its Tokyo Stock Exchange listing"
    if (m?.kind === 'EXCHANGE' && m.s === i && LISTING_NOUNS.has(t[m.e]?.f ?? '') && !NOT_DONE.has(t[i - 1]?.f ?? '') && !aheadOf(v, i)) {
      out.push({ company: subject(v, i, c.doc, c.consumed), place: m.text, at: i });
      i = m.e;
    }
  }
  return out;
}

const MOVE_VERBS = new Set('transfere transferer transferera transfert move moves moving moved transfer transfers transferred transferring switch switches switched switching shift shifts shifted'.split(' '));
const LISTING_WORDS = new Set(['cotation', 'listing', 'listings']);
const UPLIST_VERBS = new Set(['graduate', 'graduates', 'graduated', 'graduating', 'uplist', 'uplists', 'uplisted', 'uplisting']);
const SHARE_WORDS = new Set(['shares', 'stock', 'titres', 'actions']);
const TO_WORDS = new Set(['vers', 'to', 'sur', 'on']);

/** "a transféré sa cotation d'Euronext Growth vers … Euronext Paris": the exchange moved to. */
export function transferRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  if (!MOVE_VERBS.has(f) && !UPLIST_VERBS.has(f)) return -1;
  // "will graduate to the Toronto Stock Exchange", "its shares will move from the OTCQX to…":
  // the verb itself, or shares named just before it, say a listing moves.
  let noun = UPLIST_VERBS.has(f) ? i : -1;
  for (let k = i - 1; k >= Math.max(v.from, i - 3) && noun < 0; k--) if (SHARE_WORDS.has(t[k]?.f ?? '')) noun = i;
  for (let k = i + 1; k < Math.min(t.length, i + 4); k++) if (LISTING_WORDS.has(t[k]?.f ?? '')) noun = k;
  if (noun < 0) return -1;
  for (let k = noun + 1; k < Math.min(t.length, noun + 10); k++) {
    if (t[k]?.f === '.' || t[k]?.f === ';' || t[k]?.text === ',') break;
    if (!TO_WORDS.has(t[k]?.f ?? '')) continue;
    // ("to the main market of the London Stock Exchange": a segment of it, four words more.)
    for (let j = k + 1; j < Math.min(t.length, k + 10); j++) {
      const m = v.cover[j];
      if (m?.kind === 'EXCHANGE') {
        push(c, 'ipo', subject(v, i, c.doc, c.consumed), m.text, null, i);
        return m.e - 1;
      }
      if (t[j]?.f === '.' || t[j]?.text === ',') break;
    }
  }
  return -1;
}

export const MOVE_STARTS: ReadonlySet<string> = new Set([...MOVE_VERBS, ...UPLIST_VERBS]);
