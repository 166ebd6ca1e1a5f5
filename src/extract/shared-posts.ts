/**
 * One post given to several people at once: "Velmora said finance chief Ada Brisk and sales head
 * Tom Ferrell will each take the title of co-chief executive", "Ada Brisk, its head of retail, and
 * Tom Ferrell, its COO, will both become co-CEO". The title after "each" / "both" is read once,
 * beside the last name listed; every person named before the cue holds it, and the post each one
 * was described with at that company is the one left (a promotion makes the earlier job former).
 * "Tom Ferrell, who runs its Lisbon studio, and Ada Brisk will each become co-CEO": a job told by
 * a leading verb only is left too, with no title (conventions: leading verbs give null); it is
 * marked like a predecessor's post, which the merge keeps beside a titled current one.
 */
import type { SentenceView } from './analyze.js';
import { untitledPost, type RoleCandidate } from './candidates.js';
import { anyCueAt, cueList, findCue } from './cues.js';
import type { PersonRef } from './refs.js';

/** A distributive word right after the auxiliary: the post that follows is each one's. */
const EACH = cueList('will each | will both | each will | both will | are each | are both | would each | would both');

/** "…, who runs its Tokyo studio,": a job told only by a leading verb. */
const LEADS = cueList('who runs | who heads | who leads | who oversees | who manages');

export function sharedPosts(v: SentenceView, refs: readonly PersonRef[], here: RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  const cue = findCue(t, EACH, v.from, t.length);
  if (!cue) return out;
  // The subject: the persons named before the cue (at least two, else nothing is shared).
  const subject = refs.filter((p) => p.named && p.e <= cue.s);
  if (subject.length < 2 || !rightBefore(v, subject[subject.length - 1] as PersonRef, cue.s)) return out;
  // The post given: a current title after the cue, read for one of them.
  const given = here.find((c) => c.pos >= cue.e && c.fact.status === 'current' && c.fact.title !== null && !c.founder && subject.some((p) => p.name === c.fact.person));
  if (!given) return out;
  const { company, title } = given.fact;
  // (the post is the one the cue gives, whatever rule read it)
  given.statusSource = 'cue';
  for (const p of subject) {
    let holds = false;
    let described = false;
    for (const c of here) {
      if (c.fact.person !== p.name || c.fact.company !== company) continue;
      if (c.fact.title === title && c.fact.status === 'current') holds = true;
      else if (c.pos < cue.s && c.fact.status === 'current' && c.fact.title !== null && !c.founder) {
        c.fact.status = 'former';
        c.statusSource = 'departure';
        described = true;
      }
    }
    if (!holds) out.push({ ...given, fact: { ...given.fact, person: p.name }, pos: p.s });
    if (!described && t[p.e]?.text === ',' && anyCueAt(t, p.e + 1, LEADS) > 0) out.push({ ...untitledPost(v.sent, p, company, 'former', 'departure'), predecessor: true, untitledPost: false });
  }
  return out;
}

/**
 * The cue follows the last name listed, right after it or after an apposition between commas
 * ("Tom Ferrell, its COO, will both…"); "…for Brenlow, where each will hold the title of T" has
 * a clause of its own, whose subject is not the persons listed.
 */
function rightBefore(v: SentenceView, last: PersonRef, at: number): boolean {
  if (last.e === at) return true;
  return v.tokens[last.e]?.text === ',' && v.tokens[at - 1]?.text === ',';
}
