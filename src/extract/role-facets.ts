/**
 * A titled role's status, dates and place. Each is read from the words around the title
 * (time words, leaving verbs, date ranges, "in France") and decided after holder and
 * employer, because the holder tells whose departure counts and the employer phrase tells
 * where the clause about this job ends.
 */
import type { SentenceView } from './analyze.js';
import { isBoardTitle } from './board.js';
import type { RoleState } from './roles.js';
import { anyCueAt, APPOINT_VERBS, cueList, findCue, JOIN_VERBS, LEAVE_AFTER } from './cues.js';
import type { RoleCandidate } from './candidates.js';
import { leaves, localCue, type LeaveMarks, type StatusDecision } from './status.js';
import type { PersonRef } from './refs.js';
import type { Mention } from './mentions.js';
import type { TitleSpan } from './titles.js';
import { replacedBy } from './successions.js';
import { stayEndedBefore } from './employers.js';
import { isCompanyLike, isPossessive } from './refs.js';

const PLACE_PREPS = new Set(['en', 'in', 'au', 'aux', 'pour', 'for', 'a']);

const LEFT_POST = new Set(['as', 'comme', 'de', "d'", 'son', 'sa', 'ses', 'poste', 'fonctions', 'mandat', 'his', 'her', 'their', 'role', 'post', 'position']);

/** "X steps down as chief executive", "quitte ses fonctions de DG": the title is the one left. */
function leftAs(v: SentenceView, title: TitleSpan, person: PersonRef): boolean {
  const t = v.tokens;
  let k = title.s - 1;
  // "resigned as Valmor('s) chief executive": the firm's name written before the title.
  if (t[k]?.f === "'s") k--;
  const firm = v.cover[k];
  if (isCompanyLike(firm) && firm.e === k + 1 && firm.s > person.e) k = firm.s - 1;
  else k = title.s - 1;
  const last = k;
  while (k > person.e && k >= last - 3 && LEFT_POST.has(t[k]?.f ?? '')) k--;
  if (k === last) return false;
  // ("quitte son poste de DG": the longer cue "quitte son poste" ends on the post's words)
  for (let i = Math.max(person.e, k - 3); i <= k; i++) {
    const e = anyCueAt(t, i, LEAVE_AFTER);
    if (e > k && e <= last + 1) return true;
  }
  return false;
}

const UNTIL = cueList("jusqu' en | jusqu' au | jusqu' a | jusqu' a fin | until | till | through | to");

/** "DRH de Norelle jusqu'en 2021", "CFO at Acme until 2021": an end date already past. */
export function endedBefore(v: SentenceView, after: number, published: string | null): boolean {
  const t = v.tokens;
  const k = t[after]?.text === ',' ? after + 1 : after;
  if (spanTold(v, after, published)) return true;
  const e = anyCueAt(t, k, UNTIL);
  if (e < 0) return false;
  for (let i = e; i < e + 3; i++) {
    const f = t[i]?.f ?? '';
    if (/^(?:19|20)\d\d$/.test(f)) return published === null || f < published.slice(0, 4);
  }
  // "DRH de Norelle jusqu'en mars, elle rejoint…": a month with no year, before the month of
  // publication (or "mars dernier"), is this year's and over; a later one is still to come.
  const month = MONTHS.get(t[e]?.f ?? '') ?? MONTHS.get(t[e + 1]?.f ?? '');
  if (month !== undefined && published !== null) {
    const m = t[e]?.f && MONTHS.has(t[e]?.f ?? '') ? e : e + 1;
    const next = t[m + 1]?.f ?? '';
    if (!/^\d/.test(next)) return next === 'dernier' || next === 'last' || month < Number(published.slice(5, 7));
  }
  // "CFO at Brisk until last year", "until recently", "until his retirement in 2023".
  return anyCueAt(t, e, ENDED_WHEN) > 0;
}

const SPAN_WORDS = new Set(['pendant', 'durant']);
const SPAN_UNITS = new Set(['ans', 'annees', 'mois', 'decennies']);

/**
 * "consultante chez Capgemini pendant dix ans", "directrice de Danone dans les années 2010": a
 * stay told with its length or its decade, over when the text is written (not "depuis dix ans").
 */
function spanTold(v: SentenceView, k: number, published: string | null): boolean {
  const t = v.tokens;
  if (SPAN_WORDS.has(t[k]?.f ?? '')) {
    const n = t[k + 1]?.f ?? '';
    return (/^\d+$/.test(n) || NUMBER_WORDS.has(n) || n === 'plusieurs' || n === 'quelques') && SPAN_UNITS.has(t[k + 2]?.f ?? '');
  }
  if (t[k]?.f === 'dans' && t[k + 1]?.f === 'les' && t[k + 2]?.f === 'annees') {
    const d = t[k + 3]?.f ?? '';
    return /^(?:19|20)\d0$/.test(d) && (published === null || Number(d) + 10 <= Number(published.slice(0, 4)));
  }
  return false;
}

const NUMBER_WORDS = new Set(['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'vingt', 'trente']);

/** Month names (folded, French and English) and their numbers. */
const MONTHS = new Map<string, number>(['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'].flatMap((m, i) => [[m, i + 1] as [string, number]]).concat(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, i + 1] as [string, number])));

/** Time phrases after "until" that put the end in the past. */
const ENDED_WHEN = cueList(`
last year | last month | last week | last summer | last spring | last autumn | last fall | last winter | recently | earlier this year | earlier this month
his retirement | her retirement | his departure | her departure | she left | he left | the end of last year
l' an dernier | l' annee derniere | le mois dernier | recemment | sa retraite | son depart
`);

/** "Ardenix perd son directeur général : X…", "Acme has lost its finance chief": the holder leaves. */
const LOSES = cueList('perd | a perdu | vient de perdre | va perdre | loses | has lost | lost | is losing | se separe de | se separe d\' | s\' est separe de | s\' est separee de | se separe de | vient de se separer de | parts ways with | parted ways with | has parted ways with');
const BEFORE_PREDECESSOR_TITLE = cueList('takes over from | took over from | taking over from | will take over from | take over from | succeeds | succeeding | replaces | replacing | succede a | succede au | succedera a | succedera au | remplace | remplacera');
const AFTER_STAY = cueList('after * years as | after * months as | after a decade as | after * decades as | after * years as its | apres * ans comme | apres * annees comme | apres * ans en tant que');
const PRED_DETS = new Set(['the', 'its', 'le', 'la', "l'", 'son', 'sa']);
const STAY_ARTICLES = new Set(['a', 'an', 'un', 'une']);

/** "Mistralis perd en revanche X, associé fondateur, …": the company loses the person, founder or not. */
function lostPerson(v: SentenceView, person: PersonRef, title: TitleSpan): boolean {
  if (!person.named || title.s < person.e || title.s - person.e > 2) return false;
  for (let i = Math.max(v.from, person.s - 5); i < person.s; i++) {
    const e = anyCueAt(v.tokens, i, LOSES);
    if (e > 0 && person.s - e <= 2) return true;
  }
  return false;
}

/** The appointment cue before the title is a participle or a past passive, and the person leaves after it. */
const PAST_APPOINTED = cueList('nomme | nommee | appointed | named | promu | promue | promoted | recrute | recrutee | hired | arrive | arrivee | was appointed | was named | had been appointed | avait ete nomme | avait ete nommee | a ete nomme | a ete nommee');
function appointedThenLeaves(v: SentenceView, marks: LeaveMarks, title: TitleSpan, person: PersonRef, refs: PersonRef[]): boolean {
  let told = false;
  for (let i = Math.max(v.from, title.s - 6); i < title.s && !told; i++) told = anyCueAt(v.tokens, i, PAST_APPOINTED) > 0;
  return told && marks.after.some((i) => i > Math.max(person.e, title.e)) && leaves(marks, person, title.e, refs);
}

/** Adjectives after a title that tell it is being left ("directeur général sortant"). Folded. */
const OUTGOING_AFTER = new Set(['sortant', 'sortante', 'sortants', 'sortantes', 'demissionnaire', 'demissionnaires', 'partant', 'partante']);

export function decideStatus(v: SentenceView, marks: LeaveMarks, title: TitleSpan, person: PersonRef, refs: PersonRef[], floor: number, published: string | null, range: string | null): StatusDecision {
  if (lostPerson(v, person, title)) return { status: 'former', source: 'departure' };
  if (!title.founder && person.e <= title.s && leftAs(v, title, person)) return { status: 'former', source: 'departure' };
  // "takes over from interim MD X", "succède au directeur général X": the predecessor's post.
  if (!title.founder || title.withPost === true) {
    let k = title.s;
    if (PRED_DETS.has(v.tokens[k - 1]?.f ?? '')) k--;
    for (let i = Math.max(v.from, k - 4); i < k; i++) if (anyCueAt(v.tokens, i, BEFORE_PREDECESSOR_TITLE) === k) return { status: 'former', source: 'departure' };
    const p = isPossessive(v.tokens[title.s - 1]?.f ?? '') ? title.s - 1 : -1;
    for (let i = Math.max(v.from, p - 3); p > 0 && i < p; i++) if (anyCueAt(v.tokens, i, LOSES) === p) return { status: 'former', source: 'departure' };
  }
  // "who retires after twelve years as chief executive": a stay told as done.
  for (let i = Math.max(v.from, title.s - 6); i < title.s; i++) {
    const e = anyCueAt(v.tokens, i, AFTER_STAY);
    // ("after nine years as a non-executive director": the article of a seat among others)
    if (e === title.s || (e > 0 && e === title.s - 1 && (PRED_DETS.has(v.tokens[e]?.f ?? '') || STAY_ARTICLES.has(v.tokens[e]?.f ?? '')))) return { status: 'former', source: 'cue' };
  }
  // "retired after 41 years at the firm, the last nine as plant manager": the last part of a stay told as done.
  if (stayEndedBefore(v, title) >= 0) return { status: 'former', source: 'cue' };
  // "le directeur général sortant de X", "la présidente démissionnaire": a post being left.
  if (!title.founder && OUTGOING_AFTER.has(v.tokens[title.e]?.f ?? '')) return { status: 'former', source: 'departure' };
  const cue = localCue(v, title.s, floor);
  // "Nommée en 2021 directrice des opérations de X, elle quitte le groupe", "Ann Lee, who was
  // appointed CFO in 2021, is leaving the company": an appointment told beside a leaving is the
  // post now left.
  if (cue === 'current' && !title.founder && appointedThenLeaves(v, marks, title, person, refs)) return { status: 'former', source: 'departure' };
  if (cue) return { status: cue, source: 'cue' };
  // "Il remplace X, partie chez Y comme T": the post X goes to after the move is current.
  if ((!title.founder || title.withPost === true) && leaves(marks, person, title.e, refs, v) && !(person.e <= title.s && findCue(v.tokens, JOIN_VERBS, person.e, title.s))) return { status: 'former', source: 'departure' };
  if (range && published && range < published.slice(0, range.length)) return { status: 'former', source: 'date' };
  return { status: 'current', source: 'default' };
}

export function rolePlace(v: SentenceView, title: TitleSpan, after: number, state: RoleState): string | null {
  for (let i = title.s; i < title.e; i++) {
    const m = v.cover[i];
    if (m?.kind === 'PLACE' && !m.adjective) return m.text;
  }
  for (const k of [title.e, after]) {
    if (PLACE_PREPS.has(v.tokens[k]?.f ?? '') && v.cover[k + 1]?.kind === 'PLACE' && !v.cover[k + 1]?.adjective) return v.cover[k + 1]?.text ?? null;
  }
  if (/\blocal(?:e)?\b/i.test(title.text) && state.paraCountry) return state.paraCountry;
  return null;
}

export function roleDates(v: SentenceView, title: TitleSpan, after: number, status: StatusDecision): { start: string | null; end: string | null } {
  const from = v.tokens[title.s]?.start ?? 0;
  const next = v.titles.find((o) => o.s > title.s);
  const limit = Math.min(next ? (v.tokens[next.s]?.start ?? Infinity) : Infinity, (v.tokens[after - 1]?.end ?? from) + 45);
  for (const d of v.dates) {
    if (d.start < from || d.start > limit) continue;
    if (d.kind === 'range') return { start: d.from, end: d.to };
    if (d.kind === 'since') return { start: d.from, end: null };
    // A bare date belongs to the title only within its clause ("nommée DG le 1er mars").
    const gap = v.sent.text.slice(v.tokens[title.e - 1]?.end ?? 0, d.end);
    if (gap.includes(',') && !/effective|à compter|a compter|as of|starting/i.test(gap)) continue;
    return status.source === 'departure' ? { start: null, end: d.from } : { start: d.from, end: null };
  }
  return { start: null, end: null };
}

const LIST_LINKS = new Set(['and', 'et', ',', 'then', 'puis', 'at', 'of', 'de', "d'", 'du', 'chez', 'with', 'before', 'that', 'avant', 'cela']);

/** Only a company and list words between two titles? */
export function listedAfter(v: SentenceView, from: number, to: number): boolean {
  if (from <= v.from || to <= from) return false;
  for (let i = from; i < to; i++) {
    const m = v.cover[i];
    if (m && isCompanyLike(m)) continue;
    // "…at Y from 2016 to 2021, then a partner at Z": the span of the first job, and the article.
    const start = v.tokens[i]?.start ?? -1;
    if (v.dates.some((d) => d.kind === 'range' && start >= d.start && start < d.end)) continue;
    if (i === to - 1 && (v.tokens[i]?.f === 'a' || v.tokens[i]?.f === 'an')) continue;
    if (!LIST_LINKS.has(v.tokens[i]?.f ?? '')) return false;
  }
  return true;
}

/** Verbs that move a person to a new post in the same sentence. */
const CHANGE = cueList(`
devient | deviendra | promu | promue | est nomme | est nommee
a ete nomme | a ete nommee | sera nomme | sera nommee | prend la tete | prendra la tete | accede au poste de
becomes | will become | promoted | elevated | is named | was named | has been named | will be named
is appointed | was appointed | has been appointed | will take over as | takes over as | steps up to | moves up to | to become
`);
const NOW = cueList('currently | actuellement | now | desormais | aujourd\'hui | still | toujours | encore');
const ALSO = cueList('aussi | egalement | en plus | tout en | also | additionally | while remaining | in addition | as well');
/** An interim taken on top of a job does not end it (nor does a board seat elsewhere: board.ts). */
const INTERIM = /\b(?:interim|int[ée]rim|acting)/i;
/** "promoted COO X to chief executive", "promeut X au poste de T", "hisse X au rang de T": the post before is left. */
const PROMOTE = cueList('promoted | promotes | has promoted | promoting | elevated | elevates | has elevated | elevating | promeut | a promu | promu | promue | hisse | a hisse');
/** Words between "as its" and the new post ("as its first chief merchandising officer"). */
const NEW_POST = new Set(['first', 'first-ever', 'new', 'next', 'premier', 'premiere', 'nouveau', 'nouvelle']);
/** Words between "from" and the post a promotion ends: "from the role of T", "from her previous role as T". */
const FROM_POST = new Set(['the', 'role', 'post', 'position', 'job', 'of', 'as', 'her', 'his', 'their', 'previous', 'current', 'former']);
/** "moving her up from T", "moves him up from T": a move told as a rise. */
const MOVE_UP = new Set(['moving', 'moves', 'moved', 'move', 'stepping', 'steps', 'stepped', 'bumping', 'bumped']);
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them']);

/**
 * "X, directeur général depuis 2018, devient président exécutif", "Directrice des collections,
 * X est promue directrice générale", "named its CTO, X, as chief executive": the post held
 * before the move, in the same sentence, is left.
 */
export function leftByChange(v: SentenceView, out: RoleCandidate[]): void {
  const t = v.tokens;
  for (const a of out) {
    if (a.statusSource === 'departure' || a.statusSource === 'date' || a.fact.status !== 'current' || a.founder || a.predecessor) continue;
    const span = v.titles.find((x) => x.s === a.pos);
    if (!span || currentlyBefore(t, a.pos)) continue;
    const moved = out.some((b) => {
      if (b === a || b.pos <= a.pos || b.fact.person !== a.fact.person || b.fact.status !== 'current' || b.founder) return false;
      // ("named its CFO, X, as interim CEO": kept, an interim taken on top; GUIDELINES: otherwise current)
      const interim = INTERIM.test(b.fact.title ?? '');
      // "X, jusqu'ici présidente du directoire, prend la présidence du conseil de surveillance": a board
      // seat at the same company replaces the post; one elsewhere is held besides it.
      if (isBoardTitle(b.fact.title) && b.fact.company !== a.fact.company) return false;
      if (findCue(t, ALSO, span.e, b.pos)) return false;
      if (interim) return false;
      // "X, currently head of finance, will take over as CFO": a time word keeps the post.
      if (findCue(t, CHANGE, span.e, b.pos)) return a.statusSource === 'default' || !findCue(t, NOW, Math.max(v.from, a.pos - 6), a.pos);
      // "X has named its CTO, Y, as chief executive": "as" after an appointment verb; "has
      // lured Z's T1, Y, to become its first T2": the infinitive says the same.
      let k = b.pos - 1;
      if (NEW_POST.has(t[k]?.f ?? '')) k--;
      if (t[k]?.f === 'its' || t[k]?.f === 'son' || t[k]?.f === 'sa') k--;
      // ("named its CFO, Y, chief executive": the post right after the apposition closes)
      const holder = t[span.e]?.text === ',' ? v.cover[span.e + 1] : undefined;
      const apposed = t[k]?.text === ',' && holder?.kind === 'PERSON' && holder.s === span.e + 1 && holder.e === k;
      const as = t[k]?.f === 'as' || t[k]?.f === 'comme' || ((t[k]?.f === 'become' || t[k]?.f === 'be') && t[k - 1]?.f === 'to') || apposed;
      if (as && k > span.e && findCue(t, APPOINT_VERBS, v.from, a.pos) !== null) return true;
      // "has promoted COO X to chief executive", "promeut X au poste de T".
      const to = t[k]?.f === 'to' || (t[k]?.f === 'de' && (t[k - 1]?.f === 'poste' || t[k - 1]?.f === 'rang') && t[k - 2]?.f === 'au');
      if (to && k > span.e && findCue(t, PROMOTE, v.from, a.pos) !== null) return true;
      // "la nomination de X, directeur régional, au poste de T": the apposed post is left.
      return to && t[k]?.f === 'de' && t[span.e]?.text === ',' && t[span.e + 1]?.f === 'au' && t[k - 2] === t[span.e + 1] && findCue(t, APPOINT_VERBS, v.from, a.pos) !== null;
    });
    if (moved || promotedFrom(v, span) || succeededInto(v, a, out)) {
      a.fact.status = 'former';
      a.statusSource = 'departure';
    }
  }
}

/**
 * "named X, currently treasurer of Orvel Home, as its CFO", "Y, currently an executive at Z":
 * GUIDELINES let the explicit time word decide, so the post is kept beside the new one.
 */
function currentlyBefore(t: SentenceView['tokens'], pos: number): boolean {
  const k = t[pos - 1]?.f === 'a' || t[pos - 1]?.f === 'an' || t[pos - 1]?.f === 'the' ? pos - 2 : pos - 1;
  return t[k]?.f === 'currently';
}

/**
 * "X will be succeeded as CEO by Y, the company's COO": the post told in apposition right after
 * the newcomer, at the company whose post they take, is the one they leave.
 */
function succeededInto(v: SentenceView, a: RoleCandidate, out: RoleCandidate[]): boolean {
  if (a.statusSource !== 'default') return false;
  return out.some((b) => {
    if (b === a || b.pos >= a.pos || a.pos - b.pos > 10 || b.fact.person !== a.fact.person || b.fact.company !== a.fact.company || b.fact.status !== 'current') return false;
    const taken = v.titles.find((x) => x.s === b.pos);
    if (!taken || !replacedBy.has(taken)) return false;
    // ("succeeded as CEO of Orvel by Y": the post's firm before "by")
    let k = taken.e;
    if (v.tokens[k]?.f === 'of' || v.tokens[k]?.f === 'at') k = v.cover[k + 1]?.s === k + 1 ? (v.cover[k + 1]?.e ?? k) : k;
    return v.tokens[k]?.f === 'by';
  });
}

/**
 * "has elevated X to chief operating officer, promoting her from head of operations", "elevating
 * him from the role of T", "moving her up from T", "promoted X from T to T2": the post the
 * promotion ends. "from" opens it (past role words), and before it the person (or a pronoun),
 * after a promoting verb or a move "up".
 */
function promotedFrom(v: SentenceView, span: TitleSpan): boolean {
  const t = v.tokens;
  let k = span.s - 1;
  while (k > v.from && k >= span.s - 5 && FROM_POST.has(t[k]?.f ?? '')) k--;
  if (t[k]?.f !== 'from') return false;
  k--;
  // "was promoted to chief technology officer from head of engineering": the post after "from".
  const to = v.titles.find((x) => x.e === k + 1);
  if (to && t[to.s - 1]?.f === 'to') for (let i = Math.max(v.from, to.s - 3); i < to.s - 1; i++) if (anyCueAt(t, i, PROMOTE) === to.s - 1) return true;
  // "has promoted X to chief risk officer from senior credit officer": the person between.
  const promoted = to && t[to.s - 1]?.f === 'to' ? v.cover[to.s - 2] : undefined;
  if (promoted?.kind === 'PERSON' && promoted.e === to!.s - 1) for (let i = Math.max(v.from, promoted.s - 3); i < promoted.s; i++) if (anyCueAt(t, i, PROMOTE) === promoted.s) return true;
  const up = t[k]?.f === 'up';
  if (up) k--;
  const who = v.cover[k];
  if (who?.kind === 'PERSON') k = who.s - 1;
  else if (OBJECT_PRONOUNS.has(t[k]?.f ?? '')) k--;
  else return false;
  if (up && MOVE_UP.has(t[k]?.f ?? '')) return true;
  for (let i = Math.max(v.from, k - 2); i <= k; i++) if (anyCueAt(t, i, PROMOTE) === k + 1) return true;
  return false;
}

/**
 * "joins from Orrin, where she has been head of credit since 2019": the post told in the
 * "where" clause of the company someone comes from is left, whatever its tense.
 */
export function heldWhereLeft(v: SentenceView, company: Mention | null, title: TitleSpan): boolean {
  if (!company) return false;
  const t = v.tokens;
  // ("from rival Kessel Group", "from the London-based lender X": a short description between)
  let k = company.s - 1;
  while (k > company.s - 4 && t[k]?.word && !t[k]?.cap && t[k]?.f !== 'from') k--;
  if (t[k]?.f !== 'from') return false;
  // "has hired a three-partner tax team from Orrin Vale, led by partner X": the team's
  // lead held that rank at the firm the team leaves.
  for (let j = company.e; j < title.s && j < company.e + 6; j++) if (t[j]?.f === 'led' && t[j + 1]?.f === 'by' && title.s - j <= 4) return true;
  if (t[company.e]?.text !== ',' || t[company.e + 1]?.f !== 'where' || title.s < company.e || title.s - company.e > 8) return false;
  return findCue(t, NOW, company.e, title.s) === null;
}
