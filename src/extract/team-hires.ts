/**
 * A team hired from another firm, the lateral hire of the legal and banking press: "Brenlow &
 * Pryce has hired a four-partner tax team from Orrin Vale, led by Ada Brisk", "Marlow Cole has
 * hired three partners from Tessand LLP. The group is led by Ada Brisk and includes Tom Ferrell
 * and Ivo Stern", "Also moving are …", "Brisk joins as a partner, as do Ferrell and Stern". Each
 * person listed after a member cue, in the hiring sentence or the three after it, leaves the firm
 * the team comes from (former, no title unless one is written there) and works at the hiring
 * firm (current, no title unless a rule finds one there). A post a member holds "now" at the
 * firm left ("led by Ada Brisk … Brisk joins as a partner" read at the nearest firm, "who joined
 * Tessand from Y in 2016") is the one left.
 */
import { focusNameAt, type DocView, type SentenceView } from './analyze.js';
import { untitledPost, type RoleCandidate } from './candidates.js';
import { cueList, findCue } from './cues.js';
import { fold } from '../lexicon/fold.js';
import { isCompanyLike, type PersonRef } from './refs.js';

/** The hiring verb, then (a few words on) the team and "from" the firm it leaves. */
const HIRES = cueList('has hired | have hired | hired | hires | is hiring | has poached | poached | poaches | has recruited | recruited | has lured | lured');
/** What is hired is a team: "a restructuring team", "four partners", "a group of six lawyers". */
const TEAM_NOUNS = new Set(['team', 'group', 'partners', 'lawyers', 'bankers', 'attorneys', 'colleagues', 'traders', 'analysts']);
/** Words after which the persons named are members of the team. */
const MEMBERS = cueList('led by | includes | including | as do | also moving are | also moving is | also joining are | also joining is | joined by');
/** The rest of the sentence after these speaks of others ("will report to chief executive Y"). */
const OTHERS = cueList('report to | reports to | reporting to | succeeding | replacing | replaces | succeeds | said');

export interface TeamHire {
  hirer: string;
  from: string;
  sentence: number;
  members: Set<string>;
}

/** The team hire a sentence announces, if any. */
export function teamHireIn(v: SentenceView, doc: DocView): TeamHire | null {
  const t = v.tokens;
  const hire = findCue(t, HIRES, v.from, t.length);
  if (!hire) return null;
  let team = -1;
  for (let k = hire.e; k < Math.min(t.length, hire.e + 6); k++) {
    if (t[k]?.f === 'from' || t[k]?.text === ',' || t[k]?.text === '.') break;
    if (TEAM_NOUNS.has(t[k]?.f ?? '')) team = k;
  }
  if (team < 0 || t[team + 1]?.f !== 'from') return null;
  const from = v.cover[team + 2];
  if (!isCompanyLike(from) || from.s !== team + 2) return null;
  // "from Orrin, Vale & Stern LLP": a firm named for partners, read here in two pieces.
  const rest = v.cover[from.e + 1];
  const name = t[from.e]?.text === ',' && isCompanyLike(rest) && rest.s === from.e + 1 && rest.text.includes('&') ? `${from.text}, ${rest.text}` : from.text;
  let hirer: string | null = null;
  for (const m of v.mentions) if (m.e <= hire.s && isCompanyLike(m)) hirer = m.text;
  hirer ??= focusNameAt(doc, v);
  if (hirer === null || firstWord(hirer) === firstWord(from.text)) return null;
  return { hirer, from: name, sentence: v.sent.index, members: new Set() };
}

/**
 * The members a sentence lists (the hiring sentence and the three after it), their two posts, and
 * any current post of a member at the firm left made former (in `roles`, the candidates so far).
 */
export function teamMembers(v: SentenceView, refs: readonly PersonRef[], team: TeamHire, roles: readonly RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  if (v.sent.index - team.sentence <= 3) {
    const cue = findCue(t, MEMBERS, v.from, t.length);
    if (cue) {
      const stop = findCue(t, OTHERS, cue.e, t.length)?.s ?? t.length;
      for (const p of refs) {
        if (!p.named || p.s < cue.e || p.s >= stop || team.members.has(p.name)) continue;
        team.members.add(p.name);
        out.push(untitledPost(v.sent, p, team.hirer, 'current', 'cue'));
        // (a post already read at the firm left, "who joined Tessand in 2016", tells that job)
        if (!roles.some((c) => c.fact.person === p.name && firstWord(c.fact.company) === firstWord(team.from))) out.push({ ...untitledPost(v.sent, p, team.from, 'former', 'cue'), untitledPost: false });
      }
    }
  }
  const left = firstWord(team.from);
  for (const c of roles) {
    if (c.fact.status === 'current' && team.members.has(c.fact.person) && firstWord(c.fact.company) === left) {
      c.fact.status = 'former';
      c.statusSource = 'departure';
    }
  }
  return out;
}

function firstWord(name: string): string {
  return fold(name).split(/[ ,]/)[0] ?? '';
}
