/**
 * Coreference inside a sentence: the person references (names, "il/elle/he/she", "ce
 * dernier", "qui/who" after a name) and company references ("le groupe", "its", "the
 * firm") that the relation rules attach facts to.
 */
import { COMPANY_REF_NOUNS, SUBSIDIARY_NOUNS } from '../lexicon/companies.js';
import { KIN_NOUNS } from '../lexicon/titles.js';
import type { SentenceView } from './analyze.js';
import { anyCueAt, cueList, PERSON_DESCRIPTIONS, PERSON_PRONOUNS, startsCue, wordList } from './cues.js';
import type { Mention } from './mentions.js';
import { nameGender } from '../lexicon/first-names.js';
import { foldToken } from '../lexicon/fold.js';

/** A person met so far, with the gender its first name suggests (null: unknown). */
export interface PersonMemo {
  name: string;
  gender: 'f' | 'm' | null;
}

// Names come back sentence after sentence: their gender is looked up once each (bounded).
let genders = new Map<string, 'f' | 'm' | null>();

export function genderOf(name: string): 'f' | 'm' | null {
  let g = genders.get(name);
  if (g === undefined) {
    g = nameGender(foldToken(name.split(/\s+/)[0] ?? ''));
    if (genders.size >= 10_000) genders = new Map();
    genders.set(name, g);
  }
  return g;
}

const FEMININE = new Set(['elle', 'she', 'cette', 'la', 'celle', 'celle-ci']);

/** The latest person a pronoun can stand for: "elle" skips men, "il" skips women. */
function resolvePronoun(recent: PersonMemo[], pronoun: string): string | null {
  const want = FEMININE.has(pronoun) ? 'f' : 'm';
  for (let i = recent.length - 1; i >= 0; i--) {
    const p = recent[i];
    if (p && (p.gender === null || p.gender === want)) return p.name;
  }
  return recent[recent.length - 1]?.name ?? null;
}

/** Verbs whose object "him" is never their subject: "X will succeed him" succeeds someone else. */
const REPLACING_VERBS = cueList('succeed | succeeds | will succeed | to succeed | succeeding | replace | replaces | will replace | to replace | replacing');

/**
 * "Y, the chair, will retire. X will succeed him as chair": "him" after a verb of succession is
 * the latest person before, skipping the verb's subject named just before it.
 */
function replacedPronoun(t: SentenceView['tokens'], i: number, out: readonly PersonRef[], recent: PersonMemo[]): string | null {
  const f = t[i]?.f;
  if (f !== 'him' && f !== 'her') return null;
  let verb = false;
  for (let k = Math.max(0, i - 3); k < i && !verb; k++) verb = anyCueAt(t, k, REPLACING_VERBS) === i;
  const subject = out[out.length - 1];
  if (!verb || !subject?.named) return null;
  const others = recent.filter((p) => p.name !== subject.name);
  return others.length > 0 ? resolvePronoun(others, f === 'her' ? 'she' : 'him') : null;
}

const OF = new Set(['de', "d'", 'du', 'des']);
const DEMONSTRATIVES = wordList(['ce', 'cette', 'cet', 'this']);
/** Verbs a description of the person is the subject of: "ce polytechnicien était…". */
const SUBJECT_VERBS = new Set('est etait a avait sera fut rejoint rejoindra dirigeait dirige occupait devient deviendra quitte succede prend prendra arrive connait is was has had joined will becomes led ran'.split(' '));
/** Things a demonstrative also points at: "cette année était…", "ce poste est…". */
const NOT_PERSONS = new Set('annee mois semaine trimestre poste role fonction mandat accord operation projet marche secteur choix depart arrivee changement groupe entreprise societe site bureau pays year month week quarter role post deal move market company group firm business'.split(' '));

/** Nouns of a person's age: "la quadragénaire", "ce quinquagénaire". Folded. */
const AGE_NOUNS = new Set('trentenaire quadragenaire quinquagenaire sexagenaire septuagenaire'.split(' '));

/** "Cet ingénieur germano-suisse de 44 ans, …": a demonstrative, a noun and its age; the age's end, or -1. */
function agedDescription(t: SentenceView['tokens'], i: number): number {
  for (let k = i + 2; k < i + 6; k++) {
    if (t[k]?.f === 'de' && /^\d{2}$/.test(t[k + 1]?.f ?? '') && t[k + 2]?.f === 'ans') return k + 3;
    if (!t[k]?.word || t[k]?.cap) return -1;
  }
  return -1;
}

/**
 * "L'Italienne, passée par X, était…", "Le Britannique a dirigé…": a nationality noun (written
 * with a capital in French) opening the sentence stands for the person just met. Only before
 * an aside's comma or a verb: "Le Britannique Vodafone…" names a company.
 */
function nationalityNoun(v: SentenceView, i: number): number {
  if (i !== v.from) return -1;
  const t = v.tokens;
  const f = t[i]?.f;
  if (f !== 'le' && f !== 'la' && f !== "l'") return -1;
  const m = v.cover[i + 1];
  if (!m || m.kind !== 'PLACE' || !m.adjective || m.s !== i + 1 || m.e !== i + 2 || !t[i + 1]?.cap) return -1;
  return t[i + 2]?.text === ',' || SUBJECT_VERBS.has(t[i + 2]?.f ?? '') ? i + 2 : -1;
}

/**
 * "Le Portugais de 46 ans était…", "Ce Norvégien de 52 ans, passé par X, était…": a nationality
 * noun with the person's age, after an article or a demonstrative, opening the sentence.
 */
function agedNationalityNoun(v: SentenceView, i: number): number {
  if (i !== v.from) return -1;
  const t = v.tokens;
  if (!startsCue(t[i], DEMONSTRATIVES) && t[i]?.f !== 'le' && t[i]?.f !== 'la' && t[i]?.f !== "l'") return -1;
  const m = v.cover[i + 1];
  if (!m || m.kind !== 'PLACE' || !m.adjective || m.s !== i + 1 || m.e !== i + 2 || !t[i + 1]?.cap) return -1;
  const k = i + 2;
  return t[k]?.f === 'de' && /^\d{2}$/.test(t[k + 1]?.f ?? '') && t[k + 2]?.f === 'ans' ? k + 3 : -1;
}

/**
 * French descriptions that stand for the newcomer of the story, not for whoever was named
 * last: "Il remplace Y, limogé. Le dirigeant suédois était jusqu'alors…" is about the one
 * appointed ("ce dernier", "celle qui" keep the latest person).
 */
const NEWCOMER_DESCRIPTIONS = cueList(`
le dirigeant | la dirigeante | le nouveau directeur | la nouvelle directrice | le nouveau venu | la nouvelle venue
le nouveau patron | la nouvelle patronne | le nouveau dirigeant | la nouvelle dirigeante
`);

/**
 * Whom a newcomer description stands for: the latest person it fits when that one was
 * appointed (a round-up of moves: each story's own newcomer), else the first person appointed
 * whose gender fits ("X est nommé… Il remplace Y. Le dirigeant…" is X), else the latest.
 */
function newcomerFor(recent: PersonMemo[], appointees: readonly PersonMemo[], article: string): string | null {
  const latest = resolvePronoun(recent, article);
  if (appointees.some((p) => p.name === latest)) return latest;
  const want = FEMININE.has(article) ? 'f' : 'm';
  for (const p of appointees) if (p.gender === want || p.gender === null) return p.name;
  return latest;
}

/** "l'Italienne" / "l'Italien": the gender an elided article leaves to the noun's ending. */
function elidedGender(noun: string): string {
  return noun.endsWith('e') ? 'la' : 'le';
}

/** "ce polytechnicien était…", "this veteran had…", "the 52-year-old joined…": the person just met. */
function describedPerson(v: SentenceView, i: number): number {
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  const w = t[i + 1];
  if (f === 'the' && w && /^\d{2}-year-old$/.test(w.f)) return i + 2;
  const demonstrative = startsCue(t[i], DEMONSTRATIVES);
  if ((f === 'la' || f === 'le' || demonstrative) && w && AGE_NOUNS.has(w.f)) return i + 2;
  if (!demonstrative || !w || !w.word || w.cap || NOT_PERSONS.has(w.f) || COMPANY_REF_NOUNS.has(w.f)) return -1;
  if (SUBJECT_VERBS.has(t[i + 2]?.f ?? '')) return i + 2;
  // (opening the sentence only: "Cet ingénieur … de 44 ans, diplômé de X, a dirigé…")
  if (i === v.from) {
    const aged = agedDescription(t, i);
    if (aged > 0) return aged;
  }
  // "Cet ancien de la Caisse des Marées était…": the description may name where the person was.
  let k = i + 2;
  if (!OF.has(t[k]?.f ?? '')) return -1;
  k++;
  if (t[k]?.f === 'la' || t[k]?.f === 'le' || t[k]?.f === "l'") k++;
  const m = v.cover[k];
  return m && m.s === k && m.kind !== 'PERSON' && SUBJECT_VERBS.has(t[m.e]?.f ?? '') ? i + 2 : -1;
}

export interface PersonRef {
  s: number;
  e: number;
  name: string;
  /** Named in this sentence (not a pronoun or description). */
  named: boolean;
}

/*
 * Lookups the rules make inside their per-token loops, written as plain functions: an arrow
 * function there (`refs.find((r) => r.s === i)`) captures the loop's variables, and V8 then
 * allocates a fresh context for them at every token, taken branch or not.
 */

/** The reference starting at token s (named ones only when asked). */
export function refAt(refs: readonly PersonRef[], s: number, namedOnly = false): PersonRef | undefined {
  for (const r of refs) if (r.s === s && (r.named || !namedOnly)) return r;
  return undefined;
}

/** The last reference ending by token `at`, whose name is not `except` (named ones only when asked). */
export function lastRefBefore(refs: readonly PersonRef[], at: number, except: string | null = null, namedOnly = false): PersonRef | undefined {
  for (let k = refs.length - 1; k >= 0; k--) {
    const r = refs[k] as PersonRef;
    if (r.e <= at && r.name !== except && (r.named || !namedOnly)) return r;
  }
  return undefined;
}

const RELATIVES = wordList(['qui', 'who']);
const DETS = wordList(["le", "la", "l'", 'the', 'this', 'cette', 'ce', 'cet', 'notre', 'our']);
const PRONOUNS = wordList(PERSON_PRONOUNS);
const POSSESSIVES = new Set(['its', 'son', 'sa', 'ses', 'leur', 'leurs', 'their']);

/**
 * The words personRefs looks at besides names and the description cues are listed as cues
 * (PRONOUNS, DEMONSTRATIVES, RELATIVES, and "the" here), so that a token whose word starts no
 * cue of any list (Token.cues null) can be passed over, and a token that does is tested
 * against each list by its entry (startsCue), not by hashing its word.
 */
wordList(['the']);

/** Persons referred to in a sentence, in order; pronouns resolve to the last person so far. */
/** First and second person, standing for the one interviewed in a Q&A (interviews.ts). */
const SPEAKER_PRONOUNS = wordList(['i', 'je', "j'", 'you', 'vous']);

export function personRefs(v: SentenceView, memory: PersonMemo[], appointees: readonly PersonMemo[] = [], interviewee: string | null = null): PersonRef[] {
  const out: PersonRef[] = [];
  // The persons met so far, then this sentence's: copied from memory only when one is named here.
  let recent = memory;
  let last = recent[recent.length - 1]?.name ?? null;
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    const m = v.cover[i];
    if (m === undefined && t[i]?.cues === null) continue;
    if (m && m.s === i && m.kind === 'PERSON') {
      // "X, ancien conseiller de P, rejoint Y": P only describes X, and is nobody's subject.
      if ((describesOpener(t, out, i) || frontedTie(v, out, i, m.e)) && !titledAfter(v, m.e)) {
        i = m.e - 1;
        continue;
      }
      const name = m.name ?? m.text;
      out.push({ s: m.s, e: m.e, name, named: true });
      if (recent === memory) recent = [...memory];
      recent.push({ name, gender: genderOf(name) });
      last = name;
      i = m.e - 1;
      continue;
    }
    const f = t[i]?.f ?? '';
    if (interviewee !== null && startsCue(t[i], SPEAKER_PRONOUNS)) {
      out.push({ s: i, e: i + 1, name: interviewee, named: false });
      last = interviewee;
      continue;
    }
    // ("X will succeed her": "her" is an object there, not a possessive)
    if (last && f === 'her') {
      const name = replacedPronoun(t, i, out, recent);
      if (name !== null) out.push({ s: i, e: i + 1, name, named: false });
      continue;
    }
    if (last && startsCue(t[i], PRONOUNS)) {
      const name = replacedPronoun(t, i, out, recent) ?? resolvePronoun(recent, f) ?? last;
      out.push({ s: i, e: i + 1, name, named: false });
      continue;
    }
    const newcomer = Math.max(anyCueAt(t, i, NEWCOMER_DESCRIPTIONS), agedNationalityNoun(v, i));
    const d = Math.max(newcomer, anyCueAt(t, i, PERSON_DESCRIPTIONS), describedPerson(v, i), nationalityNoun(v, i));
    if (d > 0 && last) {
      const article = f === "l'" ? elidedGender(t[i + 1]?.f ?? '') : f;
      out.push({ s: i, e: d, name: (newcomer > 0 ? newcomerFor(recent, appointees, article) : resolvePronoun(recent, article)) ?? last, named: false });
      i = d - 1;
      continue;
    }
    if (startsCue(t[i], RELATIVES)) {
      const prev = out[out.length - 1];
      const gap = prev ? i - prev.e : 99;
      if (prev && gap <= 2) out.push({ s: i, e: i + 1, name: prev.name, named: false });
    }
  }
  return out;
}

/** Nouns of a tie to a person ("conseiller de P", "bras droit de P", "directeur de cabinet de P", "aux côtés de P", "auprès de P"), kin nouns aside. Folded. */
const TIE_NOUNS = new Set(['conseiller', 'conseillere', 'conseillers', 'proche', 'proches', 'droit', 'collaborateur', 'collaboratrice', 'protege', 'protegee', 'dauphin', 'dauphine', 'ami', 'amie', 'compagnon', 'compagne', 'cabinet', 'plume', 'confident', 'confidente', 'mentor', 'eleve', 'disciple', 'assistant', 'assistante', 'cotes', 'aupres']);

/**
 * "X, ancien conseiller de P, rejoint Y", "X, fille de P, devient présidente de Y": the name at
 * i, after a noun of a tie and "de", inside the apposition of the only person named so far.
 */
function describesOpener(t: SentenceView['tokens'], out: readonly PersonRef[], i: number): boolean {
  const de = t[i - 1]?.f;
  if (de !== 'de' && de !== "d'" && de !== 'du') return false;
  const noun = t[i - 2]?.f ?? '';
  // "X a été choisi comme successeur de P à la tête de Y", "X, successeur désigné de P, …": P
  // is the one succeeded, not the subject of the lead or the title that follows.
  if (SUCCESSOR_NOUNS.has(noun) || (SUCCESSOR_NOUNS.has(t[i - 3]?.f ?? '') && DESIGNATED.has(noun))) return out.some((r) => r.named);
  if (!(TIE_NOUNS.has(noun) || KIN_NOUNS.has(noun)) || (noun === 'droit' && t[i - 3]?.f !== 'bras') || (noun === 'cotes' && t[i - 3]?.f !== 'aux')) return false;
  const first = out[0];
  if (first === undefined || !first.named || t[first.e]?.text !== ',' || i - first.e > 10) return false;
  // (a "qui" after the name stands for it: "X, qui a travaillé aux côtés de P chez Y, rejoint Z")
  for (const r of out) if (r.name !== first.name) return false;
  return true;
}

const TITLE_DETS = new Set(['le', 'la', "l'", 'son', 'sa', 'ex-', 'ancien', 'ancienne']);

/**
 * "Proche de P, X devient…", "Successeur de P, X prend…", "Ancien conseiller de P, X…": a tie
 * opening the sentence describes the subject named after its comma; P is not listed with X.
 */
function frontedTie(v: SentenceView, out: readonly PersonRef[], i: number, e: number): boolean {
  const t = v.tokens;
  if (out.length > 0 || i - v.from > 5 || t[e]?.text !== ',' || v.cover[e + 1]?.kind !== 'PERSON') return false;
  const de = t[i - 1]?.f;
  if (de !== 'de' && de !== "d'" && de !== 'du') return false;
  const noun = t[i - 2]?.f ?? '';
  const tie = TIE_NOUNS.has(noun) || KIN_NOUNS.has(noun) || SUCCESSOR_NOUNS.has(noun) || (DESIGNATED.has(noun) && SUCCESSOR_NOUNS.has(t[i - 3]?.f ?? ''));
  return tie && (noun !== 'droit' || t[i - 3]?.f === 'bras') && (noun !== 'cotes' || t[i - 3]?.f === 'aux');
}

const SUCCESSOR_NOUNS = new Set(['successeur', 'successeure', 'successrice']);
const DESIGNATED = new Set(['designe', 'designee', 'naturel', 'naturelle', 'pressenti', 'pressentie', 'probable']);

/** "…, fille de P, fondatrice de Y": a title in apposition right after the name (ending at e) is the name's own. */
function titledAfter(v: SentenceView, e: number): boolean {
  if (v.tokens[e]?.text !== ',') return false;
  const at = TITLE_DETS.has(v.tokens[e + 1]?.f ?? '') ? e + 2 : e + 1;
  for (const x of v.titles) if (x.s === at) return true;
  return false;
}

/** A company description at token i ("le groupe", "the company", "la fintech américaine"): its end, or -1. */
export function companyRefAt(v: SentenceView, i: number): number {
  const t = v.tokens;
  if (!startsCue(t[i], DETS)) return -1;
  let j = i + 1;
  // "le groupe Internet chinois", "the Madrid-based start-up": one or two words of description.
  for (let k = 0; k < 4; k++) {
    const w = t[j];
    if (!w) return -1;
    if (COMPANY_REF_NOUNS.has(w.f) && (!w.cap || (j === i + 1 && !(t[j + 1]?.cap ?? false)))) {
      let e = j + 1;
      while (e < j + 3 && t[e]?.word && !(t[e]?.cap ?? false) && /(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ane|ois|ese|ais)$/.test(t[e]?.f ?? '')) e++;
      return e;
    }
    if (SUBSIDIARY_NOUNS.has(w.f)) return -1;
    if (!w.word) return -1;
    j++;
  }
  return -1;
}

export function isPossessive(f: string): boolean {
  return POSSESSIVES.has(f);
}

export function isCompanyLike(m: Mention | undefined): m is Mention {
  return !!m && (m.kind === 'COMPANY' || m.kind === 'UNKNOWN') && m.given !== true && m.school !== true && m.portfolio !== true && m.region !== true;
}
