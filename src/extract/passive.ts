/**
 * A successor named after the one who leaves: in the passive ("Managing director X, who retires
 * in March, will be succeeded by Y", "La directrice générale X sera remplacée par Y") or by a
 * handover ("X cède son fauteuil à Y", "X hands over to Y"). Y takes the post X leaves, at the
 * same company, from now on. When the sentence gives X no post but opens on the company ("À
 * Canal+, elle est remplacée par Y"), Y works there, title unknown.
 */
import type { SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { anyCueAt, APPOINT_VERBS, cueList, findCue, HANDS_OVER_TO_FR } from './cues.js';
import { isCompanyLike, lastRefBefore, refAt, type PersonRef } from './refs.js';

const SUCCEEDED_BY = cueList(`
will be succeeded by | is succeeded by | to be succeeded by | be succeeded by | will be replaced by | is replaced by | to be replaced by | be replaced by
sera remplace par | sera remplacee par | est remplace par | est remplacee par | sera succede par
sera remplace par interim par | sera remplacee par interim par | est remplace par interim par | est remplacee par interim par | sera remplace a titre interimaire par | sera remplacee a titre interimaire par
est remplace au poste de * par | est remplacee au poste de * par | sera remplace au poste de * par | sera remplacee au poste de * par
est remplace au poste de * * par | est remplacee au poste de * * par | sera remplace au poste de * * par | sera remplacee au poste de * * par
est remplace au poste de * * * par | est remplacee au poste de * * * par | sera remplace au poste de * * * par | sera remplacee au poste de * * * par
`);

/** The one before hands the post to the one after. */
const HANDS_TO = cueList(`
${HANDS_OVER_TO_FR}
cede cette fonction a | cede la presidence a | cede la direction a | hands over to | handed over to | will hand over to | hands the reins to | handed the reins to
will hand the reins to | passes the baton to | passed the baton to | handing over to | handing the reins to | to hand over to | handing over the reins to
`);

/**
 * A post handed over with its name between the verb and the newcomer ("cède son fauteuil de PDG
 * de X à Y", "a confié la direction générale à Y"): Y is found after the next "à".
 */
const HANDS_POST = cueList(`
cede son fauteuil de | cedera son fauteuil de | cede la direction generale | cedera la direction generale | cede la presidence
confie la direction generale | a confie la direction generale | confie la presidence | a confie la presidence
transmet la direction generale | transmet la presidence | cede les renes | a confie les renes | confie les renes
`);

/** "named X, its head of stores, as her successor": X takes the post the one before left. */
const AS_SUCCESSOR = cueList('as her successor | as his successor | as her replacement | as his replacement');

const FRONT_PREPS = new Set(['a', 'chez', 'at']);

/** "À Canal+, …", "Chez Deezer, …", "At Acme, …": the company a sentence opens on. */
export function frontedCompany(v: SentenceView): string | null {
  const m = v.cover[v.from + 1];
  if (!FRONT_PREPS.has(v.tokens[v.from]?.f ?? '') || !isCompanyLike(m) || m.s !== v.from + 1 || v.tokens[m.e]?.text !== ',') return null;
  return m.text;
}

/** "cofondateur et PDG" handed over: the newcomer takes the post, not the founding. */
const FOUNDER_AND = /^(?:co-?)?(?:fondat(?:eur|rice)|founder)\s+(?:et|and)\s+/i;

function successor(v: SentenceView, person: PersonRef, company: string, title: string | null): RoleCandidate {
  return {
    fact: { person: person.name, company, title: title?.replace(FOUNDER_AND, '') ?? null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text },
    statusSource: 'cue',
    founder: false,
    predecessor: false,
    untitledPost: false,
    sentence: v.sent.index,
    pos: person.s,
    added: false,
  };
}

/**
 * A current titled post told right after the newcomer's name ("Y, the group's COO,"), not the
 * one the newcomer is named to there ("à Y, nommé président du directoire").
 */
function appositionOf(v: SentenceView, c: RoleCandidate, person: PersonRef, company: string): boolean {
  if (c.fact.person !== person.name || c.fact.status !== 'current' || c.fact.title === null || c.founder || c.fact.company !== company) return false;
  return c.pos > person.s && c.pos - person.e <= 4 && findCue(v.tokens, APPOINT_VERBS, person.e, c.pos) === null;
}

function leave(c: RoleCandidate): void {
  c.fact.status = 'former';
  c.statusSource = 'departure';
}

/**
 * "X is stepping down. The retailer named Y, its head of stores, as her successor": Y takes the
 * post X leaves (told in this sentence or the one before), and leaves the one in apposition.
 */
function namedSuccessors(v: SentenceView, refs: PersonRef[], here: RoleCandidate[], before: RoleCandidate[]): RoleCandidate[] {
  const at = findCue(v.tokens, AS_SUCCESSOR, v.from);
  if (!at) return [];
  const next = refs.filter((p) => p.named && p.e <= at.s).pop();
  if (!next) return [];
  const left = [...before.filter((c) => c.sentence === v.sent.index - 1), ...here].filter((c) => c.fact.person !== next.name && c.fact.status === 'former' && c.fact.title !== null && !c.founder && c.statusSource === 'departure').pop();
  if (!left) return [];
  for (const o of here) if (appositionOf(v, o, next, left.fact.company)) leave(o);
  if (here.some((o) => o.fact.person === next.name && o.fact.status === 'current' && o.fact.company === left.fact.company)) return [];
  return [successor(v, next, left.fact.company, left.fact.title)];
}

export function passiveSuccessors(v: SentenceView, refs: PersonRef[], here: RoleCandidate[], before: RoleCandidate[] = []): RoleCandidate[] {
  const out: RoleCandidate[] = namedSuccessors(v, refs, here, before);
  // Cheap exit: a succession needs the newcomer named and someone before them.
  if (refs.length < 2 || !refs.some((r) => r.named)) return out;
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    let e = anyCueAt(t, i, SUCCEEDED_BY);
    const handover = e > 0 ? false : (e = anyCueAt(t, i, HANDS_TO)) > 0;
    if (e > 0) successorsAt(v, refs, here, before, i, e, handover, out);
    else if (anyCueAt(t, i, HANDS_POST) > 0) postHandedAt(v, refs, here, i, out);
  }
  return out;
}

/**
 * "X cède son fauteuil de PDG de Velcor à sa fille, Y, directrice générale déléguée depuis
 * 2021": Y leaves the post told beside her name for the one X leaves; "son fauteuil de T" names
 * it, "la direction générale" gives none (GUIDELINES: leading without a title).
 */
function postHandedAt(v: SentenceView, refs: PersonRef[], here: RoleCandidate[], i: number, out: RoleCandidate[]): void {
  const t = v.tokens;
  let k = i + 2;
  let interim = false;
  for (; k < i + 14 && t[k] && t[k]?.text !== 'à' && t[k]?.text !== '.' && t[k]?.text !== ';'; k++) interim ||= t[k]?.f === 'interim';
  // "a confié la direction générale à titre intérimaire à Y, administratrice": an interim beside the post Y keeps.
  if (t[k]?.text !== 'à' || interim) return;
  let next: PersonRef | undefined;
  for (const r of refs) if (r.named && r.s > k && r.s <= k + 4) next = next ?? r;
  const left = lastRefBefore(refs, i);
  if (!next || !left || next.name === left.name) return;
  const post = here.find((c) => c.fact.person === left.name && c.fact.status === 'former' && c.fact.title !== null);
  if (!post) return;
  for (const o of here) if (appositionOf(v, o, next, post.fact.company)) leave(o);
  if (here.some((o) => o.fact.person === next.name && o.fact.status === 'current' && o.fact.company === post.fact.company)) return;
  out.push(successor(v, next, post.fact.company, t[i + 1]?.f === 'son' && t[i + 2]?.f === 'fauteuil' ? post.fact.title : null));
}

const OWNERS = new Set(['his', 'her', 'their', 'its']);

/**
 * "succeeded by his deputy, Grace Mwangi", "hands the reins to her longtime number two, X": the
 * token of the name after a possessive and a few lowercase words and a comma (else e).
 */
function pastDescribedBy(v: SentenceView, e: number): number {
  const t = v.tokens;
  if (!OWNERS.has(t[e]?.f ?? '')) return e;
  for (let k = e + 1; k < e + 5; k++) {
    const x = t[k];
    if (x?.text === ',') return k > e + 1 ? k + 1 : e;
    if (!x?.word || x.cap) return e;
  }
  return e;
}

/** The post written in "remplacé au poste de T par" (the cue at i..e), or null. */
function postNamed(v: SentenceView, i: number, e: number): string | null {
  const t = v.tokens;
  for (let k = i + 1; k < e - 3; k++) {
    if (t[k]?.f !== 'poste' || (t[k + 1]?.f !== 'de' && t[k + 1]?.f !== "d'")) continue;
    const a = t[k + 2];
    const b = t[e - 2];
    return a && b ? v.sent.text.slice(a.start, b.end) : null;
  }
  return null;
}

/**
 * The newcomer named after a passive or hand-over cue at i..e takes the post the one before it
 * leaves. (Its own function: arrow functions in the per-token loop above would make V8
 * allocate a context at every token.)
 */
function successorsAt(v: SentenceView, refs: PersonRef[], here: RoleCandidate[], before: RoleCandidate[], i: number, e: number, handover: boolean, out: RoleCandidate[]): void {
  const next = refAt(refs, e, true) ?? refAt(refs, pastDescribedBy(v, e), true);
  // The one who leaves: named in the passive; a pronoun may stand for them.
  const left = handover ? lastRefBefore(refs, i) : lastRefBefore(refs, i, null, true) ?? lastRefBefore(refs, i);
  if (!next || !left || next.name === left.name) return;
  // The post left, told here or, for a pronoun, in the sentence before ("X quitte ses
  // fonctions. Il est remplacé par Y").
  // "Il sera remplacé au poste de PDG par Y": the post is written (even when the one who leaves
  // held it with a founder title, "PDG et cofondateur").
  // ("au poste de directeur général par Y": up to three words, read from the sentence)
  const named = postNamed(v, i, e);
  const leftPost = (c: RoleCandidate): boolean => c.fact.person === left.name && c.fact.status === 'former' && c.fact.title !== null && (!c.founder || named !== null);
  let posts = here.filter(leftPost);
  if (posts.length === 0 && !left.named) posts = before.filter((c) => leftPost(c) && c.sentence === v.sent.index - 1);
  // ("X quitte la direction de Z. Il cède son poste de DG à Y" told in the passive, with the post
  // written or not): the firm is the one X leaves, told there without a title.
  if (posts.length === 0 && !handover) {
    const untitled = (c: RoleCandidate): boolean => c.fact.person === left.name && c.fact.status === 'former' && c.fact.title === null;
    const gone = here.find(untitled) ?? (left.named ? undefined : before.find((c) => untitled(c) && c.sentence === v.sent.index - 1));
    if (gone) posts = [gone];
  }
  for (const c of posts) {
    // "handing over to Y, the group's COO": the post Y held until now is left.
    // ("succeeded by Y, the chief operating officer": likewise, unless a time word keeps it,
    // "Y, currently COO"; the post in apposition never stands for the one taken)
    for (const o of here) {
      if (!appositionOf(v, o, next, c.fact.company)) continue;
      if (handover || o.statusSource !== 'cue') leave(o);
    }
    if (here.some((o) => o.fact.person === next.name && o.fact.status === 'current' && o.fact.company === c.fact.company && !appositionOf(v, o, next, c.fact.company))) continue;
    out.push(successor(v, next, c.fact.company, named ?? c.fact.title));
  }
  const front = posts.length === 0 ? frontedCompany(v) : null;
  if (front && !here.some((o) => o.fact.person === next.name && o.fact.status === 'current')) out.push(successor(v, next, front, null));
}
