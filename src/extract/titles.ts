/**
 * Stage 5 — titles. Finds job titles around a head word ("directeur", "chief", "CEO",
 * "head") and grows them: EN modifiers before ("acting", "group", "deputy"), FR adjectives
 * after ("générale déléguée"), scope ("France", "EMEA"), interim ("par intérim") and
 * complements ("de la stratégie commerciale", "of rider operations", "for the Nordics")
 * — stopping where a company starts ("de Google France", "at Siemens", "du groupe").
 */
import { COMPANY_REF_NOUNS, DESCRIPTOR_NOUNS, SUBSIDIARY_NOUNS } from '../lexicon/companies.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { DEPARTMENTS, FOUNDER_WORDS, GOVERNMENT_POSTS, JOB_HEADS, KIN_NOUNS, NON_BUSINESS, TITLE_HEADS, TITLE_POST, TITLE_POST_CAPS, TITLE_PRE, WEAK_HEADS } from '../lexicon/titles.js';
import { APPOINT_VERBS, CAREER_LEAD, JOIN_VERBS, LEAVE_AFTER, startsCue, wordList } from './cues.js';
import { isFirstName } from '../lexicon/first-names.js';
import { capitalisedBeforeLowerHead, isUnitWord, REGION_SCOPES } from './name-bounds.js';
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

export interface TitleSpan {
  s: number;
  e: number;
  /** The head token. */
  h: number;
  text: string;
  founder: boolean;
  /** A founder title joined to a post ("co-founder and chief executive"): the post can be left. */
  withPost?: boolean;
}

const DETERMINERS = new Set("the a an its his her their le la les un une l' son sa ses leur".split(' '));
const PROMOTED = new Set(['comme', 'as', 'promu', 'promue', 'nomme', 'nommee', 'devient', 'becomes', 'named', 'made']);
const COPULAS = new Set(['etait', 'est', 'was', 'is', 'sera', 'will be', 'been']);
const ARTICLES = new Set(['a', 'an', 'un', 'une']);
const VERB_HEADS = new Set(['head', 'chair', 'chef', 'patron', 'boss', 'director']);
const ABBREVIATED = /^[a-z-]{2,5}$/;
const COMPLEMENT_PREPS = new Set(['de', 'du', 'des', "d'", 'of', 'for']);
const SUB_UNITS = new Set(['imprint', 'division', 'brand', 'label', 'unit', 'business', 'arm', 'segment']);
const BUSINESS_LINES = new Set(['division', 'banque', 'bank']);
/** "la banque américaine", "du groupe familial lyonnais": adjectives of origin describe a company. */
const NATIONALITY = /(?:ais|aise|ois|oise|ien|ienne|ain|aine|an|ane|ese|ish)$/;
const COMPLEMENT_DETS = new Set(['la', "l'", 'le', 'les', 'the', 'its', 'their', 'his', 'her']);

function isAbbrev(t: Token): boolean {
  // (the text before a "-elect" / "-designate" suffix: "CEO-elect")
  const text = t.text.length > t.f.length && t.text.includes('-') ? t.text.slice(0, t.text.indexOf('-')) : t.text;
  return ABBREVIATED.test(t.f) && text === text.toUpperCase() && /\p{Lu}/u.test(text);
}

/** The words a title head can be, indexed like cues: most tokens are rejected by reading their entry. */
const HEAD_WORDS = wordList([...TITLE_HEADS, ...JOB_HEADS, 'numero', 'number', 'no', 'n', 'second-in-command']);
const RANKS = new Set(['deux', 'two', '2', 'un', 'one', '1', 'trois', 'three', '3']);
/** "No. 2", "n°2": the rank written short, its number two tokens on. */
const SHORT_RANK = (tokens: Token[], i: number): boolean => {
  const f = tokens[i]?.f;
  return ((f === 'no' && tokens[i + 1]?.text === '.') || (f === 'n' && tokens[i + 1]?.text === '°')) && ['1', '2', '3'].includes(tokens[i + 2]?.f ?? '');
};

const PLURAL_FOUNDERS = /^(?:co-?)?(?:fondat(?:eurs|rices)|founders)$/;

/** Is token i the head of a title? Decided on tokens alone (before names are known). */
export function isTitleHead(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !t.word || !startsCue(t, HEAD_WORDS)) return false;
  const f = t.f;
  // "numéro deux de X", "number two at X"
  if ((f === 'numero' || f === 'number') && RANKS.has(tokens[i + 1]?.f ?? '')) return true;
  // "the No. 2 at X", "le n°2 de X", "second-in-command at X"
  if (f === 'no' || f === 'n') return SHORT_RANK(tokens, i);
  if (f === 'second-in-command') return true;
  if (JOB_HEADS.has(f)) return jobGiven(tokens, i);
  if (!TITLE_HEADS.has(f) || NON_BUSINESS.has(f)) return false;
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  const nf = next?.f ?? '';
  const pf = prev?.f ?? '';
  // Plural founders name a company's own ("les cofondateurs de X", "ses fondateurs"), not a crowd
  // ("plusieurs fondateurs ont dit…", "several founders said…").
  if (PLURAL_FOUNDERS.test(f)) return nf === 'de' || nf === 'du' || nf === "d'" || nf === 'of' || pf === 'ses' || pf === 'leurs' || pf === 'its' || pf === 'their';
  // Short heads are titles only in capitals ("CEO", "DG"), never "ceo" inside a word.
  if (f.length <= 4 && !['head', 'chef', 'chair', 'boss', 'lead'].includes(f) && !isAbbrev(t)) return false;
  if (VERB_HEADS.has(f) && DETERMINERS.has(nf) && f !== 'director') return false;
  if (f === 'head') return nf === 'of' || nf === 'for' || TITLE_PRE.has(pf) || DETERMINERS.has(pf) || nf === ',';
  // "co-chief executive": a shared post, grown like "chief".
  if (f === 'chief' || f === 'co-chief') {
    if (next && next.word && !next.cap && !STOPWORDS.has(nf)) return true;
    // "Chief Revenue Officer", "Chief Executive Officer": capitalised, up to its "Officer".
    for (let k = i + 1; k <= i + 4 && tokens[k]?.cap; k++) if (tokens[k]?.f === 'officer') return true;
    // "Pellam Retail chief Ruth Adlam", "Ruth Adlam, the Pellam Retail chief, said": the press's
    // short word for a firm's head, between its name and a person's or closing an apposition.
    if (!t.cap && prev?.cap === true && prev.word && ((next?.cap === true && isFirstName(nf)) || nf === ',')) return true;
    return (!!prev && prev.word && !prev.cap && !STOPWORDS.has(pf)) || openingDomain(tokens, i - 1);
  }
  if (f === 'officer') return (TITLE_PRE.has(pf) || OFFICER_PRE.has(pf)) && pf !== 'chief';
  // "financial controller", "group comptroller": a finance post with its modifier.
  if (f === 'controller' || f === 'comptroller') return TITLE_PRE.has(pf) || nf === 'of' || nf === 'at';
  // "product lead", "operations lead at Y": a department before it, never the verb ("will lead the").
  if (f === 'lead') return (DEPARTMENTS.has(pf) || TITLE_PRE.has(pf)) && !DETERMINERS.has(nf) && !(next?.word && !next.cap && !STOPWORDS.has(nf));
  // "a principal at BCG", "joins as Principal from Y": the consulting and investing rank, alone
  // (before another word it is a modifier: "principal engineer").
  if (f === 'principal') return nf === 'at' || nf === 'of' || nf === 'from' || nf === 'with' || nf === ',' || nf === '.' || nf === 'in';
  // "hiring Ondrel partners Jon Arve, Ada Renn and …": a plural rank right before a given name
  // is held by each person listed.
  // (a family name may come first: "partners Tan Wei Ming")
  if (f === 'partners') return !t.cap && !!next && next.cap && (isFirstName(nf) || (tokens[i + 2]?.cap === true && isFirstName(tokens[i + 2]?.f ?? '')));
  if (WEAK_HEADS.has(f)) {
    // A rank written right before a given name: "Sullivan & Cromwell partner Brian Frawley",
    // "Harlow Partners associate X" (the firm's name before it), "advised by partner Ruth Kamara",
    // "included counsel Y", "Partner X of Y". Not right after a hiring verb without the firm
    // ("has poached tax partner X from Y", "hired partner X from Y"): the rank there
    // is held at the firm left, which those rules do not tell.
    if (RANKS_BEFORE_NAMES.has(f) && !!next && next.cap && isFirstName(nf) && (!t.cap || !prev?.word)) {
      if (prev?.cap === true && prev.word) return true;
      if (!HIRING_WORDS.has(pf) && !HIRING_WORDS.has(tokens[i - 2]?.f ?? '')) return true;
    }
    if (f === 'secretaire') return nf === 'general' || nf === 'generale';
    // "cadre chez X" (never "dans le cadre de X").
    if (f === 'cadre') return nf === 'chez' && pf !== 'le';
    // "X, dirigeante d'Orvel": in apposition only ("le dirigeant de X" describes someone named elsewhere).
    if (f === 'dirigeant' || f === 'dirigeante' || f === 'codirigeant' || f === 'codirigeante') return pf === ',' && (nf === 'de' || nf === "d'" || nf === 'du');
    // "X, créatrice de Kelvio": the firm's founder, named after "de" (not "créateur de contenus").
    if (f === 'createur' || f === 'creatrice' || f === 'cocreateur' || f === 'cocreatrice') return (nf === 'de' || nf === "d'" || nf === 'du') && !!tokens[i + 2]?.cap;
    // ("la cheville ouvrière de X" is a linchpin, not a worker)
    if (f === 'ouvrier' || f === 'ouvriere') return pf !== 'cheville' && (nf === 'chez' || nf === 'de' || nf === "d'" || nf === 'du');
    // "déléguée générale de l'Afep", "délégué général": not the minister's "ministre déléguée".
    if (f === 'delegue' || f === 'deleguee') return (nf === 'general' || nf === 'generale') && !NON_BUSINESS.has(pf);
    // "rédactrice en chef": a newsroom's head; a "rédacteur" alone is a writer.
    if (f === 'redacteur' || f === 'redactrice') return nf === 'en' && tokens[i + 2]?.f === 'chef';
    // "associé fondateur", "partner and founder" read as one founder title.
    if (FOUNDER_WORDS.has(nf)) return true;
    // "productrice exécutive", "consultant principal": a French adjective of rank or field.
    if (next && !next.cap && TITLE_POST.has(nf)) return true;
    if (f === 'membre' || f === 'member') return pf === 'board' || nf === 'du' || nf === 'de' || nf === 'of';
    // "promue associée", "joins as partner", "counsel au sein du cabinet"
    // "joins as a partner", "où elle était counsel"
    if (PROMOTED.has(pf) || COPULAS.has(pf) || (ARTICLES.has(pf) && (PROMOTED.has(tokens[i - 2]?.f ?? '') || COPULAS.has(tokens[i - 2]?.f ?? ''))) || (nf === 'au' && tokens[i + 2]?.f === 'sein')) return true;
    // "rejoint X en tant qu'associée", "en qualité d'associée", "comme associé", "joins as
    // partner": the post given.
    if (pf === 'comme' || pf === 'as' || ((pf === "qu'" || pf === 'que') && tokens[i - 2]?.f === 'tant') || ((pf === "d'" || pf === 'de') && tokens[i - 2]?.f === 'qualite')) return true;
    // "promoted X and Y to partner", "the promotion of X to partner": the rank a promotion gives
    // ("agreed to partner with Y" is the verb: no promotion before it).
    if (pf === 'to' && nf !== 'with' && promotionBefore(tokens, i - 1)) return true;
    // "X, associé depuis 2018", "Y, partner since 2019": an apposition with its start.
    if (pf === ',' && (nf === 'depuis' || nf === 'since') && /^\d{4}$/.test(tokens[i + 2]?.f ?? '')) return true;
    // ("associée du fonds Y", "associé du cabinet Y": the firm after "du")
    return TITLE_PRE.has(pf) || nf === 'de' || nf === "d'" || nf === 'du' || nf === 'of' || nf === 'at' || nf === 'chez';
  }
  return true;
}

const JOB_LINKS = new Set(['comme', 'as', 'ete', 'etait', 'est', 'sera', 'devenu', 'devenue', 'promu', 'promue', 'embauche', 'embauchee', 'recrute', 'recrutee']);

/**
 * A trade read as a post ("a débuté comme stagiaire chez X", "en tant que juriste", "a été
 * auditrice chez Y", "X, comptable chez Y"): given by "comme", "en tant que" or a copula, or
 * right before "chez" / "au sein de" — not "l'avocat de X", "un pilote de ligne".
 */
function jobGiven(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || (t.cap && tokens[i - 1]?.word)) return false;
  const nf = tokens[i + 1]?.f ?? '';
  if (nf === 'chez' || (nf === 'au' && tokens[i + 2]?.f === 'sein')) return true;
  let p = i - 1;
  if (ARTICLES.has(tokens[p]?.f ?? '')) p--;
  const pf = tokens[p]?.f ?? '';
  return JOB_LINKS.has(pf) || ((pf === "qu'" || pf === 'que') && tokens[p - 1]?.f === 'tant');
}

/**
 * A bank's and an insurer's trades before "officer" only ("senior credit officer", "chief
 * underwriting officer"): not general title modifiers, where "trading partner" would read as a post.
 */
const OFFICER_PRE = new Set(['credit', 'loan', 'lending', 'underwriting', 'claims', 'trading', 'privacy']);

/** Weak heads that are a rank when a given name follows them ("partner Ruth Kamara"). */
const RANKS_BEFORE_NAMES = new Set(['partner', 'associate', 'counsel', 'adviser', 'advisor', 'principal']);
const HIRING_WORDS = new Set(['hired', 'hires', 'hiring', 'lured', 'lures', 'poached', 'poaches', 'recruited', 'recruits', 'tapped', 'taps', 'named', 'names', 'appointed', 'appoints', 'added', 'adds', 'welcomed', 'welcomes']);

/** A department word opening the sentence or a quote, capitalised only for that ("Finance chief"). */
function openingDomain(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && t.word && t.cap && !tokens[i - 1]?.word && (DEPARTMENTS.has(t.f) || TITLE_PRE.has(t.f));
}

const PROMOTION_WORDS = new Set(['promoted', 'promotes', 'promoting', 'promotion', 'promotions', 'elevated', 'elevates', 'elevating', 'elevation']);

/** A promotion word within the dozen words before `to` (the persons promoted lie between). */
function promotionBefore(tokens: Token[], to: number): boolean {
  for (let k = to - 1; k >= Math.max(0, to - 14); k--) {
    const f = tokens[k]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (PROMOTION_WORDS.has(f)) return true;
  }
  return false;
}

function lowerWord(t: Token | undefined): boolean {
  // An elided "d'", "l'" links to what follows; it is not a word of the title.
  return !!t && t.word && !t.cap && !/^\d/.test(t.f) && !STOPWORDS.has(t.f) && !t.f.endsWith("'");
}

/** "du groupe", "of the company", "de la fintech américaine": a company, not a complement. */
function companyNoun(tokens: Token[], j: number): boolean {
  const f = tokens[j]?.f ?? '';
  if (!COMPANY_REF_NOUNS.has(f) && !SUBSIDIARY_NOUNS.has(f)) return false;
  // "de la division logistique de X", "de la division éclairage", "de la banque privée", "de la
  // banque des entrepreneurs": a business line named by its trade is part of the title.
  if (BUSINESS_LINES.has(f)) {
    const next = tokens[j + 1];
    if (lowerWord(next) && !NATIONALITY.test(next?.f ?? '')) return false;
    if ((next?.f === 'des' || next?.f === 'de' || next?.f === 'du') && lowerWord(tokens[j + 2])) return false;
  }
  const prev = tokens[j - 1]?.f ?? '';
  return COMPLEMENT_DETS.has(prev) || prev === 'du' || prev === 'des' || prev === 'au' || !lowerWord(tokens[j + 1]);
}

/**
 * Verbs a titled subject takes ("le président du directoire prend sa retraite", "la directrice
 * de la communication quitte…"): they end the title's complement. Folded.
 */
const VERBS_AFTER_TITLE = new Set('prend prendra quitte quittera rejoint rejoindra devient deviendra succede succedera part partira reste restera cede cedera passe annonce explique souligne precise indique assure assurera arrive arrivera est sera etait confie confiera conserve conservera garde gardera cumule'.split(' '));

/** "lender Orvel Bank", "payments group Pluma": a sector noun (after up to one word) then a name. */
function describedCompanyAfter(tokens: Token[], k: number): boolean {
  for (let j = k; j < k + 2 && lowerWord(tokens[j]); j++) {
    if (DESCRIPTOR_NOUNS.has(tokens[j]?.f ?? '') && tokens[j + 1]?.cap === true && tokens[j + 1]?.word === true) return true;
  }
  return false;
}

/** Grows the complement after a preposition; returns the new end or -1 when none. */
function complement(tokens: Token[], at: number, mentionAt: (i: number) => Mention | undefined): number {
  let j = at + 1;
  while (COMPLEMENT_DETS.has(tokens[j]?.f ?? '')) j++;
  let end = -1;
  let words = 0;
  for (;;) {
    const m = mentionAt(j);
    // "chief executive of Kenyan lender Orvel Bank": an adjective of origin opens the
    // description of a company, not a scope.
    if (m && m.kind === 'PLACE' && m.adjective && describedCompanyAfter(tokens, m.e)) return end;
    // ("founder of the Bristol bakery Crumb Works": a city used as an adjective, likewise)
    if (m && m.kind === 'PLACE' && words === 0 && end < 0 && describedCompanyAfter(tokens, m.e)) return end;
    // "for the Nordics", "of European operations", "de la zone Europe"
    if (m && m.kind === 'PLACE' && (!m.adjective || lowerWord(tokens[m.e]))) {
      j = m.e;
      end = j;
      continue;
    }
    // "editorial director of the Puffin imprint": a named unit of the employer is in the title.
    if (m && (m.kind === 'UNKNOWN' || m.kind === 'COMPANY') && m.s === j && m.e - m.s <= 2 && SUB_UNITS.has(tokens[m.e]?.f ?? '')) {
      j = m.e + 1;
      end = j;
      words++;
      continue;
    }
    // "chief executive of online lender Fundwell", "boss of family firm X": the words describe
    // the employer named after them, not a scope of the post.
    if (words === 0 && end < 0 && describedCompanyAfter(tokens, j)) return end;
    const w = tokens[j];
    // ("head of Clinical Development": a function's name that no mention covers)
    // ("Vice President of EMEA Sales": a region before the function)
    const department = !!w && w.cap && ((DEPARTMENTS.has(w.f) && (!m || m.kind !== 'PERSON')) || (!m && (isUnitWord(w.f) || (REGION_SCOPES.has(w.f) && isUnitWord(tokens[j + 1]?.f ?? '')))));
    if ((lowerWord(w) || department) && words < 4 && !(words === 0 && companyNoun(tokens, j)) && !VERBS_AFTER_TITLE.has(w?.f ?? '')) {
      words++;
      j++;
      end = j;
      continue;
    }
    // "de la marque et du contenu", "the Middle East and North Africa"; not "du directoire et
    // petit-fils du fondateur", a relative's description.
    const f = tokens[j]?.f ?? '';
    if (end > 0 && (f === 'et' || f === 'and')) {
      let k = j + 1;
      if (COMPLEMENT_PREPS.has(tokens[k]?.f ?? '')) k++;
      while (COMPLEMENT_DETS.has(tokens[k]?.f ?? '')) k++;
      const mk = mentionAt(k);
      if ((mk && mk.kind === 'PLACE' && !mk.adjective) || (lowerWord(tokens[k]) && !KIN_NOUNS.has(tokens[k]?.f ?? '') && !VERBS_AFTER_TITLE.has(tokens[k]?.f ?? ''))) {
        j = k;
        continue;
      }
    }
    return end;
  }
}

/** What may follow a comma scope: the employer ("at X"), the clause's end. */
const SCOPE_END = new Set(['at', ',', '.', ';', ')', 'and']);

/**
 * A scope between a comma and the end of the title's clause: a place that is no city, then
 * capitalised department words ("EMEA", "U.S. Sales", "Global Operations"). Returns its end, or -1.
 */
function commaScope(tokens: Token[], at: number, mentionAt: (i: number) => Mention | undefined): number {
  let j = at;
  const m = mentionAt(j);
  if (m && m.kind === 'PLACE' && m.s === j && !m.adjective && m.place?.kind !== 'CITY') j = m.e;
  if (tokens[j]?.text === '.' && tokens[j - 1]?.text.includes('.')) j++;
  while (j < at + 4 && tokens[j]?.cap && tokens[j]?.word && (DEPARTMENTS.has(tokens[j]?.f ?? '') || (!mentionAt(j) && isUnitWord(tokens[j]?.f ?? '')))) j++;
  if (j === at || !SCOPE_END.has(tokens[j]?.f ?? '')) return -1;
  return j;
}

/** Time words and hedges that are not a post's scope ("Orvel new director", "Orvel then director"). */
const NOT_SCOPE = new Set(['new', 'then', 'now', 'current', 'incoming', 'outgoing', 'longtime', 'long-time', 'erstwhile', 'also', 'once', 'later', 'latterly', 'still', 'soon', 'only', 'very']);

/**
 * "former Orvel Stores trading director X", "a Velcor buying director": one or two lowercase
 * words of the post's trade between a firm's name and the head belong to the title, so the
 * title reads with its firm right before it (its modifier). Only after a firm's name: "its
 * distribution partner" keeps no such word. Returns the title's new start, or s.
 */
function firmScopeStart(tokens: Token[], s: number, mentionAt: (i: number) => Mention | undefined): number {
  let k = s;
  for (let n = 0; n < 2; n++) {
    const w = tokens[k - 1];
    if (!lowerWord(w) || !w || NOT_SCOPE.has(w.f) || w.f.endsWith('ed') || ADVERB.test(w.f) || PROMOTED.has(w.f) || COPULAS.has(w.f) || verbCue(w)) break;
    k--;
    if (firmEndingAt(tokens, k, mentionAt)) return FIRM_MODIFIED.has(tokens[firmStart(tokens, k, mentionAt) - 1]?.f ?? '') || HIRING_WORDS.has(tokens[firmStart(tokens, k, mentionAt) - 1]?.f ?? '') ? k : s;
  }
  return s;
}

/** An adverb ("recently"), not "supply", "family", "assembly". */
const ADVERB = /(?<!pp|mi|mb)ly$/;

/** Verbs that follow a subject: "Orvel names director X", "Velcor says managing director…". */
const SUBJECT_VERBS = new Set('says said has have had is are was were will would names hires taps adds makes promotes appoints elects picks plans expects'.split(' '));
const verbCue = (w: Token): boolean => SUBJECT_VERBS.has(w.f) || startsCue(w, APPOINT_VERBS) || startsCue(w, JOIN_VERBS) || startsCue(w, LEAVE_AFTER) || startsCue(w, CAREER_LEAD);

/**
 * What stands before a firm written as a title's modifier ("former Orvel trading director",
 * "a Velcor buying director", "hired Orvel trading director X"); not a firm that is a
 * sentence's subject ("Orvel elevates…", "Orvel restera…").
 */
const FIRM_MODIFIED = new Set(['former', 'ex-', 'ex', 'a', 'an', 'the', 'longtime', 'long-time', 'then', 'erstwhile', 'veteran', 'onetime', 'one-time']);

/** Where the mention ending right before k starts (k when none). */
function firmStart(tokens: Token[], k: number, mentionAt: (i: number) => Mention | undefined): number {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const m = mentionAt(j);
    if (m) return m.e === k ? j : k;
  }
  return k;
}

/** A company-like mention ending right before token k (whose start is read from the name's first tokens). */
function firmEndingAt(tokens: Token[], k: number, mentionAt: (i: number) => Mention | undefined): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 6); j--) {
    const m = mentionAt(j);
    if (m) return m.e === k && (m.kind === 'COMPANY' || m.kind === 'UNKNOWN') && m.given !== true && m.school !== true && m.portfolio !== true && m.region !== true;
    if (!tokens[j]?.cap && tokens[j]?.text !== '&' && tokens[j]?.text !== '.') return false;
  }
  return false;
}

export function growTitle(tokens: Token[], h: number, sentence: string, mentionAt: (i: number) => Mention | undefined): TitleSpan {
  let s = h;
  while (s > 0) {
    const p = tokens[s - 1];
    if (!p || !p.word || !(TITLE_PRE.has(p.f) || (s === h && OFFICER_PRE.has(p.f) && tokens[h]?.f === 'officer'))) break;
    if (s - 1 > 0 && capitalisedBeforeLowerHead(tokens, s - 1, h)) break;
    s--;
  }
  s = firmScopeStart(tokens, s, mentionAt);
  const head = tokens[h]?.f ?? '';
  let e = h + 1;
  if (head === 'numero' || head === 'number') e = h + 2;
  else if (SHORT_RANK(tokens, h)) e = h + 3;
  if (head === 'chief' || head === 'co-chief') {
    let k = e;
    // "chief revenue officer", and in capitals "Chief Revenue Officer".
    const caps = tokens[h]?.cap === true;
    while (k < e + 4 && (lowerWord(tokens[k]) || (caps && tokens[k]?.cap && tokens[k]?.word)) && tokens[k]?.f !== 'officer') k++;
    if (tokens[k]?.f === 'officer') e = k + 1;
    else if (tokens[e]?.f === 'executive') e++;
    // "risk chief", "finance chief": a domain word before a trailing "chief"; not a verb before
    // a full title ("said Chief Executive X", "will succeed Chief Operating Officer Y"). A
    // sentence opens on it with a capital ("Finance chief X had been running the company").
    if (e === h + 1 && s === h && (lowerWord(tokens[h - 1]) || openingDomain(tokens, h - 1)) && !(tokens[h + 1]?.word && !tokens[h + 1]?.cap)) s = h - 1;
  }
  if ((head === 'redacteur' || head === 'redactrice') && tokens[e]?.f === 'en' && tokens[e + 1]?.f === 'chef') e += 2;
  // "editor in chief", written without hyphens as often as with them.
  if (head === 'editor' && tokens[e]?.f === 'in' && tokens[e + 1]?.f === 'chief') e += 2;
  for (let guard = 0; guard < 12; guard++) {
    const t = tokens[e];
    if (!t) break;
    if (t.word && TITLE_POST.has(t.f) && !(t.cap && t.f !== 'france' && t.f !== 'europe' && !TITLE_POST_CAPS.has(t.f))) {
      e++;
      continue;
    }
    // "senior vice president, legal, at Airbus": a department between commas.
    if (t.text === ',' && DEPARTMENTS.has(tokens[e + 1]?.f ?? '') && tokens[e + 2]?.text === ',' && tokens[e + 1]?.word) {
      e += 2;
      continue;
    }
    // "general manager, North America", "Vice President, U.S. Sales at X": a scope after a
    // comma, up to the employer or the clause's end.
    if (t.text === ',') {
      const end = commaScope(tokens, e + 1, mentionAt);
      if (end > 0) {
        e = end;
        continue;
      }
    }
    // "directrice administrative et financière", "directeur commercial et marketing": two
    // adjectives of the same head joined by et/and.
    if ((t.f === 'et' || t.f === 'and') && e > h + 1 && TITLE_POST.has(tokens[e - 1]?.f ?? '') && TITLE_POST.has(tokens[e + 1]?.f ?? '') && tokens[e + 1]?.cap === false) {
      e += 2;
      continue;
    }
    // "DGA en charge des systèmes d'information": the remit is part of the title.
    if (t.f === 'en' && tokens[e + 1]?.f === 'charge' && COMPLEMENT_PREPS.has(tokens[e + 2]?.f ?? '')) {
      const end = complement(tokens, e + 2, mentionAt);
      if (end > e + 2) {
        e = end;
        continue;
      }
    }
    // "président non exécutif du conseil": the negation is part of the title.
    if (t.f === 'non' && /^ex[ée]cuti(?:f|ve)$/u.test(tokens[e + 1]?.f ?? '')) {
      e += 2;
      continue;
    }
    // "vice-présidente au marketing", "vice-président aux ressources humaines": the Québec
    // way of writing the department.
    if ((t.f === 'au' || t.f === 'aux') && lowerWord(tokens[e + 1]) && DEPARTMENTS.has(tokens[e + 1]?.f ?? '')) {
      e += 2;
      if (lowerWord(tokens[e]) && DEPARTMENTS.has(tokens[e]?.f ?? '')) e++;
      continue;
    }
    // "directrice Ressources Humaines du groupe X", "Director Human Resources at X": a department
    // written in capitals right after the title, up to the employer's link.
    const dept = capitalDepartment(tokens, e);
    if (dept > e) {
      e = dept;
      continue;
    }
    if (t.f === 'par' && /^int[ée]rim/u.test(tokens[e + 1]?.f ?? '')) {
      e += 2;
      continue;
    }
    if (TITLE_HEADS.has(t.f) && isTitleHead(tokens, e)) {
      // "président-directeur général", "vice president": a second head continues the title.
      e++;
      continue;
    }
    const m = mentionAt(e);
    if (m && m.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'CITY') {
      e = m.e;
      continue;
    }
    if (COMPLEMENT_PREPS.has(t.f)) {
      const end = complement(tokens, e, mentionAt);
      if (end > e) {
        e = end;
        continue;
      }
    }
    break;
  }
  const text = sentence.slice(tokens[s]?.start ?? 0, tokens[e - 1]?.end ?? 0);
  let founder = false;
  for (let k = s; k < e; k++) if (FOUNDER_WORDS.has(tokens[k]?.f ?? '')) founder = true;
  return { s, e, h, text, founder };
}

const DEPARTMENT_LINKS = new Set(['de', "d'", 'du', 'des', 'at', 'of', 'chez', 'for', 'pour']);
/** A capitalised word of a function's name (one vocabulary with name-bounds' department names). */
const isDepartmentWord = (t: Token | undefined): boolean => !!t && t.word && t.cap && isUnitWord(t.f);

/**
 * The end of a department written in capitals at k ("Ressources Humaines", "Achats et Supply
 * Chain", "Investor Relations") when the employer's link or the sentence's end follows it; else k.
 */
function capitalDepartment(tokens: Token[], k: number): number {
  let j = k;
  while (isDepartmentWord(tokens[j]) || ((tokens[j]?.f === 'et' || tokens[j]?.f === 'and' || tokens[j]?.f === '&') && j > k && isDepartmentWord(tokens[j + 1]))) j++;
  // (or where the sentence ends: "nommé directeur Relations Investisseurs."; not at a comma,
  // where "CEO Digital Services, said…" names a firm)
  return j > k && (DEPARTMENT_LINKS.has(tokens[j]?.f ?? '') || !tokens[j] || tokens[j]?.text === '.') ? j : k;
}

/** "ingénieure de formation" (by training), "cet ingénieur de 52 ans": who someone is, not a post. */
function describesPerson(tokens: Token[], t: TitleSpan): boolean {
  if (tokens[t.e - 1]?.f === 'formation' && tokens[t.e - 2]?.f === 'de' && t.e - 2 === t.h + 1) return true;
  return WEAK_HEADS.has(tokens[t.h]?.f ?? '') && t.e === t.h + 1 && tokens[t.e]?.f === 'de' && /^\d+$/.test(tokens[t.e + 1]?.f ?? '') && tokens[t.e + 2]?.f === 'ans';
}

/** A founder title that is only that ("cofondateur"), not "co-founder and chief executive". */
function onlyFounder(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const f = tokens[k]?.f ?? '';
    if (TITLE_HEADS.has(f) && !FOUNDER_WORDS.has(f) && !WEAK_HEADS.has(f)) return false;
  }
  return true;
}

/** All titles of a sentence; "cofondateur et président" becomes one title. */
export function findTitles(tokens: Token[], sentence: string, heads: boolean[], mentionAt: (i: number) => Mention | undefined): TitleSpan[] {
  const out: TitleSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!heads[i]) {
      i++;
      continue;
    }
    const t = growTitle(tokens, i, sentence, mentionAt);
    // "member of parliament for Truro", "secrétaire d'État": a government post is no role; nor
    // is a training or a person's description ("ingénieure de formation", "l'ingénieur de 52 ans").
    if (GOVERNMENT_POSTS.test(t.text) || describesPerson(tokens, t)) {
      i = Math.max(t.e, i + 1);
      continue;
    }
    const last = out[out.length - 1];
    const between = tokens[last ? last.e : -1];
    // "executive creative director": a weak head grown into the title of the head after it is
    // that title, not a second one.
    if (last && t.s <= last.s && t.e > last.e) out.pop();
    if (last && out[out.length - 1] === last && last.e + 1 === t.s && (between?.f === 'et' || between?.f === 'and' || between?.f === '&')) {
      last.e = t.e;
      last.text = sentence.slice(tokens[last.s]?.start ?? 0, tokens[t.e - 1]?.end ?? 0);
      last.founder = last.founder || t.founder;
      if (last.founder && !onlyFounder(tokens, last.s, last.e)) last.withPost = true;
    } else {
      out.push(t);
    }
    i = Math.max(t.e, i + 1);
  }
  return out;
}
