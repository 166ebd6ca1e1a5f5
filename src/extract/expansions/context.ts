/**
 * What every expansion rule reads and writes for one sentence: the sentence and document
 * views, the companies already taken by career mentions, the facts found so far, and the
 * places already read as an office's. A rule returns -1 when it does not apply at token i,
 * else the token index the scan resumes after.
 */
import type { ExpansionFact, ExpansionKind } from '../../model/facts.js';
import type { DocView, SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { nearestDate } from './date.js';

export interface ExpansionContext {
  v: SentenceView;
  doc: DocView;
  consumed: Map<Mention, string | null>;
  out: ExpansionFact[];
  /** Places already read as an office's: not also where a deal is made. */
  officePlaces: Set<Mention>;
}

export type ExpansionRule = (c: ExpansionContext, i: number) => number;

export function push(c: ExpansionContext, kind: ExpansionKind, company: string | null, place: string | null, partner: string | null, at: number): void {
  if (!company) return;
  c.out.push({ company, kind, place, partner, date: nearestDate(c.v, at), evidence: c.v.sent.text });
}
