/**
 * Titled roles: for each title of a sentence, who holds it (holders.ts), where (employers.ts),
 * its status, dates and place (role-facets.ts), and the predecessor a succession names
 * (successions.ts). This file only wires them, so each rule can be read on its own.
 */
import { focusNameAt, type DocView, type SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { anyCueAt, APPOINT_VERBS, cueList, findCue, HIRE_TALKS, JOIN_VERBS, LEAVE_AFTER, RUMOUR } from './cues.js';
import { boardSeatAfter } from './board.js';
import { chooseCompany, explicitAfter, SAID } from './employers.js';
import { asBefore, choosePerson, coordinated, skipBack } from './holders.js';
import type { Mention } from './mentions.js';
import { companyRefAt, isCompanyLike, lastRefBefore, refAt } from './refs.js';
import { fold } from '../lexicon/fold.js';
import { PUBLIC_BODIES } from '../lexicon/companies.js';
import { TITLE_HEADS } from '../lexicon/titles.js';
import { lookupPlace } from '../lexicon/places.js';
import type { PersonRef } from './refs.js';
import { decideStatus, endedBefore, heldWhereLeft, leftByChange, listedAfter, roleDates, rolePlace } from './role-facets.js';
import { leaveMarks, localCue, type StatusDecision } from './status.js';
import { replacedAfter, replacedBy, successorCompany, writtenHere, type Succession } from './successions.js';
import type { CompanyChoice } from './employers.js';
import type { TitleSpan } from './titles.js';
import type { Token } from './tokens.js';

export interface RoleState {
  lastPerson: string | null;
  /** Last country named in the current paragraph (for "responsable local"). */
  paraCountry: string | null;
  para: number;
  /** Person → company of their latest current job, for "Il succède à X" a sentence later. */
  appointed: Map<string, string>;
  /** Person → company of their latest titled job, current or past. */
  heldAt: Map<string, string>;
}

/** A predecessor's title with no employer of its own is held where the newcomer now works. */
function predecessorCompany(v: SentenceView, s: Succession | undefined, title: TitleSpan, chosen: CompanyChoice | null, here: RoleCandidate[], appointed: Map<string, string>): CompanyChoice | null {
  if (!s || chosen?.explicit) return chosen;
  // A later title with no employer at all ("to become chief executive of a small start-up")
  // is not the post left; only the apposition right after the name is.
  if (!chosen && title.s - s.predecessor.e > 2) return chosen;
  const found = successorCompany(s, here, appointed);
  if (!found) return chosen;
  const name = writtenHere(v, found);
  return { name, mention: null, explicit: false, extra: [], after: chosen?.after ?? s.predecessor.e };
}

/** Reporting lines: the person after them works beside the subject, in the same firm. */
const REPORTS_TO = cueList(`
report to | reports to | reporting to | will report to | work alongside | works alongside | will work alongside | working alongside
rendra compte a | rend compte a | rapportera a | rapporte a | travaillera aux cotes de | travaillera aux cotes du | travaillera aux cotes d'
`);

/**
 * "Doyle will report to chief executive X", "Il travaillera aux côtés du président, X": the
 * subject of a reporting line right before the title (or its holder), when it is another person.
 */
function reportingNewcomer(v: SentenceView, refs: PersonRef[], title: TitleSpan, person: PersonRef): string | null {
  const start = Math.min(title.s, person.s);
  for (let i = start - 1; i >= Math.max(v.from, start - 4); i--) {
    const e = anyCueAt(v.tokens, i, REPORTS_TO);
    if (e < 0) continue;
    // (only articles between the cue and the post: "aux côtés de la directrice générale")
    for (let k = e; k < start; k++) if (!REPORT_ARTICLES.has(v.tokens[k]?.f ?? '')) return null;
    const subject = lastRefBefore(refs, i, person.name);
    return subject ? subject.name : null;
  }
  return null;
}

const REPORT_ARTICLES = new Set(['the', 'its', 'le', 'la', "l'", 'sa', 'son', 'du', 'de', 'a', 'au']);

/**
 * "a former Santander Brasil chief executive", "Alpenluft Airways chief executive X": a name
 * written right before the title, as its modifier, is where the title is held.
 */
function modifierCompany(v: SentenceView, title: TitleSpan, doc: DocView): CompanyChoice | null {
  const m = v.cover[title.s - 1];
  if (!isCompanyLike(m) || m.e !== title.s || PUBLIC_BODIES.test(m.text) || explicitAfter(v, title.e, doc)) return null;
  // "UK & Ireland managing director": a scope of places, not an employer.
  if (lookupPlace(v.tokens[m.s]?.text ?? '')) return null;
  return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
}

/** The comma that closes an apposition within a few words ("a managing director in the group,"). */
function clauseEnd(v: SentenceView, from: number): number {
  for (let k = from; k < Math.min(v.tokens.length, from + 8); k++) {
    const x = v.tokens[k]?.text;
    if (x === ',') return k;
    if (x === '.' || x === ';' || x === '(' || v.cover[k]?.kind === 'PERSON') return -1;
  }
  return -1;
}

/** "…will join as T", "rejoindra l'équipe comme T": a join verb then "as" right before the title. */
function joinsAs(v: SentenceView, person: PersonRef, title: TitleSpan): boolean {
  const j = findCue(v.tokens, JOIN_VERBS, person.e, title.s);
  if (!j) return false;
  let k = j.e;
  while (k < title.s && (v.tokens[k]?.f === 'as' || v.tokens[k]?.f === 'comme' || v.tokens[k]?.f === 'a' || v.tokens[k]?.f === 'an')) k++;
  return k === title.s && k > j.e;
}

/**
 * "Lagom & Co has hired Jessica A, senior vice president of retail at Orvel Home, to lead…":
 * the post in apposition to a person another company hires is the one left. "named Kevin A,
 * currently treasurer of Orvel Home, as its CFO": GUIDELINES let the time word decide (current).
 */
function hiredAway(v: SentenceView, person: PersonRef, title: TitleSpan, company: string): boolean {
  if (!person.named || v.tokens[person.e]?.text !== ',' || title.s - person.e > 3) return false;
  for (let k = person.e + 1; k < title.s; k++) if (v.tokens[k]?.f === 'currently') return false;
  for (let i = Math.max(v.from, person.s - 3); i < person.s; i++) {
    if (anyCueAt(v.tokens, i, APPOINT_VERBS) !== person.s) continue;
    const hirer = v.mentions.filter((m) => m.e <= i && isCompanyLike(m)).pop();
    if (!hirer || hirer.text === company || company.startsWith(hirer.text) || hirer.text.startsWith(company)) return false;
    // A board seat is held beside the job: "a coopté X, directrice générale de Y, en qualité
    // d'administratrice", "appointed X, chief executive of Y, as a non-executive director".
    return !boardSeatAfter(v, title.e);
  }
  return false;
}

/**
 * "Pellam has hired Ondrel chief economist X", "by hiring Ondrel partners X, Y and Z": the post
 * named with its firm right after another firm's hiring verb is the one left.
 */
function hiredWithFirm(v: SentenceView, title: TitleSpan, firm: Mention | null): boolean {
  if (!firm || firm.e !== title.s) return false;
  for (let i = Math.max(v.from, firm.s - 3); i < firm.s; i++) {
    if (anyCueAt(v.tokens, i, APPOINT_VERBS) !== firm.s && !(v.tokens[i]?.f === 'hiring' && i === firm.s - 1)) continue;
    const hirer = v.mentions.filter((m) => m.e <= i && isCompanyLike(m)).pop();
    return !!hirer && hirer.text !== firm.text && !boardSeatAfter(v, title.e);
  }
  return false;
}

/** "a spokesperson confirmed", "a company spokeswoman said": an indefinite title that speaks. */
function unnamedSpeaker(v: SentenceView, title: TitleSpan): boolean {
  const before = v.tokens[title.s - 1]?.f ?? '';
  return (before === 'a' || before === 'an') && SAID.has(v.tokens[title.e]?.f ?? '');
}

/**
 * "…recrute son directeur financier : X, qui quitte Brellin après quatre ans": the person
 * named after the post leaves another named company, not the post. True when the leaving verb
 * after the person is followed by a company other than the post's.
 */
function leavesAnother(v: SentenceView, person: PersonRef, company: string, from = person.e, span = 4): boolean {
  const t = v.tokens;
  for (let i = from; i < Math.min(t.length, from + span); i++) {
    const e = anyCueAt(t, i, LEAVE_AFTER);
    if (e < 0) continue;
    const k = t[e]?.f === 'le' || t[e]?.f === 'la' || t[e]?.f === "l'" ? e + 1 : e;
    const m = v.cover[k];
    return isCompanyLike(m) && m.s === k && m.text !== company && !m.text.startsWith(company) && !company.startsWith(m.text);
  }
  return false;
}

/**
 * "Les trois cofondateurs de X, Léa A, Karim B et Jonas C, …": a plural title in apposition
 * is held by every person listed after the first one found.
 */
function listedAfterPlural(v: SentenceView, refs: PersonRef[], title: TitleSpan, first: PersonRef): PersonRef[] {
  const t = v.tokens;
  const head = t[title.h]?.f ?? '';
  if (!head.endsWith('s') || !TITLE_HEADS.has(head.slice(0, -1)) || first.s < title.e) return [];
  const out: PersonRef[] = [];
  let cur = first;
  for (;;) {
    const link = t[cur.e]?.f;
    if (link !== ',' && link !== 'et' && link !== 'and') break;
    const next = refs.find((p) => p.s === cur.e + 1 && p.named);
    if (!next) break;
    out.push(next);
    cur = next;
  }
  return out;
}

const AMONG = cueList('among them | amongst them | including | among whom | as do | as does | as will');
const LIST_END = new Set(['.', ';', 'who', 'which', 'qui', '(']);

/**
 * "has promoted six associates to partner, among them tax specialists X and Y and litigator Z": the
 * post given to a counted group is held by every person the list after it names (descriptors
 * between the names), up to a relative clause or the sentence's end.
 */
function listedAmong(v: SentenceView, refs: PersonRef[], title: TitleSpan, first: PersonRef): PersonRef[] {
  const t = v.tokens;
  const at = t[title.e]?.text === ',' ? title.e + 1 : title.e;
  const from = anyCueAt(t, at, AMONG);
  if (from < 0) return [];
  const out: PersonRef[] = [];
  for (let k = from; k < t.length && !LIST_END.has(t[k]?.f ?? ''); k++) {
    const r = refs.find((p) => p.s === k && p.named);
    if (!r) continue;
    if (r !== first) out.push(r);
    k = r.e - 1;
  }
  return out;
}

const BODY_DETS = new Set(['le', 'la', "l'", 'son', 'sa', 'the', 'its', 'his', 'her']);
const BODIES = new Set(['comite', 'comex', 'codir', 'directoire', 'conseil', 'board', 'executive', 'management', 'leadership', 'operating']);

/** "X, secrétaire générale, intègre le comité exécutif": joining a body of the same house keeps the post. */
function joinsBody(t: Token[], e: number): boolean {
  return BODY_DETS.has(t[e]?.f ?? '') && BODIES.has(t[e + 1]?.f ?? '');
}

/** "joins Frachtwerk's board", "joins the board of X": a seat held beside the post, not a move. */
function joinsBoardOf(v: SentenceView, e: number): boolean {
  const t = v.tokens;
  const m = v.cover[e];
  let k = m && m.s === e && t[m.e]?.f === "'s" ? m.e + 1 : e;
  if (k === e && t[k]?.f !== 'the') return false;
  if (t[k]?.f === 'the') k++;
  if (t[k]?.f === 'supervisory' || t[k]?.f === 'advisory') k++;
  return t[k]?.f === 'board';
}

/** A leaving told after a post, in the same clause: the post is past. */
const LEFT_LATER = cueList('before leaving | before stepping down | before retiring | before quitting | before departing | until leaving | until stepping down | until retiring | until his retirement | until her retirement | until his departure | until her departure');

const WILL = new Set(['will', 'va', 'vont', 'doit', 'doivent', 'is', 'are', 'set', 'to', 'has', 'have']);

/**
 * "X, directeur digital de Chanel, rejoint Kering", "Emma, Citi's co-head of M&A, and Raj, a
 * managing director, will join JPMorgan": the subject described by the title moves on.
 */
function joinsAfter(v: SentenceView, after: number, refs: PersonRef[], held: string, focus: string | null): boolean {
  const t = v.tokens;
  if (after < 0) return false;
  let k = after;
  // "Goldman Sachs banker X has joined Y": the holder named right after the title, then the verb.
  const holder = refAt(refs, k, true);
  if (holder) k = holder.e;
  for (let guard = 0; guard < 24 && k < t.length; guard++) {
    // "…, associée chez Y depuis 2017, rejoint Z": the time the post was held is skipped.
    if (t[k]?.f === 'depuis' || t[k]?.f === 'since') {
      const comma = t.findIndex((x, j) => j > k && j <= k + 5 && x.text === ',');
      if (comma > 0) k = comma;
    }
    if (t[k]?.text === ',') k++;
    // A second subject listed with the first: "…, and Raj V, a managing director in the group, …"
    if ((t[k]?.f === 'and' || t[k]?.f === 'et') && refs.some((r) => r.s === k + 1 && r.named)) {
      k = (refs.find((r) => r.s === k + 1)?.e ?? k) + 1;
      while (k < t.length && t[k]?.text !== ',' && t[k]?.text !== '.' && t[k]?.text !== ';') k++;
      continue;
    }
    while (WILL.has(t[k]?.f ?? '')) k++;
    const e = anyCueAt(t, k, JOIN_VERBS);
    return e > 0 && !joinsBody(t, e) && !joinsBoardOf(v, e) && joinsAnother(v, e, held, focus);
  }
  return false;
}

/** What a join tells without naming another firm: "joined from Y", "joined in 2019", "joined as CFO". */
const JOIN_TOLD_ONLY = new Set(['from', 'in', 'as', 'last', 'earlier', 'on', 'de', 'en', 'comme', '.', ',', ';']);

/**
 * Is the firm joined at e another one than the one whose post is told ("X, CFO of Orsel,
 * joins Velmora")? Not when the join names no firm ("X, chief executive of Velmora, joined from
 * Orsel in 2019", "… joined the firm in 2019": the story of the post held now) or names that
 * same firm.
 */
function joinsAnother(v: SentenceView, e: number, held: string, focus: string | null): boolean {
  const t = v.tokens;
  if (JOIN_TOLD_ONLY.has(t[e]?.f ?? '') || e >= t.length) return false;
  const ref = companyRefAt(v, e);
  if (ref > 0 && !isCompanyLike(v.cover[ref])) return focus !== null && fold(focus) !== fold(held);
  const m = v.cover[e] ?? v.cover[e + 1];
  return !(isCompanyLike(m) && fold(m.text) === fold(held));
}

const ALSO = new Set(['also', 'aussi', 'egalement', 'additionally']);

/** "devient aussi président", "will also become chair": a post on top of the one held. */
function addedPost(t: Token[], s: number): boolean {
  for (let i = Math.max(0, s - 3); i < s; i++) if (ALSO.has(t[i]?.f ?? '')) return true;
  return false;
}

/**
 * "Il succède à X, directeur général depuis 2019": the title written right after the name of the
 * one succeeded. (Read for every title with a succession, before the status rules: the same reads
 * first made in a branch taken late deoptimized the whole of titledRoles.)
 */
function apposedToPredecessor(s: Succession | undefined, title: TitleSpan): boolean {
  return s !== undefined && title.s - s.predecessor.e <= 2 && title.s > s.predecessor.s;
}

/** Bodies that are no company: a title ending in one, unnamed, holds no job at a firm (folded). */
const BODY_NOUNS = new Set('federation syndicat association chambre confederation fondation collectif observatoire commission jury alliance cluster ordre'.split(' '));
const BODY_COMMITTEES = cueList("comite de pilotage | comite scientifique | comite d' organisation | comite d' ethique | pole de competitivite");
const BODY_LINKS = new Set(['de', 'du', "d'", 'des', 'la', "l'"]);

/** "président de la fédération", "présidente du comité de pilotage": the title's last words name a body, and no name follows. */
function unnamedBody(v: SentenceView, title: TitleSpan, doc: DocView): boolean {
  const t = v.tokens;
  let k = title.h + 1;
  while (k < title.e && !BODY_LINKS.has(t[k]?.f ?? '')) k++;
  while (k < title.e && BODY_LINKS.has(t[k]?.f ?? '')) k++;
  if (k >= title.e) return false;
  const body = BODY_NOUNS.has(t[k]?.f ?? '') ? k + 1 : anyCueAt(t, k, BODY_COMMITTEES);
  if (body < 0) return false;
  // ("président de la fédération Syntec": the body named after it is its own employer)
  return explicitAfter(v, title.e, doc) === null && !(t[title.e]?.cap ?? false);
}

export function titledRoles(v: SentenceView, refs: PersonRef[], doc: DocView, state: RoleState, consumed: Map<Mention, string | null>, successions: Succession[] = []): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  if (v.titles.length === 0) return out;
  const marks = leaveMarks(v);
  let floor = v.from;
  let previous: { person: string; status: StatusDecision } | null = null;
  let last: PersonRef | null = null;
  // Loops over a literal, not forEach over a map's result: an empty or null-only result has
  // another element kind, and the code compiled on filled ones deoptimizes on it.
  const chosen: Array<{ title: TitleSpan; person: PersonRef } | null> = [];
  const choose = (title: TitleSpan): { title: TitleSpan; person: PersonRef } | null => {
    // "L'ancienne vice-présidente de X rejoint Y en qualité de T": the holder of the title before.
    const person = choosePerson(v, title, refs, state, doc) ?? (last && !refs.some((p) => p.named) && asBefore(v.tokens, skipBack(v, title.s - 1)) ? last : null);
    if (!person) return null;
    last = person;
    // A rumoured post: "X serait pressenti pour…", "is in the running for the top job…".
    if (findCue(v.tokens, RUMOUR, Math.min(person.e, title.s), title.s)) return null;
    // "…, a spokesperson confirmed": a title with no one's name, speaking.
    if (unnamedSpeaker(v, title)) return null;
    // "Acme is in talks to hire X as its next CFO": a hire not made.
    if (findCue(v.tokens, HIRE_TALKS, v.from, title.s)) return null;
    // "élu président de la fédération", "président du comité de pilotage": a body left unnamed,
    // not the firm named elsewhere in the sentence.
    if (unnamedBody(v, title, doc)) return null;
    return { title, person };
  };
  for (const title of v.titles) chosen.push(choose(title));
  // Companies named right after a past title are taken: fallbacks must not reuse them.
  for (const c of chosen) {
    if (!c) continue;
    const ex = explicitAfter(v, c.title.e, doc);
    if (ex?.mention && localCue(v, c.title.s, v.from) === 'former') consumed.set(ex.mention, null);
  }
  for (const c of chosen) {
    if (!c) continue;
    const { title, person } = c;
    const succession = successions.find((x) => x.predecessor.name === person.name);
    const apposed = apposedToPredecessor(succession, title);
    let company = predecessorCompany(v, succession, title, modifierCompany(v, title, doc) ?? chooseCompany(v, title, person, doc, consumed), out, state.appointed);
    // "X will succeed him as chair": the post is where the predecessor held one.
    const heldBy = replacedBy.get(title);
    const held = heldBy ? state.heldAt.get(heldBy.name) : undefined;
    if (held && company && !company.explicit) company = { name: held, mention: null, explicit: false, extra: [], after: company.after };
    // "X has hired Y… Y will join as T": joining with no company named is joining the one that hired.
    const hiredBy = state.appointed.get(person.name);
    if (hiredBy && company && !company.explicit && joinsAs(v, person, title)) company = { name: hiredBy, mention: null, explicit: false, extra: [], after: company.after };
    // "She will report to chief executive X", "Il travaillera aux côtés de la directrice générale,
    // Y": the one reported to works where the newcomer was hired, under the name it was hired by
    // ("directrice Europe du groupe" names another employer: the group).
    const reporter = company && !company.explicit && !explicitAfter(v, title.e, doc) ? reportingNewcomer(v, refs, title, person) : null;
    const hiredThere = reporter !== null ? state.appointed.get(reporter) : undefined;
    if (hiredThere !== undefined && company) company = { name: hiredThere, mention: null, explicit: false, extra: [], after: company.after };
    const prevFloor = floor;
    floor = title.e;
    if (!company) continue;
    // The span after the title ("CFO of Y from 2012 to 2019"), or opening it ("from 2012 to 2019, CFO of Y").
    const titleEnd = v.tokens[title.e - 1]?.end ?? 0;
    const titleStart = v.tokens[title.s]?.start ?? 0;
    const range = v.dates.find((d) => d.kind === 'range' && ((d.start >= titleEnd && d.start - titleEnd < 60) || (d.end <= titleStart && /^[\s,]*$/.test(v.sent.text.slice(d.end, titleStart)))))?.to ?? null;
    // A successor takes the post: "X a été choisi pour succéder à Y au poste de T".
    let status: StatusDecision = replacedBy.has(title)
      ? { status: 'current', source: 'cue' }
      : decideStatus(v, marks, title, person, refs, prevFloor, doc.published, range);
    // "previously Managing Director at BlackRock and Head of Sales at Schroders": a title
    // listed right after another shares its time word.
    if (status.source === 'default' && previous && previous.person === person.name && listedAfter(v, prevFloor, title.s)) status = previous.status;
    // "le directeur digital de Chanel rejoint Kering…": the job named before the move is left.
    // "Il succède à X, directeur général depuis 2019": the apposition is the post X leaves.
    if (status.source === 'default' && !title.founder && apposed) status = { status: 'former', source: 'departure' };
    if (status.source === 'default' && !title.founder && joinsAfter(v, company.explicit ? company.after : clauseEnd(v, title.e), refs, company.name, focusNameAt(doc, v))) status = { status: 'former', source: 'departure' };
    if (status.source === 'default' && endedBefore(v, company.after, doc.published)) status = { status: 'former', source: 'date' };
    // "rose to T of Y before leaving in 2021": a leaving told right after the post ends it.
    if (status.source === 'default' && !title.founder && company.after > 0 && findCue(v.tokens, LEFT_LATER, company.after, Math.min(v.tokens.length, company.after + 4)) !== null) status = { status: 'former', source: 'departure' };
    if (status.status === 'current' && heldWhereLeft(v, company.mention, title)) status = { status: 'former', source: 'departure' };
    if (status.status === 'current' && status.source !== 'departure' && !title.founder && (hiredAway(v, person, title, company.name) || hiredWithFirm(v, title, company.mention))) status = { status: 'former', source: 'departure' };
    if (status.source === 'departure' && title.e <= person.s && leavesAnother(v, person, company.name)) status = { status: 'current', source: 'default' };
    // "l'arrivée de X comme directrice artistique ; celle-ci quitte Y après dix ans": the
    // clause after the post leaves another named company, not the post.
    if (status.source === 'departure' && title.s >= person.e && leavesAnother(v, person, company.name, company.after, 6)) status = { status: 'current', source: 'default' };
    previous = { person: person.name, status };
    const dates = roleDates(v, title, company.after, status);
    const place = rolePlace(v, title, company.after, state);
    const holders = person.named ? [...coordinated(v, refs, person), ...listedAfterPlural(v, refs, title, person), ...listedAmong(v, refs, title, person)] : [person, ...listedAmong(v, refs, title, person)];
    for (const holder of holders) {
      for (const m of [company.mention, ...company.extra]) {
        if (m === null && company.mention !== null) continue;
        const name = m ? m.text : company.name;
        if (name === holder.name) continue;
        out.push({
          fact: { person: holder.name, company: name, title: company.title ?? title.text, status: status.status, start: dates.start, end: dates.end, place, evidence: v.sent.text },
          statusSource: status.source,
          // "Son cofondateur et PDG, X, cède son fauteuil à Y": the post joined to the founder
          // title is left, and a newcomer can take it.
          founder: title.founder && !(title.withPost === true && status.source === 'departure'),
          predecessor: false,
          untitledPost: false,
          sentence: v.sent.index,
          pos: title.s,
          added: addedPost(v.tokens, title.s),
        });
      }
    }
    // "…au poste de directeur général délégué, en remplacement d'Anne X", "…, replacing Y".
    const replaced = replacedBy.get(title) ?? replacedAfter(v, company.after, refs);
    if (replaced && !title.founder) {
      out.push({
        fact: { person: replaced.name, company: company.name, title: company.title ?? title.text, status: 'former', start: null, end: null, place, evidence: v.sent.text },
        statusSource: 'departure',
        founder: false,
        predecessor: false,
        untitledPost: false,
        sentence: v.sent.index,
        pos: title.s,
        added: false,
      });
    }
    if (company.mention && company.explicit && status.status === 'former') consumed.set(company.mention, null);
  }
  leftByChange(v, out);
  return out;
}

