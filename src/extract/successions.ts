/**
 * Who replaced whom. A succession names two people for one post: the newcomer holds it now
 * and the predecessor held it before, at the same company — even when the text gives the
 * predecessor no title or names the company in another sentence ("Il succède à X").
 * Kept in one place so the holder rules and the status rules agree on who is who.
 */
import type { SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { anyCueAt, cueList, HANDS_OVER_TO_FR, startsCue, TAKES_OVER_FROM_FR, wordList } from './cues.js';
import { isCompanyLike, lastRefBefore, refAt, type PersonRef } from './refs.js';
import type { TitleSpan } from './titles.js';

/** Titles taken over from someone: "X succeeds Y as CEO" → Y held it (set by choosePerson). */
export const replacedBy = new WeakMap<TitleSpan, PersonRef>();

// ("prend la relève de Y à la tête de Z": taking over from Y is succeeding Y)
export const SUCCEED = cueList(`succeed | succeeds | will succeed | succeeding | to succeed | succede a | succedera a | succeder a | succedent a | remplace | remplacera | remplacer | remplacent | remplaceront | replaces | will replace | replacing | to replace
${TAKES_OVER_FROM_FR}
`);

/** Kin and mentors a successor names before the one succeeded ("son père", "sa tante"). Folded. */
const KIN = new Set(['pere', 'mere', 'oncle', 'tante', 'frere', 'soeur', 'cousin', 'cousine', 'grand-pere', 'grand-mere', 'mari', 'epouse', 'epoux', 'femme', 'fils', 'fille', 'beau-pere', 'belle-mere', 'beau-frere', 'belle-soeur', 'mentor', 'associe', 'associee', 'father', 'mother', 'uncle', 'aunt', 'brother', 'sister', 'husband', 'wife', 'son', 'daughter', 'cousin']);
const KIN_OWNERS = new Set(['son', 'sa', 'his', 'her']);

/**
 * "succède à son père Bernard X", "succède à sa mère, Hélène X,": past the kin word after the
 * verb, where the name starts; else `e`.
 */
export function pastKin(v: SentenceView, e: number): number {
  const t = v.tokens;
  if (!KIN_OWNERS.has(t[e]?.f ?? '') || !KIN.has(t[e + 1]?.f ?? '') || (t[e + 1]?.cap ?? true)) return e;
  return t[e + 2]?.text === ',' ? e + 3 : e + 2;
}

/** After the one succeeded: past the comma closing "son père, Bernard X,". */
export function pastKinClose(v: SentenceView, replaced: PersonRef): number {
  return v.tokens[replaced.e]?.text === ',' && v.tokens[replaced.s - 1]?.text === ',' && KIN.has(v.tokens[replaced.s - 2]?.f ?? '') ? replaced.e + 1 : replaced.e;
}

/** In "X succeeds Y as…", the person before the verb (X), when the verb sits right before Y. */
export function successorOf(v: SentenceView, replaced: PersonRef, refs: PersonRef[]): PersonRef | null {
  for (let i = replaced.s - 1; i >= Math.max(v.from, replaced.s - 6); i--) {
    const e = anyCueAt(v.tokens, i, SUCCEED);
    if (e > 0 && (e === replaced.s || pastKin(v, e) === replaced.s)) return lastRefBefore(refs, i, replaced.name) ?? null;
  }
  return null;
}

/** True when the person right before token i is the one replaced in "succède à Y à la tête de". */
export function succeededBefore(v: SentenceView, refs: PersonRef[], i: number): boolean {
  for (const r of refs) {
    if (r.e !== i || !r.named) continue;
    for (let k = r.s - 1; k >= Math.max(v.from, r.s - 7); k--) {
      const e = anyCueAt(v.tokens, k, SUCCEED);
      if ((e > 0 && (e === r.s || pastKin(v, e) === r.s)) || anyCueAt(v.tokens, k, HANDED_TO) === r.s) return true;
    }
  }
  return false;
}

/**
 * The one before hands their place to the one after, the post told after the newcomer or
 * nowhere: "X cède sa place à Y (à la tête de Z)", "X passe le relais à Y".
 */
export const HANDED_TO = cueList(HANDS_OVER_TO_FR);

const REPLACING = cueList("en remplacement de | en remplacement d' | replacing | in place of | succedant a | succeeding");

export function replacedAfter(v: SentenceView, at: number, refs: PersonRef[]): PersonRef | undefined {
  let k = at;
  if (v.tokens[k]?.text === ',') k++;
  const e = anyCueAt(v.tokens, k, REPLACING);
  return e > 0 ? refAt(refs, e, true) : undefined;
}

/** Verbs whose object is the predecessor: "Il succède à X", "takes over from X", "replaces X". */
const PREDECESSOR_CUES = cueList(`
succeed | succeeds | will succeed | succeeding | to succeed | succeeded | succede a | succedera a | succeder a | succedant a
remplace | remplacera | remplacer | remplacant | remplacent | remplaceront | succedent a | succederont a | replaces | will replace | replacing | to replace | replaced
en remplacement de | en remplacement d' | in place of
takes over from | took over from | will take over from | taking over from | to take over from | take over from
${TAKES_OVER_FROM_FR}
en lieu et place de | en lieu et place d' | depuis le depart de | depuis le depart d' | depuis le depart en * de | depuis le depart en * d'
depuis le depart a la retraite de | depuis le depart a la retraite d' | apres le depart a la retraite de | apres le depart a la retraite d'
vacated by | left vacant by | laisse vacant par | laissee vacante par | apres le depart de | apres le depart d' | apres le depart en * de | apres le depart en * d' | after the departure of | following the departure of | following the exit of | after the exit of
following the sudden exit of | following the sudden departure of | after the sudden exit of | after the sudden departure of | following the abrupt exit of | following the abrupt departure of
after the abrupt departure of | following the surprise departure of | after the surprise departure of | follows the departure of | follows the exit of
following the resignation of | after the resignation of | following the retirement of | after the retirement of
followed the exit of | followed the departure of | followed the abrupt exit of | followed the abrupt departure of | followed the sudden exit of | followed the sudden departure of
steps into the shoes of | stepped into the shoes of | will step into the shoes of | step into the shoes of
inherits the role from | inherited the role from | inherits the post from | inherits the job from | inherits the title from
filling the vacancy left by | fills the vacancy left by | filled the vacancy left by | will fill the vacancy left by
search that began when | search that started when | search begun when | search launched when | search that was launched when | search that followed when
`);
/** "…after Y departed to become…", "après le départ de Y": a departure the appointment fills. */
const AFTER_DEPARTURE = wordList(['after', 'apres', 'following']);
const DEPARTED = cueList(`
departed | left | resigned | quit | retired | stepped down | was ousted | was fired | a demissionne | est parti | est partie
a quitte ses fonctions | a pris sa retraite
`);
const PASSIVE = new Set(['be', 'been', 'being', 'is', 'was', 'were', 'are', 'sera', 'est', 'ete', 'seront', 'sont', 'etait']);
const STOP = new Set([',', ';', ':', '.', '(', ')', '«', '»', '"']);

export interface Succession {
  predecessor: PersonRef;
  /** The newcomer, when the sentence or the one before names them. */
  successor: string | null;
}

/** The named person a predecessor cue points at, skipping a description ("co-founder Dr. X"). */
const OBJECT_PRONOUNS = new Set(['him', 'her']);

function objectAt(v: SentenceView, e: number, refs: PersonRef[]): PersonRef | null {
  for (let k = e; k < Math.min(v.tokens.length, e + 5); k++) {
    const r = refAt(refs, k);
    // "will succeed him": an object pronoun stands for the one met before.
    if (r) return r.named || (k === e && OBJECT_PRONOUNS.has(v.tokens[k]?.f ?? '')) ? r : null;
    const tok = v.tokens[k];
    // "Dr." is a description, a full stop or a comma is not.
    if (!tok || (STOP.has(tok.text) && !(tok.text === '.' && /^(?:dr|mr|mrs|ms|m|mme|prof)$/.test(v.tokens[k - 1]?.f ?? '')))) return null;
  }
  return null;
}

// "took over in March from X" as well as "took over as CEO … from X".
const TAKE_OVER = cueList('take over | takes over | took over | taking over | taken over | to take over');
const CLAUSE_ENDS = new Set([',', ';', ':', '(', ')']);

/** Is "from" at `at` the end of "take(s) over (as T) …" in the same clause? */
function tookOverBefore(v: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= Math.max(v.from, at - 10); i--) {
    if (CLAUSE_ENDS.has(v.tokens[i]?.text ?? '')) return false;
    if (anyCueAt(v.tokens, i, TAKE_OVER) > 0) return true;
  }
  return false;
}

/**
 * The person met before, unless it is the one succeeded. (Null is tested first: a string
 * comparison compiled on names alone deoptimizes on the first null.)
 */
function otherPerson(lastPerson: string | null, name: string): string | null {
  return lastPerson !== null && lastPerson !== name ? lastPerson : null;
}

/** "Le directeur adjoint, X, lui succède": the one succeeded is the person met before. */
const SUCCEEDS_HIM = cueList("lui succede | lui succedera | lui a succede | va lui succeder | doit lui succeder");

/** The successions a sentence states, with the newcomer when known. (No arrow function in the per-token loop: see refAt.) */
export function successionsIn(v: SentenceView, refs: PersonRef[], lastPerson: string | null): Succession[] {
  const out: Succession[] = [];
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (lastPerson !== null && anyCueAt(t, i, SUCCEEDS_HIM) > 0) {
      const successor = lastRefBefore(refs, i, lastPerson)?.name ?? null;
      if (successor !== null) out.push({ predecessor: { s: i, e: i + 1, name: lastPerson, named: false }, successor });
      continue;
    }
    const e = anyCueAt(t, i, PREDECESSOR_CUES);
    if (e > 0) {
      // "X will be replaced (in January) by Y": Y is the newcomer, handled as a departure of X.
      if (t[e]?.f === 'by' || t[e]?.f === 'par' || PASSIVE.has(t[i - 1]?.f ?? '')) continue;
      const predecessor = objectAt(v, e, refs);
      if (!predecessor) continue;
      const successor = lastRefBefore(refs, i, predecessor.name)?.name ?? otherPerson(lastPerson, predecessor.name);
      out.push({ predecessor, successor });
      i = predecessor.e - 1;
      continue;
    }
    // "will take over as chief executive in March from co-founder X": the one taken over from, after the post.
    if (t[i]?.f === 'from' && tookOverBefore(v, i)) {
      const predecessor = objectAt(v, i + 1, refs);
      if (predecessor) {
        out.push({ predecessor, successor: lastRefBefore(refs, i, predecessor.name)?.name ?? otherPerson(lastPerson, predecessor.name) });
        i = predecessor.e - 1;
        continue;
      }
    }
    if (startsCue(t[i], AFTER_DEPARTURE)) {
      const r = refAt(refs, i + 1, true);
      if (r && anyCueAt(t, r.e, DEPARTED) > 0) out.push({ predecessor: r, successor: lastRefBefore(refs, i, r.name)?.name ?? null });
    }
  }
  return out;
}

/** Where the newcomer now works: their current job in this sentence, else the last one met. */
export function successorCompany(s: Succession, here: RoleCandidate[], appointed: Map<string, string>): string | null {
  if (s.successor === null) return null;
  // "L'actuelle DAF de Y remplacera X": a post described before the verb is the newcomer's
  // present one elsewhere; the post taken is the one they were appointed to before.
  const earlier = appointed.get(s.successor);
  const own = here.find((c) => c.fact.person === s.successor && c.fact.status === 'current' && !c.founder && !(earlier !== undefined && c.pos < s.predecessor.s && c.statusSource === 'cue'));
  return own?.fact.company ?? earlier ?? null;
}

/**
 * "Y, passée par …, succède à X, directeur général depuis 2013": the newcomer takes the post the
 * predecessor leaves, at the same company, when the sentence gives that post and no other
 * current job for the newcomer there.
 */
export function successorRoles(v: SentenceView, successions: Succession[], here: RoleCandidate[], refs: PersonRef[], appointed: Map<string, string>, before: RoleCandidate[] = []): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  for (const s of successions) {
    const newcomer = s.successor;
    // (a newcomer whose new job an earlier sentence gave already keeps that one)
    if (newcomer === null || appointed.has(newcomer) || !refs.some((r) => r.name === newcomer && r.s < s.predecessor.s)) continue;
    const leftPost = (c: RoleCandidate): boolean => c.fact.person === s.predecessor.name && c.fact.status === 'former' && c.fact.title !== null && !c.founder;
    // The post told in apposition to the predecessor, or, for "will succeed him", the sentence before.
    const left = here.find((c) => leftPost(c) && c.pos > s.predecessor.s) ?? (s.predecessor.named ? undefined : before.find((c) => leftPost(c) && c.sentence === v.sent.index - 1));
    if (!left) continue;
    // "Chief operating officer X will succeed him": the post described before is the one left.
    const own = here.filter((c) => c.fact.person === newcomer && c.fact.status === 'current' && !c.founder);
    // "Le directeur adjoint, X, lui succède": a title with no employer written is held where the post is.
    for (const c of own) if (c.statusSource === 'default' && !s.predecessor.named && !v.mentions.some((m) => m.text === c.fact.company)) c.fact.company = left.fact.company;
    if (own.some((c) => c.statusSource !== 'default' || c.fact.company !== left.fact.company)) continue;
    for (const c of own) {
      c.fact.status = 'former';
      c.statusSource = 'departure';
    }
    out.push({
      fact: { person: newcomer, company: left.fact.company, title: left.fact.title, status: 'current', start: null, end: null, place: null, evidence: v.sent.text },
      statusSource: 'cue',
      founder: false,
      predecessor: false,
      untitledPost: false,
      sentence: v.sent.index,
      pos: s.predecessor.s,
      added: false,
    });
  }
  return out;
}

/** Where an earlier predecessor of the sentence, who is this one's successor, stood. */
function chainedCompany(found: readonly RoleCandidate[], successor: string | null): string | null {
  if (successor === null) return null;
  for (const c of found) if (c.fact.person === successor) return c.fact.company;
  return null;
}

/**
 * The newcomer's company as this sentence writes it: "Velcor Systems hired X… X succeeds Y, who
 * stays with Velcor as an adviser": Y's post is at "Velcor", the name given at that mention
 * (GUIDELINES copy the employer as written where the job is told). A shorter form only: a
 * longer one may name a unit ("Velcor Systems Europe").
 */
export function writtenHere(v: SentenceView, company: string): string {
  for (const m of v.mentions) if (isCompanyLike(m) && m.text !== company && company.startsWith(`${m.text} `)) return m.text;
  return company;
}

/** The predecessor left the post: former at the newcomer's company, title unknown here. */
export function predecessorRoles(v: SentenceView, successions: Succession[], here: RoleCandidate[], appointed: Map<string, string>): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  for (const s of successions) {
    // "Il succède à X, qui assurait l'intérim depuis le départ de Y": Y left where X stood in.
    const company = successorCompany(s, here, appointed) ?? chainedCompany(out, s.successor);
    if (!company || company === s.predecessor.name) continue;
    // "…, who is retiring after 22 years at the lender": the sentence already tells the past job.
    if (here.some((c) => c.fact.person === s.predecessor.name && c.fact.status === 'former')) continue;
    out.push({
      fact: { person: s.predecessor.name, company, title: null, status: 'former', start: null, end: null, place: null, evidence: v.sent.text },
      statusSource: 'departure',
      founder: false,
      predecessor: true,
      untitledPost: false,
      sentence: v.sent.index,
      pos: s.predecessor.s,
      added: false,
    });
  }
  return out;
}
