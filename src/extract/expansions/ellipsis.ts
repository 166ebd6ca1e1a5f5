/**
 * An office or a shop named again without its noun: "a déjà un bureau à Nantes, en
 * ouvrira un second à Lyon", "opened an office in Oslo and will open another in Bergen" (or
 * "will open one in Bergen", "en ouvrira un à Lyon"), "son
 * premier magasin à Gand, puis un second à Namur". The elided noun is the last office or
 * shop noun before it in the sentence; the place right after is an office, or a market for a shop.
 */
import type { SentenceView } from '../analyze.js';
import { type ExpansionContext, push } from './context.js';
import { OFFICE_NOUNS, PRODUCTION_NOUNS, STORE_NOUNS } from './cues.js';
import { inTitle } from './noise.js';
import { placesFrom } from './places.js';
import { subject } from './subject.js';

/** "another", or "un second", "une autre", "a third": a second one of something named before. */
const ANOTHER = new Set(['another']);
const ORDINAL_ONES = new Set(['second', 'seconde', 'deuxieme', 'troisieme', 'autre', 'third']);
const ONE_DETS = new Set(['un', 'une', 'a', 'son', 'sa', 'its']);
/** "will open one in Accra", "en ouvrira un à Lille": "one" as the object of an opening verb. */
const ONE_WORDS = new Set(['one', 'un', 'une']);
const OPENS = new Set(['open', 'opens', 'opening', 'ouvre', 'ouvrira', 'ouvrent', 'ouvriront', 'ouvrir', 'inaugure', 'inaugurera']);
/** The words ellipsisRule can apply at. */
export const ELLIPSIS_STARTS: ReadonlySet<string> = new Set([...ANOTHER, ...ORDINAL_ONES, ...ONE_WORDS]);
const ELLIPSIS_PREPS = new Set(['a', 'in', 'at', 'en', 'au']);

/** The office or shop noun the ellipsis at token i stands for, or null. */
function elidedNoun(v: SentenceView, i: number): 'office' | 'store' | null {
  for (let k = i - 1; k >= v.from; k--) {
    const f = v.tokens[k]?.f ?? '';
    if (f === ';' || inTitle(v, k)) continue;
    if (STORE_NOUNS.has(f)) return 'store';
    if (OFFICE_NOUNS.has(f) && !PRODUCTION_NOUNS.has(f)) return 'office';
  }
  return null;
}

export function ellipsisRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  const one = ANOTHER.has(f) || (ORDINAL_ONES.has(f) && ONE_DETS.has(t[i - 1]?.f ?? '')) || (ONE_WORDS.has(f) && OPENS.has(t[i - 1]?.f ?? ''));
  if (!one || !ELLIPSIS_PREPS.has(t[i + 1]?.f ?? '')) return -1;
  const noun = elidedNoun(v, i);
  if (!noun) return -1;
  const places = placesFrom(v, i + 2, 0).filter((p) => p.place?.kind === 'CITY' || (noun === 'store' && p.place?.kind === 'COUNTRY'));
  if (places.length === 0) return -1;
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) {
    push(c, noun === 'office' ? 'office' : 'market', company, p.text, null, i);
    if (noun === 'office') c.officePlaces.add(p);
  }
  return places[places.length - 1]?.e ?? i;
}
