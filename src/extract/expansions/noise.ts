/**
 * Noise blocks: sentences that state no expansion (plans, talks, places weighed or rejected)
 * and tokens that belong to a job title ("directeur du développement international") rather
 * than to an expansion cue.
 */
import type { SentenceView } from '../analyze.js';
import { findCue } from '../cues.js';
import { BLOCKERS } from './cues.js';

export function isBlocked(v: SentenceView): boolean {
  return findCue(v.tokens, BLOCKERS, v.from) !== null;
}

export function inTitle(v: SentenceView, i: number): boolean {
  return v.titles.some((t) => i >= t.s && i < t.e);
}
