/**
 * Noise blocks: sentences that state no expansion (plans, talks, places weighed or rejected)
 * and tokens that belong to a job title ("directeur du développement international") rather
 * than to an expansion cue.
 */
import type { SentenceView } from '../analyze.js';
import { findCue } from '../cues.js';
import { BLOCKERS, FIRM_AFTER_WOULD, FORWARD_BLOCKERS, NOT_CONDITIONAL, REPORTING } from './cues.js';

/** "would open" is a plan, "said (on Tuesday) it would open" a firm statement. */
function unreportedWould(v: SentenceView): boolean {
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (t[i]?.f !== 'would') continue;
    let reported = false;
    for (let k = i - 1; k >= Math.max(v.from, i - 6) && !reported; k--) reported = REPORTING.has(t[k]?.f ?? '');
    if (!reported || !FIRM_AFTER_WOULD.has(t[i + 1]?.f ?? '')) return true;
  }
  return false;
}

/** A French conditional ("ouvrirait", "se lancerait", "s'implanteraient"): reported or planned, not done. */
function conditional(v: SentenceView): boolean {
  for (let i = v.from; i < v.tokens.length; i++) {
    const f = v.tokens[i]?.f ?? '';
    if (f.length >= 7 && (f.endsWith('rait') || f.endsWith('raient')) && !NOT_CONDITIONAL.has(f)) return true;
  }
  return false;
}

const RELATIVES = new Set(['which', 'who', 'qui', 'dont']);
const PLAN_VERBS_FR = new Set(['prevoit', 'prevoient', 'prevoyait', 'projette', 'projettent']);

/** The relative clause ", which … ," around token i, as [start, end), or null. */
function relativeClause(v: SentenceView, i: number): [number, number] | null {
  const t = v.tokens;
  let s = -1;
  for (let k = i; k > v.from; k--) {
    if (t[k]?.text === ',' || t[k]?.f === '.' || t[k]?.f === ';') return null;
    if (RELATIVES.has(t[k]?.f ?? '') && t[k - 1]?.text === ',') {
      s = k;
      break;
    }
  }
  if (s < 0) return null;
  for (let e = i + 1; e < t.length; e++) if (t[e]?.text === ',') return [s, e];
  return null;
}

/**
 * The tokens where no expansion may start: the whole sentence when it states a plan, talks or
 * a rejected place; only the aside when a relative clause does ("Klarvo, which is considering
 * a listing in Oslo, opened an office in Sydney").
 */
export function blockedSpans(v: SentenceView): Array<[number, number]> | 'all' {
  if (unreportedWould(v) || conditional(v)) return 'all';
  const spans: Array<[number, number]> = [];
  let plan = findCue(v.tokens, FORWARD_BLOCKERS, v.from);
  // "prévoit de s'implanter en Belgique" is read as announced (the golden files say so);
  // "prévoit une nouvelle usine" is a plan.
  while (plan && PLAN_VERBS_FR.has(v.tokens[plan.s]?.f ?? '') && ['de', "d'"].includes(v.tokens[plan.e]?.f ?? '')) plan = findCue(v.tokens, FORWARD_BLOCKERS, plan.e);
  if (plan) spans.push([plan.s, v.tokens.length]);
  for (let from = v.from; ; ) {
    const hit = findCue(v.tokens, BLOCKERS, from);
    if (!hit) return spans;
    const clause = relativeClause(v, hit.s);
    if (!clause) return 'all';
    spans.push(clause);
    from = clause[1];
  }
}

export function isBlocked(v: SentenceView): boolean {
  return blockedSpans(v) === 'all';
}

export function inTitle(v: SentenceView, i: number): boolean {
  return v.titles.some((t) => i >= t.s && i < t.e);
}
