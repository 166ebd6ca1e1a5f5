/**
 * A company already at work in countries: "which already works in Ruritania and Zembla",
 * "already processes payments in Norway and Denmark" — a verb of ordinary business after
 * "already", its object a few lowercase words. Each country is a market.
 */
import { type ExpansionContext, push } from './context.js';
import { PLACE_PREPS } from './cues.js';
import { inTitle } from './noise.js';
import { placesFrom } from './places.js';
import { subject } from './subject.js';

/** Verbs of doing business somewhere, read only after "already" ("works in" alone is too loose). */
const ACTIVE_VERBS = new Set(['works', 'processes', 'serves', 'handles', 'lends', 'insures']);
/** The words activeRule can apply at. */
export const ACTIVE_STARTS: ReadonlySet<string> = ACTIVE_VERBS;
/** "Ana Ruiz, who already works in Norway": a person at work, not the company. */
const PERSON_RELATIVES = new Set(['who', 'she', 'he']);

export function activeRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!ACTIVE_VERBS.has(t[i]?.f ?? '') || t[i - 1]?.f !== 'already' || PERSON_RELATIVES.has(t[i - 2]?.f ?? '') || inTitle(v, i)) return -1;
  // The object: up to three lowercase words ("payments", "retail customers") before "in".
  let k = i + 1;
  for (const end = i + 4; k < end && !PLACE_PREPS.has(t[k]?.f ?? ''); k++) if (!t[k]?.word || t[k]?.cap || v.cover[k]) return -1;
  if (!PLACE_PREPS.has(t[k]?.f ?? '')) return -1;
  const places = placesFrom(v, k, 1).filter((p) => p.place?.kind === 'COUNTRY');
  if (places.length === 0) return -1;
  const company = subject(v, i - 1, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return places[places.length - 1]?.e ?? i;
}
