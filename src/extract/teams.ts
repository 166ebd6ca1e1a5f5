/**
 * A team that moves with a newcomer: "Deux collaborateurs de X, A et B, la suivent", "Il arrive
 * avec trois collaboratrices de X, A, B et C". Each one listed leaves X (former) and works,
 * with no title given, at the company the text is about (current). Without a word of moving
 * ("deux collaborateurs de X, A et B, ont conseillé la vente"), the list says nothing of a move
 * and is left to the other rules.
 */
import { focusNameAt, type DocView, type SentenceView } from './analyze.js';
import { untitledPost, type RoleCandidate } from './candidates.js';
import { cueList, findCue } from './cues.js';
import { isCompanyLike, refAt, type PersonRef } from './refs.js';

/** Staff counted with no post of their own. Folded. */
const STAFF = new Set('collaborateur collaborateurs collaboratrice collaboratrices salarie salaries salariee salariees employe employes employee employees'.split(' '));
const OF = new Set(['de', "d'", 'du']);

/** Words that move the team along with the newcomer. */
const MOVES_WITH = cueList(`
la suit | le suit | la suivent | le suivent | la suivront | le suivront | l' accompagne | l' accompagnent | l' accompagneront | la rejoignent | le rejoignent
arrive avec | arrivent avec | arrivera avec | arrivee avec | accompagne de | accompagnee de | emmene avec lui | emmene avec elle | emmene | emmenera | dans son sillage | dans ses bagages
`);

/**
 * `leader` is the person the text spoke of last (the one the team follows: "la suivent",
 * "Il arrive avec"); `roles` the posts found so far, whose latest current one for the leader
 * says where the team goes, else the company the text is about.
 */
export function teamMoves(v: SentenceView, refs: readonly PersonRef[], doc: DocView, leader: string | null, roles: readonly RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  for (const m of v.mentions) {
    if (!isCompanyLike(m) || !OF.has(t[m.s - 1]?.f ?? '') || !STAFF.has(t[m.s - 2]?.f ?? '') || t[m.e]?.text !== ',') continue;
    const listed = listAfter(t, refs, m.e + 1);
    if (listed.length === 0 || !findCue(t, MOVES_WITH, v.from, t.length)) continue;
    const now = leaderCompany(leader, roles) ?? focusNameAt(doc, v);
    for (const p of listed) {
      out.push(untitledPost(v.sent, p, m.text, 'former', 'cue'));
      if (now !== null && now !== m.text) out.push(untitledPost(v.sent, p, now, 'current', 'cue'));
    }
  }
  return out;
}

function leaderCompany(leader: string | null, roles: readonly RoleCandidate[]): string | null {
  if (leader === null) return null;
  for (let i = roles.length - 1; i >= 0; i--) {
    const f = roles[i]?.fact;
    if (f && f.person === leader && f.status === 'current') return f.company;
  }
  return null;
}

/** The named people listed from token `at` on: "A, B et C". */
function listAfter(t: SentenceView['tokens'], refs: readonly PersonRef[], at: number): PersonRef[] {
  const out: PersonRef[] = [];
  let k = at;
  for (;;) {
    const p = refAt(refs, k, true);
    if (!p) return out;
    out.push(p);
    if (t[p.e]?.text !== ',' && t[p.e]?.f !== 'et') return out;
    k = p.e + 1;
  }
}
