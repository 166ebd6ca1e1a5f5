/**
 * Posts the text gives without a title: a unit "led by" someone ("The new office will be run
 * by X", "Its UK arm will be led by X", "Le bureau sera dirigé par X") and a hire with no title
 * ("Alpicom a recruté X, jusqu'ici directrice commerciale d'Y"). The person works at the
 * company the sentence is about (GUIDELINES: title null when the text says the person works
 * there without one), from now on.
 */
import { focusNameAt, type DocView, type SentenceView } from './analyze.js';
import { untitledPost, type RoleCandidate } from './candidates.js';
import { namedToBoardAfter } from './board.js';
import { anyCueAt, APPOINT_VERBS, cueList, RUMOUR, findCue } from './cues.js';
import { civilityBefore, type Mention } from './mentions.js';
import { companyRefAt, isCompanyLike, type PersonRef } from './refs.js';
import { PUBLIC_BODIES } from '../lexicon/companies.js';
import type { Token } from './tokens.js';

const LED_BY = cueList(`
led by | run by | headed by | managed by | overseen by | helmed by
dirige par | dirigee par | dirigee depuis | pilote par | pilotee par | confie a | confiee a | anime par | animee par
preside par | presidee par | dirigees respectivement par | diriges respectivement par | pilotees respectivement par | pilotes respectivement par
emmene par | emmenee par | cornaque par | cornaquee par | avec a sa tete | avec a leur tete | a a sa tete
sous la direction de | sous la direction d' | sous la houlette de | sous la houlette d' | sous la conduite de | sous la conduite d'
`);
/** Units a person runs for the company: offices, arms, subsidiaries, pushes. Folded. */
const UNITS = new Set(
  'office offices arm business subsidiary unit division operation operations branch hub centre center team push expansion studio bureau bureaux antenne filiale succursale activite implantation entite entites equipe agence pole base usine site plant facility societe coentreprise'.split(' '),
);
const PLACE_PREPS = new Set(['à', 'À', 'en', 'in']);

/** The lead itself handed over: "la direction générale", "la présidence", "les rênes". Folded. */
const LEAD_POSTS = new Set(['direction', 'presidence', 'renes']);
const CONFIE = new Set(['confie', 'confiee', 'confiees']);

/** "La direction générale est confiée à X": the company's own lead, given with no title. */
function postEntrusted(v: SentenceView, i: number): boolean {
  if (!CONFIE.has(v.tokens[i]?.f ?? '')) return false;
  for (let k = v.from + 1; k < i; k++) if (LEAD_POSTS.has(v.tokens[k]?.f ?? '') && (v.tokens[k - 1]?.f === 'la' || v.tokens[k - 1]?.f === 'les')) return true;
  return false;
}

const ASSURED = new Set(['assure', 'assuree', 'assures', 'assurees']);

/** "La présidence sera assurée par X", "la direction générale est désormais assurée par X": the lead given (i: the participle). */
function leadAssured(v: SentenceView, i: number, s: number): boolean {
  return ASSURED.has(v.tokens[i]?.f ?? '') && v.tokens[i + 1]?.f === 'par' && i + 2 === s && leadPostBefore(v, i);
}

function leadPostBefore(v: SentenceView, i: number): boolean {
  for (let k = v.from + 1; k < i; k++) if (LEAD_POSTS.has(v.tokens[k]?.f ?? '') && (v.tokens[k - 1]?.f === 'la' || v.tokens[k - 1]?.f === 'les')) return true;
  return false;
}

/**
 * Whose lead "la présidence (du conseil) de X sera assurée par" gives: the firm named in the
 * clause before the participle ("la direction générale de X", "Chez X, la présidence…"), else
 * the text's company (the lead of an unnamed firm is the one the text is about).
 */
function assuredLeadCompany(v: SentenceView, i: number, doc: DocView): string | null {
  const t = v.tokens;
  let from = v.from;
  for (let k = i - 1; k > v.from; k--) {
    if (t[k]?.text === ';' || t[k]?.text === ':') {
      from = k + 1;
      break;
    }
  }
  for (const m of v.mentions) {
    if (m.s < from || m.s >= i || !isCompanyLike(m) || PUBLIC_BODIES.test(m.text)) continue;
    const link = t[m.s - 1]?.f;
    if (link === 'de' || link === "d'" || link === 'du' || link === 'chez') return m.text;
  }
  return focusNameAt(doc, v);
}

function unitIn(v: SentenceView | undefined, to: number): boolean {
  if (!v) return false;
  for (let i = v.from; i < Math.min(to, v.tokens.length); i++) if (UNITS.has(v.tokens[i]?.f ?? '')) return true;
  return false;
}

/** The company a sentence is about before token `to`: its first free name, else the focus. */
function subjectCompany(v: SentenceView, to: number, doc: DocView, consumed: Map<Mention, string | null>): string | null {
  for (const m of v.mentions) {
    if (m.s >= to) break;
    if (!isCompanyLike(m) || consumed.has(m) || PUBLIC_BODIES.test(m.text)) continue;
    if (m.kind === 'UNKNOWN' && PLACE_PREPS.has(v.tokens[m.s - 1]?.text ?? '')) continue;
    return m.text;
  }
  const i = v.sent.index;
  const near = doc.focusSentences.has(i) || doc.focusSentences.has(i - 1) || doc.focusSentences.has(i - 2);
  return near ? focusNameAt(doc, v) : null;
}

/** A sentence listing the people just added: "The new directors are X, …, and Y, …". */
const NEW_MEMBERS_ARE = cueList(`
the new directors are | the new board members are | the new non-executive directors are | the new independent directors are
the two new directors are | the three new directors are | the new members are | the new partners are | the appointees are
`);

/** "Brisk has added two directors to its board. The new directors are X, a former…, and Y, …": each named sits there. */
function newMembersListed(v: SentenceView, refs: PersonRef[], doc: DocView): RoleCandidate[] {
  const e = anyCueAt(v.tokens, v.from, NEW_MEMBERS_ARE);
  if (e < 0) return [];
  const company = focusNameAt(doc, v);
  if (company === null) return [];
  const out: RoleCandidate[] = [];
  for (const p of refs) if (p.named && p.s >= e && p.name !== company) out.push(untitledPost(v.sent, p, company, 'current', 'default'));
  return out;
}

/** A board's make-up told: "the board (now) includes", "le conseil compte désormais". */
const BOARD_INCLUDES = cueList(`
includes | include | now includes | also includes | comprises | now comprises | also comprises | is made up of | is now made up of
compte | comprend | compte desormais | comprend desormais | compte aussi | compte egalement | reunit | reunit desormais
`);
const BOARD_NOUNS = new Set(['board', 'conseil']);
const BOARD_LIST_LINKS = new Set([',', ';', 'and', 'et']);

/**
 * "Halvorne Bank's new board includes X, a former…, and Y", "Le conseil de W compte désormais X
 * et Y": each name listed sits on the board of the firm named beside the board word.
 */
function boardIncludes(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  let board = -1;
  for (let i = v.from; i < Math.min(t.length, v.from + 12) && board < 0; i++) if (BOARD_NOUNS.has(t[i]?.f ?? '')) board = i;
  if (board < 0) return [];
  let cue: { s: number; e: number } | null = null;
  for (let i = board + 1; i < Math.min(t.length, board + 8) && cue === null; i++) {
    const e = anyCueAt(t, i, BOARD_INCLUDES);
    if (e > 0) cue = { s: i, e };
  }
  if (cue === null) return [];
  // The firm: "W's (new) board", "the board of W", "le conseil (d'administration) de W".
  let firm: Mention | undefined;
  for (const m of v.mentions) if (isCompanyLike(m) && m.s < cue.s && m.s >= v.from && !PUBLIC_BODIES.test(m.text)) firm = m;
  if (!firm) return [];
  const out: RoleCandidate[] = [];
  let last = cue.e;
  for (const p of refs) {
    if (!p.named || p.s < cue.e || p.name === firm.text) continue;
    // (each name right after the verb or after a list link; appositions between are skipped)
    if (p.s !== cue.e && !BOARD_LIST_LINKS.has(t[p.s - 1]?.f ?? '')) continue;
    if (p.s - last > 14) break;
    out.push(untitledPost(v.sent, p, firm.text, 'current', 'default'));
    last = p.e;
  }
  return out;
}

export function untitledRoles(v: SentenceView, prev: SentenceView | undefined, refs: PersonRef[], doc: DocView, consumed: Map<Mention, string | null>, here: RoleCandidate[]): RoleCandidate[] {
  const out: RoleCandidate[] = newMembersListed(v, refs, doc);
  if (out.length > 0) return out;
  const seated = boardIncludes(v, refs);
  if (seated.length > 0) return seated;
  const t = v.tokens;
  // The unit the last person named was given to lead: "dirigées respectivement par X, …, et par Y".
  let led: string | null = null;
  let hired: { company: string; e: number; left: number } | null = null;
  let counted = 0;
  for (const p of refs) {
    if (!p.named) continue;
    // ("dirigée par X et Y", "dirigées respectivement par X, …, et par Y")
    if (led !== null && ((t[p.s - 1]?.f === 'par' && t[p.s - 2]?.f === 'et') || (t[p.s - 1]?.f === 'et' && refs.some((r) => r.named && r.e === p.s - 1)))) {
      out.push(untitledPost(v.sent, p, led, 'current', 'default'));
      continue;
    }
    // "hiring Ondrel partners X, Y and Z", "Vaxel a recruté X et Y": the names listed after the
    // first one hired are hired too; "recrute deux directeurs : X, …, et Y": as many as counted.
    // ("la nomination de X et de Y": the preposition repeated before the next name)
    const ofAgain = (t[p.s - 1]?.f === 'de' || t[p.s - 1]?.f === "d'") && t[p.s - 2]?.f === 'et';
    const link = t[p.s - 1]?.text === ',' || t[p.s - 1]?.f === 'and' || t[p.s - 1]?.f === 'et' || ofAgain;
    // ("X, Y, and Z": the serial comma before the last name)
    const linkAt = ofAgain ? p.s - 2 : (t[p.s - 1]?.f === 'and' || t[p.s - 1]?.f === 'et') && t[p.s - 2]?.text === ',' ? p.s - 2 : p.s - 1;
    if (hired !== null && link && (hired.e === linkAt || hired.left > 0)) {
      out.push(untitledPost(v.sent, p, hired.company, 'current', 'default'));
      hired = { company: hired.company, e: p.e, left: hired.left - 1 };
      continue;
    }
    hired = null;
    // "Le conseil a coopté deux administrateurs : X, associée du fonds Y, et Z": a seat on the
    // board beside the job the apposition gives.
    if (boardListed(v, p)) {
      const board = subjectCompany(v, v.from + 1, doc, consumed) ?? focusNameAt(doc, v);
      if (board !== null && board !== p.name) out.push(untitledPost(v.sent, p, board, 'current', 'default'));
      continue;
    }
    // A current post found here already says where the person works, unless it is the one in
    // apposition to a name a board takes in ("a nommé X, DG de Y, au conseil de surveillance").
    // ("nomme au sein de son conseil X, présidente de Y": the seat told before the name)
    if (here.some((c) => c.fact.person === p.name && c.fact.status === 'current') && !namedToBoardAfter(v, p.e) && !seatedBefore(v, p.s)) continue;
    let company: string | null = null;
    for (let i = Math.max(v.from, p.s - 4); i < p.s && company === null; i++) {
      if (leadAssured(v, i, p.s)) {
        company = assuredLeadCompany(v, i, doc);
        continue;
      }
      if (anyCueAt(t, i, LED_BY) !== p.s && !ledSince(v, i, p.s)) continue;
      // "…une coentreprise, baptisée Nimbra. Elle sera dirigée par X": the entity just named.
      const baptised = isPronounSubject(v, i) || refOpens(v) ? namedEntityIn(prev) ?? namedEntityIn(v, i) : null;
      if (baptised !== null) {
        company = baptised;
        continue;
      }
      // ("Dirigée depuis 2019 par X, la maison…": a fronted participle speaks of the subject after it;
      // "La PME, dirigée depuis 2019 par X, …": a participle in apposition, of the description before)
      // ("Voltaïs, qui a à sa tête X": the relative of the company opening the sentence)
      const relative = t[i - 1]?.f === 'qui' && t[i - 2]?.text === ',';
      if (unitIn(v, i) || postEntrusted(v, i) || i === v.from || ((t[i - 1]?.text === ',' || relative) && opensOnCompany(v)) || (isPronounSubject(v, i) && (unitIn(prev, prev?.tokens.length ?? 0) || opensOnCompany(prev)))) company = subjectCompany(v, i, doc, consumed);
    }
    led = company;
    // "Le groupe a confié la direction de sa nouvelle usine à X": the company hands X the lead.
    if (company === null && t[p.s - 1]?.f === 'a') {
      const c = findCue(t, ENTRUSTS, Math.max(v.from, p.s - 10), p.s);
      if (c && opensOnCompany(v)) company = subjectCompany(v, c.s, doc, consumed);
    }
    if (company === null) {
      // "X a recruté P", "X has hired P": the subject company hires, with no title given.
      for (let i = Math.max(v.from, p.s - 8); i < p.s && company === null; i++) {
        // ("by hiring Ondrel partners X, Y…": the gerund, only before another firm's title)
        let e = t[i]?.f === 'hiring' && firmTitleBetween(v, i + 1, p.s) ? i + 1 : anyCueAt(t, i, APPOINT_VERBS);
        // ("s'attache les services de X": a long cue ending right at the name)
        const whole = e === p.s && t[i]?.f !== 'hiring';
        // ("appointed Dr. X": a civility may stand between the verb and the name)
        if (e > 0 && e < p.s && e >= p.s - 2 && civilityBefore(t, p.s)) e = p.s;
        // ("hired Ondrel partners X, Y…": another firm's title between the verb and the name)
        const firmTitle = e > 0 && e < p.s && firmTitleBetween(v, e, p.s);
        if (firmTitle) e = p.s;
        // ("has hired restructuring partner X from Y": the rank is the one held at the firm left)
        if (e > 0 && e < p.s && rankBetween(t, e, p.s)) e = p.s;
        // ("recrute deux directeurs : X, …, et Y": a count of hires announced before the names)
        counted = e > 0 && e < p.s ? countedHires(t, e, p.s) : 0;
        if (counted > 0) e = p.s;
        // "X coopte à son conseil d'administration P": a seat on the subject's own board.
        if (e < 0 || (e !== p.s && anyCueAt(t, e, TO_OWN_BOARD) !== p.s) || (e === p.s && i < p.s - 3 && !firmTitle && !whole && counted === 0)) continue;
        // The subject: a name right before the verb ("Velcor a recruté") or opening the sentence.
        const near = v.mentions.filter((x) => x.e <= i && i - x.e <= 3).pop();
        // ("Danish homeware retailer Lagom & Co … has hired": a short description may come first)
        const first = v.mentions.find((x) => x.e <= i && isCompanyLike(x));
        const m = near && isCompanyLike(near) ? near : first && first.s <= v.from + 4 && v.mentions.every((x) => x.s >= first.s || x.kind === 'PLACE') ? first : undefined;
        if (m && isCompanyLike(m) && !PUBLIC_BODIES.test(m.text)) {
          company = m.text;
          // ("elected X, Y and Z as directors": a name listed right after the comma)
          const listed = t[p.e]?.text === ',' && refs.some((r) => r.named && r.s === p.e + 1);
          if (firmTitle || counted > 0 || listed || t[p.e]?.f === 'et' || t[p.e]?.f === 'and') hired = { company, e: p.e, left: counted - 1 };
        }
      }
    }
    // "Frescalis est dirigé par X", "Carrick Pumps, which is run by X", "The board is chaired by X".
    if (company === null) {
      company = ledCompany(v, p.s, doc);
      // ("est dirigée par X et Y": the next name after "et" leads it too)
      if (company !== null) led = company;
    }
    // "Acme has turned to X to chair its board": the board of the company the sentence is about.
    // (not "has joined the board of Y": a board named is read with its company)
    const toBoard = company === null ? anyCueAt(t, pastApposition(t, p.e), TO_ITS_BOARD) : -1;
    if (toBoard > 0 && !boardOfAnother(t, toBoard)) company = subjectCompany(v, p.s, doc, consumed);
    if (company === null || company === p.name || findCue(t, RUMOUR, v.from, t.length)) continue;
    out.push(untitledPost(v.sent, p, company, 'current', 'default'));
  }
  return out;
}


const COUNTS: ReadonlyMap<string, number> = new Map([['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['two', 2], ['three', 3], ['four', 4], ['five', 5]]);

/** Staff counted before their names (folded plurals): "deux directeurs", not "deux experts" (advisers, not hires). */
const STAFF_PLURALS = new Set('directeurs directrices associes associees dirigeants dirigeantes cadres ingenieurs ingenieures collaborateurs collaboratrices salaries salariees managers responsables vice-presidents vice-presidentes consultants consultantes avocats avocates'.split(' '));

/** "deux directeurs :", "trois nouveaux associés," from e up to the name at s: the count, or 0. */
function countedHires(t: SentenceView['tokens'], e: number, s: number): number {
  const n = COUNTS.get(t[e]?.f ?? '') ?? 0;
  if (n === 0 || s - e > 5 || (t[s - 1]?.text !== ':' && t[s - 1]?.text !== ',')) return 0;
  let staff = false;
  for (let k = e + 1; k < s - 1; k++) {
    if (!t[k]?.word || t[k]?.cap) return 0;
    if (STAFF_PLURALS.has(t[k]?.f ?? '')) staff = true;
  }
  return staff ? n : 0;
}

/** Ranks of the professional firms, folded: the press writes them right before a name. */
const FIRM_RANKS = new Set(['partner', 'associate', 'counsel', 'principal']);

/** "hired (private equity) partner X": lowercase words ending in a firm's rank, from e up to the name at s. */
function rankBetween(t: SentenceView['tokens'], e: number, s: number): boolean {
  if (s - e > 4 || !FIRM_RANKS.has(t[s - 1]?.f ?? '')) return false;
  for (let k = e; k < s; k++) if (!t[k]?.word || t[k]?.cap) return false;
  return true;
}

/** "Ondrel chief economist" from e up to the name at s: a firm's name, then a title ending at s. */
/** Nouns for a firm's people written between its name and a person's ("Statvik executive X"). */
const FIRM_PEOPLE = new Set(['executive', 'banker', 'veteran', 'manager', 'lawyer', 'engineer', 'trader', 'dealmaker', 'insider', 'alum', 'alumnus', 'alumna', 'boss']);

function firmTitleBetween(v: SentenceView, e: number, s: number): boolean {
  // ("hired former Statvik Energy executive X": the past job told before the name)
  if (v.tokens[e]?.f === 'former' || v.tokens[e]?.f === 'ex-') e++;
  const m = v.cover[e];
  if (!m || m.s !== e || !isCompanyLike(m)) return false;
  // ("hired Statvik executive X", "poached Orrin banker Y": a firm's people named by a noun)
  if (m.e === s - 1 && FIRM_PEOPLE.has(v.tokens[m.e]?.f ?? '') && v.tokens[m.e]?.cap === false) return true;
  const title = v.titles.find((x) => x.s === m.e && x.e <= s);
  if (!title) return false;
  // ("chief economist": lowercase words of the post may follow its head)
  for (let k = title.e; k < s; k++) if (v.tokens[k]?.cap !== false || v.tokens[k]?.word !== true) return false;
  return true;
}

/** Between an appointing verb and the name: the seat is on the subject company's own board. */
const TO_OWN_BOARD = cueList("a son conseil d' administration | a son conseil de surveillance | a son conseil | au conseil d' administration | au conseil de surveillance | au sein de son conseil d' administration | au sein de son conseil de surveillance | au sein de son conseil");

/** "a coopté à son conseil d'administration X": an appointing verb, then the own board, right before the name at `at`. */
function seatedBefore(v: SentenceView, at: number): boolean {
  for (let i = Math.max(v.from, at - 10); i < at; i++) {
    const e = anyCueAt(v.tokens, i, APPOINT_VERBS);
    if (e > 0 && anyCueAt(v.tokens, e, TO_OWN_BOARD) === at) return true;
  }
  return false;
}

/** Right after a name: the person is to take a seat on the subject company's own board. */
const TO_ITS_BOARD = cueList(`
to chair its board | to chair its supervisory board | will chair its board | to join its board | will join its board | to its board
joins its board | has joined its board | joined its board | is joining its board | will join its supervisory board | joins its supervisory board
joins the board | has joined the board | will join the board | is joining the board | to join the board | to the supervisory board
`);

/** "the board of Ostrava Steel" (not "its board of directors"): the seat is on another firm's board, read with its name. */
function boardOfAnother(t: readonly Token[], e: number): boolean {
  const k = t[e]?.f === 'of' ? e : t[e + 1]?.f === 'of' ? e + 1 : -1;
  return k > 0 && t[k + 1]?.f !== 'directors' && t[k + 1]?.f !== 'trustees';
}

/**
 * The token after the name ending at e, past an apposition ("X, a former partner at Y, will join
 * its board"): the board the person joins is told after it.
 */
function pastApposition(t: readonly Token[], e: number): number {
  if (t[e]?.text !== ',') return e;
  for (let k = e + 1; k < Math.min(t.length, e + 16); k++) {
    const x = t[k]?.text;
    if (x === ',') return k + 1;
    if (x === '.' || x === ';' || x === '(') return e;
  }
  return e;
}

/** Led or chaired by the agent after them, said of a company or of its board. */
const RUN_BY = cueList(`
is run by | is led by | is headed by | is chaired by | is managed by
est dirige par | est dirigee par | est preside par | est presidee par
est * dirige par | est * dirigee par | est * preside par | est * presidee par | is now run by | is now led by | is now headed by | is now chaired by
est aujourd' hui dirige par | est aujourd' hui dirigee par | est aujourd' hui preside par | est aujourd' hui presidee par | est aujourd'hui dirige par | est aujourd'hui dirigee par
sera dirige par | sera dirigee par | sera preside par | sera presidee par | sera * dirige par | sera * dirigee par | sera * preside par | sera * presidee par
will be run by | will be led by | will be headed by | will be chaired by | will now be run by | will now be led by | will now be headed by | will now be chaired by
`);
const WHICH = new Set(['which', 'qui']);
const BOARDS = new Set(['board', 'conseil']);

/**
 * The company a clause says is run or chaired by the name at `at`: a company named right
 * before ("Frescalis est dirigé par X", "Carrick Pumps, which is run by X"), or, for "the
 * board" / "le conseil", the company the text is about. A unit's head ("the office is led by")
 * is read above, with its unit.
 */
function ledCompany(v: SentenceView, at: number, doc: DocView): string | null {
  const t = v.tokens;
  for (let i = Math.max(v.from + 1, at - 5); i < at; i++) {
    // ("Velcor est dirigée depuis 2022 par X": a date between the verb and its agent)
    const since = (t[i]?.f === 'est' || t[i]?.f === 'is') && ledSince(v, i + 1, at);
    const e = since ? at : anyCueAt(t, i, RUN_BY);
    // ("is chaired by Dame X": a civility may stand before the name)
    if (e !== at && !(e > 0 && e >= at - 2 && civilityBefore(t, at))) continue;
    let k = i - 1;
    if (WHICH.has(t[k]?.f ?? '') && t[k - 1]?.text === ',') k -= 2;
    // ("L'enseigne, qui compte 80 magasins, est dirigée par X": a relative clause before the verb)
    else k = beforeRelative(v, k);
    const m = v.cover[k];
    if (m && m.e === k + 1 && isCompanyLike(m) && !PUBLIC_BODIES.test(m.text)) return m.text;
    // "The board is chaired by X", "Le conseil d'administration est présidé par X".
    const board = BOARDS.has(t[k]?.f ?? '') || (t[k]?.f === 'administration' && BOARDS.has(t[k - 2]?.f ?? ''));
    if (board && k - (t[k]?.f === 'administration' ? 3 : 1) <= v.from + 1) return doc.focusName;
    // "La PME, qui …, est dirigée par X": a description of the company opening the sentence; so
    // is a chain's network ("Le réseau, qui compte 80 magasins, …"), here only: elsewhere a
    // network is often a unit or a partner ("le réseau de Dijon").
    if (k < i - 1 && (companyRefAt(v, v.from) === k + 1 || (k === v.from + 1 && t[k]?.f === 'reseau' && t[v.from]?.f === 'le'))) return focusNameAt(doc, v);
  }
  return null;
}

/**
 * The token before ", qui …," when a relative clause ends at the comma `k`; else `k`. The clause
 * holds no name and no verb of leading of its own, and is short.
 */
function beforeRelative(v: SentenceView, k: number): number {
  const t = v.tokens;
  if (t[k]?.text !== ',') return k;
  for (let j = k - 1; j > v.from && j >= k - 12; j--) {
    if (t[j]?.text === ',') return WHICH.has(t[j + 1]?.f ?? '') ? j - 1 : k;
    if (v.cover[j]?.kind === 'PERSON') return k;
  }
  return k;
}

const LED_SINCE = new Set(['dirige', 'dirigee', 'pilote', 'pilotee', 'preside', 'presidee', 'led', 'run', 'headed', 'chaired']);
const SINCE = new Set(['depuis', 'since', 'en', 'in']);

/** "dirigée depuis 2022 par X", "led since 2019 by X": a date between the verb and its agent. */
function ledSince(v: SentenceView, i: number, at: number): boolean {
  const t = v.tokens;
  return LED_SINCE.has(t[i]?.f ?? '') && SINCE.has(t[i + 1]?.f ?? '') && /^\d{4}$/.test(t[i + 2]?.f ?? '') && i + 4 === at && (t[i + 3]?.f === 'par' || t[i + 3]?.f === 'by');
}

const ENTRUSTS = cueList('confie la direction | a confie la direction | confie les renes | a confie les renes | confie la responsabilite | a confie la responsabilite');

/** Does the sentence open on a company, named or described ("L'enseigne, qui…", "La PME…")? */
function opensOnCompany(v: SentenceView | undefined): boolean {
  if (!v) return false;
  const m = v.cover[v.from];
  return (isCompanyLike(m) && m.s === v.from) || companyRefAt(v, v.from) > 0;
}

/** Board members counted in the plural before the colon that lists them. Folded. */
const BOARD_MEMBERS = new Set(['administrateurs', 'administratrices', 'directors', 'members', 'membres']);
/** Words of a board's intake before that: "a coopté", "la cooptation de", "élit", "appointed". Folded. */
const BOARD_INTAKE = new Set('coopte cooptes cooptees cooptation cooptations nomme nommes nommees nomination nominations elu elus elues election elit accueille arrivee entree appointed appoints appointment elected co-opted named names welcomes nouveaux nouvelles new entrent rejoignent join joined'.split(' '));
const LIST_LINKS = new Set([':', ',', 'et', 'and']);

/**
 * "Le conseil a coopté deux administrateurs indépendants : X, …, et Y, …", "The board appointed
 * two directors: X and Y": is the person at `p` listed after a colon closing a plural of board
 * members that the sentence's board takes in?
 */
function boardListed(v: SentenceView, p: PersonRef): boolean {
  const t = v.tokens;
  if (!LIST_LINKS.has(t[p.s - 1]?.f ?? '')) return false;
  let colon = -1;
  for (let k = p.s - 1; k >= v.from && colon < 0; k--) if (t[k]?.text === ':') colon = k;
  if (colon < 0) return false;
  let members = false;
  // ("Trois administratrices font leur entrée au conseil de X : …": the plural may open the sentence)
  for (let k = colon - 1; k >= Math.max(v.from, colon - 10); k--) if (BOARD_MEMBERS.has(t[k]?.f ?? '')) members = true;
  if (!members) return false;
  for (let k = v.from; k < colon; k++) if (BOARD_INTAKE.has(t[k]?.f ?? '')) return true;
  return false;
}

const PRONOUNS = new Set(['il', 'elle', 'it', 'celui-ci', 'celle-ci']);

/** "Il sera dirigé par X": a pronoun opens the clause, standing for a unit named before. */
/** Participles naming a new entity ("baptisée X", "dénommée X"). Folded. */
const BAPTISED = new Set(['baptise', 'baptisee', 'baptises', 'baptisees', 'denomme', 'denommee']);

/** The company a naming participle gives in v (before token `to`), or null. */
function namedEntityIn(v: SentenceView | undefined, to = Infinity): string | null {
  if (!v) return null;
  const t = v.tokens;
  for (let i = v.from; i < Math.min(to, t.length); i++) {
    if (!BAPTISED.has(t[i]?.f ?? '')) continue;
    const m = v.cover[i + 1];
    if (isCompanyLike(m) && m.s === i + 1 && !PUBLIC_BODIES.test(m.text)) return m.text;
  }
  return null;
}

/** Does the sentence open on a description of a firm ("La structure sera dirigée par…")? */
function refOpens(v: SentenceView): boolean {
  return companyRefAt(v, v.from) > 0;
}

function isPronounSubject(v: SentenceView, at: number): boolean {
  for (let i = v.from; i < at; i++) if (PRONOUNS.has(v.tokens[i]?.f ?? '')) return true;
  return false;
}
