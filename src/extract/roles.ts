/**
 * Titled roles: for each title of a sentence, who holds it (apposition "X, directeur…",
 * "chief executive X", "T, X" after a determiner, the subject of "est/devient/is", a
 * pronoun or "qui/who"), where (the company after "de/chez/at/of", "X's", "its/son",
 * "X, where he was", the company that hires in "X nomme…", else the nearest company or
 * the document's focus), its status, dates and place.
 */
import type { DocView, SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { anyCueAt, APPOINT_VERBS, CAREER_LEAD, cueList, findCue, JOIN_VERBS, RUMOUR } from './cues.js';
import { COMPANY_REF_NOUNS } from '../lexicon/companies.js';
import type { Mention } from './mentions.js';
import { companyRefAt, isCompanyLike, isPossessive, type PersonRef } from './refs.js';
import { leaveMarks, leaves, localCue, type LeaveMarks, type StatusDecision } from './status.js';
import type { TitleSpan } from './titles.js';
import { companyList } from './careers.js';

const APPOSITION_SKIP = new Set("ex- ex ancien ancienne former a an the l' le la son sa its his her also egalement aussi currently actuellement previously formerly now desormais long-serving longtime jusqu' ici alors new nouveau nouvelle notre our".split(' '));
const AS_WORDS = new Set(['as', 'comme', 'que']);
const AS_NOUNS = new Set(['poste', 'qualite', 'fonctions']);

/** "comme T", "as T", "au poste de T", "en qualité de T": the title a sentence gives its subject. */
function asBefore(t: SentenceView['tokens'], j: number): boolean {
  return AS_WORDS.has(t[j]?.f ?? '') || (t[j]?.f === 'de' && AS_NOUNS.has(t[j - 1]?.f ?? ''));
}
const COMPANY_PREPS = new Set(['de', "d'", 'du', 'chez', 'at', 'of', 'with', 'within', 'for', 'des']);
const PLACE_PREPS = new Set(['en', 'in', 'au', 'aux', 'pour', 'for', 'a']);
const NON_BUSINESS_COMPANIES = /^(?:r[ée]publique|gouvernement|government|minist[eè]re|assembl[ée]e|s[ée]nat|senate|parliament|parlement|conseil d'[ée]tat)/i;

export interface RoleState {
  lastPerson: string | null;
  /** Last country named in the current paragraph (for "responsable local"). */
  paraCountry: string | null;
  para: number;
}

interface CompanyChoice {
  name: string;
  mention: Mention | null;
  explicit: boolean;
  extra: Mention[];
  /** Token after the company phrase, to look for a place or a date. */
  after: number;
}

function skipBack(v: SentenceView, i: number): number {
  let j = i;
  while (j >= v.from && APPOSITION_SKIP.has(v.tokens[j]?.f ?? '')) j--;
  return j;
}

/** The company phrase right after a title: "de Google France", "du groupe", "at Siemens". */
function explicitAfter(v: SentenceView, at: number, doc: DocView): CompanyChoice | null {
  const t = v.tokens;
  let j = at;
  if (t[j]?.f === 'au' && t[j + 1]?.f === 'sein') j += 2;
  if (!COMPANY_PREPS.has(t[j]?.f ?? '')) return null;
  j++;
  // "du groupe", "du cabinet", "of the group"
  const ref = companyRefAt(v, j) > 0 ? companyRefAt(v, j) : t[j]?.f === 'group' || (t[j - 1]?.f === 'du' && COMPANY_REF_NOUNS.has(t[j]?.f ?? '') && !(t[j]?.cap ?? false)) ? j + 1 : -1;
  if (ref > 0) {
    const named = v.cover[ref];
    if (isCompanyLike(named) && named.s === ref) return { name: named.text, mention: named, explicit: true, extra: [], after: named.e };
    return doc.focus ? { name: doc.focus, mention: null, explicit: false, extra: [], after: ref } : null;
  }
  if (t[j]?.f === 'the' || t[j]?.f === "l'" || t[j]?.f === 'la' || t[j]?.f === 'le') j++;
  const m = v.cover[j];
  if (!isCompanyLike(m) || m.s !== j || NON_BUSINESS_COMPANIES.test(m.text)) return null;
  const list = companyList(v, j);
  // "ex-responsable d'Amazon mais aussi de Yahoo": the title is shared.
  return { name: m.text, mention: m, explicit: true, extra: list.slice(1), after: (list[list.length - 1] ?? m).e };
}

function firstCompany(v: SentenceView, consumed: Map<Mention, string | null>): Mention | null {
  for (const m of v.mentions) if (isCompanyLike(m) && consumed.get(m) !== null && !consumed.has(m)) return m;
  return null;
}

/** A company another person's past job (or any past titled job) already took is not free. */
function free(consumed: Map<Mention, string | null>, m: Mention, person: string | null): boolean {
  if (!consumed.has(m)) return true;
  return person !== null && consumed.get(m) === person;
}

/** Nearest free company before `at`, not inside a parenthesis closed before it. */
function nearestBefore(v: SentenceView, at: number, consumed: Map<Mention, string | null>, person: string | null): Mention | null {
  let depth = 0;
  for (let i = at - 1; i >= v.from; i--) {
    const x = v.tokens[i]?.text;
    if (x === ')') depth++;
    else if (x === '(') depth = Math.max(0, depth - 1);
    const m = v.cover[i];
    if (depth === 0 && isCompanyLike(m) && free(consumed, m, person)) return m;
  }
  return null;
}

/** The sentence's subject company before `at`: "Orbiqa, the Paris-based start-up, has hired…". */
function subjectBefore(v: SentenceView, at: number, consumed: Map<Mention, string | null>): Mention | null {
  for (const m of v.mentions) if (m.e <= at && isCompanyLike(m) && !consumed.has(m)) return m;
  return null;
}

function refBefore(v: SentenceView, at: number): boolean {
  for (let i = v.from; i < at; i++) if (companyRefAt(v, i) > 0) return true;
  return false;
}

function chooseCompany(v: SentenceView, title: TitleSpan, person: PersonRef, doc: DocView, consumed: Map<Mention, string | null>): CompanyChoice | null {
  const t = v.tokens;
  const explicit = explicitAfter(v, title.e, doc);
  if (explicit) return explicit;
  // "Airbnb's head of EMEA"
  if (t[title.s - 1]?.f === "'s") {
    const m = v.cover[title.s - 2];
    if (isCompanyLike(m)) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
  }
  // "its chief executive", "son PDG": the company the sentence is about.
  if (isPossessive(t[title.s - 1]?.f ?? '')) {
    const m = v.mentions.find((x) => doc.focus !== null && x.text === doc.focus) ?? firstCompany(v, consumed);
    if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
    return doc.focus ? { name: doc.focus, mention: null, explicit: false, extra: [], after: title.e } : null;
  }
  // "Deliveroo, where he was head of…", "Google France, où elle était…"
  for (let i = title.s - 1; i >= Math.max(v.from, title.s - 6); i--) {
    const f = t[i]?.f;
    if ((f === 'where' || f === 'ou') && t[i - 1]?.text === ',') {
      const m = v.cover[i - 2];
      if (isCompanyLike(m)) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
    }
  }
  // "rejoindre Geotab comme…", "has joined the board of Tata Steel as…"
  const join = findCue(t, JOIN_VERBS, person.e, title.s);
  if (join) {
    for (let i = join.e; i < title.s; i++) {
      const m = v.cover[i];
      if (isCompanyLike(m)) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
    }
  }
  // "prend la direction de Clarins en qualité de DG": the company whose lead is taken.
  const lead = findCue(t, CAREER_LEAD, person.e, title.s);
  if (lead) {
    const m = v.cover[lead.e];
    if (isCompanyLike(m) && m.s === lead.e) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
  }
  // "Shopify has appointed X as…", "Kairon Commerce a choisi X comme…"
  const appoint = findCue(t, APPOINT_VERBS, v.from, title.s);
  if (appoint) {
    const m = subjectBefore(v, appoint.s, consumed);
    if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
    // "the company has hired X, a veteran of Pfizer, as…": the description hires.
    if (refBefore(v, appoint.s) && doc.focus) return { name: doc.focus, mention: null, explicit: false, extra: [], after: title.e };
  }
  // The person's own past employer only for a past title ("spent years at Google, most
  // recently as…"); a new post is not at the company they come from.
  const own = localCue(v, title.s, v.from) === 'former' ? person.name : null;
  const m = nearestBefore(v, title.s, consumed, own);
  if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
  // Last resort, the document's company — only where the text is talking about it (named in
  // this sentence or the two before), so a stray title elsewhere is not pinned on it.
  const i = v.sent.index;
  const near = doc.focusSentences.has(i) || doc.focusSentences.has(i - 1) || doc.focusSentences.has(i - 2) || refBefore(v, v.tokens.length);
  return doc.focus && near ? { name: doc.focus, mention: null, explicit: false, extra: [], after: title.e } : null;
}

/** Titles taken over from someone: "X succeeds Y as CEO" → Y held it (set by choosePerson). */
const replacedBy = new WeakMap<TitleSpan, PersonRef>();

const SUCCEED = cueList('succeed | succeeds | will succeed | succeeding | to succeed | succede a | succedera a | succeder a | remplace | remplacera | remplacer | replaces | will replace | replacing | to replace');

/** In "X succeeds Y as…", the person before the verb (X), when the verb sits right before Y. */
function successorOf(v: SentenceView, replaced: PersonRef, refs: PersonRef[]): PersonRef | null {
  for (let i = replaced.s - 1; i >= Math.max(v.from, replaced.s - 4); i--) {
    if (anyCueAt(v.tokens, i, SUCCEED) === replaced.s) return refs.filter((p) => p.e <= i && p.name !== replaced.name).pop() ?? null;
  }
  return null;
}

const REPLACING = cueList("en remplacement de | en remplacement d' | replacing | in place of | succedant a | succeeding");

function replacedAfter(v: SentenceView, at: number, refs: PersonRef[]): PersonRef | undefined {
  let k = at;
  if (v.tokens[k]?.text === ',') k++;
  const e = anyCueAt(v.tokens, k, REPLACING);
  return e > 0 ? refs.find((p) => p.s === e && p.named) : undefined;
}

const LIST_LINKS = new Set(['and', 'et', ',', 'then', 'puis', 'at', 'of', 'de', "d'", 'du', 'chez', 'with', 'before', 'that', 'avant', 'cela']);

/** Only a company and list words between two titles? */
function listedAfter(v: SentenceView, from: number, to: number): boolean {
  if (from <= v.from || to <= from) return false;
  for (let i = from; i < to; i++) {
    const m = v.cover[i];
    if (m && isCompanyLike(m)) continue;
    if (!LIST_LINKS.has(v.tokens[i]?.f ?? '')) return false;
  }
  return true;
}

function choosePerson(v: SentenceView, title: TitleSpan, refs: PersonRef[], state: RoleState, doc: DocView): PersonRef | null {
  const t = v.tokens;
  // "petite-fille du fondateur", "conseiller du président": someone else's title.
  if (t[title.s - 1]?.f === 'du') return null;
  // a. "X, ex-directeur…", "X (jusqu'ici directrice…"
  const j = skipBack(v, title.s - 1);
  if (t[j]?.text === ',' || t[j]?.text === '(') {
    const r = refs.find((p) => p.e === j);
    if (r) return r;
  }
  // b. "chief executive Patrick Oyelaran", "son PDG, Étienne Ferrand", "un directeur général en France : X"
  if (!asBefore(t, j)) {
    let k = title.e;
    const direct = refs.find((p) => p.s === k && p.named);
    if (direct) return direct;
    const company = explicitAfter(v, k, doc);
    if (company) k = company.after;
    if (PLACE_PREPS.has(t[k]?.f ?? '') && v.cover[k + 1]?.kind === 'PLACE') k = v.cover[k + 1]?.e ?? k;
    if (t[k]?.text === ',' || t[k]?.text === ':') {
      const r = refs.find((p) => p.s === k + 1 && p.named);
      if (r) return r;
    }
  }
  // c. the nearest person before: "X est nommé…", "elle était…", "who becomes…"
  const prev = refs.filter((p) => p.e <= title.s).pop();
  // "X will succeed Y as CEO", "X succède à Y comme DG": the title is X's.
  if (prev && asBefore(t, j)) {
    const successor = successorOf(v, prev, refs);
    if (successor) {
      replacedBy.set(title, prev);
      return successor;
    }
  }
  // "elle succède à son fondateur": the title is the predecessor's, who is not named.
  if (prev && findCue(t, SUCCEED, prev.e, title.s)) return null;
  if (prev) return prev;
  // d. a person named after: "Un responsable local a été nommé : X"
  // (a fronted clause may name its subject by a pronoun: "Entrée chez X comme T, elle…")
  const next = refs.find((p) => p.s >= title.e && p.s - title.e <= 12 && (p.named || p.s - title.e <= 3));
  if (next && !v.titles.some((o) => o !== title && o.s > title.e && o.s < next.s)) return next;
  // e. "L'ex-responsable de … prend ses fonctions", "la nouvelle directrice générale a…":
  // a definite description stands for the person of the previous sentences.
  const det = t[skipBack(v, title.s - 1) + 1]?.f ?? t[title.s - 1]?.f ?? '';
  const definite = ['la', 'le', "l'", 'the', 'ex-', 'nouvelle', 'nouveau', 'new'].includes(t[title.s - 1]?.f ?? '') || det === 'la' || det === 'le';
  if ((title.s - v.from <= 3 || definite) && state.lastPerson && !refs.some((p) => p.named)) return { s: title.s, e: title.s, name: state.lastPerson, named: false };
  return null;
}

function decideStatus(v: SentenceView, marks: LeaveMarks, title: TitleSpan, person: PersonRef, refs: PersonRef[], floor: number, published: string | null, range: string | null): StatusDecision {
  const cue = localCue(v, title.s, floor);
  if (cue) return { status: cue, source: 'cue' };
  if (!title.founder && leaves(marks, person, title.e, refs)) return { status: 'former', source: 'departure' };
  if (range && published && range < published.slice(0, range.length)) return { status: 'former', source: 'date' };
  return { status: 'current', source: 'default' };
}

function rolePlace(v: SentenceView, title: TitleSpan, after: number, state: RoleState): string | null {
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

function roleDates(v: SentenceView, title: TitleSpan, after: number, status: StatusDecision): { start: string | null; end: string | null } {
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

/** Persons listed with the one found: "Fatima Al-Mansouri and Jonas Petersen will share…". */
function coordinated(v: SentenceView, refs: PersonRef[], person: PersonRef): PersonRef[] {
  const out = [person];
  let cur = person;
  for (;;) {
    const link = v.tokens[cur.s - 1]?.f;
    if (link !== 'and' && link !== 'et' && link !== ',') break;
    const r = refs.find((p) => p.e === cur.s - 1 && p.named);
    if (!r) break;
    out.unshift(r);
    cur = r;
  }
  return out;
}

export function titledRoles(v: SentenceView, refs: PersonRef[], doc: DocView, state: RoleState, consumed: Map<Mention, string | null>): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  if (v.titles.length === 0) return out;
  const marks = leaveMarks(v);
  let floor = v.from;
  let previous: { person: string; status: StatusDecision } | null = null;
  let last: PersonRef | null = null;
  const chosen: Array<{ title: TitleSpan; person: PersonRef } | null> = v.titles.map((title) => {
    // "L'ancienne vice-présidente de X rejoint Y en qualité de T": the holder of the title before.
    const person = choosePerson(v, title, refs, state, doc) ?? (last && !refs.some((p) => p.named) && asBefore(v.tokens, skipBack(v, title.s - 1)) ? last : null);
    if (!person) return null;
    last = person;
    // A rumoured post: "X serait pressenti pour…", "would be in the running to become…".
    if (findCue(v.tokens, RUMOUR, Math.min(person.e, title.s), title.s)) return null;
    return { title, person };
  });
  // Companies named right after a past title are taken: fallbacks must not reuse them.
  chosen.forEach((c) => {
    if (!c) return;
    const ex = explicitAfter(v, c.title.e, doc);
    if (ex?.mention && localCue(v, c.title.s, v.from) === 'former') consumed.set(ex.mention, null);
  });
  chosen.forEach((c) => {
    if (!c) return;
    const { title, person } = c;
    const company = chooseCompany(v, title, person, doc, consumed);
    const prevFloor = floor;
    floor = title.e;
    if (!company) return;
    const range = v.dates.find((d) => d.kind === 'range' && d.start >= (v.tokens[title.e - 1]?.end ?? 0) && d.start - (v.tokens[title.e - 1]?.end ?? 0) < 60)?.to ?? null;
    // A successor takes the post: "X a été choisi pour succéder à Y au poste de T".
    let status: StatusDecision = replacedBy.has(title)
      ? { status: 'current', source: 'cue' }
      : decideStatus(v, marks, title, person, refs, prevFloor, doc.published, range);
    // "previously Managing Director at BlackRock and Head of Sales at Schroders": a title
    // listed right after another shares its time word.
    if (status.source === 'default' && previous && previous.person === person.name && listedAfter(v, prevFloor, title.s)) status = previous.status;
    // "le directeur digital de Chanel rejoint Kering…": the job named before the move is left.
    if (status.source === 'default' && company.explicit && !title.founder && anyCueAt(v.tokens, company.after + (v.tokens[company.after]?.text === ',' ? 1 : 0), JOIN_VERBS) > 0) status = { status: 'former', source: 'departure' };
    previous = { person: person.name, status };
    const dates = roleDates(v, title, company.after, status);
    const place = rolePlace(v, title, company.after, state);
    const holders = person.named ? coordinated(v, refs, person) : [person];
    for (const holder of holders) {
      for (const m of [company.mention, ...company.extra]) {
        if (m === null && company.mention !== null) continue;
        const name = m ? m.text : company.name;
        if (name === holder.name) continue;
        out.push({
          fact: { person: holder.name, company: name, title: title.text, status: status.status, start: dates.start, end: dates.end, place, evidence: v.sent.text },
          statusSource: status.source,
          founder: title.founder,
          sentence: v.sent.index,
          pos: title.s,
        });
      }
    }
    // "…au poste de directeur général délégué, en remplacement d'Anne X", "…, replacing Y".
    const replaced = replacedBy.get(title) ?? replacedAfter(v, company.after, refs);
    if (replaced && !title.founder) {
      out.push({
        fact: { person: replaced.name, company: company.name, title: title.text, status: 'former', start: null, end: null, place, evidence: v.sent.text },
        statusSource: 'departure',
        founder: false,
        sentence: v.sent.index,
        pos: title.s,
      });
    }
    if (company.mention && company.explicit && status.status === 'former') consumed.set(company.mention, null);
  });
  return out;
}

