/**
 * Career mentions without a title: "passé par Atos, Ubisoft et Alan", "a fait ses armes
 * chez Deloitte", "ex-Zalando", "a veteran of Pfizer and Accenture", "joins from Monzo"
 * (former), "resigned to join Adidas" (current), "a commencé sa carrière chez Michelin"
 * (former, earliest: order -1).
 */
import type { SentenceView } from './analyze.js';
import type { RoleCandidate } from './candidates.js';
import { anyCueAt, APPOINT_VERBS, cueFirstWords, cueList, cueUnion, CAREER_CURRENT, JOIN_VERBS, CAREER_FORMER, CAREER_LEAD, CAREER_START, type CueList, findCue, startsCue, unionAt, unionEnd, unionList, wordList, EARLY_MARKERS, LEAVE_AFTER, RUMOUR } from './cues.js';
import { COMPANY_REF_NOUNS, DESCRIPTOR_NOUNS, PUBLIC_BODIES, SUBSIDIARY_NOUNS } from '../lexicon/companies.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import { QUALIFIER_NOUNS, type Mention } from './mentions.js';
import { companyRefAt, isCompanyLike, isPossessive, lastRefBefore, refAt, type PersonRef } from './refs.js';
import { append } from './append.js';
import { boardSeatAfter } from './board.js';
import { inEarlierLeave, leaveMarks, leaves } from './status.js';
import { succeededBefore } from './successions.js';
import type { Token } from './tokens.js';

const LINKS = new Set([',', 'et', 'and', 'puis', 'then', 'or', 'ou', '&']);
const OF_WORDS = new Set(['de', "d'", 'du', 'of']);
const ABBREVIATED_FORMS = new Set(['inc', 'corp', 'co', 'ltd', 'bros']);
const PREPS = new Set(['par', 'chez', 'de', "d'", 'at', 'of', 'for', 'with', 'pour']);
// Determiners and descriptors skipped before a name: "from rival Citigroup", "chez le concurrent X".
const DETS = new Set(['the', "l'", 'le', 'la', 'rival', 'rivals', 'competitor', 'concurrent', 'its', 'son', 'sa', 'parent', 'sister']);

/** Plural heads of French firms' names written after "les" ("dirige les Établissements Morel"). Folded. */
const PLURAL_FIRM_HEADS = new Set('etablissements ets laboratoires editions chantiers ateliers galeries transports caves domaines vignobles brasseries papeteries forges moulins fonderies verreries magasins salins conserveries biscuiteries tanneries filatures fleurs vergers jardins eaux celliers maitres fermes terroirs halles'.split(' '));

const DESCRIPTION_DETS = new Set(['le', 'la', "l'", 'the', 'its', 'sa', 'son']);
const DESCRIPTION_LINKS = new Set(['de', "d'", 'du', 'des', 'of']);
/** "sa nouvelle filiale espagnole, X": an adjective of the description. */
const NEW_WORDS = new Set(['nouvelle', 'nouveau', 'nouvel', 'new', 'jeune', 'future', 'futur']);

/**
 * A description before a name: "la filiale belge d'Ageas", "le distributeur d'eau Sabesp",
 * "le japonais NTT Data", "le grand magasin Saks" → the name's first token, else -1.
 */
/** Leads told with the board they are of ("la présidence du conseil de surveillance de X"). Folded. */
const BOARD_LEADS = new Set(['presidence', 'vice-presidence']);

function describedName(v: SentenceView, i: number): number {
  const t = v.tokens;
  if (!DESCRIPTION_DETS.has(t[i]?.f ?? '')) return -1;
  // ("quitte la présidence du conseil de surveillance de X": a board's lead is a longer phrase)
  const reach = BOARD_LEADS.has(t[i + 1]?.f ?? '') ? 9 : 6;
  for (let j = i + 1; j < i + reach; j++) {
    const m = v.cover[j];
    if (m) return isCompanyLike(m) && m.s === j && j > i + 1 ? j : -1;
    const w = t[j];
    // "sa filiale française, Castelis France": the name in apposition.
    if (w?.text === ',' && j > i + 1) {
      const named = v.cover[j + 1];
      return isCompanyLike(named) && named.s === j + 1 ? j + 1 : -1;
    }
    if (!w || !w.word || w.cap) return -1;
    const link = DESCRIPTION_LINKS.has(w.f);
    if ((link && j === i + 1) || (!link && STOPWORDS.has(w.f) && !NEW_WORDS.has(w.f))) return -1;
  }
  return -1;
}

/** "a veteran of Lustra owner Hallow Brands": the name that only qualifies the next one is skipped. */
function pastQualifier(v: SentenceView, j: number): number {
  let k = j;
  while (k < j + 3 && v.tokens[k]?.cap && !v.cover[k]) k++;
  return k > j && QUALIFIER_NOUNS.has(v.tokens[k]?.f ?? '') && v.cover[k + 1]?.s === k + 1 ? k + 1 : j;
}

/** "Helsinki-based", "Nasdaq-listed": one token describing the name after it. */
const PLACE_DESCRIBED = /^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*-(?:based|listed|headquartered)$/u;

const COUNT_WORDS = new Set('two three four five six seven eight nine ten eleven twelve 2 3 4 5 6 7 8 9 10 11 12'.split(' '));

/**
 * "the board of Swedish fashion brand Velnor Studios": a place adjective and lowercase words
 * ending in a sector noun describe the name after them.
 */
function pastSectorWords(v: SentenceView, j: number): number {
  const t = v.tokens;
  let k = j;
  const adjective = v.cover[k];
  if (adjective?.kind === 'PLACE' && adjective.adjective && adjective.s === k) k = adjective.e;
  // ("from Helsinki-based Arctic Mobility": a place-described name)
  let noun = PLACE_DESCRIBED.test(t[k]?.text ?? '');
  if (noun) k++;
  // "et par le cabinet Bain & Company": the French nouns that stand for a firm describe one too.
  for (const stop = k + 3; k < stop && t[k]?.word && !(t[k]?.cap ?? true); k++) noun = DESCRIPTOR_NOUNS.has(t[k]?.f ?? '') || COMPANY_REF_NOUNS.has(t[k]?.f ?? '');
  return noun && k > j && isCompanyLike(v.cover[k]) && v.cover[k]?.s === k ? k : j;
}

/** Does mention m end in an 's that owns what follows ("Deutsche Bahn's freight arm")? */
function possessive(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  const after = t[m.e]?.f === "'s" ? m.e + 1 : m.text.endsWith("'s") ? m.e : -1;
  if (after < 0) return false;
  const next = t[after];
  return !!next && next.word && !LINKS.has(next.f);
}

/** Company mentions listed from token i: "Atos, Ubisoft et Alan", "Michelin, puis chez Valeo". */
/** Verbs written right after a subject that are also stopwords ("Orvane a levé", "Orvane est"). */
const SUBJECT_VERBS = new Set(['est', 'sera', 'va', 'vient', 'ont', 'sont', 'has', 'is', 'was', 'will', 'had']);

/** Does a verb follow the name ending at e ("Orvane lève", "Orvane a levé"), not a link or a preposition? */
function subjectOfVerb(t: Token[], e: number): boolean {
  const n = t[e];
  if (!n || !n.word || n.cap) return false;
  if (n.text === 'a' || SUBJECT_VERBS.has(n.f)) return true;
  return !STOPWORDS.has(n.f) && !/^\d/.test(n.f);
}

export function companyList(v: SentenceView, i: number): Mention[] {
  const t = v.tokens;
  const out: Mention[] = [];
  let j = i;
  for (;;) {
    while (DETS.has(t[j]?.f ?? '') || (t[j]?.f === 'les' && PLURAL_FIRM_HEADS.has(t[j + 1]?.f ?? ''))) j++;
    j = pastQualifier(v, j);
    j = pastSectorWords(v, j);
    if (!isCompanyLike(v.cover[j]) && out.length === 0) {
      const named = describedName(v, j > i ? j - 1 : j);
      if (named > 0) j = named;
    }
    const m = v.cover[j];
    if (!isCompanyLike(m) || m.s !== j) break;
    // "deux anciens de Velcor, Orvane lève…": a name after a bare comma with its verb is the
    // clause's subject, not one more firm of the list.
    if (out.length > 0 && t[j - 1]?.text === ',' && subjectOfVerb(t, m.e)) break;
    // "DB Cargo, Deutsche Bahn's freight arm": a name with its 's describes the one before —
    // unless nothing follows the 's ("at Tesco and Macy's.", "Macy's and Gap"): a brand's name.
    if (out.length > 0 && possessive(v, m)) break;
    if (!PUBLIC_BODIES.test(m.text)) out.push(m);
    j = m.e;
    let k = j;
    let linked = false;
    for (let guard = 0; guard < 4; guard++) {
      const f = t[k]?.f ?? '';
      if (LINKS.has(f) || f === 'mais' || f === 'aussi' || f === 'ainsi' || f === 'que' || f === 'as' || f === 'well') {
        linked = true;
        k++;
      } else break;
    }
    // "Gap Inc. and Starbucks": the dot of an abbreviated legal form does not end the list.
    if (!linked && t[k]?.text === '.' && ABBREVIATED_FORMS.has(t[k - 1]?.f ?? '') && LINKS.has(t[k + 1]?.f ?? '')) {
      linked = true;
      k += 2;
    }
    if (!linked) break;
    // "five years at Ondrel and three at Pluma": a count standing for the same span.
    if (COUNT_WORDS.has(t[k]?.f ?? '') && (t[k + 1]?.f === 'at' || t[k + 1]?.f === 'with')) k++;
    // "chez Natixis et à la Banque de X": French "à" (written with its accent, not "a").
    // (not after a comma: "chez L'Oréal, à Clichy" names the place)
    if (PREPS.has(t[k]?.f ?? '') || (t[k]?.text === 'à' && (t[k - 1]?.f === 'et' || t[k - 1]?.f === 'puis'))) k++;
    j = k;
  }
  return out;
}

/** ("fondée par deux anciens d'Airbus": a count of unnamed people is indefinite too) */
const INDEFINITES = new Set(['un', 'une', 'a', 'an', 'deux', 'trois', 'quatre', 'plusieurs', 'des', 'two', 'three', 'several']);
const COPULAS = new Set(['est', 'etait', 'is', 'was', 'reste', 'remains']);
const DESCRIBES = new Set(['ancien', 'ancienne', 'anciens', 'anciennes', 'former', 'veteran', 'veterans', 'alumnus', 'alumna', 'alumni']);

/**
 * "…plusieurs dirigeants, dont un ancien de Thales": "un ancien de" names nobody unless it
 * describes a person in apposition ("X, une ancienne de Daher"), after a copula ("est un
 * ancien de") or opening the sentence ("A veteran of Apple, X…").
 */
function someoneElse(v: SentenceView, i: number, refs: PersonRef[]): boolean {
  const t = v.tokens;
  // (French "a" is also "has": "qui a fait ses armes chez X")
  if (!INDEFINITES.has(t[i - 1]?.f ?? '') || !DESCRIBES.has(t[i]?.f ?? '')) return false;
  const k = i - 2;
  if (k < v.from || COPULAS.has(t[k]?.f ?? '')) return false;
  // (an apposition: "X, une ancienne de Daher", "X, nommé directeur Asie, un ancien de Y")
  return t[k]?.text !== ',' && !refs.some((r) => r.e === k);
}

const ALL_WORDS = new Set(['tous', 'toutes', 'deux', 'both', 'all']);
/** Plural verbs of a move (folded first words of their cues). */
const PLURAL_MOVES = new Set(['dirigent', 'codirigent', 'pilotent', 'rejoignent', 'rejoindront', 'ont', 'vont', 'arrivent', 'arriveront', 'sont', 'entrent', 'integrent', 'quittent', 'quitteront']);

/** The persons listed right before token `at` ("Léa X, Karim Y et Jonas Z, tous…"), or the one found. */
function listedBefore(v: SentenceView, refs: PersonRef[], at: number, person: string): string[] {
  const t = v.tokens;
  let k = t[at - 1]?.text === ',' ? at - 1 : at;
  const out: string[] = [];
  for (;;) {
    const r = refs.find((p) => p.e === k && p.named);
    if (!r) break;
    out.unshift(r.name);
    const link = t[r.s - 1]?.f;
    if (link !== ',' && link !== 'et' && link !== 'and') break;
    k = r.s - 1;
  }
  return out.length > 1 ? out : [person];
}

/** English verbs of a move that are plural (folded): "X and Y join Z", "have joined", "are leaving". */
const EN_PLURAL_VERBS = new Set(['join', 'leave', 'quit', 'are']);
const EN_PLURAL_AUX = new Set(['have', 'are']);

/**
 * Where the subject of an English plural move verb at i ends ("X and Y, both partners at W,
 * have joined Z": past the apposition, at its opening comma), or -1 for a verb that is not plural.
 */
function pluralSubjectEnd(v: SentenceView, refs: PersonRef[], i: number): number {
  const t = v.tokens;
  let at = i;
  if (EN_PLURAL_AUX.has(t[i - 1]?.f ?? '')) at = i - 1;
  else if (!EN_PLURAL_VERBS.has(t[i]?.f ?? '') || t[i - 1]?.f === 'to' || t[i - 1]?.f === 'will') return -1;
  if (t[at - 1]?.text !== ',') return at;
  for (let k = at - 2; k >= Math.max(v.from, at - 14); k--) {
    if (t[k]?.text === ',') return refs.some((p) => p.e === k && p.named) ? k : -1;
  }
  return -1;
}

const JOIN_WORDS = new Set(['join', 'joined', 'joining', 'move', 'moved', 'moving']);

/** "have joined Z from W": the verb joining before the "from" at i, in its clause, or -1. */
function joinBefore(t: SentenceView['tokens'], i: number, from: number): number {
  for (let k = i - 1; k >= Math.max(from, i - 8); k--) {
    if (JOIN_WORDS.has(t[k]?.f ?? '')) return k;
    if (t[k]?.text === ',' || t[k]?.text === ';') return -1;
  }
  return -1;
}

/** Ranks written in the plural after "both" ("both partners at W"), folded, with their singular. */
const PLURAL_RANKS = new Map([['partners', 'partner'], ['directors', 'director'], ['associates', 'associate'], ['principals', 'principal'], ['executives', 'executive'], ['bankers', 'banker'], ['managers', 'manager'], ['lawyers', 'lawyer']]);

/**
 * "X and Y, both partners at W, have joined Z": each person listed held the rank at W, a post
 * left when a move follows the apposition, else held now.
 */
function bothAt(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  const out: RoleCandidate[] = [];
  for (let b = v.from + 1; b < t.length; b++) {
    if (t[b]?.f !== 'both' || t[b - 1]?.text !== ',') continue;
    const last = refs.find((p) => p.e === b - 1 && p.named);
    if (!last) continue;
    const people = listedBefore(v, refs, b - 1, last.name);
    if (people.length < 2) continue;
    let k = b + 1;
    while (k < b + 4 && t[k]?.word && !t[k]?.cap && !PLURAL_RANKS.has(t[k]?.f ?? '')) k++;
    const rank = PLURAL_RANKS.get(t[k]?.f ?? '');
    if (rank === undefined || (t[k + 1]?.f !== 'at' && t[k + 1]?.f !== 'of')) continue;
    // (a firm named after its partners reads like a person's name: "both partners at Calder Voss")
    const firm = companyList(v, k + 2)[0] ?? partnersFirm(v, k + 2, people);
    if (!firm || firm.s !== k + 2) continue;
    const title = `${v.sent.text.slice(t[b + 1]?.start ?? 0, t[k - 1]?.end ?? 0)}${k > b + 1 ? ' ' : ''}${rank}`;
    // ("Z has hired X and Y, both partners at W": a hire told before the list moves them too)
    const moved = findCue(t, JOIN_VERBS, firm.e) !== null || findCue(t, LEAVE_AFTER, firm.e) !== null || findCue(t, APPOINT_VERBS, v.from, b) !== null;
    for (const person of people) {
      out.push({ fact: { person, company: firm.text, title, status: moved ? 'former' : 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: moved ? 'departure' : 'default', founder: false, predecessor: false, untitledPost: false, sentence: v.sent.index, pos: firm.s, added: false });
    }
  }
  return out;
}

/** A name that reads like a person's at token i, when it is none of the people listed: a firm named after its partners. */
function partnersFirm(v: SentenceView, i: number, people: readonly string[]): Mention | undefined {
  const m = v.cover[i];
  return m && m.s === i && m.kind === 'PERSON' && !people.includes(m.name ?? m.text) ? m : undefined;
}

const OPENING_DETS = new Set(['the', 'le', 'la', "l'", 'this', 'ce', 'cette', 'cet']);

function personFor(v: SentenceView, refs: PersonRef[], at: number, lastPerson: string | null): string | null {
  const before = refs.filter((r) => r.e <= at);
  const prev = before[before.length - 1];
  if (prev) return prev.name;
  // "The former banker, who spent a decade at X, replaces Y": a description opening the
  // sentence stands for the person of the sentences before, not for the one named later.
  if (lastPerson && OPENING_DETS.has(v.tokens[v.from]?.f ?? '') && v.tokens[v.from + 1]?.cap === false && refs.every((r) => r.s > at)) return lastPerson;
  const after = refs.find((r) => r.s >= at);
  return after ? after.name : lastPerson;
}

/** "added former Pellam executive Jane Roe to its board": the name the career phrase describes. */
function describedAfter(v: SentenceView, refs: PersonRef[], e: number): string | null {
  let k = e;
  while (k < e + 2 && v.tokens[k]?.word && !(v.tokens[k]?.cap ?? true)) k++;
  return k > e ? (refs.find((r) => r.s === k && r.named)?.name ?? null) : null;
}

const STAYED = new Set(['passes', 'passees', 'spent']);
const IN_LINKS = new Set(['de', "d'", 'du', 'des']);
const SPENT = wordList(['spent', 'travaille', 'worked', 'oeuvre', 'exerce']);
const FRENCH_SPENT = new Set(['travaille', 'oeuvre', 'exerce']);
const DURATIONS = wordList(['ans', 'annees', 'years', 'decade', 'decennie']);

function spentAt(v: SentenceView, i: number): number {
  const f = v.tokens[i]?.f ?? '';
  // "Après sept ans chez Carrefour" (past) — but not "depuis dix ans chez X" (still there).
  if (startsCue(v.tokens[i], DURATIONS)) {
    // "Après quinze ans passés chez EDF": the participle may sit between.
    const k = STAYED.has(v.tokens[i + 1]?.f ?? '') ? i + 2 : i + 1;
    const g = v.tokens[k]?.f;
    const before = [v.tokens[i - 1]?.f, v.tokens[i - 2]?.f, v.tokens[i - 3]?.f];
    // (not "il y a dix ans chez X": a time ago, not a stay)
    if (before.includes('depuis') || before.includes('for') || (before.includes('y') && before.includes('a'))) return -1;
    if (g === 'chez' || g === 'at' || g === 'with') return k + 1;
    // "Après huit ans au sein de Morvaine", "quinze ans au sein du groupe Morvaine"
    if (g === 'au' && v.tokens[k + 1]?.f === 'sein' && IN_LINKS.has(v.tokens[k + 2]?.f ?? '')) return k + 3;
    return -1;
  }
  if (!startsCue(v.tokens[i], SPENT) && !(f === 'passe' && v.tokens[i - 1]?.f === 'a')) return -1;
  // "a travaillé chez X" is past, "travaille chez X depuis 2019" is not: the accent tells.
  if (FRENCH_SPENT.has(f) && !/[éÉ]$/.test(v.tokens[i]?.text ?? '')) return -1;
  for (let k = i + 1; k < i + 6; k++) {
    const g = v.tokens[k]?.f;
    if (g === 'at' || g === 'chez' || g === 'with') return k + 1;
    if (g === ',' || g === '.') return -1;
  }
  return -1;
}

const JOINED = new Set(['joined', 'joins', 'join', 'rejoint', 'rejoindra', 'arrive', 'arrived', 'arrives', 'came', 'hired', 'hires', 'hiring', 'poached', 'poaching', 'recruited', 'recruiting', 'recrute', 'debauche', 'lured', 'brings', 'brought', 'bringing', 'taps', 'tapped', 'appointed', 'appoints', 'named', 'names', 'recruits', 'lures', 'poaches']);

/** Objects of a hire that name no one: "hiring someone from X", "brought in staff from Y". */
const UNNAMED_HIRES = new Set(['someone', 'somebody', 'anyone', 'people', 'staff', 'talent', 'executives', 'bankers', 'employees', 'engineers', 'workers']);

/** "joined Veltis in 2015 from Novartis": the company after "from" is a past employer. */
function joinedFrom(v: SentenceView, i: number): number {
  const f = v.tokens[i]?.f;
  if (f !== 'from' && !(f === 'provenance' && v.tokens[i - 1]?.f === 'en')) return -1;
  // "joins Velcor as regional vice president for Latin America from Orvel": a long title may sit between.
  for (let k = i - 1; k >= Math.max(v.from, i - 12); k--) {
    const x = v.tokens[k]?.text;
    if (x === ',' || x === ';' || x === '.') return -1;
    if (JOINED.has(v.tokens[k]?.f ?? '')) {
      // ("Bringing in someone from Pellam signals…": no one in particular)
      const object = v.tokens[k + 1]?.f === 'in' ? k + 2 : k + 1;
      if (UNNAMED_HIRES.has(v.tokens[object]?.f ?? '')) return -1;
    }
    if (JOINED.has(v.tokens[k]?.f ?? '')) return f === 'from' ? i + 1 : v.tokens[i + 1]?.f === 'de' || v.tokens[i + 1]?.f === "d'" ? i + 2 : -1;
  }
  return -1;
}

/**
 * "Après Orvel, Tandis et Brellin, Léa X rejoint Y": the companies listed after a sentence's
 * opening "après", right before its subject, are the subject's past employers. Returns the
 * list's first token, or -1.
 */
function afterEmployers(v: SentenceView, i: number, refs: PersonRef[]): number {
  if (i !== v.from || v.tokens[i]?.f !== 'apres') return -1;
  const list = companyList(v, i + 1);
  const last = list[list.length - 1];
  if (!last || list[0]?.s !== i + 1 || v.tokens[last.e]?.text !== ',') return -1;
  // (refAt, not `refs.some` with a closure: this runs at every token of careerRoles' scan.)
  return refAt(refs, last.e + 1) ? i + 1 : -1;
}

const ON_BEHALF = cueList("pour le compte de | pour le compte d' | pour le compte du | on behalf of");

/** The company after "pour le compte de" / "on behalf of" right at token i, if any. */
function onBehalfOf(v: SentenceView, i: number): Mention | null {
  const e = anyCueAt(v.tokens, i, ON_BEHALF);
  return e > 0 ? (companyList(v, e)[0] ?? null) : null;
}

const ALUM_WORDS = new Set(['alum', 'alumna', 'alumnus', 'alumni', 'veteran']);
const SCHOOLS = /\b(?:school|university|universit[ée]|college|coll[èe]ge|institute|institut|[ée]cole|academy|business school|polytechni\w*|hec|essec|insead|wharton|harvard|stanford|oxford|cambridge|yale|princeton|mit|caltech|sorbonne|iit|iim|iisc|xlri|lse|epfl|eth zurich|sciences po|nyu|ucla|kellogg)\b/i;

/** "a Stripe alum", "a 20-year Accenture alumnus", "an Apple veteran": the name before is a past employer (not a school). */
function alumOf(v: SentenceView, i: number): Mention | null {
  const m = v.cover[i];
  if (!isCompanyLike(m) || m.s !== i || !ALUM_WORDS.has(v.tokens[m.e]?.f ?? '') || SCHOOLS.test(m.text) || PUBLIC_BODIES.test(m.text)) return null;
  return m;
}

const INDEPENDENT_SEAT = cueList('independent director | independent non-executive director | outside director');

/** Nouns for a firm's people between its name and a person's: "Statvik executive Erik Nygaard". */
const FIRM_PEOPLE = new Set(['executive', 'banker', 'manager', 'lawyer', 'engineer', 'trader', 'dealmaker', 'insider', 'boss']);

/**
 * "Statvik Energy executive Erik Nygaard said…" (works there now), "Halvorsen hired Statvik
 * executive Erik Nygaard" (hired away: the firm left). The firm's mention, or null.
 */
function firmPersonAt(v: SentenceView, i: number, refs: PersonRef[]): { m: Mention; person: string; status: 'former' | 'current' } | null {
  const m = v.cover[i];
  if (!isCompanyLike(m) || m.s !== i || PUBLIC_BODIES.test(m.text)) return null;
  const noun = v.tokens[m.e];
  if (!noun || noun.cap || !FIRM_PEOPLE.has(noun.f)) return null;
  // ("Manchester United manager X": a title there is read with its firm)
  for (const x of v.titles) if (x.s <= m.e && x.e > m.e) return null;
  const person = refAt(refs, m.e + 1, true);
  if (!person) return null;
  let hired = false;
  for (let k = Math.max(v.from, i - 3); k < i && !hired; k++) hired = anyCueAt(v.tokens, k, APPOINT_VERBS) === i;
  // ("named Orvel executive X as an independent director": a board seat is held beside the job)
  return { m, person: person.name, status: hired && !boardSeatAfter(v, person.e) && findCue(v.tokens, INDEPENDENT_SEAT, person.e) === null ? 'former' : 'current' };
}

/** Work done for a client: "led work for X", "ran the account for X". */
const CLIENT_WORK = new Set(['work', 'campaigns', 'campaign', 'accounts', 'account', 'pitches', 'pitch', 'projects', 'project', 'deals', 'mandates', 'launches']);
const RAN_EN = new Set(['ran', 'led', 'headed', 'oversaw', 'managed', 'chaired', 'co-led', 'co-headed', 'co-ran', 'co-managed', 'co-chaired']);
const RAN_GERUNDS = new Set(['leading', 'running', 'heading', 'overseeing', 'managing', 'chairing', 'co-leading', 'co-heading']);
// Chairing is leading too: "qui a présidé la coopérative X de 1998 à 2015", "who chaired X".
const RAN_FR = new Set(['dirige', 'pilote', 'chapeaute', 'gere', 'preside', 'codirige']);
/** Imperfects are past on their own: "elle dirigeait jusque-là les achats de X". */
const RAN_FR_PAST = new Set(['dirigeait', 'pilotait', 'chapeautait', 'gerait', 'supervisait', 'presidait', 'codirigeait']);
const RAN_AUX = new Set(['a', 'avait', 'avoir']);
/** "a ensuite piloté", "avait aussi dirigé": an adverb between the auxiliary and the participle. */
const RAN_ADVERBS = new Set(['ensuite', 'aussi', 'egalement', 'notamment', 'longtemps', 'deja', 'successivement', 'brievement', 'auparavant', 'precedemment', 'autrefois']);
const RAN_FR_INFINITIVES = new Set(['diriger', 'piloter', 'chapeauter', 'gerer', 'presider']);

/** "a dirigé", "a ensuite piloté", "avant de diriger" (a step of a story told in the past). */
function ranFrench(t: Token[], i: number): boolean {
  const f = t[i]?.f ?? '';
  if (RAN_FR_INFINITIVES.has(f)) return (t[i - 1]?.f === 'de' || t[i - 1]?.f === "d'") && t[i - 2]?.f === 'avant';
  if (!RAN_FR.has(f)) return false;
  const aux = RAN_ADVERBS.has(t[i - 1]?.f ?? '') ? i - 2 : i - 1;
  return RAN_AUX.has(t[aux]?.f ?? '');
}
const RAN_PREPS = new Set(['at', 'of', 'for', 'chez', 'de', 'du', "d'"]);
/** "who heads the European unit of X", "who also chairs the audit committee of X": a job held now. */
const RUNS_NOW = new Set(['runs', 'heads', 'leads', 'oversees', 'manages', 'chairs', 'helms', 'co-leads', 'co-heads', 'co-runs', 'co-chairs', 'co-manages']);
/** Adverbs between "who" and the verb: "who currently runs", "who also chairs". */
const RUNS_ADVERBS = new Set(['currently', 'now', 'also', 'still', 'jointly', 'today']);
/** Every word ranAt can start at, indexed like cues: a token of none is turned down by reading its entry. */
const RAN_WORDS = wordList([...RAN_EN, ...RAN_GERUNDS, ...RAN_FR, ...RAN_FR_PAST, ...RAN_FR_INFINITIVES, ...RUNS_NOW, 'run', 'chaired', 'overseen', 'helmed']);

/** Does the sentence name a company outside the clause [i, end) and its company (the firm that hires)? */
function otherCompany(v: SentenceView, i: number, end: number): boolean {
  const own = companyList(v, end)[0];
  for (const m of v.mentions) if ((m.s < i || m.s >= (own?.e ?? end)) && isCompanyLike(m) && m.text !== own?.text) return true;
  return false;
}

/** Verbs of leaving that a firm can be the subject of ("Pellam Foods exits its Brixon joint venture"). Folded. */
const FIRM_LEAVING = new Set(['exits', 'exited', 'quits', 'quit', 'departs', 'departed', 'leaves', 'left']);
const AUX_BEFORE = new Set(['has', 'had', 'have', 'will', 'would', 'is', 'was']);

/** Is the leaving verb at i told of a firm named right before it ("Pellam Foods had quit Norvik")? */
function firmLeaves(v: SentenceView, i: number): boolean {
  if (!FIRM_LEAVING.has(v.tokens[i]?.f ?? '')) return false;
  const k = AUX_BEFORE.has(v.tokens[i - 1]?.f ?? '') ? i - 2 : i - 1;
  const m = v.cover[k];
  return isCompanyLike(m) && m.e === k + 1 && m.kind === 'COMPANY';
}

const HAS_BEEN_WITH = cueList('has been with | has been at | have been with | has worked at | has worked for | has been working at | has been working for');

const HAS_LED = new Set(['led', 'run', 'headed', 'chaired', 'managed', 'overseen', 'helmed']);

/** "who has led Pellam Retail since 2019", "who has run X's Asian arm for a decade": a job held now. */
function hasLed(t: Token[], i: number): boolean {
  return HAS_LED.has(t[i]?.f ?? '') && (t[i - 1]?.f === 'has' || t[i - 1]?.f === 'have') && t[i + 1]?.f !== 'by';
}

/**
 * A job told as held now at i..end, of the person named last before i: left when the sentence
 * has that person hired by another firm or leaving — a cue told after someone else is named
 * ("…, while Holt joins from Brisk") is that other person's.
 */
function heldThenLeft(v: SentenceView, refs: PersonRef[], i: number, end: number): boolean {
  const t = v.tokens;
  const holder = refs.filter((r) => r.e <= i).pop();
  let stop = t.length;
  for (const r of refs) if (r.s > end && r.name !== holder?.name) {
    stop = r.s;
    break;
  }
  const hired = findCue(t, APPOINT_VERBS, v.from, i) !== null || findCue(t, JOIN_VERBS, v.from, stop) !== null;
  // (not beside a board seat taken at the firm that names them: "appointed X, who runs Y, as a non-executive director")
  return (hired && otherCompany(v, i, end) && !boardSeatAfter(v, end)) || findCue(t, LEAVE_AFTER, end, stop) !== null;
}

/** Is token i a present "runs"/"heads" of a relative clause ("…, who heads", "…, who also chairs")? */
function runsNow(t: Token[], i: number): boolean {
  if (!RUNS_NOW.has(t[i]?.f ?? '')) return false;
  const who = RUNS_ADVERBS.has(t[i - 1]?.f ?? '') ? i - 2 : i - 1;
  return t[who]?.f === 'who';
}

/**
 * "most recently ran R&D at Brightwell", "après avoir dirigé les éditions de Norvel", "who ran
 * Acme's European business": running part of a company is a past job there, title unknown.
 * Not "led by" (the leader is someone else) nor "has led" (still there).
 */
function ranAt(v: SentenceView, i: number): number {
  const t = v.tokens;
  if (!startsCue(t[i], RAN_WORDS)) return -1;
  const f = t[i]?.f ?? '';
  // "after leading robotics at X", "before running Y's payments arm": a step told as done.
  const gerund = RAN_GERUNDS.has(f) && (t[i - 1]?.f === 'after' || t[i - 1]?.f === 'before');
  const perfect = hasLed(t, i);
  if (!gerund && !RAN_EN.has(f) && !RAN_FR_PAST.has(f) && !ranFrench(t, i) && !runsNow(t, i) && !perfect) return -1;
  const next = t[i + 1]?.f ?? '';
  if (next === 'by' || next === 'par' || next === 'to' || (!perfect && (t[i - 1]?.f === 'has' || t[i - 1]?.f === 'have'))) return -1;
  // "ran Acme's European business"
  const direct = v.cover[i + 1];
  if (isCompanyLike(direct) && direct.s === i + 1) return i + 1;
  // "who runs bakery chain Crumb & Co": the firm named after its description
  const described = pastSectorWords(v, i + 1);
  if (described > i + 1) return described;
  // "X, qui dirigeait la société depuis 2003, cède…", "elle a présidé l'entreprise": a French lead
  // told as past, of the firm a description stands for (read at the caller as the text's firm).
  // (not a unit of it, "dont il dirigeait la filiale indienne": that is another firm's)
  if ((RAN_FR_PAST.has(f) || ranFrench(t, i)) && wholeFirmRef(v, i + 1)) return i + 1;
  for (let k = i + 1; k < Math.min(t.length, i + 8); k++) {
    const x = t[k];
    // "dirigeait depuis 2021 sa filiale espagnole, Talmex Iberia": the unit named after its comma.
    if (x?.text === ',' && namedOwnUnit(v, i + 1, k)) return k + 1;
    if (!x || !x.word) return -1;
    // "led work for Heineken", "ran campaigns for X": a client, not an employer.
    if (x.f === 'for' && CLIENT_WORK.has(t[k - 1]?.f ?? '')) return -1;
    if (RAN_PREPS.has(x.f) && companyList(v, k + 1).length > 0) return k + 1;
  }
  return -1;
}

/** A description of a whole firm at j ("la société", "l'entreprise familiale"), not of a unit ("la filiale"). */
function wholeFirmRef(v: SentenceView, j: number): boolean {
  const e = companyRefAt(v, j);
  if (e < 0) return false;
  for (let k = j; k < e; k++) if (SUBSIDIARY_NOUNS.has(v.tokens[k]?.f ?? '')) return false;
  return true;
}

/** Tokens [a, k) hold "sa filiale (espagnole)" and a firm's name follows the comma at k. */
function namedOwnUnit(v: SentenceView, a: number, k: number): boolean {
  const t = v.tokens;
  const m = v.cover[k + 1];
  if (!isCompanyLike(m) || m.s !== k + 1) return false;
  for (let j = a; j < k - 1; j++) if (isPossessive(t[j]?.f ?? '') && SUBSIDIARY_NOUNS.has(t[j + 1]?.f ?? '')) return true;
  return false;
}

/** Is another person named between the lead taken at i and the leaving verb at `left`? */
function someoneElseLeaves(refs: PersonRef[], person: string, i: number, left: number): boolean {
  for (const r of refs) if (r.s > i && r.e <= left && r.name !== person) return true;
  // ("Founder X hands the reins to Y, who takes the helm at Z": the leaving told before is X's)
  if (left < i) {
    let subject: PersonRef | undefined;
    for (const r of refs) if (r.e <= left) subject = r;
    return subject !== undefined && subject.name !== person;
  }
  return false;
}

/** "prend la direction générale du studio": the article fused in "du" before the firm's noun. */
function fusedRef(t: Token[], k: number): boolean {
  return t[k - 1]?.f === 'du' && COMPANY_REF_NOUNS.has(t[k]?.f ?? '') && !(t[k]?.cap ?? true);
}

// "reprend la présidence de X", "assure la direction générale de X": taking or holding the lead.
const TAKES = wordList(['prend', 'prendra', 'prennent', 'pris', 'prendre', 'takes', 'took', 'take', 'reprend', 'reprendra', 'reprennent', 'repris', 'reprendre', 'assure', 'assurera', 'assurent', 'assume', 'assumera', 'herite', 'heritera', 'accede', 'accedera', 'conserve', 'conservera', 'garde', 'gardera']);
const LEAD_KINDS = new Set(['generale', 'financiere', 'commerciale', 'juridique', 'technique', 'operationnelle', 'industrielle', 'scientifique', 'medicale', 'artistique', 'editoriale']);
const LEAD_NOUNS = new Set(['tete', 'direction', 'presidence', 'renes', 'commandes', 'manettes', 'helm', 'reins']);

/** "prendra en janvier la présidence de Balenciaga": taking the lead, with words in between. */
/** Verbs of joining someone already in a post ("rejoint X à la tête de Y", "joins X at the helm of Y"). Folded. */
const JOINS_SOMEONE = new Set(['rejoint', 'rejoindre', 'rejoindra', 'rejoignent', 'retrouve', 'joins', 'joined', 'join']);
const JOIN_AUXILIARIES = new Set(['will', 'va', 'vient', 'has']);

/**
 * "Anne Vidal rejoint Paul Martin à la tête de Morvaine", "Dana Ruiz joins Paul Martin at the helm
 * of Halvorne": the person before a verb of joining whose object is the person right before the
 * lead at i; else null.
 */
function joinsAtLead(v: SentenceView, i: number): string | null {
  const joined = v.cover[i - 1];
  if (joined?.kind !== 'PERSON' || joined.e !== i || !JOINS_SOMEONE.has(v.tokens[joined.s - 1]?.f ?? '')) return null;
  // (past an auxiliary: "Dana Ruiz will join Paul Martin at the helm of…")
  const verb = JOIN_AUXILIARIES.has(v.tokens[joined.s - 2]?.f ?? '') ? joined.s - 2 : joined.s - 1;
  const joiner = v.cover[verb - 1];
  return joiner?.kind === 'PERSON' && joiner.e === verb ? (joiner.name ?? joiner.text) : null;
}

function leadAt(v: SentenceView, i: number): number {
  const t = v.tokens;
  // "à la tête des opérations de Sorelis en Europe", "aux commandes de la filiale française de Y".
  if (t[i]?.text === 'à' && t[i + 1]?.f === 'la' && t[i + 2]?.f === 'tete') return unitOf(v, i + 3);
  if (t[i]?.f === 'aux' && (t[i + 1]?.f === 'commandes' || t[i + 1]?.f === 'manettes')) return unitOf(v, i + 2);
  // "X, en charge des ventes chez Vaxel", "X, chargée de mission chez Vaxel": a remit at the firm,
  // in apposition to the person only (not "la ministre chargée de…", "la banque chargée de…").
  if (t[i]?.f === 'en' && t[i + 1]?.f === 'charge' && t[i - 1]?.text === ',') return remitAt(v, i + 2);
  if ((t[i]?.f === 'charge' || t[i]?.f === 'chargee') && t[i - 1]?.text === ',' && v.cover[i - 2]?.kind === 'PERSON') return remitAt(v, i + 1);
  if (!startsCue(t[i], TAKES)) return -1;
  for (let k = i + 1; k < i + 6; k++) {
    const f = t[k]?.f ?? '';
    // ("assure que la direction de X…": a clause, not the lead taken)
    if (f === '.' || f === ',' || f === 'que' || f === "qu'") return -1;
    if (LEAD_NOUNS.has(f)) {
      let j = k + 1;
      // "prendre la direction financière de X": a function's lead is a post there too.
      if (LEAD_KINDS.has(t[j]?.f ?? '')) j++;
      const p = t[j]?.f;
      if (p === 'de' || p === 'du' || p === "d'" || p === 'of' || p === 'at') return j + 1;
      // "prend la direction des ventes de X", "prend la tête de la division énergie de Y".
      return f === 'of' ? -1 : unitOf(v, j);
    }
  }
  return -1;
}

/** A date range right after token k ("de 2010 à 2018", "entre 2010 et 2018") that ends before `published`. */
function endedSpanAfter(v: SentenceView, k: number, published: string): boolean {
  const at = v.tokens[k]?.start;
  if (at === undefined) return false;
  for (const d of v.dates) if (d.kind === 'range' && d.start >= at && d.start - at <= 2 && d.to !== null && d.to < published.slice(0, d.to.length)) return true;
  return false;
}

/**
 * A leaving cue from token `from` on. With the companies of a lead taken, a cue followed by
 * another firm's name leaves that firm ("prend la tête de Y et quitte Orvel").
 */
function leavingFrom(v: SentenceView, from: number, companies: readonly Mention[] | null): boolean {
  let at = findCue(v.tokens, LEAVE_AFTER, from);
  while (at !== null) {
    let k = at.e;
    if (v.tokens[k]?.f === 'le' || v.tokens[k]?.f === 'la' || v.tokens[k]?.f === "l'") k++;
    const m = v.cover[k];
    const elsewhere = companies !== null && isCompanyLike(m) && m.s === k && !companies.some((c) => c.text === m.text);
    if (!elsewhere) return true;
    at = findCue(v.tokens, LEAVE_AFTER, at.e);
  }
  return false;
}

/** "dirigera", "présidera", "va diriger": a lead told in the future. */
function futureLead(t: Token[], i: number): boolean {
  const f = t[i]?.f ?? '';
  return f.endsWith('era') || f.endsWith('eront') || GOING.has(t[i - 1]?.f ?? '');
}

/** A company's own boards, joined without its name: "le conseil d'administration", "au board". */
const OWN_BOARDS = cueList(`
le conseil d' administration | le conseil de surveillance | le board | le comite executif | le comite de direction | le directoire
au conseil d' administration | au conseil de surveillance | au board | au comite executif | au comite de direction | au directoire
son conseil d' administration | son conseil de surveillance | son board | son comite executif | son directoire
`);
const CLAUSE_ENDS = new Set(['.', ',', ';', ':', 'en', 'aux', 'a', 'avec', 'pour', 'comme', 'et']);

/** After a joining cue at `end`: a board or a description of the company, no name; its end, or -1. */
function unnamedJoined(v: SentenceView, end: number): number {
  const t = v.tokens;
  const board = anyCueAt(t, end, OWN_BOARDS);
  if (board > 0) {
    if (t[board] === undefined || CLAUSE_ENDS.has(t[board]?.f ?? '') || t[board]?.text === 'à') return board;
    if (fusedRef(t, board + 1)) return board + 2;
    if ((t[board]?.f === 'de' || t[board]?.f === "d'") && companyRefAt(v, board + 1) > 0) return companyRefAt(v, board + 1);
    return -1;
  }
  // ("entre au conseil d'administration de la start-up": the cue ends on "de")
  if (t[end - 1]?.f === 'de' || t[end - 1]?.f === "d'" || t[end - 1]?.f === 'du') return fusedRef(t, end) ? end + 1 : companyRefAt(v, end);
  return -1;
}

/** "Après dix ans (passés) à la tête de X": "après", a count and "ans"/"années" right before token i. */
function afterDuration(t: Token[], i: number, from: number): boolean {
  let k = i - 1;
  if (STAYED.has(t[k]?.f ?? '')) k--;
  if (!startsCue(t[k], DURATIONS)) return false;
  return (k - 2 >= from && t[k - 2]?.f === 'apres') || (k - 3 >= from && t[k - 3]?.f === 'apres');
}

/** A remit's complement: "de Vaxel" (the firm itself), or "des ventes chez (de) Vaxel", "de mission chez Vaxel". */
function remitAt(v: SentenceView, k: number): number {
  const t = v.tokens;
  const f = t[k]?.f;
  if ((f === 'de' || f === 'du' || f === "d'") && isCompanyLike(v.cover[k + 1]) && v.cover[k + 1]?.s === k + 1) return k + 1;
  if (f === 'de' && !(t[k + 1]?.cap ?? true) && t[k + 1]?.f !== 'la' && t[k + 1]?.f !== "l'") {
    // "chargée de mission chez Vaxel": one lowercase noun, then the firm.
    const n = t[k + 2]?.f;
    if ((t[k + 1]?.f === 'mission' || !NOT_UNITS.has(t[k + 1]?.f ?? '')) && (n === 'chez' || n === 'de' || n === 'du' || n === "d'") && companyList(v, k + 3).length > 0) return k + 3;
    return -1;
  }
  return unitOf(v, k);
}

/**
 * After a lead ("à la tête", "la direction"): "des opérations de X", "de la division énergie
 * de X", "du pôle santé chez X" — a unit of the company named after it; where that name
 * starts, or -1 (the company itself, "de X", is read by the cue lists).
 */
function unitOf(v: SentenceView, k: number): number {
  const t = v.tokens;
  let j = k;
  if (t[j]?.f === 'des' || t[j]?.f === 'du') j++;
  else if (t[j]?.f === 'de' && (t[j + 1]?.f === 'la' || t[j + 1]?.f === "l'")) j += 2;
  else if (t[j]?.f === "d'" && !(t[j + 1]?.cap ?? true)) j++;
  else return -1;
  const from = j;
  for (; j < from + 4; j++) {
    const x = t[j];
    if (!x || !x.word || x.cap || NOT_UNITS.has(x.f)) return -1;
    const n = t[j + 1]?.f;
    if ((n === 'de' || n === 'du' || n === "d'" || n === 'chez') && companyList(v, j + 2).length > 0) return j + 2;
  }
  return -1;
}

/**
 * The present of leading, written with its own accents ("dirige", not the participle
 * "dirigé"): "X dirige Soltech depuis 2020", "X, qui préside Brévia". Lowercase text forms.
 */
const LEADS_NOW = new Set(['pilote', 'pilotent', 'dirige', 'dirigent', 'codirige', 'codirigent', 'co-dirige', 'préside', 'président', 'copréside', 'co-préside', 'chapeaute', 'dirigera', 'présidera', 'codirigera', 'chapeautera', 'diriger', 'présider']);
const LEADS_NOW_WORDS = wordList(['pilote', 'pilotent', 'dirige', 'dirigent', 'codirige', 'codirigent', 'co-dirige', 'preside', 'president', 'copreside', 'co-preside', 'chapeaute', 'dirigera', 'presidera', 'codirigera', 'chapeautera', 'diriger', 'presider']);
/** "va diriger X": the near future, the person before "va". */
const GOING = new Set(['va', 'vont']);
/** Words that may sit between the subject and the verb: "qui dirige désormais", "X dirige aussi". */
const LEADS_NOW_GAP = new Set(['desormais', 'aujourd\'hui', 'toujours', 'aussi', 'egalement', 'deja', 'actuellement', 'encore', 'notamment', 'par', 'ailleurs', 'depuis', 'lors']);
/** Lowercase words of the unit led before "de X": "dirige les activités européennes de X". */
const LEADS_NOW_SPAN = 4;
/** What is led is a deal or a task, not a unit of the firm named after it: "dirige le rachat de X". */
const NOT_UNITS = new Set('projet projets rachat acquisition fusion cession vente dossier dossiers negociation negociations operation enquete campagne delegation chantier chantiers travaux offre introduction restructuration plan programme mission consortium procedure audit tour'.split(' '));

/**
 * "Rania X dirige Soltech", "X, qui préside Brévia depuis 2019", "elle dirige la filiale
 * française de Y": a person leading a company now. The subject is a person right before the
 * verb (adverbs between); not "se dirige vers" (heading for), nor "Y, que dirige X" (ledBy).
 * Returns where the company's name starts, or -1.
 */
function leadsNowAt(v: SentenceView, i: number, refs: PersonRef[]): number {
  const t = v.tokens;
  if (!startsCue(t[i], LEADS_NOW_WORDS) || !LEADS_NOW.has((t[i]?.text ?? '').toLowerCase())) return -1;
  // ("président" is the noun unless a person's relative opens it: "qui président"; "pilote"
  // too, far more often a noun or a project's steering: "X, qui pilote les ventes de Y")
  if ((t[i]?.f === 'president' || t[i]?.f === 'pilote' || t[i]?.f === 'pilotent') && t[i - 1]?.f !== 'qui') return -1;
  // (an infinitive only after "va": "va diriger X"; "pour diriger" is a cue of its own)
  const infinitive = t[i]?.f === 'diriger' || t[i]?.f === 'presider';
  if (infinitive && !GOING.has(t[i - 1]?.f ?? '')) return -1;
  let k = infinitive ? i - 2 : i - 1;
  while (k > v.from && LEADS_NOW_GAP.has(t[k]?.f ?? '')) k--;
  // ("Ses deux cofondateurs, X et Y, dirigent Vaxel": the comma closing the names)
  if (t[k]?.text === ',' && lastRefBefore(refs, k)?.e === k && lastRefBefore(refs, k)?.named) k--;
  // ("X, arrivée d'Orvel en janvier, dirige les achats de Vaxel": the subject opening the
  // sentence, an apposition between it and the verb)
  const opener = t[k]?.text === ',' ? appositionSubject(v, refs, k) : undefined;
  const subject = opener ?? lastRefBefore(refs, k + 1);
  if (!subject || (subject.e !== k + 1 && subject !== opener)) return -1;
  const next = t[i + 1]?.f ?? '';
  if (next === 'par' || next === 'vers' || next === 'sur') return -1;
  // ("dirigent toujours Vaxel", "dirige désormais la filiale de Y": an adverb after the verb)
  let a = i + 1;
  while (a < i + 3 && LEADS_NOW_GAP.has(t[a]?.f ?? '')) a++;
  if (isCompanyLike(v.cover[a]) && v.cover[a]?.s === a) return a;
  for (let j = a; j <= a + 2; j++) if (NOT_UNITS.has(t[j]?.f ?? '')) return -1;
  // "dirige le groupe", "préside la filiale française de Y", "dirige les ventes chez Z".
  if (companyList(v, a).length > 0 || companyRefAt(v, a) > 0) return a;
  for (let j = a; j <= a + LEADS_NOW_SPAN; j++) {
    const x = t[j];
    // "dirige depuis 2021 sa filiale espagnole, Orvel Iberia"
    if (x?.text === ',' && namedOwnUnit(v, a, j)) return j + 1;
    if (!x || !x.word || x.cap || NOT_UNITS.has(x.f)) return -1;
    if ((x.f === 'de' || x.f === 'du' || x.f === "d'" || x.f === 'chez') && j > a && companyList(v, j + 1).length > 0) return j + 1;
  }
  return -1;
}

/** The person opening the sentence ("X, <apposition>, verb") when the comma at k closes their apposition. */
function appositionSubject(v: SentenceView, refs: PersonRef[], k: number): PersonRef | undefined {
  const first = refs[0];
  if (!first || !first.named || first.s !== v.from || v.tokens[first.e]?.text !== ',' || k - first.e > 12) return undefined;
  for (const r of refs) if (r !== first && r.named && r.s < k) return undefined;
  return first;
}

/** Indexed like cues: the scan below reads each token's entry (startsCue). */
const LED = wordList(['dirige', 'dirigee', 'diriges', 'dirigees', 'led', 'run', 'headed', 'chapeaute', 'chapeautee', 'pilote', 'pilotee', 'preside', 'presidee', 'chaired']);

const BOARD_WORDS = new Set(['board', 'boards']);
const BOARD_KINDS = new Set(['supervisory', 'executive', 'management']);

/** Present tense of leading, after "que": "X, que dirige Y". */
const LEADING_NOW = wordList(['dirige', 'dirigent', 'codirige', 'preside', 'pilote', 'pilotent']);

/**
 * Leading now, told in English with the person as subject: "Tom Reed now chairs Orsel", "He now
 * runs Morvaine". The post is held today, its title untold (GUIDELINES' "who led the European
 * business", in the present). The relative ("who runs X") and the perfect ("has led X since") are
 * ranAt's (runsNow, hasLed); French present leads are leadsNowAt's; the past ("who ran") is ranAt's.
 */
const EN_LEADS_NOW = new Set(['runs', 'leads', 'heads', 'chairs', 'oversees', 'manages', 'co-leads', 'co-heads', 'co-chairs']);
const NOW_ADVERBS = new Set(['now', 'currently', 'still', 'also', 'today']);

/** The subject and the company of a present-tense English leading verb at i ("Tom Reed now chairs Orsel", "She heads sales at Morvaine"), or null. */
function runsNowAt(v: SentenceView, refs: PersonRef[], i: number): { person: PersonRef; company: Mention } | null {
  const t = v.tokens;
  if (!EN_LEADS_NOW.has(t[i]?.f ?? '')) return null;
  let w = i - 1;
  // "Tom Reed now chairs Orsel": an adverb between the subject and the verb.
  if (NOW_ADVERBS.has(t[w]?.f ?? '')) w--;
  const person = lastRefBefore(refs, w + 1);
  if (!person || person.e !== w + 1) return null;
  // "runs Morvaine", "heads sales at Morvaine"
  const direct = companyList(v, i + 1)[0];
  if (direct) return { person, company: direct };
  for (let k = i + 1; k < Math.min(t.length, i + 8); k++) {
    const x = t[k];
    if (!x || !x.word) return null;
    // (not "for": "manages money for Orsel" is work for a client)
    if (RAN_PREPS.has(x.f) && x.f !== 'for') {
      const c = companyList(v, k + 1)[0];
      if (c) return { person, company: c };
    }
  }
  return null;
}

/** A firm's part, led by someone: "its Polish unit", "Morvaine's European arm". */
const UNIT_NOUNS = new Set(['unit', 'units', 'arm', 'business', 'division', 'subsidiary', 'operations', 'operation', 'branch', 'venture', 'office', 'plant', 'team', 'filiale', 'branche', 'antenne', 'usine', 'activite', 'activites']);
const UNIT_POSSESSIVES = new Set(['its', 'sa', 'son', 'ses']);
const PASSIVE_LED = new Set(['be', 'been', 'is', 'was', 'are', 'were', 'being', 'sera', 'est', 'a', 'ete', 'serait']);

/**
 * The owner of the unit a passive "(will) be run by X" has for subject: "its Polish unit would be
 * run by X" (the text's company), "Morvaine's European arm will be led by X"; null when the subject
 * is no firm's unit.
 */
function unitOwner(v: SentenceView, i: number, focus: string | null): string | null {
  const t = v.tokens;
  let k = i - 1;
  if (!PASSIVE_LED.has(t[k]?.f ?? '')) return null;
  while (k > v.from && (PASSIVE_LED.has(t[k]?.f ?? '') || t[k]?.f === 'will' || t[k]?.f === 'would' || t[k]?.f === 'to' || t[k]?.f === 'has' || t[k]?.f === 'now')) k--;
  if (!UNIT_NOUNS.has(t[k]?.f ?? '')) return null;
  // (adjectives before the noun: "its new Polish unit", "Morvaine's European business")
  let j = k - 1;
  while (j > k - 4 && t[j]?.word && !UNIT_POSSESSIVES.has(t[j]?.f ?? '') && t[j]?.f !== "'s" && !isCompanyLike(v.cover[j])) j--;
  if (UNIT_POSSESSIVES.has(t[j]?.f ?? '')) return focus;
  if (t[j]?.f === "'s" && isCompanyLike(v.cover[j - 1])) return v.cover[j - 1]?.text ?? null;
  return null;
}

/** "Doctalis, dirigée par Hugo Martin", "Brokerly, led by Ann Lee", "Velmont, présidé par X": the leader works there now. */
function ledBy(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  for (let i = v.from + 1; i < t.length - 2; i++) {
    // "Quantix, que dirige Léa Martin depuis sa création": the relative names the leader too.
    const relative = startsCue(t[i], LEADING_NOW) && (t[i - 1]?.f === 'que' || t[i - 1]?.f === "qu'") && t[i - 2]?.text === ',';
    if (relative) {
      const person = refAt(refs, i + 1, true);
      const company = v.cover[i - 3];
      if (person && isCompanyLike(company) && company.e === i - 2) out.push({ fact: { person: person.name, company: company.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: company.s, added: false });
      continue;
    }
    const now = runsNowAt(v, refs, i);
    if (now) {
      // "Faisal Oran runs Qamar but will hand over to Y": the post is being left. Its candidate
      // sits at the person, not the company's mention, so that mention stays free for a post
      // taken there in the same clause ("… and become deputy chairman": still at Qamar).
      const stepsDown = leaves(leaveMarks(v), now.person, now.company.e, refs);
      const pos = stepsDown ? now.person.s : now.company.s;
      out.push({ fact: { person: now.person.name, company: now.company.text, title: null, status: stepsDown ? 'former' : 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: false, sentence: v.sent.index, pos, added: false });
      continue;
    }
    if (!startsCue(t[i], LED) || (t[i + 1]?.f !== 'par' && t[i + 1]?.f !== 'by')) continue;
    const person = refAt(refs, i + 2, true);
    let k = i - 1;
    if (t[k]?.text === ',') k--;
    // "Morvaine's board, chaired by X", "Morvaine's supervisory board, led by X": the firm's board.
    if (BOARD_WORDS.has(t[k]?.f ?? '')) {
      let j = k - 1;
      if (BOARD_KINDS.has(t[j]?.f ?? '')) j--;
      if (t[j]?.f === "'s") k = j - 1;
    }
    let company = v.cover[k];
    // "Le site de Vaxel à Cholet, dirigé par X": a town after "à" locates the unit of the firm before it.
    if (company && company.kind === 'UNKNOWN' && t[company.s - 1]?.text === 'à') {
      const owner = v.cover[company.s - 2];
      if (isCompanyLike(owner) && owner.e === company.s - 1) company = owner;
    }
    // "its Polish unit will be run by X", "Morvaine's European arm, to be led by X": the unit's owner.
    const owner = isCompanyLike(company) ? null : unitOwner(v, i, focus);
    if (!person || (!isCompanyLike(company) && !owner)) continue;
    const name = owner ?? (company as Mention).text;
    // "Vaxel, dirigée par X et Y": each one listed after "par".
    for (let who: PersonRef | undefined = person; who; who = t[who.e]?.f === 'et' || t[who.e]?.f === 'and' ? refAt(refs, who.e + 1, true) : undefined) {
      out.push({
        fact: { person: who.name, company: name, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text },
        statusSource: 'cue',
        founder: false,
        predecessor: false,
        untitledPost: false,
        sentence: v.sent.index,
        pos: company?.s ?? i,
        added: false,
      });
    }
  }
  return out;
}


/** "appelé à d'autres fonctions" (within the group, the bank…): moved within the group the text is about. */
const REASSIGNED = cueList("appele a d' autres fonctions | appelee a d' autres fonctions | appeles a d' autres fonctions | appelees a d' autres fonctions");

function reassigned(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const t = v.tokens;
  const at = findCue(t, REASSIGNED, v.from);
  const person = at ? refs.filter((r) => r.e <= at.s && r.named).pop() : undefined;
  // Only where the text says within which group: "au sein du groupe (BPCE)".
  if (!at || !person || t[at.e]?.f !== 'au' || t[at.e + 1]?.f !== 'sein') return [];
  const k = at.e + 2;
  const named = companyList(v, t[k + 1]?.f === 'groupe' ? k + 2 : k + 1)[0];
  const group = t[k]?.f === 'du' && t[k + 1]?.f === 'groupe' && !named ? focus : named?.text;
  if (!group) return [];
  return [{ fact: { person: person.name, company: group, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: at.s, added: false }];
}

/** "confie la direction de sa filiale, Brisca Iberia, à X": X now leads the company named. */
const ENTRUSTS = cueList(`
confie la direction de | confie la direction generale de | confie les renes de | confie la presidence de | confie les commandes de
confiera la direction de | confiera la direction generale de | confiera les renes de | confiera la presidence de | confiera les commandes de
`);

function entrusted(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const at = findCue(v.tokens, ENTRUSTS, v.from);
  if (!at) return [];
  const company = companyList(v, at.e)[0];
  if (!company) return [];
  let k = company.e;
  if (v.tokens[k]?.text === ',') k++;
  if (v.tokens[k]?.f !== 'a') return [];
  const person = refs.find((r) => r.named && r.s > k && r.s <= k + 3);
  if (!person) return [];
  return [{ fact: { person: person.name, company: company.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: company.s, added: false }];
}

const LEAD_INFINITIVES = new Set(['diriger', 'presider', 'piloter', 'codiriger']);
/** Before an arrival's participle in apposition: "X, récemment arrivée chez Y", "X, arrivé chez Y en 2020". */
const APPOSED_ARRIVAL = new Set([',', 'recemment', 'fraichement', 'nouvellement', 'juste']);
const PARTICIPLE_END = /(?:é|ée|és|ées)$/;
const AUXILIARIES = new Set(['est', 'sont', 'a', 'ont', 'etait', 'sera', 'fut', 'avait']);

/** A French past participle with no auxiliary before it ("Arrivé chez X en 2015, …"); "travaillé chez X" at all (a past stay). */
function bareParticiple(t: Token[], i: number): boolean {
  const w = t[i];
  if (w?.f === 'travaille') return PARTICIPLE_END.test(w.text.toLowerCase());
  // (in apposition the arrival is the person's present: "X, récemment arrivée chez Y,")
  return !!w && (w.f === 'arrive' || w.f === 'arrivee' || w.f === 'entre' || w.f === 'entree') && PARTICIPLE_END.test(w.text.toLowerCase()) && !AUXILIARIES.has(t[i - 1]?.f ?? '') && !APPOSED_ARRIVAL.has(t[i - 1]?.f ?? '');
}

/**
 * "…chez Vaxel, où Sonia Perret dirige les ventes", "Orvel, où elle pilotait la R&D": the
 * firm before "où" is where the person leads now (present) or led (imperfect), title null.
 */
function whereLeads(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  for (const r of refs) {
    if (t[r.s - 1]?.text !== 'où' || t[r.s - 2]?.text !== ',') continue;
    const m = v.cover[r.s - 3];
    if (!isCompanyLike(m) || m.e !== r.s - 2 || PUBLIC_BODIES.test(m.text)) continue;
    const verb = t[r.e];
    const now = !!verb && LEADS_NOW.has(verb.text.toLowerCase()) && !verb.f.endsWith('er');
    const past = !!verb && RAN_FR_PAST.has(verb.f);
    if (!now && !past) continue;
    out.push({ fact: { person: r.name, company: m.text, title: null, status: past ? 'former' : 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: m.s, added: false });
  }
  return out;
}

/** Parentheses after a name that are no employer: parties, news agencies (folded). */
const NOT_EMPLOYERS_IN_PARENS = new Set('lr ps rn lfi eelv modem pcf udi lrem renaissance horizons afp reuters ap bloomberg'.split(' '));

/**
 * "Paul Roy (Vaxel) a été élu président de la fédération", "Étaient présents X (Vaxel) et
 * Y (Orvel)": a firm in parentheses right after a name is the person's employer now.
 */
function employerInParens(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const out: RoleCandidate[] = [];
  const t = v.tokens;
  for (const r of refs) {
    if (!r.named || t[r.e]?.text !== '(') continue;
    const m = v.cover[r.e + 1];
    if (!isCompanyLike(m) || m.s !== r.e + 1 || t[m.e]?.text !== ')' || NOT_EMPLOYERS_IN_PARENS.has(t[m.s]?.f ?? '') || PUBLIC_BODIES.test(m.text)) continue;
    out.push({ fact: { person: r.name, company: m.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: m.s, added: false });
  }
  return out;
}

/** The career lists in order of precedence, with the status they give and whether they mark the earliest job. */
const CAREER_LISTS: ReadonlyArray<readonly [CueList, 'former' | 'current', boolean]> = [
  [CAREER_START, 'former', true],
  [CAREER_FORMER, 'former', false],
  [CAREER_CURRENT, 'current', false],
  [CAREER_LEAD, 'current', false],
];

/** The career lists as one tree per first word (see cueUnion): the longest cue of any, the earlier list on a tie. */
const CAREER_UNION = cueUnion(CAREER_LISTS.map(([l]) => l));

/**
 * Every word a per-token rule of careerRoles can start at besides a name (alumOf): the career
 * cues' first words, spentAt's, joinedFrom's ("from", "provenance"), afterEmployers' ("apres"),
 * ranAt's and leadAt's. Indexed like cues: nearly half the tokens start some cue of some list,
 * and those that start none of these are skipped by one read of their entry instead of being
 * tried by every rule. A new per-token rule must add its start words here.
 */
const CAREER_STARTS = wordList([...CAREER_LISTS.flatMap(([l]) => cueFirstWords(l)), ...cueFirstWords(HAS_BEEN_WITH), ...cueFirstWords(SPENT), ...cueFirstWords(DURATIONS), 'passe', 'from', 'provenance', 'apres', ...cueFirstWords(RAN_WORDS), ...cueFirstWords(TAKES), ...cueFirstWords(LEADS_NOW_WORDS), 'en', 'charge', 'chargee']);

const WHEN_WORDS = new Set(['when', 'after', 'once']);
const RETIRES = cueList(`
retires | retired | steps down | stepped down | leaves | left | departs | departed | steps aside | stepped aside | has retired | has stepped down | has left
stands down | stood down | has stood down
`);

/**
 * "Y will take the helm at Z when X retires in June", "Y was promoted at Z after X stepped
 * down": the one whose leaving dates the move leaves the only firm the sentence names.
 */
function leaverInTimeClause(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  let firm: Mention | null = null;
  for (const m of v.mentions) {
    if (!isCompanyLike(m) || PUBLIC_BODIES.test(m.text)) continue;
    if (firm !== null && firm.text !== m.text) return [];
    firm = m;
  }
  if (firm === null) return [];
  const out: RoleCandidate[] = [];
  for (const p of refs) {
    if (!p.named || !WHEN_WORDS.has(v.tokens[p.s - 1]?.f ?? '') || anyCueAt(v.tokens, p.e, RETIRES) < 0 || p.name === firm.text) continue;
    if (!refs.some((r) => r.named && r.name !== p.name && r.e <= p.s)) continue;
    out.push({ fact: { person: p.name, company: firm.text, title: null, status: 'former', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: false, sentence: v.sent.index, pos: p.s, added: false });
  }
  return out;
}

const ARRIVALS = new Set(['arrivee', 'recrue']);
const OF_PERSON = new Set(['de', "d'"]);

/**
 * "Arrivée de P chez Y", "l'arrivée de P chez Y", "Nouvelle recrue chez Y : P": a noun of
 * arrival ties the person to the firm joined (current, title null).
 */
function arrivalAt(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  let out: RoleCandidate[] | null = null;
  for (let i = v.from; i < t.length - 2; i++) {
    if (!ARRIVALS.has(t[i]?.f ?? '')) continue;
    let person: PersonRef | undefined;
    let firm: Mention | undefined;
    if (OF_PERSON.has(t[i + 1]?.f ?? '')) {
      // "arrivée de P chez Y"
      person = refAt(refs, i + 2, true);
      if (person && t[person.e]?.f === 'chez') firm = companyList(v, person.e + 1)[0];
    } else if (t[i + 1]?.f === 'chez') {
      // "Nouvelle recrue chez Y : P"
      const m = companyList(v, i + 2)[0];
      if (m && t[m.e]?.text === ':') {
        person = refAt(refs, m.e + 1, true);
        firm = m;
      }
    }
    if (!person || !firm || findCue(t, RUMOUR, v.from, t.length) !== null) continue;
    (out ??= []).push({ fact: { person: person.name, company: firm.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: firm.s, added: false });
  }
  return out ?? [];
}

/** Words between "quitte" and "pour" standing for the firm or post left ("le groupe", "son poste"). Folded. */
const LEFT_WORDS = new Set(['le', 'la', "l'", 'son', 'sa', 'ses', 'groupe', 'entreprise', 'societe', 'cabinet', 'banque', 'maison', 'poste', 'fonctions', 'firme', 'enseigne', 'laboratoire', 'fonds']);

/**
 * "Danone, qu'elle quitte pour Orvel", "quitte le groupe pour Orvel", "quitte son poste pour
 * Orvel": the firm gone to after "pour" is the job held now (the firm left is read elsewhere).
 */
function leftUnnamedFor(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  let out: RoleCandidate[] | null = null;
  for (let i = v.from; i < t.length - 2; i++) {
    if (!QUITS.has(t[i]?.f ?? '')) continue;
    let k = i + 1;
    while (k < i + 4 && LEFT_WORDS.has(t[k]?.f ?? '')) k++;
    // "quitte son poste (de directrice marketing) chez Danone pour Orvel", "quitte ses
    // fonctions de DG de Danone pour Orvel": the post left, with its firm, before "pour".
    if (t[k - 1]?.f === 'poste' || t[k - 1]?.f === 'fonctions') k = pastPostLeft(v, k);
    if (t[k]?.f !== 'pour' || v.cover[i + 1] !== undefined) continue;
    const firm = companyList(v, k + 1)[0];
    const person = lastRefBefore(refs, i, null, true);
    if (!firm || firm.s > k + 3 || !person || findCue(t, RUMOUR, v.from, t.length) !== null) continue;
    (out ??= []).push({ fact: { person: person.name, company: firm.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: firm.s, added: false });
  }
  return out ?? [];
}

const POST_FIRM_PREPS = new Set(['chez', 'de', "d'", 'du']);

/** After "son poste" / "ses fonctions": past "de TITLE" and "chez / de FIRM" (or "au sein de FIRM"), where the phrase ends. */
function pastPostLeft(v: SentenceView, k: number): number {
  const t = v.tokens;
  if (t[k]?.f === 'de' || t[k]?.f === "d'") {
    const title = v.titles.find((x) => x.s === k + 1);
    if (title) k = title.e;
  }
  if (t[k]?.f === 'au' && t[k + 1]?.f === 'sein') k += 2;
  if (!POST_FIRM_PREPS.has(t[k]?.f ?? '')) return k;
  const firm = companyList(v, k + 1)[0];
  return firm && firm.s <= k + 3 ? firm.e : k;
}

/** Lead nouns taken with no firm after them ("prend la présidence."): not "la tête", which a ranking takes too. Folded. */
const UNNAMED_LEADS = new Set(['presidence', 'direction', 'renes', 'commandes']);
/** What may follow a lead taken with its firm left unsaid: the clause's end or a date. Folded. */
const LEAD_CLAUSE_ENDS = new Set(['.', ',', ';', 'en', 'le', 'des', 'a', 'au', 'debut', 'fin', 'mi', 'cette', 'ce', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche']);
const FRONT_VERBS = new Set(['annonce', 'indique', 'confirme', 'officialise', 'precise', 'a']);

/**
 * "Chez Morvaine, X prend la présidence.", "Morvaine : X prend la direction générale.", "Morvaine
 * annonce qu'X prendra la présidence en juin": a lead taken with no firm after it is at the
 * firm fronting the sentence (after "chez", before a colon or a verb of announcing).
 */
function leadOfFrontedFirm(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  const k = t[v.from]?.f === 'chez' ? v.from + 1 : v.from;
  const firm = v.cover[k];
  if (!isCompanyLike(firm) || firm.s !== k) return [];
  const after = t[firm.e]?.f ?? '';
  if (!(k > v.from ? after === ',' : after === ':' || FRONT_VERBS.has(after))) return [];
  let out: RoleCandidate[] | null = null;
  for (let i = firm.e + 1; i < t.length - 2; i++) {
    if (!startsCue(t[i], TAKES) || (t[i + 1]?.f !== 'la' && t[i + 1]?.f !== 'les')) continue;
    let j = i + 2;
    if (!UNNAMED_LEADS.has(t[j]?.f ?? '')) continue;
    j++;
    if (LEAD_KINDS.has(t[j]?.f ?? '')) j++;
    if (!LEAD_CLAUSE_ENDS.has(t[j]?.f ?? '.') || (t[j]?.f === 'a' && t[j + 1]?.f !== 'compter' && t[j + 1]?.f !== 'partir')) continue;
    const person = lastRefBefore(refs, i, null, false);
    if (!person || person.s < firm.e || findCue(t, RUMOUR, v.from, t.length) !== null) continue;
    (out ??= []).push({ fact: { person: person.name, company: firm.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: firm.s, added: false });
  }
  return out ?? [];
}

const TAKES_OVER_FIRM = new Set(['repris', 'reprend', 'reprendra', 'reprendre', 'reprise']);
/** "l'entreprise familiale", "la PME familiale", "l'entreprise de son père": the family's firm. */
const FAMILY_FIRM = cueList(`
l' entreprise familiale | la societe familiale | l' affaire familiale | la maison familiale | le groupe familial | la pme familiale | l' usine familiale | le domaine familial
l' entreprise de son pere | l' entreprise de sa mere | l' entreprise de ses parents | l' entreprise de son grand-pere | l' affaire de son pere | l' affaire de ses parents
`);

/**
 * "Marc Vaucheret a repris l'entreprise familiale, Vaucheret Robinetterie, en 2019", "reprendra
 * l'entreprise de son père": the family firm taken over is run now (title null); its name after
 * the description, else the text's company. (Not any firm taken over: a buyer's deal is no post.)
 */
function familyFirmTaken(v: SentenceView, refs: PersonRef[], focus: string | null): RoleCandidate[] {
  const t = v.tokens;
  let out: RoleCandidate[] | null = null;
  for (let i = v.from + 1; i < t.length - 2; i++) {
    if (!TAKES_OVER_FIRM.has(t[i]?.f ?? '')) continue;
    const e = anyCueAt(t, i + 1, FAMILY_FIRM);
    if (e < 0) continue;
    const person = lastRefBefore(refs, i);
    if (!person || findCue(t, RUMOUR, v.from, t.length) !== null) continue;
    const k = t[e]?.text === ',' ? e + 1 : e;
    const named = v.cover[k];
    const company = isCompanyLike(named) && named.s === k ? named.text : focus;
    if (company === null) continue;
    (out ??= []).push({ fact: { person: person.name, company, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: named?.s ?? e, added: false });
  }
  return out ?? [];
}

const PASSED = new Set(['passe', 'passee', 'passes', 'passees']);
/** Participles of a career cue that are nouns too ("arrivée de Y" came from Y; "l'arrivée de Y" is Y's arrival). Folded. */
const NOUN_PARTICIPLES = new Set(['arrivee', 'arrive', 'venue', 'venu', 'partie', 'issue', 'issu']);
/** Words before such a participle that make it the noun: determiners and the adjectives of "la plus grande partie". Folded. */
const NOUN_DETERMINERS = new Set(["l'", 'la', 'le', 'une', 'un', 'son', 'sa', 'cette', 'ce', 'leur', 'notre', 'votre', 'grande', 'petite', 'bonne', 'majeure', 'large', 'premiere', 'seconde', 'derniere', 'autre', 'nouvelle']);

const OWN_DETS = new Set(['sa', 'son', 'ses', 'leur', 'leurs']);

/** Hiring verbs after which "P chez Z" names the firm P is taken from. */
const TAKES_FROM = cueList('a debauche | debauche | debauchera | est alle chercher | est allee chercher | va chercher | est alle debaucher | est allee debaucher | a chipe | chipe | a recrute | recrute');

/** "Mirakl a débauché P chez Criteo", "est allé chercher P chez Criteo": P leaves Criteo (former, title null). */
function hiredAwayAt(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  let out: RoleCandidate[] | null = null;
  for (const r of refs) {
    // (not "chez sa filiale Y": the group's own unit, where the person goes)
    if (!r.named || t[r.e]?.f !== 'chez' || OWN_DETS.has(t[r.e + 1]?.f ?? '')) continue;
    let hired = false;
    for (let k = Math.max(v.from, r.s - 4); k < r.s && !hired; k++) hired = anyCueAt(t, k, TAKES_FROM) === r.s;
    const firm = hired ? companyList(v, r.e + 1)[0] : undefined;
    if (!firm || firm.s > r.e + 3) continue;
    (out ??= []).push({ fact: { person: r.name, company: firm.text, title: null, status: 'former', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: false, sentence: v.sent.index, pos: firm.s, added: false });
  }
  return out ?? [];
}

const LOST = cueList('has lost | lost | is losing | loses | has lost its | lost its');
const LOST_TO = cueList('to rival | to competitor | to its rival | to a rival');

/** "lost X, its co-chair, to Latham & Watkins": the "to" right before a firm, after the person lost. */
function lostToFirm(v: SentenceView, refs: PersonRef[], from: number): { s: number; e: number } | null {
  const t = v.tokens;
  const person = refs.find((r) => r.named && r.s >= from && r.s <= from + 6);
  if (!person) return null;
  for (let k = person.e; k < Math.min(t.length, person.e + 10); k++) {
    if (t[k]?.text === '.' || t[k]?.text === ';') return null;
    if (t[k]?.f === 'to' && companyList(v, k + 1)[0]?.s === k + 1) return { s: k, e: k + 1 };
  }
  return null;
}

const LEFT_FIRM = cueList('left | leaves | quit | quits | is leaving | has left | have left | has quit | will leave');
const FOR_RIVAL = new Set(['rival', 'rivals', 'competitor', 'a', 'its', 'their', 'his', 'her', 'fellow']);

/**
 * "X has left A for B", "X and Y have left A for rival B": the firm after "for" is the one joined
 * (the firm left is read with the career phrases).
 */
function leftFor(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  const cue = findCue(t, LEFT_FIRM, v.from);
  if (cue === null) return [];
  const left = companyList(v, cue.e)[0];
  if (!left || left.s !== cue.e || t[left.e]?.f !== 'for') return [];
  let k = left.e + 1;
  while (k < left.e + 3 && FOR_RIVAL.has(t[k]?.f ?? '')) k++;
  const joined = companyList(v, k)[0];
  const person = lastRefBefore(refs, cue.s, null, true);
  if (!joined || joined.s !== k || !person || findCue(t, RUMOUR, v.from, cue.s) !== null) return [];
  const plural = pluralSubjectEnd(v, refs, cue.s + 1);
  const people = plural > 0 ? listedBefore(v, refs, plural, person.name) : [person.name];
  return people.map((who) => ({ fact: { person: who, company: joined.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: joined.s, added: false }));
}

/** "Halvorne Labs has lost its chief scientific officer, Ana Ruiz, to rival Brisk Bio": the person goes to the rival. */
function lostTo(v: SentenceView, refs: PersonRef[]): RoleCandidate[] {
  const t = v.tokens;
  const lost = findCue(t, LOST, v.from);
  if (lost === null) return [];
  const to = findCue(t, LOST_TO, lost.e) ?? lostToFirm(v, refs, lost.e);
  if (to === null) return [];
  const person = refs.filter((r) => r.named && r.s >= lost.e && r.e <= to.s).pop();
  const firm = companyList(v, to.e)[0];
  if (!person || !firm) return [];
  const out: RoleCandidate[] = [{ fact: { person: person.name, company: firm.text, title: null, status: 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: true, sentence: v.sent.index, pos: firm.s, added: false }];
  // ("Halvorne Labs lost Ana Ruiz to rival Y": the firm that loses is the one left)
  const loser = v.cover[lost.s - 1];
  if (isCompanyLike(loser) && loser.e === lost.s && !PUBLIC_BODIES.test(loser.text)) out.push({ fact: { person: person.name, company: loser.text, title: null, status: 'former', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: false, sentence: v.sent.index, pos: person.s, added: false });
  return out;
}

/**
 * Firms named after "avant de rejoindre" / "before joining": a later step of a career story, read
 * as past; index.ts makes the last one current when the text gives the person no current post
 * elsewhere ("Before joining Morvaine in 2020, she spent ten years at Orsel": Morvaine is held now).
 */
export const joinedLater = new WeakSet<RoleCandidate>();

/**
 * "Elle a rejoint Danone en 2008", "il avait intégré Orvel": a join told in the past (a perfect
 * with an earlier year, or a pluperfect). index.ts makes it past when the text gives the person
 * a titled post held now at another firm and names the firm joined nowhere else.
 */
export const joinedThen = new WeakSet<RoleCandidate>();

const SEAT_WORDS = new Set(['conseil', 'board', 'comite', 'directoire', 'committee']);

function joinTold(v: SentenceView, i: number, end: number, companies: readonly Mention[], published: string | null): boolean {
  const t = v.tokens;
  for (let k = i; k < (companies[0]?.s ?? end); k++) if (SEAT_WORDS.has(t[k]?.f ?? '')) return false;
  // ("il était entré chez Orvel en 2010": the pluperfect of "entrer", "arriver")
  if (t[i]?.f === 'avait' || t[i - 1]?.f === 'avait' || t[i - 1]?.f === 'etait') return true;
  // ("elle est entrée chez Orvel en 2008": a perfect with an earlier year, like "a rejoint")
  if (t[i]?.f !== 'a' && t[i - 1]?.f !== 'a' && t[i]?.f !== 'est' && t[i - 1]?.f !== 'est') return false;
  const last = companies[companies.length - 1];
  if (!last || published === null || t[last.e]?.f !== 'en') return false;
  const year = t[last.e + 1]?.f ?? '';
  return /^\d{4}$/.test(year) && year < published.slice(0, 4);
}

/** Forms of "intégrer" ending a career cue: said of schools as well as of firms. Folded. */
const ENTERED = new Set(['integre', 'integrer', 'integrera', 'integrent']);

/** The verbs of "avant de rejoindre" / "avant d'intégrer" / "avant de rallier" / "avant d'entrer chez" / "avant de passer chez". Folded. */
const JOINED_AFTER = new Set(['rejoindre', 'integrer', 'rallier', 'entrer', 'passer']);

function joinedBefore(t: Token[], i: number): boolean {
  return (t[i]?.f === 'before' && t[i + 1]?.f === 'joining') || (t[i]?.f === 'avant' && JOINED_AFTER.has(t[i + 2]?.f ?? ''));
}

// (The per-token loop below calls no arrow function: one capturing its variables would make
// V8 allocate their context at every token.)
export function careerRoles(v: SentenceView, refs: PersonRef[], lastPerson: string | null, focus: string | null, published: string | null = null): RoleCandidate[] {
  const out: RoleCandidate[] = leaverInTimeClause(v, refs);
  append(out, lostTo(v, refs));
  append(out, arrivalAt(v, refs));
  append(out, hiredAwayAt(v, refs));
  append(out, leftUnnamedFor(v, refs));
  append(out, leadOfFrontedFirm(v, refs));
  append(out, familyFirmTaken(v, refs, focus));
  append(out, reassigned(v, refs, focus));
  append(out, entrusted(v, refs));
  append(out, employerInParens(v, refs));
  append(out, whereLeads(v, refs));
  append(out, bothAt(v, refs));
  append(out, leftFor(v, refs));
  const t = v.tokens;
  const early = findCue(t, EARLY_MARKERS, v.from) !== null;
  const taken = new Set<number>();
  // Running part of a company is someone's past job only once someone is named.
  const firstRef = refs[0]?.e ?? Infinity;
  append(out, ledBy(v, refs, focus));
  for (let i = v.from; i < t.length; i++) {
    const starts = startsCue(t[i], CAREER_STARTS);
    if (!starts && v.cover[i] === undefined) continue;
    const alum = alumOf(v, i);
    if (alum && !taken.has(alum.s)) {
      // "counts Adyen alumnus X as its COO": the name right after the word is the alumnus.
      const person = refAt(refs, alum.e + 1, true)?.name ?? personFor(v, refs, i, lastPerson);
      if (person) {
        taken.add(alum.s);
        out.push({ fact: { person, company: alum.text, title: null, status: 'former', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: false, sentence: v.sent.index, pos: alum.s, added: false });
      }
      i = alum.e - 1;
      continue;
    }
    const staff = alum ? null : firmPersonAt(v, i, refs);
    if (staff && !taken.has(staff.m.s)) {
      taken.add(staff.m.s);
      out.push({ fact: { person: staff.person, company: staff.m.text, title: null, status: staff.status, start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: staff.status === 'current', sentence: v.sent.index, pos: staff.m.s, added: false });
      i = staff.m.e - 1;
      continue;
    }
    if (!starts) continue;
    let end = -1;
    let status: 'former' | 'current' = 'former';
    let first = false;
    let list: CueList | null = null;
    // The longest cue wins: "is leaving for Y" (joined) over "is leaving" (left); on a tie the
    // earlier list (the four lists matched in one walk: CAREER_UNION).
    const hit = unionAt(t, i, CAREER_UNION);
    if (hit >= 0) {
      const [l, st, isStart] = CAREER_LISTS[unionList(hit, CAREER_UNION)] as (typeof CAREER_LISTS)[number];
      end = unionEnd(hit, CAREER_UNION);
      status = st;
      first = isStart;
      list = l;
    }
    // "Passé chez Renault puis chez Safran, X devient…": the participle opening the sentence is a
    // past stay, not "(elle) passe chez Y", a move.
    if (list === CAREER_CURRENT && i === v.from && PASSED.has(t[i]?.f ?? '') && (t[i]?.text ?? '').includes('é') && t[i + 1]?.f === 'chez') status = 'former';
    // "l'arrivée de Solvarec sur le marché", "la venue de Y", "une partie de Y", "à l'issue de Y":
    // after a determiner the participle is a noun, the firm its object, no one's past employer.
    if (list === CAREER_FORMER && NOUN_PARTICIPLES.has(t[i]?.f ?? '') && NOUN_DETERMINERS.has(t[i - 1]?.f ?? '')) continue;
    // ("prend la tête des Établissements Morel"; a unit, "des ventes de Y", is read by leadAt below)
    if (list === CAREER_LEAD && t[end - 1]?.f === 'des' && !PLURAL_FIRM_HEADS.has(t[end]?.f ?? '')) {
      end = -1;
      status = 'former';
      first = false;
      list = null;
    }
    if (end < 0) end = spentAt(v, i);
    if (end < 0) end = joinedFrom(v, i);
    if (end < 0) end = afterEmployers(v, i, refs);
    let heldNow = false;
    if (end < 0 && i >= firstRef) {
      end = ranAt(v, i);
      // ("who heads the European unit of X": the job is held now, with no title given)
      if (end > 0 && (runsNow(t, i) || hasLed(t, i))) {
        heldNow = true;
        // ("Acme has hired X, who runs Vellano's Asian business, as CEO": the job left for the one
        // given, unless a time word keeps it: "who still chairs")
        const before = hasLed(t, i) ? i - 1 : i;
        const kept = t[before - 1]?.f !== 'who' && t[before - 1]?.f !== 'jointly';
        // ("X, who has led Y since 2019, is stepping down": the post is left)
        status = !kept && heldThenLeft(v, refs, i, end) ? 'former' : 'current';
      }
    }
    if (end < 0) {
      end = leadAt(v, i);
      if (end < 0) end = leadsNowAt(v, i, refs);
      if (end > 0) {
        status = 'current';
        list = CAREER_LEAD;
      }
    }
    // "who has been with Pellam Retail since 2015": a stay still going on (left beside a leaving
    // or a hire elsewhere, like "who has led X").
    if (end < 0) {
      end = anyCueAt(t, i, HAS_BEEN_WITH);
      if (end > 0) {
        heldNow = true;
        status = heldThenLeft(v, refs, i, end) ? 'former' : 'current';
      }
    }
    if (end < 0) continue;
    // "Entré chez PSA en 1998, il a ensuite gravi…": a bare participle opens a step of a story
    // whose time the main clause tells, not a move made now ("est entré chez", "entre chez" are).
    if (list === CAREER_CURRENT && bareParticiple(t, i)) continue;
    // "X intègre Y", "X rallie Y": the present of verbs also said of things ("la plateforme
    // intègre Shopify") is a move only with the person as its subject.
    if (list === CAREER_CURRENT && end === i + 1 && BARE_MOVES.has(t[i]?.f ?? '') && !personSubject(v, refs, i)) continue;
    // "X succède à Y à la tête de Z": the lead is X's, not Y's (lead-handovers.ts).
    if (list === CAREER_LEAD && succeededBefore(v, refs, i)) continue;
    let companies = companyList(v, end);
    // "pour diriger Brévia" names the firm led; "pour diriger la rédaction de son hebdomadaire
    // X" a unit of the hiring firm, read with the hire.
    if (list === CAREER_LEAD && LEAD_INFINITIVES.has(t[i + 1]?.f ?? '') && (t[i]?.f === 'pour' || t[i]?.f === 'a') && companies[0]?.s !== end) continue;
    // "à la tête du pôle santé chez Y": the lead of a unit of the company named after it.
    if (companies.length === 0 && list === CAREER_LEAD && t[end - 1]?.f === 'du') {
      const unit = unitOf(v, end - 1);
      if (unit > 0) companies = companyList(v, unit);
    }
    // "a dirigé l'hôtel X pour le compte de Y": Y is the employer, X the place run for it.
    const owner = companies.length === 1 ? onBehalfOf(v, companies[0]?.e ?? -1) : null;
    if (owner) companies = [owner];
    // "left the company", "quitte le groupe": the document's company, when it is named.
    // "nommée à la tête de l'entreprise familiale": taking the lead of it, likewise.
    let refEnd = companies.length === 0 && (status === 'former' || list === CAREER_LEAD) ? (fusedRef(t, end) ? end + 1 : companyRefAt(v, end)) : -1;
    // "Y prendra la direction générale le 1er mars", "X conservera la présidence du conseil, tandis
    // que…": the lead of a firm the sentence does not name is the text's company's.
    if (refEnd < 0 && companies.length === 0 && list === CAREER_LEAD) refEnd = bareLeadEnd(t, end);
    // "rejoint le conseil d'administration.", "fait son entrée au board de la start-up",
    // "rejoint le groupe": a seat or a job at the company the text is about.
    if (companies.length === 0 && list === CAREER_CURRENT && refEnd < 0) refEnd = unnamedJoined(v, end);
    if (refEnd > 0 && focus) {
      const person = personFor(v, refs, i, lastPerson);
      // "À la tête du groupe depuis 2010, X prend sa retraite": leading until now, then leaving.
      if (list === CAREER_LEAD && t[i - 1]?.f !== 'pour' && t[i]?.f !== 'to' && findCue(t, LEAVE_AFTER, v.from) !== null) status = 'former';
      // "La directrice de L'Écho du Val quitte le quotidien": the company just named, not the focus.
      const named = status === 'former' ? v.cover[i - 1] : undefined;
      const company = named && named.e === i && isCompanyLike(named) && OF_WORDS.has(v.tokens[named.s - 1]?.f ?? '') ? named.text : focus;
      // ("pourrait rejoindre le conseil", "serait pressenti pour rejoindre…": a rumour)
      if (person && !(status === 'current' && findCue(t, RUMOUR, v.from, i) !== null)) {
        out.push({
          fact: { person, company, title: null, status, start: null, end: null, place: null, evidence: v.sent.text },
          statusSource: 'cue',
          founder: false,
          predecessor: false,
          // (a post given with a title elsewhere, "Elle succède à X, directeur général", wins)
          untitledPost: status === 'current',
          sentence: v.sent.index,
          pos: end,
          added: false,
        });
      }
      continue;
    }
    if (companies.length === 0 || someoneElse(v, i, refs) || firmLeaves(v, i)) continue;
    const person = (t[i]?.f === 'former' ? describedAfter(v, refs, companies[companies.length - 1]?.e ?? end) : null) ?? personFor(v, refs, i, lastPerson);
    if (!person) continue;
    // A rumoured move is no job: "serait pressenti pour succéder à X".
    if (status === 'current' && findCue(t, RUMOUR, v.from, i) !== null) continue;
    // "X, à la tête de Y depuis 2012, passe la main": leading until now, then leaving.
    // (but "quitte X pour prendre la direction de Y": the lead taken is the new job)
    // (nor "left Acme to run Y's unit": an infinitive of purpose is the new job, like "pour")
    // ("qui dirigera Y, quitte Z": a lead to come is the new job, like "pour")
    // ("X, qui a quitté Orvel l'an dernier, dirige les achats de Y": a leaving told before a lead
    // in the present is the earlier job's)
    // (likewise a lead taken: "X quitte Orvel et prend la tête de Y"; a lead held, "À la tête de Y
    // depuis 2012, X passe la main", ends with any leaving in the sentence)
    const held = t[i]?.text === 'à' || t[i]?.text === 'À' || t[i]?.f === 'aux' || t[i]?.f === 'at' || t[i]?.f === 'tient';
    const leaveFrom = held ? v.from : i;
    // (not "X will take the helm at Y when Z retires": the leaving is another person's)
    if (list === CAREER_LEAD && t[i - 1]?.f !== 'pour' && t[i]?.f !== 'pour' && t[i]?.f !== 'to' && !futureLead(t, i) && leavingFrom(v, leaveFrom, held ? null : companies)) {
      const left = findCue(t, LEAVE_AFTER, v.from);
      if (left === null || !someoneElseLeaves(refs, person, i, left.s)) status = 'former';
    }
    // "Après dix ans à la tête des ventes de X, Y rejoint Z": a lead that lasted, told as over.
    if (list === CAREER_LEAD && afterDuration(t, i, v.from)) status = 'former';
    // "à la tête de X entre 2010 et 2018": a closed span, ended before the text was written.
    if (status === 'current' && published !== null && endedSpanAfter(v, companies[companies.length - 1]?.e ?? end, published)) status = 'former';
    // "has rehired X, four years after she left to join Y": a move told as earlier is over.
    if (status === 'current' && inEarlierLeave(t, i, v.from)) status = 'former';
    // "X, Y et Z, tous anciens de W": every person listed shares the past.
    // "X et Y rejoignent Z": a plural verb joins everyone listed before it.
    // ("X and Y, both partners at W, have joined Z": an English plural verb, past an apposition)
    const plural = pluralSubjectEnd(v, refs, t[i]?.f === 'from' ? joinBefore(t, i, v.from) : i);
    const people = ALL_WORDS.has(t[i - 1]?.f ?? '') ? listedBefore(v, refs, i - 1, person) : PLURAL_MOVES.has(t[i]?.f ?? '') ? listedBefore(v, refs, i, person) : plural > 0 ? listedBefore(v, refs, plural, person) : [person];
    // "Anne Vidal rejoint Paul Martin à la tête de Morvaine": the one who joins leads there too.
    const joiner = list === CAREER_LEAD ? joinsAtLead(v, i) : null;
    if (joiner && !people.includes(joiner)) people.unshift(joiner);
    // "an alumnus of Harvard Business School and Bain": a school is no employer (GUIDELINES);
    // nor one a person got into ("avant d'intégrer HEC", "a intégré Polytechnique").
    const alumni = ALUM_WORDS.has(t[i]?.f ?? '') || ENTERED.has(t[end - 1]?.f ?? '');
    const before = out.length;
    for (let n = 0; n < companies.length; n++) {
      const m = companies[n] as Mention;
      if (taken.has(m.s)) continue;
      taken.add(m.s);
      if (alumni && SCHOOLS.test(m.text)) continue;
      for (const who of people) {
        const fact: RoleCandidate['fact'] = {
          person: who,
          company: m.text,
          title: null,
          status,
          start: null,
          end: null,
          place: null,
          evidence: v.sent.text,
        };
        if ((first && n === 0) || (early && status === 'former' && companies.length === 1)) fact.order = -1;
        const c: RoleCandidate = { fact, statusSource: 'cue', founder: false, predecessor: false, untitledPost: heldNow, sentence: v.sent.index, pos: m.s, added: false };
        if (status === 'former' && joinedBefore(t, i)) joinedLater.add(c);
        out.push(c);
      }
    }
    if (list === CAREER_CURRENT && status === 'current' && joinTold(v, i, end, companies, published)) for (let k = before; k < out.length; k++) joinedThen.add(out[k] as RoleCandidate);
    // "quitte Orvel pour Bellfort", "a quitté Orvel pour Bellfort l'an dernier": the firm gone to
    // is the job held now, as after "a rejoint Bellfort en 2019" (a title given for it wins).
    const gone = list === CAREER_FORMER && QUITS.has(t[end - 1]?.f ?? '') ? quitsFor(v, companies) : [];
    // (in the pluperfect, "avait quitté Orvel pour Bellfort", a step of a story told as past: held
    // now only if the text gives no current post elsewhere, like "avant de rejoindre")
    const told = t[i]?.f === 'avait' || t[i - 1]?.f === 'avait';
    for (const m of gone) {
      if (taken.has(m.s)) continue;
      taken.add(m.s);
      for (const who of people) {
        const c: RoleCandidate = { fact: { person: who, company: m.text, title: null, status: told ? 'former' : 'current', start: null, end: null, place: null, evidence: v.sent.text }, statusSource: 'cue', founder: false, predecessor: false, untitledPost: !told, sentence: v.sent.index, pos: m.s, added: false };
        if (told) joinedLater.add(c);
        out.push(c);
      }
    }
    i = ((gone.length > 0 ? gone : companies)[(gone.length > 0 ? gone : companies).length - 1]?.e ?? end) - 1;
  }
  return out;
}

/** The last words of a lead named without its firm ("prend la direction générale", "conserve la présidence"). Folded. */
const BARE_LEAD_ENDS = new Set(['generale', 'presidence']);
const BOARD_TAILS = cueList("du conseil d' administration | du conseil de surveillance | du conseil | du directoire | du comite de direction | du comite executif");

/**
 * A lead cue ending at `end` on "générale" / "présidence" whose firm is not named: past a board
 * ("du conseil de surveillance"), the clause goes on without "de"; the token after, else -1.
 */
function bareLeadEnd(t: Token[], cueEnd: number): number {
  // ("prendra la présidence du conseil": the cue read "du" as the firm's link)
  const of = t[cueEnd - 1]?.f;
  const end = (of === 'du' || of === 'de' || of === "d'") && BARE_LEAD_ENDS.has(t[cueEnd - 2]?.f ?? '') ? cueEnd - 1 : cueEnd;
  if (!BARE_LEAD_ENDS.has(t[end - 1]?.f ?? '')) return -1;
  const board = anyCueAt(t, end, BOARD_TAILS);
  const k = board > 0 ? board : end;
  const next = t[k];
  if (next && (next.f === 'de' || next.f === 'du' || next.f === "d'" || (next.f === 'des' && next.text !== 'dès'))) return -1;
  return k;
}

/** Verbs of a move whose present is also said of things and causes ("intègre", "rallie"). Folded. */
const BARE_MOVES = new Set(['integre', 'rallie']);
const SUBJECT_PRONOUNS = new Set(['il', 'elle']);

/** The verb at i follows its person subject: "X intègre", "Il intègre", "X, 45 ans, intègre". */
function personSubject(v: SentenceView, refs: PersonRef[], i: number): boolean {
  const before = v.tokens[i - 1];
  if (SUBJECT_PRONOUNS.has(before?.f ?? '')) return true;
  // (or an apposition between the subject opening the sentence and its verb)
  for (const r of refs) if (r.named && (r.e === i || (before?.text === ',' && r.s === v.from))) return true;
  return false;
}

/** French verbs of leaving ending a career cue ("quitte", "a quitté", "quittera"). Folded. */
const QUITS = new Set(['quitte', 'quittera', 'quittent', 'quitteront']);

/** "quitte Orvel pour Bellfort": the firms named right after "pour" that follows the firms left. */
function quitsFor(v: SentenceView, left: readonly Mention[]): Mention[] {
  const last = left[left.length - 1];
  if (!last) return [];
  // "quitte Danone, où elle était directrice marketing, pour Orvel": past an aside on the firm left.
  const p = v.tokens[last.e]?.f === 'pour' ? last.e : pastWhereAside(v, last.e);
  if (v.tokens[p]?.f !== 'pour') return [];
  const to = companyList(v, p + 1);
  // (a firm right after "pour" or after its determiner or descriptor: "pour le cabinet X")
  return to.length > 0 && (to[0] as Mention).s <= p + 4 ? to : [];
}

/** After ", où … ," (an aside of up to twelve words naming no firm): the token after its closing comma; else `k`. */
function pastWhereAside(v: SentenceView, k: number): number {
  const t = v.tokens;
  if (t[k]?.text !== ',' || (t[k + 1]?.f !== 'ou' && t[k + 1]?.f !== 'qui')) return k;
  for (let j = k + 2; j < Math.min(t.length, k + 14); j++) {
    if (t[j]?.text === ',') return j + 1;
    if (t[j]?.text === '.' || t[j]?.text === ';' || isCompanyLike(v.cover[j])) return k;
  }
  return k;
}
