/**
 * Listings: "introduction en Bourse au NYSE", "coté au Nasdaq", "listed on the LSE", and
 * debuts on a named exchange. The place is the exchange (or, for listing cues, a city) just
 * after the cue; a listing with no place is a plan or a rumour and gives nothing.
 */
import { anyCueAt } from '../cues.js';
import { type ExpansionContext, push } from './context.js';
import { DEBUT, IPO } from './cues.js';
import { subject } from './subject.js';

export function listingRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const listing = anyCueAt(t, i, IPO);
  const debut = listing > 0 ? -1 : anyCueAt(t, i, DEBUT);
  const ipo = listing > 0 ? listing : debut;
  if (ipo <= 0) return -1;
  let place: string | null = null;
  for (let k = ipo; k < Math.min(t.length, ipo + 6); k++) {
    const m = v.cover[k];
    if (m?.kind === 'EXCHANGE' || (debut < 0 && m?.kind === 'PLACE' && m.place?.kind === 'CITY')) {
      place = m.text;
      break;
    }
  }
  if (place) push(c, 'ipo', subject(v, i, c.doc, c.consumed), place, null, i);
  return ipo - 1;
}
