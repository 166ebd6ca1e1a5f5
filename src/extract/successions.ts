/**
 * Who replaced whom. A succession names two people for one post: the newcomer holds it now
 * and the predecessor held it before, at the same company — even when the text gives the
 * predecessor no title or names the company in another sentence ("Il succède à X").
 * Kept in one place so the holder rules and the status rules agree on who is who.
 */
import type { SentenceView } from './analyze.js';
import { anyCueAt, cueList } from './cues.js';
import type { PersonRef } from './refs.js';
import type { TitleSpan } from './titles.js';

/** Titles taken over from someone: "X succeeds Y as CEO" → Y held it (set by choosePerson). */
export const replacedBy = new WeakMap<TitleSpan, PersonRef>();

export const SUCCEED = cueList('succeed | succeeds | will succeed | succeeding | to succeed | succede a | succedera a | succeder a | remplace | remplacera | remplacer | replaces | will replace | replacing | to replace');

/** In "X succeeds Y as…", the person before the verb (X), when the verb sits right before Y. */
export function successorOf(v: SentenceView, replaced: PersonRef, refs: PersonRef[]): PersonRef | null {
  for (let i = replaced.s - 1; i >= Math.max(v.from, replaced.s - 4); i--) {
    if (anyCueAt(v.tokens, i, SUCCEED) === replaced.s) return refs.filter((p) => p.e <= i && p.name !== replaced.name).pop() ?? null;
  }
  return null;
}

const REPLACING = cueList("en remplacement de | en remplacement d' | replacing | in place of | succedant a | succeeding");

export function replacedAfter(v: SentenceView, at: number, refs: PersonRef[]): PersonRef | undefined {
  let k = at;
  if (v.tokens[k]?.text === ',') k++;
  const e = anyCueAt(v.tokens, k, REPLACING);
  return e > 0 ? refs.find((p) => p.s === e && p.named) : undefined;
}
