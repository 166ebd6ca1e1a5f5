/**
 * A departure written as a noun, with no post given for the one who leaves: "depuis le départ
 * de Paul Verdier au printemps", "après le départ d'Inès Moreau pour Orvel". The person worked
 * at the company the text is about, and no longer does (GUIDELINES: title null when the text
 * gives none); a firm after "pour" is where the person went. A departure with its post ("le
 * départ de son directeur général, X") is read by the title rules, and a rumour is no fact.
 */
import { focusNameAt, type DocView, type SentenceView } from './analyze.js';
import { untitledPost, type RoleCandidate } from './candidates.js';
import { anyCueAt, cueList, findCue, RUMOUR } from './cues.js';
import type { Mention } from './mentions.js';
import { isCompanyLike, type PersonRef } from './refs.js';
import { PUBLIC_BODIES } from '../lexicon/companies.js';

/** The noun and what may stand between it and the name. Folded; the name comes right after. */
const DEPARTURE_OF = cueList(`
le depart de | le depart d' | du depart de | du depart d' | au depart de | au depart d'
le depart surprise de | le depart surprise d' | du depart surprise de | du depart surprise d'
le depart precipite de | le depart precipite d' | du depart precipite de | du depart precipite d'
la demission de | la demission d' | de la demission de | de la demission d'
`);

/** A departure at the company the sentence opens on, else at the one the text is about. */
function leftCompany(v: SentenceView, cue: number, doc: DocView, consumed: ReadonlyMap<Mention, string | null>): string | null {
  for (const m of v.mentions) {
    if (m.s >= cue) break;
    if (isCompanyLike(m) && !consumed.has(m) && !PUBLIC_BODIES.test(m.text)) return m.text;
  }
  return focusNameAt(doc, v);
}

/** "… d'X pour Orvel": the firm named right after "pour". */
function wentTo(v: SentenceView, e: number): Mention | null {
  if (v.tokens[e]?.f !== 'pour') return null;
  const m = v.cover[e + 1];
  return m && m.s === e + 1 && isCompanyLike(m) && !PUBLIC_BODIES.test(m.text) ? m : null;
}

export function departedRoles(v: SentenceView, refs: readonly PersonRef[], doc: DocView, consumed: ReadonlyMap<Mention, string | null>, here: readonly RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  for (const p of refs) {
    if (!p.named || here.some((c) => c.fact.person === p.name)) continue;
    let cue = -1;
    for (let i = Math.max(v.from, p.s - 5); i < p.s && cue < 0; i++) if (anyCueAt(v.tokens, i, DEPARTURE_OF) === p.s) cue = i;
    if (cue < 0 || findCue(v.tokens, RUMOUR, v.from, v.tokens.length)) continue;
    const company = leftCompany(v, cue, doc, consumed);
    const next = wentTo(v, p.e);
    if (company !== null && company !== p.name && company !== next?.text) out.push(untitledPost(v.sent, p, company, 'former', 'departure'));
    if (next) out.push(untitledPost(v.sent, p, next.text, 'current', 'default'));
  }
  return out;
}
