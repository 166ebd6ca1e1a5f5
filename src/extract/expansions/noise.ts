/**
 * Noise blocks: sentences that state no expansion (plans, talks, places weighed or rejected)
 * and tokens that belong to a job title ("directeur du développement international") rather
 * than to an expansion cue.
 */
import type { SentenceView } from '../analyze.js';
import { findCue } from '../cues.js';
import { BLOCKERS, FIRM_AFTER_WOULD, NOT_CONDITIONAL, REPORTING } from './cues.js';

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

export function isBlocked(v: SentenceView): boolean {
  return findCue(v.tokens, BLOCKERS, v.from) !== null || unreportedWould(v) || conditional(v);
}

export function inTitle(v: SentenceView, i: number): boolean {
  return v.titles.some((t) => i >= t.s && i < t.e);
}
