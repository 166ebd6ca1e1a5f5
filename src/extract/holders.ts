/**
 * Who holds a title. News French and English put the holder in a few places — an apposition
 * ("X, ex-directeur…", "X (jusqu'ici directrice…"), right after the title ("chief executive
 * X", "son PDG, X", "un directeur général en France : X"), the subject before ("X est
 * nommé…", "elle était…", "who becomes…"), or a definite description standing for the
 * person of the previous sentences ("la nouvelle directrice générale a…"). Tried in that
 * order: the nearer the construction, the surer the reading.
 */
import type { DocView, SentenceView } from './analyze.js';
import { anyCueAt, findCue, JOIN_VERBS, LEAVE_BEFORE, PERSON_PREDICATES } from './cues.js';
import { explicitAfter } from './employers.js';
import { lastRefBefore, refAt, type PersonRef } from './refs.js';
import type { RoleState } from './roles.js';
import { replacedBy, SUCCEED, successorOf } from './successions.js';
import type { TitleSpan } from './titles.js';
import { KIN_NOUNS } from '../lexicon/titles.js';
import type { Token } from './tokens.js';

const APPOSITION_SKIP = new Set("ex- ex ancien ancienne former a an the l' le la son sa its his her also egalement aussi currently actuellement previously formerly now desormais long-serving longtime jusqu' ici alors new nouveau nouvelle notre our".split(' '));
const AS_WORDS = new Set(['as', 'comme', 'que']);
const AS_NOUNS = new Set(['poste', 'qualite', 'fonctions']);
const CIVILITY = new Set(['dr', 'mr', 'mrs', 'ms', 'm', 'mme', 'prof', 'sir', 'dame', 'me']);
const PLACE_PREPS = new Set(['en', 'in', 'au', 'aux', 'pour', 'for', 'a']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them']);
const INDEFINITES = new Set(['un', 'une', 'a', 'an']);
const PASSIVE_SUCCEEDED = new Set(['succeeded', 'replaced']);

/** "comme T", "as T", "au poste de T", "en qualité de T": the title a sentence gives its subject. */
export function asBefore(t: SentenceView['tokens'], j: number): boolean {
  // ("en tant que T"; not "tandis que la directrice financière, X, …", a clause of its own)
  if (t[j]?.f === 'que') return t[j - 1]?.f === 'tant';
  return AS_WORDS.has(t[j]?.f ?? '') || (t[j]?.f === 'de' && AS_NOUNS.has(t[j - 1]?.f ?? ''));
}

export function skipBack(v: SentenceView, i: number): number {
  let j = i;
  while (j >= v.from && APPOSITION_SKIP.has(v.tokens[j]?.f ?? '')) j--;
  return j;
}

/** "Quenby Capital, the London-based credit manager, has named…": a company's apposition. */
function describesCompany(v: SentenceView, title: TitleSpan): boolean {
  const t = v.tokens;
  for (let i = title.s - 1; i >= Math.max(v.from + 1, title.s - 8); i--) {
    if (v.cover[i]?.kind === 'PERSON') return false;
    if (t[i]?.text !== ',') continue;
    const m = v.cover[i - 1];
    return !!m && (m.kind === 'COMPANY' || m.kind === 'UNKNOWN') && ARTICLES_A.has(t[i + 1]?.f ?? '') && t[title.e]?.text === ',';
  }
  return false;
}
const ARTICLES_A = new Set(['the', 'a', 'an']);

/** The person named right after a colon within a few plain words of `from` (no name or comma between). */
function namedAfterColon(v: SentenceView, refs: PersonRef[], from: number): PersonRef | null {
  const t = v.tokens;
  for (let k = from; k < Math.min(t.length, from + 8); k++) {
    if (t[k]?.text === ':') return refs.find((p) => p.s === k + 1 && p.named) ?? null;
    if (v.cover[k] || !t[k]?.word) return null;
  }
  return null;
}

/** Words between a person and the post a copula or an appointment gives them (folded). */
const GIVING = new Set('devient deviendra est sera a ete nomme nommee promu promue designe designee elu elue reste demeure redevient le la nouveau nouvelle'.split(' '));
const GIVING_VERBS = new Set('devient deviendra nomme nommee promu promue designe designee elu elue redevient'.split(' '));

/** "X devient DRH, Y …": X, when only a copula or an appointment stands between X and the title and a name follows its comma. */
function givenBefore(t: SentenceView['tokens'], refs: PersonRef[], title: TitleSpan): PersonRef | null {
  if (t[title.e]?.text !== ',') return null;
  if (!refs.some((p) => p.s === title.e + 1 && p.named)) return null;
  let k = title.s - 1;
  let verb = false;
  while (k >= 0 && GIVING.has(t[k]?.f ?? '')) {
    if (GIVING_VERBS.has(t[k]?.f ?? '')) verb = true;
    k--;
  }
  if (!verb) return null;
  return refs.find((p) => p.e === k + 1 && p.named) ?? null;
}

/** Verbs that give a post to someone: "hands the chief executive role to Y" (folded). */
const HAND_VERBS = new Set('hand hands handed handing pass passes passed passing give gives gave giving cede cedes ceded ceding'.split(' '));
const HAND_PARTICLES = new Set(['over', 'on']);
const HANDED_DETS = new Set(['the', 'his', 'her', 'its', 'their']);
/** Nouns a title names a post with: "the chief executive role", "the CEO job" (folded). */
const POST_NOUNS = new Set(['role', 'job', 'post', 'position', 'title', 'mantle', 'seat']);

/**
 * "X hands the chief executive role to Y", "is passing the CEO job at Z to his deputy, Y": the
 * one named after "to" takes the post (returned), the giver leaves it (replacedBy).
 */
function handedTo(v: SentenceView, title: TitleSpan, refs: PersonRef[]): PersonRef | null {
  const t = v.tokens;
  if (!HANDED_DETS.has(t[title.s - 1]?.f ?? '') || !POST_NOUNS.has(t[title.e]?.f ?? '')) return null;
  let verb = title.s - 2;
  if (HAND_PARTICLES.has(t[verb]?.f ?? '')) verb--;
  if (!HAND_VERBS.has(t[verb]?.f ?? '') || t[verb]?.cap) return null;
  let k = title.e + 1;
  if ((t[k]?.f === 'at' || t[k]?.f === 'of') && v.cover[k + 1]) k = v.cover[k + 1]?.e ?? k;
  if (t[k]?.f !== 'to') return null;
  let to: PersonRef | undefined;
  for (let j = k + 1; j < Math.min(t.length, k + 7) && !to; j++) {
    to = refAt(refs, j, true);
    if (!to && (t[j]?.text === '.' || t[j]?.text === ';' || v.cover[j])) return null;
  }
  const giver = lastRefBefore(refs, verb);
  if (!to || !giver || giver.name === to.name) return null;
  replacedBy.set(title, giver);
  return to;
}

const WHOSE_DETS = new Set(['le', 'la', "l'", 'les']);
const COPULAS = new Set(['is', 'was', 'est', 'etait']);

/** "…, whose chief executive is X", "…, dont le PDG est X": the holder named after the copula. */
function ownedPostNamed(v: SentenceView, title: TitleSpan, refs: PersonRef[]): PersonRef | undefined {
  const t = v.tokens;
  const whose = t[title.s - 1]?.f === 'whose' || (t[title.s - 2]?.f === 'dont' && WHOSE_DETS.has(t[title.s - 1]?.f ?? ''));
  if (!whose || !COPULAS.has(t[title.e]?.f ?? '')) return undefined;
  return refs.find((p) => p.s === title.e + 1 && p.named);
}

export function choosePerson(v: SentenceView, title: TitleSpan, refs: PersonRef[], state: RoleState, doc: DocView): PersonRef | null {
  const t = v.tokens;
  if (describesCompany(v, title)) return null;
  const handed = handedTo(v, title, refs);
  if (handed) return handed;
  // "petite-fille du fondateur", "conseiller du président": someone else's title — unless a
  // name closes the phrase in apposition ("aux côtés du président, X."), which names the holder.
  if (t[title.s - 1]?.f === 'du') {
    const named = t[title.e]?.text === ',' ? refs.find((p) => p.s === title.e + 1 && p.named) : undefined;
    return named && (t[named.e]?.text === '.' || named.e >= t.length) ? named : null;
  }
  if (kinOf(v, title.s)) return null;
  // "Conti Group, whose chief executive is X", "dont la directrice générale est X": the name the copula gives.
  const owned = ownedPostNamed(v, title, refs);
  if (owned) return owned;
  // a. "X, ex-directeur…", "X (jusqu'ici directrice…"
  const j = skipBack(v, title.s - 1);
  if (t[j]?.text === ',' || t[j]?.text === '(') {
    const r = refs.find((p) => p.e === j);
    // (not "Acme has hired X, chief executive Tom Reed said": a name right after the title holds it)
    const c = CIVILITY.has(t[title.e]?.f ?? '') ? title.e + (t[title.e + 1]?.text === '.' ? 2 : 1) : title.e;
    const after = t[j]?.text === ',' ? refs.find((p) => p.s === c && p.named) : undefined;
    if (after && after.name !== r?.name) return after;
    if (r) return r;
  }
  // "Anne Roy devient DRH, Paul Lenoir directeur financier": the title a copula gives the
  // person before it, whoever is named after its comma.
  const given = givenBefore(t, refs, title);
  if (given) return given;
  // b. "chief executive Desmond Adeyinka", "son PDG, Aurélien Castagnet", "un directeur général en France : X"
  let k = title.e;
  // "co-founder Dr. X", "son président, M. X"
  if (CIVILITY.has(t[k]?.f ?? '')) k += t[k + 1]?.text === '.' ? 2 : 1;
  // A name right after the title is its holder, even after "as" ("…, as co-founder and chief
  // executive X steps back").
  const direct = refs.find((p) => p.s === k && p.named);
  if (direct) return direct;
  // "une directrice juridique recrutée chez un concurrent : X": an indefinite post announced,
  // its holder named after a colon that closes a short description.
  const announced = INDEFINITES.has(t[title.s - 1]?.f ?? '') ? namedAfterColon(v, refs, k) : null;
  if (announced) return announced;
  if (!asBefore(t, j)) {
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
  // "X will step down and be succeeded as CEO by Y": the agent takes the post X held.
  // ("…succeeded as chief executive of Orvel by Y": the post's firm between)
  const by = prev && t[j]?.f === 'as' && PASSIVE_SUCCEEDED.has(t[j - 1]?.f ?? '') ? (t[title.e]?.f === 'by' ? title.e : explicitAfter(v, title.e, doc)?.after ?? -1) : -1;
  if (prev && by > 0 && t[by]?.f === 'by') {
    const agent = refs.find((p) => p.s === by + 1 && p.named);
    if (agent && agent.name !== prev.name) {
      replacedBy.set(title, prev);
      return agent;
    }
  }
  // "X will succeed Y as CEO", "X succède à Y comme DG": the title is X's.
  // "Il remplace X, partie chez Y comme T": the title is where X went, not the successor's.
  if (prev && asBefore(t, j) && !findCue(t, JOIN_VERBS, prev.e, title.s)) {
    const successor = successorOf(v, prev, refs);
    if (successor) {
      replacedBy.set(title, prev);
      return successor;
    }
  }
  // "elle succède à son fondateur": the title is the predecessor's, who is not named.
  const succeeds = prev ? findCue(t, SUCCEED, prev.e, title.s) : null;
  // "…had chosen X to replace her as CEO": a pronoun object then "as": the post is X's.
  if (prev && succeeds && OBJECT_PRONOUNS.has(t[succeeds.e]?.f ?? '') && succeeds.e + 1 === j) return prev;
  if (succeeds) return null;
  // "X cède cette fonction à Y et devient senior partner": the second verb is X's too.
  if (prev && (t[prev.s - 1]?.f === 'a' || t[prev.s - 1]?.f === 'to') && andBecomes(t, prev.e, title.s)) {
    const subject = refs.find((p) => p.named && p.e < prev.s);
    if (subject) return subject;
  }
  // "X will become president, while her father stays on as chairman": a relative left unnamed
  // holds the post, not the person named before (no fact beats a false one).
  if (prev && unnamedKinBetween(t, prev.e, title.s)) return null;
  if (prev) return relativeSubject(v, refs, prev, title.s) ?? prev;
  // d. a person named after: "Un responsable local a été nommé : X"
  // (a fronted clause may name its subject by a pronoun: "Entrée chez X comme T, elle…")
  const next = refs.find((p) => p.s >= title.e && p.s - title.e <= 12 && (p.named || p.s - title.e <= 3));
  // "L'actuelle DAF de X remplacera Y": Y is the one replaced, not the holder.
  if (next && !v.titles.some((o) => o !== title && o.s > title.e && o.s < next.s) && !findCue(t, LEAVE_BEFORE, title.e, next.s)) return next;
  // e. "L'ex-responsable de … prend ses fonctions", "la nouvelle directrice générale a…":
  // a definite description stands for the person of the previous sentences.
  const det = t[skipBack(v, title.s - 1) + 1]?.f ?? t[title.s - 1]?.f ?? '';
  const definite = ['la', 'le', "l'", 'the', 'ex-', 'nouvelle', 'nouveau', 'new'].includes(t[title.s - 1]?.f ?? '') || det === 'la' || det === 'le';
  // "Rheinmetall's chief executive attended": a company's officer left unnamed is someone else.
  if (t[title.s - 1]?.f === "'s") return null;
  // (a person named after a verb of replacement is the one replaced, not this holder)
  const named = refs.some((p) => p.named && !(p.s >= title.e && findCue(t, LEAVE_BEFORE, title.e, p.s)));
  // ("Selon un analyste, …": an indefinite title is someone not named, not that person.)
  const indefinite = INDEFINITES.has(t[title.s - 1]?.f ?? '');
  if ((title.s - v.from <= 3 || definite) && !indefinite && state.lastPerson && !named) return { s: title.s, e: title.s, name: state.lastPerson, named: false };
  // "L'ex-directrice de la publicité de X est nommée directrice générale adjointe": the post a
  // description opening the sentence is named to is that person's too.
  const opener = v.titles[0];
  if (opener && opener !== title && opener.s - v.from <= 3 && state.lastPerson && !named && predicateBefore(v, skipBack(v, title.s - 1) + 1)) return { s: title.s, e: title.s, name: state.lastPerson, named: false };
  return null;
}

/**
 * "X, who founded Pelham with Y, will become chief product officer": a person named inside a
 * relative clause closed before the title is not its holder; the subject the clause describes is.
 */
function relativeSubject(v: SentenceView, refs: PersonRef[], prev: PersonRef, at: number): PersonRef | null {
  const t = v.tokens;
  let close = -1;
  for (let k = prev.e; k < at; k++) if (t[k]?.text === ',') close = k;
  if (close < 0) return null;
  for (let k = prev.s - 1; k > v.from && k >= prev.s - 12; k--) {
    const x = t[k]?.text;
    // "Kenji Ota, grandson of founder Hiroshi Ota, was named president": an aside telling a
    // kinship with someone else describes the subject before it.
    if (x === ',' && describedAside(t, k + 1, prev.s)) return refs.find((p) => p.e === k && p.named && p.name !== prev.name) ?? null;
    if (x === ',' || x === ';' || x === '.' || x === ':') return null;
    if ((t[k]?.f === 'who' || t[k]?.f === 'qui') && t[k - 1]?.text === ',') return refs.find((p) => p.e === k - 1 && p.named && p.name !== prev.name) ?? null;
  }
  return null;
}

const LIST_WORDS = new Set(['and', 'or', 'et', 'ou']);

const KIN_DETS = new Set(['a', 'the', 'his', 'her', 'their']);

/** Tokens [s, e) tell a kinship in lowercase words only ("a nephew of", "grandson of founder"). */
function describedAside(t: SentenceView['tokens'], s: number, e: number): boolean {
  const kin = KIN_DETS.has(t[s]?.f ?? '') ? s + 1 : s;
  if (e <= kin || !KIN.has(t[kin]?.f ?? '') || t[kin + 1]?.f !== 'of') return false;
  for (let k = s; k < e; k++) if (!t[k]?.word || t[k]?.cap || LIST_WORDS.has(t[k]?.f ?? '')) return false;
  return true;
}

const KIN = new Set('son daughter grandson granddaughter great-grandson great-granddaughter nephew niece widow widower wife husband brother sister father mother heir heiress cousin descendant'.split(' '));
const OWNERS = new Set(['the', 'its', 'his', 'her', 'their']);

/**
 * "X, the granddaughter of the company's founder", "a nephew of its chairman": the title is a
 * relative's, not X's. (French says it with "du", read above.)
 */
function kinOf(v: SentenceView, s: number): boolean {
  const t = v.tokens;
  let k = s - 1;
  // "of the company's founder", "of Acme's founder": an owner's "'s" and the word or name before it
  if (t[k]?.f === "'s") k = (v.cover[k - 1]?.s ?? k - 1) - 1;
  if (OWNERS.has(t[k]?.f ?? '')) k--;
  return t[k]?.f === 'of' && KIN.has(t[k - 1]?.f ?? '');
}

const AND_WORDS = new Set(['et', 'and']);
const BECOMES = new Set(['devient', 'deviendra', 'becomes', 'become', 'reste', 'restera', 'remains', 'remain']);

/** "… et devient T", "… and will become T": a verb joined to the clause's first one. */
function andBecomes(t: SentenceView['tokens'], from: number, to: number): boolean {
  if (to - from > 4) return false;
  for (let i = from; i < to - 1; i++) if (AND_WORDS.has(t[i]?.f ?? '') && (BECOMES.has(t[i + 1]?.f ?? '') || (t[i + 1]?.f === 'will' && BECOMES.has(t[i + 2]?.f ?? '')))) return true;
  return false;
}

/** "est nommée", "devient", "becomes" ending right before token `at`. */
function predicateBefore(v: SentenceView, at: number): boolean {
  for (let i = Math.max(v.from, at - 4); i < at; i++) if (anyCueAt(v.tokens, i, PERSON_PREDICATES) === at) return true;
  return false;
}

/** Persons listed with the one found: "Layla Al-Harthi and Torvald Brekke will share…". */
export function coordinated(v: SentenceView, refs: PersonRef[], person: PersonRef): PersonRef[] {
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

const KIN_OWNERS = new Set(['his', 'her', 'their', 'son', 'sa', 'leur']);

/** "her father stays on as", "sa fille devient": a relative, unnamed, as the subject between a + 1 and b. */
function unnamedKinBetween(t: Token[], a: number, b: number): boolean {
  for (let k = a; k < b - 1; k++) {
    if (!KIN_OWNERS.has(t[k]?.f ?? '') || !KIN_NOUNS.has(t[k + 1]?.f ?? '') || t[k + 1]?.cap) continue;
    // (not "his mother's firm", nor a name after the noun: "his mother, X,")
    const next = t[k + 2];
    if (next?.f === "'s" || next?.text === ',' || next?.cap) continue;
    return true;
  }
  return false;
}
