/**
 * Status of a role (GUIDELINES): an explicit time word decides ("ex-", "ancien", "former",
 * "jusqu'ici", "was" → former; "actuellement", "currently", "is" → current); else a person
 * leaving, resigning or replaced is former at the job left; else current.
 */
import type { RoleStatus } from '../model/facts.js';
import type { SentenceView } from './analyze.js';
import { anyCueAt, CURRENT_WORDS, FORMER_WORDS, LEAVE_AFTER, LEAVE_BEFORE } from './cues.js';
import type { PersonRef } from './refs.js';

export interface StatusDecision {
  status: RoleStatus;
  source: 'cue' | 'departure' | 'date' | 'default';
}

const WINDOW = 8;

/** The time word nearest before token `at` (within the clause), if any. */
export function localCue(v: SentenceView, at: number, floor: number): RoleStatus | null {
  const t = v.tokens;
  for (let i = at - 1; i >= Math.max(floor, at - WINDOW); i--) {
    const tok = t[i];
    if (!tok) break;
    // A parenthesis closes someone's past ("(formerly of Stripe) as COO").
    if (tok.text === '.' || tok.text === ';' || tok.text === ')') break;
    // Multi-token cues are tried from each start position, nearest first.
    const f = anyCueAt(t, i, FORMER_WORDS);
    if (f > 0 && f <= at) return 'former';
    const c = anyCueAt(t, i, CURRENT_WORDS);
    // "avait rejoint … comme", "had joined … as": a pluperfect tells of a past job.
    if (c > 0 && c <= at) return t[i - 1]?.f === 'avait' || t[i - 1]?.f === 'had' ? 'former' : 'current';
  }
  return null;
}

/** Does this person leave in this sentence, for a job named before `at`? */
export function leaves(v: SentenceView, person: PersonRef, at: number, refs: PersonRef[]): boolean {
  const t = v.tokens;
  // Subject leaving: "Bernard Toussaint, président …, passe la main", "X, who retires".
  for (let i = Math.max(person.e, at); i < t.length; i++) {
    const other = refs.find((r) => r.s === i && r.name !== person.name && r.named);
    if (other) break;
    if (anyCueAt(t, i, LEAVE_AFTER) > 0) return true;
  }
  // Object leaving: "Elle remplace X", "replacing … X", "le départ de son PDG, X".
  const nearestBefore = [...refs].reverse().find((r) => r.e <= person.s && r.name !== person.name);
  const floor = nearestBefore ? nearestBefore.e : v.from;
  for (let i = floor; i < person.s; i++) {
    if (anyCueAt(t, i, LEAVE_BEFORE) > 0) {
      // Not "remplacé par X" / "replaced by X": that X is the newcomer.
      const e = anyCueAt(t, i, LEAVE_BEFORE);
      if (t[e]?.f === 'par' || t[e]?.f === 'by') continue;
      return true;
    }
  }
  return false;
}
