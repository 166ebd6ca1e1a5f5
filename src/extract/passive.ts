/**
 * A successor named in the passive: "Managing director X, who retires in March, will be
 * succeeded by Y", "La directrice générale X sera remplacée par Y". Y takes the post X leaves,
 * at the same company, from now on.
 */
import type { SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { anyCueAt, cueList } from './cues.js';
import type { PersonRef } from './refs.js';

const SUCCEEDED_BY = cueList(`
will be succeeded by | is succeeded by | to be succeeded by | be succeeded by | will be replaced by | is replaced by | to be replaced by | be replaced by
sera remplace par | sera remplacee par | est remplace par | est remplacee par | sera succede par
`);

export function passiveSuccessors(v: SentenceView, refs: PersonRef[], here: RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  // Cheap exit: a passive succession needs two named people and a post left in this sentence.
  if (refs.length < 2 || !here.some((c) => c.fact.status === 'former' && c.fact.title !== null)) return out;
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    const e = anyCueAt(t, i, SUCCEEDED_BY);
    if (e <= 0) continue;
    const successor = refs.find((p) => p.s === e && p.named);
    const left = refs.filter((p) => p.e <= i && p.named).pop();
    if (!successor || !left || successor.name === left.name) continue;
    for (const c of here) {
      if (c.fact.person !== left.name || c.fact.status !== 'former' || c.fact.title === null || c.founder) continue;
      if (here.some((o) => o.fact.person === successor.name && o.fact.status === 'current' && o.fact.company === c.fact.company)) continue;
      out.push({
        fact: { person: successor.name, company: c.fact.company, title: c.fact.title, status: 'current', start: null, end: null, place: null, evidence: v.sent.text },
        statusSource: 'cue',
        founder: false,
        sentence: v.sent.index,
        pos: successor.s,
      });
    }
  }
  return out;
}
