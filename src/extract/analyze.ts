/**
 * Runs the token-level stages over every sentence and builds the document view the relation
 * rules read: tokens, name mentions, titles, dates per sentence; the persons named in the
 * document (so "Ranganathan" is known to be Meera Ranganathan) and the focus company that
 * descriptions ("le groupe", "the company") stand for.
 */
import { markAcquiredTargets } from './acquired-targets.js';
import { fold } from '../lexicon/fold.js';
import { APPOSITIVE_DETS, DEFINITE_ARTICLES } from '../lexicon/stopwords.js';
import { COMPANY_ONLY_DESCRIPTORS, DESCRIPTOR_NOUNS, LEGAL_SUFFIXES } from '../lexicon/companies.js';
import { lookupPlaceForm, lookupTokenPlace } from '../lexicon/places.js';
import { DEPARTMENTS, TITLE_PRE } from '../lexicon/titles.js';
import { anyCueAt, APPOINT_VERBS, findCue, CAREER_FORMER, CAREER_LEAD, PAST_STAY_FR, cueList, LEAVE_BEFORE, OWNED_POST_TIME_WORDS, PERSON_PREDICATES } from './cues.js';
import { dateHints, findDates, type DateExpr } from './dates.js';
import { civilityBefore, findMentions, foldedText, isFirstName, newMention, type Mention } from './mentions.js';
import type { Sentence } from './sentences.js';
import { findTitles, isTitleHead, type TitleSpan } from './titles.js';
import { addLowercaseNames } from './lowercase-names.js';
import { markUnlistedPlaces } from './unlisted-places.js';
import { withoutSoughtPosts } from './sought-posts.js';
import { tokenize, type Token } from './tokens.js';
import { isUnitWord } from './name-bounds.js';

export interface SentenceView {
  sent: Sentence;
  tokens: Token[];
  /** First token after a dateline. */
  from: number;
  mentions: Mention[];
  /** Mention covering token i. */
  cover: Array<Mention | undefined>;
  titles: TitleSpan[];
  dates: DateExpr[];
  /** The firm the text says is bought, from the sentence telling the purchase on (acquired-targets.ts). */
  bought?: string;
}

export interface DocView {
  sentences: SentenceView[];
  /** Folded surname (or full name) → full name. */
  persons: Map<string, string>;
  focus: string | null;
  /** The focus company as roles name it when their sentence does not: its longer form on a tie. */
  focusName: string | null;
  /**
   * Per sentence index, the focus company as a sentence that does not name it calls it: the
   * form last written up to there ("Hedegaard Automation A/S … Hedegaard has hired … It also named
   * X": X is at "Hedegaard", as GUIDELINES copies the name the text gives at that point), or
   * `focusName` before the text names it. Read through `focusNameAt`.
   */
  focusNames: ReadonlyArray<string | null>;
  /** Indexes of the sentences that name the focus company. */
  focusSentences: Set<number>;
  published: string | null;
}

const STATUS_SKIP = new Set("ex- ex ancien ancienne former a an the l' le la son sa its his her also egalement aussi currently actuellement previously formerly now desormais long-serving longtime new nouveau nouvelle jusqu' ici alors".split(' '));

function coverOf(tokens: Token[], mentions: Mention[]): Array<Mention | undefined> {
  const cover: Array<Mention | undefined> = new Array<Mention | undefined>(tokens.length);
  for (const m of mentions) for (let i = m.s; i < m.e; i++) cover[i] = m;
  return cover;
}

// A sentence has few titles: looked through, not indexed in a set built for every sentence.
function titleStartsAt(titles: readonly TitleSpan[], i: number): boolean {
  for (const x of titles) if (x.s === i) return true;
  return false;
}

function titleEndsAt(titles: readonly TitleSpan[], i: number): boolean {
  for (const x of titles) if (x.e === i) return true;
  return false;
}

/**
 * A Titlecase name is a person when the sentence says so: beside a title ("Seo Min-jae,
 * head of…", "CEO Lin Wei"), after a verb that appoints ("a nommé Nkechi Obi"), before a
 * verb that only people do ("Lise Kerbrat devient…") or before an age ("X, 52 ans,").
 */
function promotePersons(v: SentenceView): void {
  const t = v.tokens;
  for (const m of v.mentions) {
    if (m.kind !== 'UNKNOWN' || !m.personLike) continue;
    // "Senior Vice President, Immunology Development", "directrice Affaires Publiques": a
    // department, not a name.
    const words = t.slice(m.s, m.e);
    if (words.some((w) => DEPARTMENTS.has(w.f) || TITLE_PRE.has(w.f)) || words.every((w) => isUnitWord(w.f))) continue;
    let j = m.e;
    if (t[j]?.text === ',' || t[j]?.text === '(') {
      j++;
      while (STATUS_SKIP.has(t[j]?.f ?? '')) j++;
      // "Kim Do-yun, the studio's head of art": the post of a firm named by a noun.
      if (t[j]?.word === true && !t[j]?.cap && t[j + 1]?.f === "'s") j += 2;
      // (not "…the Tidewater Securities Commission, chief executive Goh Kai Wen said": the title
      // is the name's after it)
      if (titleStartsAt(v.titles, j) && !nameRightAfterTitle(v, j)) m.kind = 'PERSON';
      // "X, 52 ans," / "X, 47, joins…"
      if (/^\d{2}$/.test(t[m.e + 1]?.f ?? '') && (t[m.e + 2]?.f === 'ans' || t[m.e + 2]?.text === ',')) m.kind = 'PERSON';
    }
    if (titleEndsAt(v.titles, m.s) || (t[m.s - 1]?.text === ',' && titleEndsAt(v.titles, m.s - 1))) m.kind = 'PERSON';
    if (anyCueAt(t, m.e, PERSON_PREDICATES) > 0) m.kind = 'PERSON';
    // "X, who…" (firms take "which"); "replacing X", "succède à X": a predecessor is a person.
    if (t[m.e]?.text === ',' && t[m.e + 1]?.f === 'who') m.kind = 'PERSON';
    for (let i = Math.max(v.from, m.s - 3); i < m.s; i++) if (anyCueAt(t, i, LEAVE_BEFORE) === m.s) m.kind = 'PERSON';
    for (let i = Math.max(v.from, m.s - 4); i < m.s; i++) if (anyCueAt(t, i, APPOINT_VERBS) === m.s) m.kind = 'PERSON';
    if (m.kind === 'PERSON') m.name = m.text;
  }
}

/** Does a person's name (or one that reads like it) follow the title starting at j right away? */
function nameRightAfterTitle(v: SentenceView, j: number): boolean {
  let e = -1;
  for (const x of v.titles) if (x.s === j) e = x.e;
  if (e < 0) return false;
  for (const m of v.mentions) if (m.s === e) return m.kind === 'PERSON' || m.personLike === true;
  return false;
}

const EMPLOYER_PREPS = new Set(['de', "d'", 'of', 'at', 'chez']);

/** "ancien de X", "veteran of X", "passée par X": a career phrase ends right before the name. */
const CAREER_EMPLOYER = cueList('ancien de | ancienne de | anciens de | anciennes de | veteran of | formerly of | formerly with | previously of | previously with | alumnus of | alumna of');

function careerCueBefore(t: Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) if (anyCueAt(t, i, CAREER_EMPLOYER) === at) return true;
  return false;
}

const LIST_LINKS = new Set(['et', 'puis', 'and', 'then']);
const LIST_PREPS = new Set(['par', 'chez', 'at', 'de', "d'"]);

/**
 * "passée par Decathlon et Leroy Merlin", "veteran of Apple and Marie Claire": a name listed
 * right after a past employer, itself told by a career phrase, is one more employer.
 */
function listedAfterEmployer(v: SentenceView, s: number, depth = 0): boolean {
  const t = v.tokens;
  let k = s - 1;
  if (LIST_PREPS.has(t[k]?.f ?? '')) k--;
  if (!LIST_LINKS.has(t[k]?.f ?? '') || depth > 4) return false;
  // (the cover is not built yet at this stage)
  const m = v.mentions.find((x) => x.e === k);
  if (!m || m.e !== k || (m.kind !== 'COMPANY' && m.kind !== 'UNKNOWN')) return false;
  for (let i = m.s - 1; i >= Math.max(v.from, m.s - 4); i--) if (anyCueAt(t, i, CAREER_FORMER) === m.s) return true;
  return listedAfterEmployer(v, m.s, depth + 1);
}

/**
 * Houses named after their founder ("directeur commercial de Paul Lemaire", "chez Jean Dumas"):
 * a first name and surname right after a title's "de/of/at", after "chez" or after a career
 * phrase ("ancien de", "veteran of") is an employer —
 * one is director of a company, not of a person.
 */
function employersNamedAfterPeople(v: SentenceView): void {
  const t = v.tokens;
  for (const m of v.mentions) {
    if (m.kind !== 'PERSON') continue;
    const prep = t[m.s - 1]?.f ?? '';
    if (prep === 'chez' || (EMPLOYER_PREPS.has(prep) && titleEndsAt(v.titles, m.s - 1)) || careerCueBefore(t, m.s) || listedAfterEmployer(v, m.s) || joinedByPerson(v, m) || frStayAt(v, m)) {
      m.kind = 'COMPANY';
      m.name = undefined;
    }
  }
}

/**
 * "Passée par Kepler Cheuvreux", "au sein de Kepler Cheuvreux", "Anne Vidal de Kepler
 * Cheuvreux": a name that reads as a person's after a French phrase of a past stay, after "au
 * sein de", or after a person and "de" (a person is not of a person) is a firm.
 */
function frStayAt(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  const prep = t[m.s - 1]?.f ?? '';
  if ((prep === 'de' || prep === "d'") && (t[m.s - 2]?.f === 'sein' || v.mentions.some((x) => x.kind === 'PERSON' && x.e === m.s - 1 && x !== m))) return !civilityBefore(t, m.s);
  for (let i = m.s - 1; i >= Math.max(v.from, m.s - 5); i--) if (anyCueAt(t, i, PAST_STAY_FR) === m.s) return true;
  return false;
}

const AUXILIARIES = new Set(['has', 'have', 'had', 'a']);

const FR_JOINED = new Set(['rejoint', 'rejoindra', 'quitte', 'quittera', 'integre', 'integrera', 'rallie', 'ralliera']);
const JOINED_WORDS = new Set(['joins', 'joined', 'join', 'joining', 'rejoins', 'rejoined', 'left', 'leaves', 'leaving', 'quits', 'quit', 'exits', 'exited', 'departs', 'departed', ...FR_JOINED]);
const JOIN_AUX = new Set(['has', 'have', 'had', 'will', 'is', 'to', 'also', 'recently', 'just', 'would', 'a', 'avait', 'va', 'vient', 'de', "d'"]);
const JOIN_PRONOUNS = new Set(['he', 'she', 'who', 'they', 'il', 'elle', 'qui']);

/**
 * "Anna Berg has joined Sahel Microfinance as chief risk officer", "Anna Berg left Kora Microfinance":
 * the name a person joins or leaves is an
 * employer, even when it reads like a person's (a given name and a word the lists miss). Not
 * "joins Ana Ruiz's team" (the team of someone) nor a name with a civility.
 */
function joinedByPerson(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  const verb = m.s - 1;
  if (!JOINED_WORDS.has(t[verb]?.f ?? '') || t[m.e]?.f === "'s" || civilityBefore(t, m.s)) return false;
  let k = verb - 1;
  while (k > verb - 4 && JOIN_AUX.has(t[k]?.f ?? '')) k--;
  if (JOIN_PRONOUNS.has(t[k]?.f ?? '')) return true;
  // ("X, a partner at Y, is joining Z": the subject before its aside)
  if (t[k]?.text === ',') k = asideStart(v, k);
  const subject = v.mentions.find((x) => x.e === k + 1);
  if (subject === undefined || subject === m || subject.kind !== 'PERSON') return false;
  // ("has joined Tom Reed as co-head of the unit at Kora Bank": the employer is named after)
  // ("rejoint Paul Martin à la tête de Valmor": likewise in French, where the name may be unknown yet)
  const french = FR_JOINED.has(t[verb]?.f ?? '');
  for (const x of v.mentions) if (x.s > m.e && (x.kind === 'COMPANY' || (french && x.kind === 'UNKNOWN')) && EMPLOYER_PREPS.has(t[x.s - 1]?.f ?? '')) return false;
  return true;
}

/** The comma that opens the aside closed by the comma at `close` right after a person's name, less one; else `close`. */
function asideStart(v: SentenceView, close: number): number {
  const t = v.tokens;
  for (let k = close - 1; k > Math.max(v.from, close - 12); k--) {
    if (t[k]?.text !== ',') continue;
    return v.mentions.some((x) => x.e === k && x.kind === 'PERSON') ? k - 1 : close;
  }
  return close;
}

const REPORTING = new Set('said says told confirmed announced added noted explained wrote indique precise explique annonce ajoute confirme souligne'.split(' '));

/**
 * "X, the London private bank, …", "X, la banque privée londonienne, …": X described as a firm
 * by an apposition that closes with a comma. Not "X, the bank's chief executive" or "X, a
 * director in the same group," (an officer),
 * "X, la plateforme Y s'installe" (the description is Y's) or "X, the firm said" (a quote).
 */
function firmApposition(v: SentenceView, e: number): boolean {
  const t = v.tokens;
  if (t[e]?.text !== ',' || !APPOSITIVE_DETS.has(t[e + 1]?.f ?? '')) return false;
  let described = false;
  for (let k = e + 2; k < e + 9; k++) {
    const w = t[k];
    if (w === undefined) return false;
    if (w.text === ',') return described;
    // "X, a managing director in the same group,": a title makes X a person.
    if (!w.word || w.f === "'s" || REPORTING.has(w.f) || titleStartsAt(v.titles, k)) return false;
    // Only descriptions stand in it: lowercase words and place names or adjectives.
    if (w.cap && !lookupTokenPlace(w)) return false;
    if (!w.cap && COMPANY_ONLY_DESCRIPTORS.has(w.f)) described = true;
  }
  return false;
}

/** Adverbs between a subject and its verb: "X has also hired…", "X a également nommé…". */
const VERB_ADVERBS = new Set(['also', 'recently', 'just', 'now', 'egalement', 'aussi']);
/** Words that count the posts filled: "has hired four partners", "has named a new CFO". */
const POST_COUNTS = new Set('a an two three four five six seven eight nine ten several new its deux trois quatre cinq plusieurs'.split(' '));

/**
 * "X has appointed Priya Obi", "X a nommé Léa Brun", "X has also hired four partners from Y":
 * the words after e appoint a named person or fill posts (a title, counted or not).
 */
function appointsSomeone(v: SentenceView, e: number): boolean {
  const t = v.tokens;
  let verb = e;
  for (let n = 0; n < 3 && anyCueAt(t, verb, APPOINT_VERBS) < 0 && (AUXILIARIES.has(t[verb]?.f ?? '') || VERB_ADVERBS.has(t[verb]?.f ?? '')); n++) verb++;
  const end = anyCueAt(t, verb, APPOINT_VERBS);
  if (end < 0) return false;
  for (const x of v.mentions) if ((x.s === end || x.s === end + 1) && (x.kind === 'PERSON' || x.personLike === true)) return true;
  let k = end;
  while (k < end + 3 && POST_COUNTS.has(t[k]?.f ?? '')) k++;
  if (titleStartsAt(v.titles, k) || titleStartsAt(v.titles, k + 1)) return true;
  // "Morgan Vale has hired private equity partner X": the rank's field, in lowercase, before it.
  for (let j = k; j < k + 3 && t[j]?.word && !t[j]?.cap; j++) if (personAfterTitleAt(v, j + 1)) return true;
  // "Morgan Vale has hired Tessing & Lowe partner X": another firm's title before the name.
  for (const x of v.mentions) if (x.s === end && (x.kind === 'COMPANY' || x.kind === 'UNKNOWN') && personAfterTitleAt(v, x.e)) return true;
  return false;
}

/** A title starting at token i with a person named right after it. */
function personAfterTitleAt(v: SentenceView, i: number): boolean {
  for (const x of v.titles) {
    if (x.s !== i) continue;
    for (const m of v.mentions) if (m.s === x.e && m.kind === 'PERSON') return true;
  }
  return false;
}

/** Verbs whose object is the firm someone set up (folded). */
const FOUNDED_VERBS = new Set(['founded', 'co-founded', 'cofounded', 'co-founding', 'founding']);

/** "co-founded Fable Design and is its chief executive": one founds a firm, not a person. */
function foundedObject(t: readonly Token[], m: Mention): boolean {
  return FOUNDED_VERBS.has(t[m.s - 1]?.f ?? '') && t[m.e]?.f !== "'s";
}

const JOIN_ONLY = new Set(['join', 'joins', 'joined', 'joining', 'rejoins', 'rejoined']);
const AS_ARTICLES = new Set(['a', 'an', 'its', 'the']);

/** "left Y to join Morgan Vale as a partner": one joins a firm, not a person, as a post. */
function joinedAsTitle(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (!JOIN_ONLY.has(t[m.s - 1]?.f ?? '') || t[m.e]?.f !== 'as') return false;
  return titleStartsAt(v.titles, m.e + 1) || (AS_ARTICLES.has(t[m.e + 1]?.f ?? '') && titleStartsAt(v.titles, m.e + 2));
}

/**
 * "X, which has grown…" (people take "who") and "X's managing partner" (a post owned by a name
 * with no civility): what is said of a name that reads like a person's shows a firm.
 */
function firmByRelativeOrOwnedPost(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (t[m.e]?.text === ',' && t[m.e + 1]?.f === 'which') return true;
  if (t[m.e]?.f !== "'s") return false;
  let k = m.e + 1;
  while (k < m.e + 3 && OWNED_POST_TIME_WORDS.has(t[k]?.f ?? '')) k++;
  if (titleStartsAt(v.titles, k)) return true;
  // "co-chaired Morgan Vale's private equity practice": a professional firm's unit.
  for (let j = m.e + 1; j < m.e + 5 && t[j]?.word && !t[j]?.cap; j++) if (FIRM_UNITS.has(t[j]?.f ?? '')) return true;
  return false;
}

/** Units only a firm has (folded): a practice, a trading desk. */
const FIRM_UNITS = new Set(['practice', 'practices', 'desk']);

/**
 * "Penmore Mills chief executive Dana Reyes said…", "Grant Fox founder Nella Obi": a name right
 * before a lowercase title that a person's name follows is that person's employer, written as a
 * modifier — a person is not written before someone else's title.
 */
function employerBeforeTitledPerson(v: SentenceView, m: Mention): boolean {
  const title = v.titles.find((x) => x.s === m.e);
  if (!title || v.tokens[m.e]?.cap !== false) return false;
  return v.mentions.some((x) => x.s === title.e && x.kind === 'PERSON');
}

/**
 * Names read as persons by their first word ("Carson Birch", "Milton Harrow") that the
 * sentence shows to be firms: the subject that opens a sentence and appoints someone ("X has
 * appointed Priya Obi", "X a nommé Léa Brun") or a name described as a firm in apposition.
 * Names held by a civility or beside a title stay persons.
 */
function firmsByWhatTheyDo(v: SentenceView): string[] {
  const t = v.tokens;
  const out: string[] = [];
  for (const m of v.mentions) {
    if (m.kind !== 'PERSON' || civilityBefore(t, m.s) || titleEndsAt(v.titles, m.s)) continue;
    if (!firmApposition(v, m.e) && !(m.s === v.from && appointsSomeone(v, m.e)) && !firmByRelativeOrOwnedPost(v, m) && !employerBeforeTitledPerson(v, m) && !joinedAsTitle(v, m) && !foundedObject(v.tokens, m)) continue;
    m.kind = 'COMPANY';
    m.name = undefined;
    out.push(m.text);
  }
  return out;
}

/**
 * "abrdn has appointed…", "quarkly, the open-source database startup, has hired…": a sentence
 * opens on a lowercase word only when a brand is written so; that word is the firm when it
 * appoints someone or an apposition describes it as one. Returns the new company mention.
 */
function lowercaseBrandOpening(v: SentenceView): Mention | null {
  const w = v.tokens[v.from];
  if (!w?.word || w.cap || w.text.length < 3 || v.mentions[0]?.s === v.from) return null;
  if (!firmApposition(v, v.from + 1) && !appointsSomeone(v, v.from + 1)) return null;
  const m = newMention('COMPANY', v.from, v.from + 1, w.text);
  v.mentions.unshift(m);
  return m;
}

const STUDIED = new Set(['diplome', 'diplomee', 'diplomes', 'diplomees', 'graduate', 'graduated', 'graduates']);
const STUDY_LINKS = new Set(['de', "d'", 'du', 'des', 'of', 'from']);

/** Ministers and ministries: the name after them is a portfolio ("ministre de l'Économie", "Minister for Trade"). */
const MINISTERS = new Set(['ministre', 'ministere', 'minister', 'ministry']);
/** …and, written with a capital, a government department ("the Department for Trade"), not a firm's ("the legal department of X"). */
const DEPARTMENT_WORDS = new Set(['department', 'secretary']);
const PORTFOLIO_ANDS = new Set(['and', '&', 'et']);

function isMinistry(t: Token | undefined): boolean {
  return !!t && (MINISTERS.has(t.f) || (t.cap && DEPARTMENT_WORDS.has(t.f)));
}
const PORTFOLIO_LINKS = new Set(['de', "d'", 'du', 'des', 'of', 'for']);

/**
 * Names that are no employer by what comes before them: where a person studied ("diplômé de
 * l'Essec", "a graduate of Wharton") and a minister's portfolio ("au cabinet du ministre de
 * l'Économie", "the Ministry of Finance").
 */
const DEGREES = /^(?:Ph\.?D|M\.?D|MBA|D\.?Phil|J\.?D|CPA|CFA)\.?$/;

function markNonEmployers(v: SentenceView): void {
  const t = v.tokens;
  for (const m of v.mentions) {
    if (m.kind !== 'COMPANY' && m.kind !== 'UNKNOWN') continue;
    if (m.kind === 'UNKNOWN' && (compassRegion(t, m) || siteNamed(v, m))) m.region = true;
    // "X, Ph.D., has been promoted…", "Y, M.D., MBA": a degree after a name.
    if (m.text.length <= 6 && DEGREES.test(m.text)) m.school = true;
    let k = m.s - 1;
    if (DEFINITE_ARTICLES.has(t[k]?.f ?? '')) k--;
    // "Department for Business and Trade": the last of two portfolios joined by "and".
    if (PORTFOLIO_ANDS.has(t[k]?.f ?? '') && t[k - 1]?.cap === true && PORTFOLIO_LINKS.has(t[k - 2]?.f ?? '') && isMinistry(t[k - 3])) k -= 2;
    if (!STUDY_LINKS.has(t[k]?.f ?? '') && !PORTFOLIO_LINKS.has(t[k]?.f ?? '')) continue;
    if (STUDY_LINKS.has(t[k]?.f ?? '') && STUDIED.has(t[k - 1]?.f ?? '')) m.school = true;
    // "la ministre fédérale de l'Économie": one adjective may stand between.
    const minister = isMinistry(t[k - 1]) || (isMinistry(t[k - 2]) && !!t[k - 1]?.word && !t[k - 1]?.cap);
    if (PORTFOLIO_LINKS.has(t[k]?.f ?? '') && minister) m.portfolio = true;
  }
}

/** Nouns of a works or a site ("the Orvel Vale plant"). Folded. */
const SITE_NOUNS = new Set(['plant', 'plants', 'mill', 'mills', 'factory', 'works', 'steelworks', 'ironworks', 'refinery', 'smelter', 'foundry', 'depot', 'warehouse', 'shipyard', 'yard', 'mine', 'colliery', 'quarry', 'site', 'facility', 'terminal', 'hub', 'campus']);

const SITE_DETS = new Set(['the', 'its', 'their', 'his', 'her']);

/**
 * "spent 30 years at the Orvel Vale rolling mill" in a sentence naming another company before
 * it: a name read as no company by its form, then a site's noun (after up to one lowercase
 * word), names the site by its town; the employer is the company named, not the site.
 */
function siteNamed(v: SentenceView, m: Mention): boolean {
  if (m.kind !== 'UNKNOWN') return false;
  const t = v.tokens;
  const k = t[m.e]?.word && !t[m.e]?.cap && !SITE_NOUNS.has(t[m.e]?.f ?? '') ? m.e + 1 : m.e;
  if (!SITE_NOUNS.has(t[k]?.f ?? '') || t[k]?.cap || !SITE_DETS.has(t[m.s - 1]?.f ?? '')) return false;
  for (const x of v.mentions) if (x.e <= m.s && x !== m && (x.kind === 'COMPANY' || x.kind === 'UNKNOWN') && !x.region) return true;
  return false;
}

/** Compass points and their compounds, which open or make a region's name. Folded. */
const COMPASS = new Set('north south east west northern southern eastern western central greater upper lower north-west north-east south-west south-east northwest northeast southwest southeast midlands'.split(' '));

/**
 * "regional director for the North West", "managing director for Greater China", "East African
 * rail projects": a name of compass points, or of a compass point and a
 * place, is a region — a post's scope, not a firm ("Northern Trust", "Greater Anglia" end in a
 * word that is neither and stay names).
 */
function compassRegion(t: Token[], m: Mention): boolean {
  if (!COMPASS.has(t[m.s]?.f ?? '')) return false;
  for (let k = m.s + 1; k < m.e; k++) {
    const w = t[k];
    if (!w || (!COMPASS.has(w.f) && !lookupTokenPlace(w))) return false;
  }
  return true;
}

/** Vietnamese middle names: "Pham Thi Hoa", "Tran Van Minh" put the family name first. */
const FAMILY_FIRST_MIDDLES = new Set(['thi', 'van', 'duc', 'minh', 'ngoc', 'thanh', 'huu', 'dinh', 'quang', 'xuan']);

const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

function surnameKeys(name: string): string[] {
  const parts = name.split(/\s+/);
  const keys: string[] = [fold(name)];
  const first = fold(parts[0] ?? '');
  if (parts.length >= 2 && (isFirstName(first) || parts.length <= 3)) keys.push(fold(parts.slice(1).join(' ')));
  if (parts.length >= 3) keys.push(fold(parts[parts.length - 1] ?? ''));
  // "Pham Thi Hoa", "Pham Thi Thu Hoa": a family name written first is the name used alone afterwards.
  const middle = FAMILY_FIRST_MIDDLES.has(fold(parts[1] ?? ''));
  if (((parts.length === 3 && (!isFirstName(first) || middle)) || (parts.length === 4 && middle)) && !/-/.test(parts[0] ?? '')) keys.push(first);
  // "Lee Su-bin", "Choi Min-ho": a Korean given name written after the family name, its two
  // syllables hyphenated with the second in lowercase; the family name is used alone.
  if (parts.length === 2 && KOREAN_GIVEN.test(parts[1] ?? '')) keys.push(first);
  // "Van der Stel" for "Wilhelmina van der Stel": the surname starts at its particle.
  const particle = parts.findIndex((p, i) => i > 0 && /^(?:van|von|de|du|della|del|da|di|ter|ten|bin|ibn|al|el|le|la)$/i.test(p));
  if (particle > 1 || (particle === 1 && parts.length >= 3)) keys.push(fold(parts.slice(particle).join(' ')));
  return keys;
}


/** An unknown name followed by a lowercase kind of firm and a company ("EV maker Zolten Motors"). */
function describesNext(v: SentenceView, m: Mention): boolean {
  let k = m.e;
  while (k < m.e + 2 && v.tokens[k]?.word && !(v.tokens[k]?.cap ?? true) && !DESCRIPTOR_NOUNS.has(v.tokens[k]?.f ?? '')) k++;
  if (!DESCRIPTOR_NOUNS.has(v.tokens[k]?.f ?? '')) return false;
  const next = v.cover[k + 1];
  return next?.kind === 'COMPANY' && next.s === k + 1;
}

/** A company's key: its first word, folded, without a web suffix ("Doctolib.fr" → "doctolib"). */
function companyKey(first: string): string {
  return first.includes('.') ? first.replace(/\.(?:com|fr|io)$/, '') : first;
}

export function analyze(sentences: Sentence[], published: string | null): DocView {
  const views: SentenceView[] = [];
  const persons = new Map<string, string>();
  const keyed = new Set<string>();
  const companies = new Set<string>();
  for (const sent of sentences) {
    const view = sentenceView(sent, published, companies);
    keyPersons(view.mentions, keyed, persons);
    views.push(view);
  }
  addLowercaseNames(views);
  companiesNamedLikePersons(views, companies, persons);
  markUnlistedPlaces(views);
  const counts = countCompanies(views, persons);
  const { focus, focusName, focusKey } = focusOf(counts);
  const focusSentences = new Set<number>();
  for (const v of views) if (namesFocus(v, focusKey)) focusSentences.add(v.sent.index);
  const focusNames = latestFocusNames(views, focusSentences, counts.get(focusKey)?.forms, focusName);
  headedSections(views, focusNames, focusSentences);
  markAcquiredTargets(views, (v, m) => companyKey(v.tokens[m.s]?.f ?? '') === focusKey);
  return { sentences: views, persons, focus, focusName, focusNames, focusSentences, published };
}

/** A line that is only a firm's name, the next line opening on a person: a roundup's heading. */
function headingFirm(views: readonly SentenceView[], k: number): string | null {
  const v = views[k];
  const next = views[k + 1];
  if (!v || !next || next.sent.para === v.sent.para) return null;
  const m = v.mentions[0];
  if (v.mentions.length !== 1 || !m || (m.kind !== 'COMPANY' && m.kind !== 'UNKNOWN') || m.s !== v.from) return null;
  for (let i = m.e; i < v.tokens.length; i++) if (v.tokens[i]?.word || v.tokens[i]?.text === '.') return null;
  const p = next.mentions[0];
  return p?.kind === 'PERSON' && p.s === next.from ? m.text : null;
}

/**
 * "Vestalis / X devient DG. / Cobalis / Y est nommée DAF.": in a roundup of several firms, each
 * headed by its name on a line of its own, the lines under a heading are about its firm (two
 * headings at least: one alone is the text's focus already). Sets what the focus is called there.
 */
function headedSections(views: readonly SentenceView[], focusNames: Array<string | null>, focusSentences: Set<number>): void {
  let headings = 0;
  for (let k = 0; k < views.length && headings < 2; k++) if (headingFirm(views, k)) headings++;
  if (headings < 2) return;
  let current: string | null = null;
  for (let k = 0; k < views.length; k++) {
    const v = views[k] as SentenceView;
    current = headingFirm(views, k) ?? current;
    if (current === null) continue;
    // (each line of a section talks of its firm, as a sentence naming the focus does)
    focusNames[v.sent.index] = current;
    focusSentences.add(v.sent.index);
  }
}

/** The focus company as sentence `v` calls it when it does not name it (see DocView.focusNames). */
export function focusNameAt(doc: DocView, v: SentenceView): string | null {
  return doc.focusNames[v.sent.index] ?? doc.focusName;
}

function latestFocusNames(views: readonly SentenceView[], focusSentences: ReadonlySet<number>, forms: ReadonlyMap<string, number> | undefined, focusName: string | null): Array<string | null> {
  const out: Array<string | null> = [];
  let latest: string | null = null;
  for (const v of views) {
    if (forms && focusSentences.has(v.sent.index)) for (const m of v.mentions) if (forms.has(m.text) && !unitForm(m.text, forms)) latest = m.text;
    out[v.sent.index] = latest ?? focusName;
  }
  return out;
}

/**
 * "Pixora … sa filiale canadienne, Pixora Québec": a form that is another form and a place names
 * a unit of the company, not the company under a new name.
 */
function unitForm(text: string, forms: ReadonlyMap<string, number>): boolean {
  for (const f of forms.keys()) if (text.length > f.length && text.startsWith(`${f} `) && lookupPlaceForm(withoutLegalForm(text.slice(f.length + 1)))) return true;
  return false;
}

/** "India Pvt Ltd" -> "India": the unit's legal form after its place ("Velcor India Pvt Ltd", "Velcor Deutschland GmbH"). */
function withoutLegalForm(text: string): string {
  const words = text.split(' ');
  while (words.length > 1 && UNIT_LEGAL_FORMS.has(fold(words[words.length - 1] ?? ''))) words.pop();
  return words.join(' ');
}

/** Legal forms, and the "private" of "Pvt Ltd" (Indian private companies). */
const UNIT_LEGAL_FORMS = new Set([...LEGAL_SUFFIXES, 'pvt', 'private']);

// analyze's steps are plain functions: a rule first taken late deoptimizes a small function,
// which V8 recompiles cheaply, not the whole document pass.

/** One sentence's tokens, mentions, titles and dates; adds the companies it names by their form. */
function sentenceView(sent: Sentence, published: string | null, companies: Set<string>): SentenceView {
  const tokens = tokenize(sent.text);
  let from = 0;
  while (from < tokens.length && (tokens[from]?.start ?? 0) < sent.dateline) from++;
  const heads: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) heads.push(i >= from && isTitleHead(tokens, i));
  const mentions = sent.skip ? [] : findMentions(sent.text, tokens, (i) => heads[i] === true, from);
  for (const m of mentions) if (m.kind === 'COMPANY') companies.add(m.text);
  const byStart: Array<Mention | undefined> = [];
  for (const m of mentions) byStart[m.s] = m;
  const titles = sent.skip ? [] : findTitles(tokens, sent.text, heads, (i) => byStart[i]);
  const view: SentenceView = { sent, tokens, from, mentions, cover: [], titles, dates: [] };
  if (!sent.skip) {
    promotePersons(view);
    view.titles = withoutSoughtPosts(tokens, view.titles, mentions);
    employersNamedAfterPeople(view);
    for (const name of firmsByWhatTheyDo(view)) companies.add(name);
    const brand = lowercaseBrandOpening(view);
    if (brand) companies.add(brand.text);
    markNonEmployers(view);
    const hints = dateHints(tokens);
    view.dates = hints.year || hints.month || hints.relative ? findDates(sent.text, published, hints) : [];
  }
  view.cover = coverOf(tokens, mentions);
  return view;
}

/** The surname keys of each person named for the first time. */
function keyPersons(mentions: readonly Mention[], keyed: Set<string>, persons: Map<string, string>): void {
  for (const m of mentions) {
    if (m.kind !== 'PERSON') continue;
    const full = m.name ?? m.text;
    // A name met again adds no key: its keys were all set the first time.
    if (keyed.has(full)) continue;
    keyed.add(full);
    for (const k of surnameKeys(full)) if (!persons.has(k)) persons.set(k, full);
  }
}

/**
 * "la medtech Lina Sorel … Lina Sorel, qui vient d'ouvrir…": a name the text once marks as a
 * company by its own form or description (not by "chez", which a founder's firm takes) is
 * that company wherever else it reads like a person's.
 */
function companiesNamedLikePersons(views: readonly SentenceView[], companies: Set<string>, persons: Map<string, string>): void {
  for (const v of views) {
    for (const m of v.mentions) {
      if (m.kind !== 'PERSON' || !companies.has(m.text)) continue;
      m.kind = 'COMPANY';
      m.name = undefined;
      for (const k of surnameKeys(m.text)) if (persons.get(k) === m.text) persons.delete(k);
    }
  }
}

interface CompanyCount {
  n: number;
  first: number;
  forms: Map<string, number>;
}

/**
 * Second pass: a surname alone, or a shorter form, names a person already met; the other names
 * are counted by company. "Le brasseur Kervoal a nommé… a déclaré Marie Kervoal": a family
 * firm named before the family member is not a reference to her: the press names a person in
 * full before it shortens her name.
 */
function countCompanies(views: readonly SentenceView[], persons: Map<string, string>): Map<string, CompanyCount> {
  const counts = new Map<string, CompanyCount>();
  const met = new Set<string>();
  let order = 0;
  for (const v of views) {
    const hirer = hirerOf(v);
    for (const m of v.mentions) {
      if ((m.kind === 'UNKNOWN' || m.kind === 'COMPANY') && !m.school && !m.portfolio && !m.region) {
        const full = persons.get(foldedText(m));
        if (full && m.kind === 'UNKNOWN' && met.has(full) && !familyFirmSlot(v, m)) {
          m.kind = 'PERSON';
          m.name = full;
          continue;
        }
        // "promu en Ligue 2", "en Bourse": after "en" a name is a place or a league, not the employer.
        if (m.kind === 'UNKNOWN' && v.tokens[m.s - 1]?.f === 'en') continue;
        // "EV maker Zolten Motors", "AI start-up Y": a word of the description, not a firm.
        if (m.kind === 'UNKNOWN' && describesNext(v, m)) continue;
        // "has hired a team from Y", "joins from Y": the firm left is not what the story is about.
        if (v.tokens[m.s - 1]?.f === 'from') continue;
        const key = companyKey(v.tokens[m.s]?.f ?? '');
        const c = counts.get(key) ?? { n: 0, first: order++, forms: new Map<string, number>() };
        c.n += m === hirer ? 1 + HIRER_WEIGHT : 1;
        c.forms.set(m.text, (c.forms.get(m.text) ?? 0) + 1);
        counts.set(key, c);
      } else if (m.kind === 'PERSON') {
        met.add(m.name ?? m.text);
        const full = persons.get(foldedText(m));
        if (full && full.length > m.text.length) m.name = full;
      }
    }
  }
  return counts;
}

/**
 * "Agathe Vaucheret prend la direction générale de Vaucheret", "présidente de Vaucheret",
 * "chez Vaucheret": a surname alone where a post's employer stands, after a person of that
 * name, is the firm named after the family (one heads a company, not a person). Not after
 * a word of help or service ("l'adjointe de Vaucheret": a person's deputy).
 */
function familyFirmSlot(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  const prep = t[m.s - 1]?.f ?? '';
  // ("Agathe Vaucheret dirige Vaucheret depuis 2015": a firm is led, not a person)
  if (prep === 'chez' || FIRM_LED.has(prep)) return true;
  if (!EMPLOYER_PREPS.has(prep)) return false;
  for (const x of v.titles) if (x.e === m.s - 1) return !PERSONAL_POSTS.has(t[x.h]?.f ?? '');
  for (let i = m.s - 2; i >= Math.max(v.from, m.s - 7); i--) if (anyCueAt(t, i, CAREER_LEAD) === m.s) return true;
  return false;
}

const FIRM_LED = new Set(['dirige', 'dirigeait', 'dirigera', 'preside', 'presidait', 'presidera', 'pilote', 'pilotait', 'codirige']);
const PERSONAL_POSTS = new Set(['adjoint', 'adjointe', 'assistant', 'assistante', 'conseiller', 'conseillere', 'collaborateur', 'collaboratrice', 'secretaire', 'deputy', 'adviser', 'advisor', 'aide', 'successeur', 'successor', 'predecesseur', 'predecessor']);

/**
 * What the firm that appoints counts for beside a plain mention: "Acme has hired X, who spent
 * ten years at Brellin and began at Brellin's Leeds office" is a story about Acme, however
 * often the firms of the hire's past are named.
 */
const HIRER_WEIGHT = 2;
const RUBRIC_MARKS = new Set(['–', '—', ':', '-']);

/**
 * The name opening the sentence as the subject of its appointing verb ("Acme has hired…",
 * "Le groupe Velcor a nommé…", "Consulting firm Acme, the Leeds-based adviser, has hired…"):
 * the firm that hires. Only lowercase words of its description before it, and no other name
 * between it and the verb.
 */
function hirerOf(v: SentenceView): Mention | null {
  const t = v.tokens;
  let k = v.from;
  // (the description's first word is capitalised at the sentence start: "Consulting firm Acme")
  // (and a nationality: "Cornish snack brand Acme")
  while (k < v.from + 4 && t[k]?.word && (!(t[k]?.cap ?? true) || (k === v.from && !v.cover[k]) || v.cover[k]?.adjective)) k = v.cover[k]?.adjective ? (v.cover[k]?.e ?? k + 1) : k + 1;
  const m = v.cover[k];
  if (!m || m.s !== k || (m.kind !== 'UNKNOWN' && m.kind !== 'COMPANY')) return null;
  const verb = findCue(t, APPOINT_VERBS, m.e, Math.min(t.length, m.e + 20));
  if (!verb) return null;
  // "Passé par Airbus, X est nommé…": the firm of a past stay opening the sentence does not hire.
  for (let i = v.from; i < m.s; i++) if (anyCueAt(t, i, CAREER_FORMER) === m.s) return null;
  // "Luxe – Acme promeut…", "Secteur public : …": a rubric heading the sentence, not its subject.
  for (let i = m.e; i < verb.s; i++) if (RUBRIC_MARKS.has(t[i]?.text ?? '')) return null;
  return m;
}

/** A firm named "A & B" keeps its whole name ("Hallam & Price" over "Hallam"). */
function whole(a: string, b: string): boolean {
  return a.startsWith(`${b} & `);
}

/** The company named most (first named on a tie): its short form and the full name roles are held at. */
function focusOf(counts: Map<string, CompanyCount>): { focus: string | null; focusName: string | null; focusKey: string } {
  let focus: string | null = null;
  let focusName: string | null = null;
  let focusKey = '';
  let best: { n: number; first: number } | null = null;
  for (const [key, c] of counts) {
    if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) {
      best = c;
      focusKey = key;
      let form = '';
      let fn = 0;
      // On a tie the shorter form ("Google" over "Google France"), but a firm named "A & B" keeps
      // its whole name.
      for (const [text, n] of c.forms) if (n > fn || (n === fn && (whole(text, form) || (text.length < form.length && !whole(form, text))))) [form, fn] = [text, n];
      focus = form;
      // A role with no name in its sentence is held at the company's full name: on a tie, the
      // longer form ("Stellagen Semiconductors" over "Stellagen").
      let long = '';
      let ln = 0;
      for (const [text, n] of c.forms) if (n > ln || (n === ln && text.length > long.length)) [long, ln] = [text, n];
      // "Stellagen Analytics … Stellagen … Stellagen": the full name the text opens with, shortened after.
      const opening = c.forms.keys().next().value;
      focusName = opening !== undefined && opening.startsWith(`${long} `) ? opening : long;
    }
  }
  return { focus, focusName, focusKey };
}

function namesFocus(v: SentenceView, focusKey: string): boolean {
  for (const m of v.mentions) if ((m.kind === 'COMPANY' || m.kind === 'UNKNOWN') && companyKey(v.tokens[m.s]?.f ?? '') === focusKey) return true;
  return false;
}
