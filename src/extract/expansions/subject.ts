/**
 * The company that expands: the nearest name before the cue in subject position, a pronoun or
 * "le groupe" for the document's focus company, else the first name after the cue. Also the
 * fronted phrase ("Soutenue par le fonds X, …") whose names are never parties.
 */
import { COMPANY_REF_NOUNS } from '../../lexicon/companies.js';
import { DESCRIPTOR_NOUNS } from '../../lexicon/expansion-words.js';
import type { DocView, SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { companyRefAt, isCompanyLike } from '../refs.js';
import { COUNT_WORDS_RE, OBJECT_PREPS, RELATIVES, SHARES, SUBJECT_PRONOUNS, POSSESSIVE_S } from './cues.js';
import { inTitle } from './noise.js';

/**
 * A pronoun stands for the focus company, as the sentence names it: "Orvane Robotics, the
 * Turin maker, said it would open…" gives "Orvane Robotics" where the focus is "Orvane
 * Robotics" or "Orvane"; "Orvane also said it would open…" gives "Orvane".
 */
export function fullerFocus(v: SentenceView, before: number, doc: DocView, consumed: Map<Mention, string | null>): string | null {
  const focus = doc.focus;
  if (!focus) return focus;
  const head = focus.split(' ')[0];
  for (const m of v.mentions) {
    if (m.s >= before) break;
    const named = m.text === head || m.text.startsWith(`${head} `);
    if (isCompanyLike(m) && !consumed.has(m) && named && !OBJECT_PREPS.has(v.tokens[m.s - 1]?.f ?? '')) return m.text;
  }
  return focus;
}

const LINK_WORDS = new Set(['and', 'et', 'or', 'ou', 'but', 'mais', 'that', 'que', "qu'", 'which', 'qui']);
/** Words opening a relative clause after a comma: ", qui compte…", ", which counts…", ", dont…". */
const CLAUSE_RELATIVES = new Set(['qui', 'which', 'who', 'whose', 'dont']);
/** "…by acquiring Lisbon's X", "en rachetant X": the name bought is an object, not who expands. */
const ACQUIRING = new Set('acquiring acquired acquire acquires buying bought buys rachetant rachete rachetee rachetait rachat acquisition takeover absorbant'.split(' '));

/**
 * The comma opening a relative clause that the comma at token i closes, or -1: in "La société,
 * qui compte Nestor parmi ses clients, ouvre…" the clause describes the name before it and its
 * own names (customers, targets, investors) are not who acts.
 */
const WHERE_WORDS = new Set(['ou', 'where']);
const APPOSITIVE_OPENERS = new Set(['a', 'an', 'the', 'un', 'une', 'le', 'la', "l'", 'les']);

function relativeOpening(v: SentenceView, i: number): number {
  const t = v.tokens;
  // ", who ran sales at X, a Munich maker which listed…": an appositive follows, not the verb.
  if (t[i]?.text !== ',' || APPOSITIVE_OPENERS.has(t[i + 1]?.f ?? '')) return -1;
  for (let k = i - 1; k > v.from; k--) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';') return -1;
    if (t[k]?.text === ',') return CLAUSE_RELATIVES.has(t[k + 1]?.f ?? '') && k + 1 < i - 1 ? k : -1;
  }
  return -1;
}
const DEFINITE = new Set(['le', 'la', "l'", 'the']);

/**
 * A name that is the object of a preposition, also past a short description and a place
 * ("through the acquisition of Bogotá courier Correo Veloz"): not the subject.
 */
function governed(v: SentenceView, m: Mention): boolean {
  return governor(v, m) !== null;
}

/** The preposition (or buying word) that governs m, past a short description and a place; null for a subject. */
export function governor(v: SentenceView, m: Mention): string | null {
  const t = v.tokens;
  let k = m.s - 1;
  for (let words = 0, places = 0; k >= v.from; ) {
    const w = t[k];
    const cover = v.cover[k];
    if (cover?.kind === 'PLACE' && places === 0) {
      places++;
      k = cover.s - 1;
    } else if (!cover && POSSESSIVE_S.has(w?.f ?? '') && v.cover[k - 1]?.kind === 'PLACE' && places === 0) {
      // "acquiring Lisbon's X": the city only says where the name is.
      k--;
    } else if (!cover && w?.word && !w.cap && words < 2 && !OBJECT_PREPS.has(w.f) && !LINK_WORDS.has(w.f) && !DEFINITE.has(w.f)) {
      words++;
      k--;
    } else break;
  }
  // "avec le groupe X pour ouvrir…": the article of the description, after its preposition.
  if (DEFINITE.has(t[k]?.f ?? '') && OBJECT_PREPS.has(t[k - 1]?.f ?? '')) k--;
  // "to upgrade the Route 9 bypass", "pour construire le X": the object of a verb in a purpose clause.
  if (DEFINITE.has(t[k]?.f ?? '') && t[k - 1]?.word && !t[k - 1]?.cap && !v.cover[k - 1] && INFINITIVE_MARKS.has(t[k - 2]?.f ?? '')) return t[k - 2]?.f ?? null;
  const f = t[k]?.f ?? '';
  // "has raised $30m from A and B and is expanding…": a name joined to a governed one by "and"
  // shares its preposition.
  const joined = COORDINATORS.has(f) ? v.cover[k - 1] : undefined;
  if (joined && joined.e === k && joined !== m && isCompanyLike(joined)) return governor(v, joined);
  return (OBJECT_PREPS.has(f) && !openingDescription(v, m)) || ACQUIRING.has(f) ? f : null;
}
const COORDINATORS = new Set(['and', 'et']);
const INFINITIVE_MARKS = new Set(['to', 'pour']);

const DESCRIPTION_LINKS = new Set(['de', "d'", 'du', 'des']);

/**
 * "Le loueur néerlandais de vélos électriques Velko s'implante…": the name closes a description
 * that opens the sentence (article, lowercase words, place adjectives, "de"), so it is the
 * subject, not the object of that "de".
 */
function openingDescription(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (!DEFINITE.has(t[v.from]?.f ?? '') || m.s - v.from > 9 || m.s - v.from < 3) return false;
  // "Le groupe ouvrira un centre d'essais à Fosville": a name right after "à" is a place's object, not the described name.
  if (OBJECT_PREPS.has(t[m.s - 1]?.f ?? '')) return false;
  for (let k = v.from + 1; k < m.s; k++) {
    const w = t[k];
    const cover = v.cover[k];
    if (cover?.kind === 'PLACE' && cover.adjective) continue;
    if (!w?.word || w.cap || cover) return false;
  }
  return t.slice(v.from + 1, m.s).some((w) => DESCRIPTION_LINKS.has(w.f));
}

/**
 * "La néobanque se lance…", "The lender said…", "The Boston biotech, which…", "La medtech
 * lyonnaise…": a description opening the sentence (a company noun, places and place adjectives
 * beside it) is the company the text is about.
 */
function describedOpening(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (!DEFINITE.has(t[v.from]?.f ?? '') || !DESCRIPTOR_NOUNS.has(t[i]?.f ?? '') || t[i]?.cap) return false;
  for (let k = v.from + 1; k < i; k++) {
    const m = v.cover[k];
    if (m?.kind !== 'PLACE' || m.place?.kind === 'REGION') return false;
  }
  return i - v.from <= 3;
}

/** "the independent agency, which…", "la jeune pousse lyonnaise, qui…": token i ends a description of the focus just before a relative. */
function describedBeforeRelative(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (t[i + 1]?.text !== ',' || !RELATIVES.has(t[i + 2]?.f ?? '')) return false;
  let k = i;
  // A place adjective may follow the noun: "la medtech lyonnaise, qui…".
  if (v.cover[k]?.kind === 'PLACE' && v.cover[k]?.adjective) k = (v.cover[k]?.s ?? k) - 1;
  if (!DESCRIPTOR_NOUNS.has(t[k]?.f ?? '') || t[k]?.cap || v.cover[k]) return false;
  for (let j = k - 1; j >= Math.max(v.from, k - 3); j--) {
    if (DEFINITE.has(t[j]?.f ?? '')) return true;
    const m = v.cover[j];
    if (!(m?.kind === 'PLACE' && m.adjective) && (!t[j]?.word || t[j]?.cap || m)) return false;
  }
  return false;
}

const INDEFINITE = new Set(['a', 'an', 'un', 'une']);

/**
 * "a company that…", "une société qui…": an indefinite description right before the relative at
 * i, not in apposition to a name (", a Boston biotech which" describes the name before it).
 */
function describedAlone(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  const noun = t[i - 1];
  if (!noun || noun.cap || v.cover[i - 1] || !DESCRIPTOR_NOUNS.has(noun.f)) return false;
  for (let k = i - 2; k >= Math.max(v.from, i - 5); k--) {
    if (INDEFINITE.has(t[k]?.f ?? '')) return t[k - 1]?.text !== ',' && !isCompanyLike(v.cover[k - 1]);
    if (!t[k]?.word || t[k]?.cap) return false;
  }
  return false;
}

/** "the anime studio that listed…": "that" right after a company noun opens a relative clause. */
function thatRelative(v: SentenceView, i: number): boolean {
  const prev = v.tokens[i - 1];
  return v.tokens[i]?.f === 'that' && !!prev && !prev.cap && (DESCRIPTOR_NOUNS.has(prev.f) || COMPANY_REF_NOUNS.has(prev.f));
}

export function subject(v: SentenceView, at: number, doc: DocView, consumed: Map<Mention, string | null>): string | null {
  // "…ran R&D at Quenvel, a Boston biotech which listed on Nasdaq": a relative pronoun just
  // before the verb stands for the nearest name, even one after a preposition or a past job.
  let relative = false;
  for (let i = at - 1; i >= Math.max(v.from, at - 3); i--) {
    if (!RELATIVES.has(v.tokens[i]?.f ?? '') && !thatRelative(v, i)) continue;
    // "…takes charge of a company that listed in Mumbai": a description the relative follows, not set beside a name, is the focus.
    if (describedAlone(v, i)) return fullerFocus(v, i, doc, consumed);
    relative = true;
  }
  for (let i = at - 1; i >= v.from; i--) {
    const opening = relative ? -1 : relativeOpening(v, i);
    if (opening >= 0) {
      i = opening;
      continue;
    }
    // "…starts at the independent agency, which opened…": the description before the relative stands for the focus.
    if (describedBeforeRelative(v, i)) return fullerFocus(v, i, doc, consumed);
    const m = v.cover[i];
    // A company after a preposition ("backed by a fund", "en Bourse") is not the subject.
    // "Son DG, Jean Dupont, revendique…": a name after a title is a person.
    const titled = !!m && v.tokens[m.s - 1]?.text === ',' && inTitle(v, m.s - 2);
    // "will station two Airbus jets at Billund and add flights to…": counted things are objects.
    const counted = !!m && COUNT_WORDS_RE.test(v.tokens[m.s - 1]?.f ?? '');
    if (isCompanyLike(m) && (!consumed.has(m) || relative) && !titled && !counted) {
      const shares = SHARES.has(v.tokens[m.s - 2]?.f ?? '');
      if (shares || relative || !governed(v, m)) return m.text;
    }
    // "Ruby Fern SpA … Fern, which listed on…": a surname the mention stage gave a person is the focus's short name here.
    if (m?.kind === 'PERSON' && m.s === i && shortFocus(m.text, doc.focus)) return m.text;
    const f = v.tokens[i]?.f ?? '';
    if (describedOpening(v, i)) return fullerFocus(v, i, doc, consumed);
    // "X accroît sa présence en Suisse, où il ouvrira un bureau": the pronoun is the subject before the "où".
    if (SUBJECT_PRONOUNS.has(f) && WHERE_WORDS.has(v.tokens[i - 1]?.f ?? '') && v.tokens[i - 2]?.text === ',') continue;
    if (SUBJECT_PRONOUNS.has(f) || companyRefAt(v, i) > 0) {
      // "Harbeck, the Leeds software maker, will open…": an appositive describes the name before it.
      const appositive = !SUBJECT_PRONOUNS.has(f) && v.tokens[i - 1]?.text === ',' && isCompanyLike(v.cover[i - 2]);
      const focus = appositive ? null : fullerFocus(v, i, doc, consumed);
      if (focus) return focus;
    }
  }
  // After the cue: the first name, or a pronoun for the focus ("Présent en Chine, il se lance…").
  for (let i = at; i < v.tokens.length; i++) {
    const m = v.cover[i];
    // ("…en partenariat avec l'opérateur X": a partner after its preposition is not the one expanding)
    if (m && m.s === i && isCompanyLike(m) && !consumed.has(m) && !(i > at && governed(v, m) && !contactRelative(v, m))) return m.text;
    const f = v.tokens[i]?.f ?? '';
    if (f === '.' || f === ';') break;
    if (i > at && v.tokens[i - 1]?.text === ',' && (SUBJECT_PRONOUNS.has(f) || companyRefAt(v, i) > 0)) return doc.focus;
  }
  return doc.focus;
}

/**
 * "…pointing to the Toronto office Quorran opened last year": a name between a noun and a past
 * verb opens a relative clause without "that", and is its subject, whatever governs the noun.
 */
function contactRelative(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  const noun = t[m.s - 1];
  const verb = t[m.e];
  return !!noun && noun.word && !noun.cap && !OBJECT_PREPS.has(noun.f) && !LINK_WORDS.has(noun.f) && !DEFINITE.has(noun.f) && !!verb && verb.word && !verb.cap && verb.f.length > 4 && verb.f.endsWith('ed');
}

/** Is `name` a shorter run of the focus's words ("Fern" or "Ruby Fern" of "Ruby Fern SpA")? */
function shortFocus(name: string, focus: string | null): boolean {
  if (!focus || name.length >= focus.length) return false;
  return ` ${focus} `.includes(` ${name} `);
}

const PARTICIPLE_ENDINGS = /(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|ed|en)$/;

/** "Soutenue par le fonds X, Velorys…", "Backed by Y, Z…": the fronted phrase names no party. */
export function frontedPhraseEnd(v: SentenceView): number {
  const t = v.tokens;
  const first = t[v.from];
  if (!first || !PARTICIPLE_ENDINGS.test(first.f) || !['par', 'by'].includes(t[v.from + 1]?.f ?? '')) return v.from;
  for (let k = v.from + 2; k < Math.min(t.length, v.from + 12); k++) if (t[k]?.text === ',') return k + 1;
  return v.from;
}
