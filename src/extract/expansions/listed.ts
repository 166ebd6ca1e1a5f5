/**
 * Listings stated without a listing verb: a ticker in brackets ("Brenlow Foods (NYSE: BRF)"),
 * an exchange or city before "-listed" ("Paris-listed Ostrel"), an exchange before a debut or
 * listing noun ("in its Nasdaq debut"), and a listing moved to another exchange ("transfère sa
 * cotation d'Euronext Growth vers Euronext Paris", "will move its primary listing from Sydney to
 * the London Stock Exchange"): the destination is the listing.
 */
import { lookupExchange } from '../../lexicon/exchanges.js';
import { lookupPlaceForm } from '../../lexicon/places.js';
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { subject } from './subject.js';

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

/** The company a "-listed" adjective describes: the name after a few lowercase words, else the name before ", a". */
function described(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i + 1; k < Math.min(t.length, i + 5); k++) {
    const m = v.cover[k];
    if (m) return m.s === k && isCompanyLike(m) ? m : null;
    if (!t[k]?.word || t[k]?.cap) break;
  }
  const before = v.cover[i - 3];
  return ['a', 'an'].includes(t[i - 1]?.f ?? '') && t[i - 2]?.text === ',' && isCompanyLike(before) && before.e === i - 2 ? before : null;
}

/** The listings of one sentence stated by a ticker, a "-listed" adjective or an exchange's debut. */
export function statedListings(v: SentenceView, c: ExpansionContext): Listed[] {
  const t = v.tokens;
  const out: Listed[] = [];
  for (let i = v.from; i < t.length; i++) {
    const m = v.cover[i];
    // "Calloway Health (NYSE: CLH)"
    if (t[i]?.text === '(' && m === undefined) {
      const ex = v.cover[i + 1];
      const name = v.cover[i - 1];
      if (ex?.kind === 'EXCHANGE' && ex.s === i + 1 && t[ex.e]?.text === ':' && isCompanyLike(name) && name.e === i) out.push({ company: name.text, place: ex.text, at: i });
      continue;
    }
    // "London-listed miner Dunmore Copper", "Brenlow, a Nasdaq-listed maker of…"
    const listed = !m ? LISTED.exec(t[i]?.text ?? '') : null;
    if (listed?.[1]) {
      const prefix = listed[1];
      const place = lookupExchange(prefix) ? prefix : lookupPlaceForm(prefix)?.entry.kind === 'CITY' ? prefix : null;
      const name = place ? described(v, i) : null;
      if (place && name) out.push({ company: name.text, place, at: i });
      continue;
    }
    // "in their Nasdaq debut", "its Tokyo Stock Exchange listing"
    if (m?.kind === 'EXCHANGE' && m.s === i && LISTING_NOUNS.has(t[m.e]?.f ?? '') && !NOT_DONE.has(t[i - 1]?.f ?? '')) {
      out.push({ company: subject(v, i, c.doc, c.consumed), place: m.text, at: i });
      i = m.e;
    }
  }
  return out;
}

const MOVE_VERBS = new Set('transfere transferer transferera transfert move moves moving moved transfer transfers transferred transferring switch switches switched switching shift shifts shifted'.split(' '));
const LISTING_WORDS = new Set(['cotation', 'listing', 'listings']);
const TO_WORDS = new Set(['vers', 'to', 'sur', 'on']);

/** "a transféré sa cotation d'Euronext Growth vers … Euronext Paris": the exchange moved to. */
export function transferRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!MOVE_VERBS.has(t[i]?.f ?? '')) return -1;
  let noun = -1;
  for (let k = i + 1; k < Math.min(t.length, i + 4); k++) if (LISTING_WORDS.has(t[k]?.f ?? '')) noun = k;
  if (noun < 0) return -1;
  for (let k = noun + 1; k < Math.min(t.length, noun + 10); k++) {
    if (t[k]?.f === '.' || t[k]?.f === ';' || t[k]?.text === ',') break;
    if (!TO_WORDS.has(t[k]?.f ?? '')) continue;
    for (let j = k + 1; j < Math.min(t.length, k + 6); j++) {
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

export const MOVE_STARTS: ReadonlySet<string> = MOVE_VERBS;
