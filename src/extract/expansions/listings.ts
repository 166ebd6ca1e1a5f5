/**
 * Listings: "introduction en Bourse au NYSE", "coté au Nasdaq", "listed on the LSE", and
 * debuts on a named exchange. The place is the exchange (or, for listing cues, a city) just
 * after the cue; a listing with no place is a plan or a rumour and gives nothing.
 */
import { anyCueAt } from '../cues.js';
import { type ExpansionContext, push } from './context.js';
import { DEBUT, IPO } from './cues.js';
import { excluded } from './places.js';
import { subject } from './subject.js';

const POSSESSIVE_S = new Set(["'s", '’s']);
/** Countries that are one city: "listed its shares in Hong Kong", "coté à Singapour". */
const CITY_STATES = new Set(['HK', 'SG', 'LU', 'MC']);
/** "…pour son introduction", "…for its listing": the listing the exchange before was chosen for. */
const CHOICE_PREPS = new Set(['son', 'sa', 'its', 'their', 'leur']);

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
    // "floated on London's AIM market": the city only says whose exchange it is.
    const owner = m?.kind === 'PLACE' && POSSESSIVE_S.has(t[m.e]?.f ?? '') && v.cover[m.e + 1]?.kind === 'EXCHANGE';
    const city = m?.kind === 'PLACE' && !m.adjective && (m.place?.kind === 'CITY' || CITY_STATES.has(m.place?.countryCode ?? ''));
    // "which considered a listing in Amsterdam": a place weighed is no listing.
    if (m && excluded(v, m)) break;
    if (m?.kind === 'EXCHANGE' || (debut < 0 && city && !owner)) {
      place = m.text;
      break;
    }
  }
  // "a choisi Euronext Amsterdam plutôt que Paris pour son introduction en Bourse": the
  // exchange chosen a few words before the listing noun.
  if (!place && listing > 0 && CHOICE_PREPS.has(t[i - 1]?.f ?? '')) {
    for (let k = i - 2; k >= Math.max(v.from, i - 10); k--) {
      const m = v.cover[k];
      if (m?.kind === 'EXCHANGE') {
        place = m.text;
        break;
      }
      if (t[k]?.f === ',' || t[k]?.f === ';') break;
    }
  }
  if (place) push(c, 'ipo', subject(v, i, c.doc, c.consumed), place, null, i);
  return ipo - 1;
}
