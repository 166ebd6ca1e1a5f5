/**
 * Where a title is held. The text names the employer in many ways ("de Google France",
 * "Airbnb's head of", "its chief executive", "Velcor, where he was", "rejoindre X comme",
 * "X nomme…"), and a title with none of them falls back on the nearest company, then on the
 * document's focus — but only near where the focus is talked about, so a stray title is not
 * pinned on it. Kept apart from the holder rules: the two are decided independently.
 */
import { inHousePost } from './in-house.js';
import { lookupPlace } from '../lexicon/places.js';
import { focusNameAt, type DocView, type SentenceView } from './analyze.js';
import { anyCueAt, APPOINT_VERBS, CAREER_LEAD, cueList, findCue, JOIN_VERBS, OWNED_POST_TIME_WORDS, PAST_STAY_FR } from './cues.js';
import { COMPANY_REF_NOUNS, DESCRIPTOR_NOUNS, PUBLIC_BODIES, SUBSIDIARY_NOUNS } from '../lexicon/companies.js';
import type { Mention } from './mentions.js';
import { companyRefAt, isCompanyLike, isPossessive, type PersonRef } from './refs.js';
import { localCue } from './status.js';
import { DEFINITE_ARTICLES as ARTICLES, STOPWORDS } from '../lexicon/stopwords.js';
import type { TitleSpan } from './titles.js';
import type { Token } from './tokens.js';
import { companyList } from './careers.js';

const FROM_WORDS = new Set(['from']);
const COMPANY_PREPS = new Set(['de', "d'", 'du', 'chez', 'at', 'of', 'with', 'within', 'for', 'des']);

export interface CompanyChoice {
  name: string;
  mention: Mention | null;
  explicit: boolean;
  extra: Mention[];
  /** Token after the company phrase, to look for a place or a date. */
  after: number;
  /** The title without words it read that name the employer instead ("editor of its weekly"). */
  title?: string;
}

/** The company phrase right after a title: "de Google France", "du groupe", "at Siemens". */
export function explicitAfter(v: SentenceView, at: number, doc: DocView): CompanyChoice | null {
  const t = v.tokens;
  let j = at;
  if (t[j]?.text === ',' && (t[j + 1]?.f === 'at' || t[j + 1]?.f === 'chez')) j++;
  if (t[j]?.f === 'au' && t[j + 1]?.f === 'sein') j += 2;
  j = commaScope(v, j);
  j = pastScope(v, j);
  // "directeur du développement à la Fédération française de voile": an institution named
  // with its article (a bare "à Lyon" is a place).
  if (t[j]?.text === 'à' && (t[j + 1]?.f === 'la' || t[j + 1]?.f === "l'")) {
    const m = v.cover[j + 2];
    return isCompanyLike(m) && m.s === j + 2 && !PUBLIC_BODIES.test(m.text) ? { name: m.text, mention: m, explicit: true, extra: [], after: m.e } : null;
  }
  // "entraîneur adjoint au SC Vernon", "rédactrice en chef au Courrier de Lenz": "au" then the
  // firm's name (a country after "au" is a place, never company-like).
  if (t[j]?.f === 'au' && t[j + 1]?.f !== 'sein') {
    const m = v.cover[j + 1];
    return isCompanyLike(m) && m.s === j + 1 && !PUBLIC_BODIES.test(m.text) ? { name: m.text, mention: m, explicit: true, extra: [], after: m.e } : null;
  }
  if (!COMPANY_PREPS.has(t[j]?.f ?? '')) return null;
  j++;
  // "le patron de la cible": a description that stands for a firm named elsewhere.
  const standing = v.cover[j];
  if (standing?.standsFor && standing.s === j) return { name: standing.text, mention: standing, explicit: true, extra: [], after: standing.e };
  // "du groupe", "du cabinet", "of the group"
  const ref = companyRefAt(v, j) > 0 ? companyRefAt(v, j) : t[j]?.f === 'group' || (t[j - 1]?.f === 'du' && COMPANY_REF_NOUNS.has(t[j]?.f ?? '') && !(t[j]?.cap ?? false)) ? j + 1 : -1;
  if (ref > 0) {
    const named = v.cover[ref];
    if (isCompanyLike(named) && named.s === ref) return { name: named.text, mention: named, explicit: true, extra: [], after: named.e };
    // "DRH du distributeur d'électroménager Orvane", "DG de la société de services aux
    // entreprises Orvane": the description's complement, then its name.
    const described = v.cover[pastDescription(v, j)] ?? complementNamed(v, ref);
    if (isCompanyLike(described) && described.s > ref && !PUBLIC_BODIES.test(described.text)) return { name: described.text, mention: described, explicit: true, extra: [], after: described.e };
    // "patronne de la filiale belge de Sanofi": the group named after its subsidiary employs.
    const parent = parentAfter(v, j, ref);
    if (parent) return { name: parent.text, mention: parent, explicit: true, extra: [], after: parent.e };
    return focusEmployer(doc, v, ref, true, true);
  }
  if (t[j]?.f === 'the' || t[j]?.f === "l'" || t[j]?.f === 'la' || t[j]?.f === 'le') j++;
  j = pastDescription(v, j);
  let m = v.cover[j];
  if (!isCompanyLike(m) || m.s !== j || PUBLIC_BODIES.test(m.text)) return null;
  // "global brand director for Lancôme at L'Oréal": the brand is the post's scope, the firm after "at" employs.
  const firm = v.cover[m.e + 1];
  if ((t[j - 1]?.f === 'for' || t[j - 1]?.f === 'pour') && (t[m.e]?.f === 'at' || t[m.e]?.f === 'chez') && isCompanyLike(firm) && firm.s === m.e + 1) {
    m = firm;
    j = firm.s;
  }
  const list = companyList(v, j);
  // "ex-responsable d'Amazon mais aussi de Yahoo": the title is shared.
  return { name: m.text, mention: m, explicit: true, extra: list.slice(1), after: (list[list.length - 1] ?? m).e };
}

const OF_WORDS = new Set(['de', "d'", 'du', 'of']);

/**
 * "vice-président, Europe, de Norvane", "vice-présidente principale, Ressources humaines, de Y"
 * (the Quebec press): a capitalised scope set off by commas between the title and "de FIRM".
 * Returns the token of "de", or j.
 */
function commaScope(v: SentenceView, j: number): number {
  const t = v.tokens;
  const start = j;
  // ("vice-présidente principale, Ressources humaines, de Y": an adjective the title left)
  if (t[j]?.word && !(t[j]?.cap ?? true) && t[j + 1]?.text === ',') j++;
  if (t[j]?.text !== ',') return start;
  // ("vice-président, Europe, de Y": the title kept its scope; ", de Y" is left)
  if (OF_WORDS.has(t[j + 1]?.f ?? '') && t[j + 1]?.f !== 'of') {
    const m = v.cover[j + 2];
    return isCompanyLike(m) && m.s === j + 2 ? j + 1 : start;
  }
  // ("vice-présidente, approvisionnement, chez Y": a lowercase scope, then "chez" or "de" and the firm)
  const lower = !(t[j + 1]?.cap ?? false);
  let k = j + 1;
  while (k < j + 5 && t[k]?.word && v.cover[k]?.kind !== 'PERSON' && (!lower || !STOPWORDS.has(t[k]?.f ?? '') || t[k]?.f === 'et')) k++;
  const link = t[k + 1]?.f;
  if (k === j + 1 || t[k]?.text !== ',' || (link !== 'de' && link !== "d'" && link !== 'du' && link !== 'chez')) return start;
  const m = v.cover[k + 2];
  return isCompanyLike(m) && m.s === k + 2 ? k + 1 : start;
}

/** The group named right after "la filiale (belge)" read from j to ref: "… de Sanofi". */
function parentAfter(v: SentenceView, j: number, ref: number): Mention | null {
  const t = v.tokens;
  let unit = false;
  for (let k = j; k < ref; k++) if (SUBSIDIARY_NOUNS.has(t[k]?.f ?? '')) unit = true;
  if (!unit) return null;
  // (an adjective the description left: "belge", "européenne")
  let of = ref;
  while (of < ref + 2 && t[of]?.word && !(t[of]?.cap ?? true) && !OF_WORDS.has(t[of]?.f ?? '')) of++;
  if (!OF_WORDS.has(t[of]?.f ?? '')) return null;
  const k = ARTICLES.has(t[of + 1]?.f ?? '') ? of + 2 : of + 1;
  const m = v.cover[k];
  return isCompanyLike(m) && m.s === k && !PUBLIC_BODIES.test(m.text) ? m : null;
}

/**
 * "l'enseigne de hard-discount Orvane", "la société de conseil en stratégie Orvane": the name
 * after the complement of a description ending at `ref` (its link, an article, up to three
 * lowercase words), or undefined.
 */
function complementNamed(v: SentenceView, ref: number): Mention | undefined {
  const t = v.tokens;
  if (!OF_WORDS.has(t[ref]?.f ?? '') || t[ref]?.f === 'of') return undefined;
  let k = ref + 1;
  if (ARTICLES.has(t[k]?.f ?? '')) k++;
  const words = k;
  while (k < words + 3 && t[k]?.word && !(t[k]?.cap ?? true)) k++;
  const m = v.cover[k];
  return k > words && m?.s === k ? m : undefined;
}

/**
 * "gérant actions européennes de Carmignac": one or two lowercase words of the post's scope
 * between the title and "de X". Only when a name follows the preposition; participles
 * ("nommé", "appointed") start another clause.
 */
function pastScope(v: SentenceView, j: number): number {
  const t = v.tokens;
  let k = j;
  // "SVP of EMEA sales at Y", "head of Nordic markets at Y": a region and its trade.
  if (t[k]?.f === 'of' || t[k]?.f === 'for') {
    const region = v.cover[k + 1];
    if (region?.kind === 'PLACE' && region.s === k + 1) k = region.e;
    else if (!region && t[k + 1]?.cap && lookupPlace(t[k + 1]?.text ?? '')) k += 2;
    // "corporate vice president of Azure security at Microsoft", "of E&S property at Y": a
    // product line and its trade (however its name reads: "E&S" looks like a firm's).
    else if ((region?.kind === 'UNKNOWN' || region?.kind === 'COMPANY') && region.s === k + 1 && !t[region.e]?.cap && t[region.e]?.word) k = region.e;
  }
  const scope = k;
  while (k < scope + 2 && t[k]?.word && !(t[k]?.cap ?? true) && !STOPWORDS.has(t[k]?.f ?? '') && !COMPANY_PREPS.has(t[k]?.f ?? '') && !/(?:é|ée|és|ées|ed)$/u.test(t[k]?.text ?? '')) k++;
  if (k === j || !COMPANY_PREPS.has(t[k]?.f ?? '')) return j;
  const m = v.cover[k + 1];
  return isCompanyLike(m) && m.s === k + 1 ? k : j;
}

const RIVALS = new Set(['rival', 'concurrent', 'competitor']);
/** "Helsinki-based", "Nasdaq-listed": one token describing the name after it. */
const PLACE_DESCRIBED = /^\p{Lu}[\p{L}.]*(?:-\p{Lu}[\p{L}.]*)*-(?:based|listed|headquartered)$/u;

/**
 * "at French start-up Spendesk", "at rival JPMorgan": a place adjective and lowercase words
 * naming the kind of firm stand between the preposition and the name. Returns the name's
 * token, or j when no such description is there.
 */
function pastDescription(v: SentenceView, j: number): number {
  const t = v.tokens;
  let k = j;
  const adjective = v.cover[k];
  // ("of the Bristol bakery X": a city before a lowercase noun is used as an adjective)
  if (adjective && adjective.s === k && adjective.kind === 'PLACE' && (adjective.adjective || (t[adjective.e]?.word === true && t[adjective.e]?.cap === false && DESCRIPTOR_NOUNS.has(t[adjective.e]?.f ?? '')))) k = adjective.e;
  // "chief executive of Helsinki-based Arctic Mobility", "at Nasdaq-listed Y": a place-described name.
  let noun = PLACE_DESCRIBED.test(t[k]?.text ?? '');
  if (noun) k++;
  for (const stop = k + 3; k < stop && t[k]?.word && !(t[k]?.cap ?? true); k++) {
    const f = t[k]?.f ?? '';
    if (DESCRIPTOR_NOUNS.has(f) || COMPANY_REF_NOUNS.has(f) || RIVALS.has(f)) noun = true;
  }
  return noun && v.cover[k]?.s === k ? k : j;
}

function publicBodyAfter(v: SentenceView, at: number): boolean {
  if (!COMPANY_PREPS.has(v.tokens[at]?.f ?? '')) return false;
  const k = ARTICLES.has(v.tokens[at + 1]?.f ?? '') ? at + 2 : at + 1;
  let m = v.cover[k];
  // "at the U.S. Treasury Department", "of the French Ministry of…": the country before the body.
  if (m?.kind === 'PLACE' && m.s === k) {
    const e = v.tokens[m.e]?.text === '.' ? m.e + 1 : m.e;
    m = v.cover[e]?.s === e ? v.cover[e] : undefined;
    return !!m && PUBLIC_BODIES.test(m.text);
  }
  return !!m && m.s === k && PUBLIC_BODIES.test(m.text);
}

const INDEFINITE = new Set(['a', 'an', 'un', 'une']);

/** Nouns of a whole trade: "a CFO in the defence sector" names no employer. */
const SECTOR_NOUNS = new Set(['sector', 'industry', 'industries', 'sectors']);

/** "in the (consumer goods) sector", "in the industry": lowercase words up to a sector noun. */
function sectorAfter(v: SentenceView, at: number): boolean {
  const t = v.tokens;
  if (t[at]?.f !== 'in' || t[at + 1]?.f !== 'the') return false;
  for (let k = at + 2; k < Math.min(t.length, at + 6); k++) {
    const w = t[k];
    if (!w?.word || w.cap) return false;
    if (SECTOR_NOUNS.has(w.f)) return true;
  }
  return false;
}

/** Ranks of law firms, banks and consultancies that advise on deals. Folded. */
const ADVISER_RANKS = new Set(['partner', 'partners', 'associate', 'associates', 'counsel', 'associe', 'associee', 'associes', 'associees', 'avocat', 'avocate', 'avocats', 'lawyer', 'lawyers', 'banker', 'bankers']);
const ADVISES = cueList(`
advised | advising | advises | acted for | acting for | acts for | represented | representing | counselled | counseled
a conseille | conseille | conseillee | conseilles | conseillees | a accompagne | accompagne | accompagnee | a assiste | assiste | assistee
`);
const ADVISER_AUX = new Set(['has', 'have', 'had', 'a', 'ont', 'avait', 'team', 'teams', 'equipe', 'equipes']);

/**
 * The firm that advises in the sentence: the agent of "advised by Y" / "conseillé par Y", or the
 * subject right before "Y advised", "Y a conseillé", "the Y team advising".
 */
function adviserFirm(v: SentenceView): Mention | null {
  const t = v.tokens;
  for (let i = v.from; i < t.length; i++) {
    if (t[i]?.cues === null) continue;
    const e = anyCueAt(t, i, ADVISES);
    if (e < 0) continue;
    if (t[e]?.f === 'by' || t[e]?.f === 'par') {
      // ("advised by Y", "by law firm Y", "par le cabinet Y": lowercase words before the name;
      // not "by a team from Y", which other rules read as a hire from Y)
      let k = e + 1;
      while (k < e + 4 && t[k]?.word && !t[k]?.cap && !v.cover[k] && t[k]?.f !== 'from') k++;
      const m = v.cover[k];
      if (isCompanyLike(m) && m.s === k) return m;
      continue;
    }
    let k = i - 1;
    while (k > i - 3 && ADVISER_AUX.has(t[k]?.f ?? '')) k--;
    const m = v.cover[k];
    if (isCompanyLike(m) && m.e === k + 1) return m;
  }
  return null;
}

const HOLDER_LINKS = new Set(['of', 'at', 'chez', 'de', "d'", '(']);

/** The firm written right after the named holder of a title before the name ("analyst X of Y"). */
function firmAfterHolder(v: SentenceView, title: TitleSpan, person: PersonRef): CompanyChoice | null {
  if (!person.named || person.s !== title.e || !HOLDER_LINKS.has(v.tokens[person.e]?.f ?? '')) return null;
  const m = v.cover[person.e + 1];
  if (!isCompanyLike(m) || m.s !== person.e + 1 || PUBLIC_BODIES.test(m.text)) return null;
  // ("l'analyste X (Quintrel Bourse)": the bracket closes on the firm)
  if (v.tokens[person.e]?.text === '(' && v.tokens[m.e]?.text !== ')') return null;
  return { name: m.text, mention: m, explicit: true, extra: [], after: m.e };
}

/** Deal parties a text may leave unnamed: "the target", "le vendeur". Folded. */
const DEAL_PARTIES = new Set(['target', 'seller', 'vendor', 'cible', 'vendeur', 'cedant', 'venderesse']);
const PARTY_LINKS = new Set(['of', 'de', 'du']);
const PARTY_DETS = new Set(['the', 'la', 'le', "l'"]);

/**
 * "Mark X, founder of the target", "le fondateur de la cible", "the seller's chief executive":
 * a deal party the text does not name (a named target is already a mention here: acquired-targets.ts),
 * not the firm the text is about.
 */
function unnamedDealParty(v: SentenceView, title: TitleSpan): boolean {
  const t = v.tokens;
  for (let k = title.h + 1; k < Math.min(t.length, title.e + 3); k++) {
    if (!DEAL_PARTIES.has(t[k]?.f ?? '') || v.cover[k]) continue;
    if (t[k - 1]?.f === 'du' || (PARTY_DETS.has(t[k - 1]?.f ?? '') && PARTY_LINKS.has(t[k - 2]?.f ?? ''))) return true;
  }
  const owner = ownerBefore(t, title.s);
  return owner > 0 && DEAL_PARTIES.has(t[owner - 1]?.f ?? '') && !v.cover[owner - 1];
}

function unnamedAfter(v: SentenceView, at: number): boolean {
  if (sectorAfter(v, at)) return true;
  if (!COMPANY_PREPS.has(v.tokens[at]?.f ?? '') || !INDEFINITE.has(v.tokens[at + 1]?.f ?? '')) return false;
  for (let k = at + 2; k < Math.min(v.tokens.length, at + 7); k++) {
    if (isCompanyLike(v.cover[k])) return false;
    if (!v.tokens[k]?.word) return true;
  }
  return true;
}

function firstCompany(v: SentenceView, consumed: Map<Mention, string | null>): Mention | null {
  // (not one named in the quotation a sentence opens with: the speaker's words)
  const from = pastOpeningQuote(v);
  for (const m of v.mentions) if (m.s >= from && isCompanyLike(m) && consumed.get(m) !== null && !consumed.has(m) && !spokenTo(v.tokens, m.s) && !quotedWork(v.tokens, m)) return m;
  return null;
}

/** "connu pour la série « Les Brumes du Nord »": a name in guillemets is a work's title, not a firm. */
function quotedWork(t: Token[], m: Mention): boolean {
  for (let k = m.s - 1; k >= Math.max(0, m.s - 4); k--) {
    if (t[k]?.text === '»') return false;
    if (t[k]?.text === '«') {
      for (let j = m.e; j < m.e + 4; j++) if (t[j]?.text === '»') return true;
      return false;
    }
  }
  return false;
}

/** French participles of speech that take the outlet spoken to ("a déclaré à l'AFP"). Folded. */
const SPOKE = new Set('declare indique confie explique precise affirme assure souligne raconte detaille annonce'.split(' '));

/** "…, a déclaré à l'AFP son directeur général": the outlet spoken to, not the speaker's firm. */
function spokenTo(t: Token[], s: number): boolean {
  let k = s - 1;
  if (ARTICLES.has(t[k]?.f ?? '')) k--;
  if (t[k]?.f !== 'a' && t[k]?.f !== 'au') return false;
  return SPOKE.has(t[k - 1]?.f ?? '');
}

/** A company another person's past job (or any past titled job) already took is not free. */
function free(consumed: Map<Mention, string | null>, m: Mention, person: string | null): boolean {
  if (!consumed.has(m)) return true;
  return person !== null && consumed.get(m) === person;
}

/** Marks that open quoted speech. */
const OPEN_QUOTES = new Set(['"', '«']);

/**
 * '"Lapland is underserved," said chief executive X': the quotation a sentence opens with is the
 * speaker's words, and a name in it is what they talk about, not where they work. Returns the
 * first token after the closing mark, or v.from when the sentence opens with no quotation.
 */
function pastOpeningQuote(v: SentenceView): number {
  const t = v.tokens;
  if (!OPEN_QUOTES.has(t[v.from]?.text ?? '')) return pastRubric(v);
  for (let i = v.from + 1; i < t.length; i++) if (t[i]?.text === '"' || t[i]?.text === '»') return i + 1;
  return v.from;
}

/**
 * "The Ledger: Velcor has named X…", "Les Échos : Orvel nomme…": a short label before a colon
 * opening the sentence is the column or the source it is quoted from, not the firm that hires,
 * when a firm is named after it. Returns the first token after the colon, or v.from.
 */
function pastRubric(v: SentenceView): number {
  const t = v.tokens;
  for (let i = v.from + 1; i <= v.from + 3 && i < t.length; i++) {
    if (t[i]?.text !== ':') continue;
    return v.mentions.some((m) => m.s > i && isCompanyLike(m)) ? i + 1 : v.from;
  }
  return v.from;
}

/** Words that open an aside about the subject right before them. */
const ASIDE_OPENERS = new Set(['which', 'whose', 'who', 'the', 'a', 'an', 'qui', 'dont']);

/**
 * "Quillmont, the owner of the Velcor network, has ousted…", "The retailer, which trades in Spain
 * through a deal with Velcor, has hired…": the comma at `close` ends an aside about the
 * sentence's subject (a company, or "the company" opening the sentence), and the names in it
 * are not the subject. Returns the comma that opens the aside, or -1.
 */
function asideOpening(v: SentenceView, close: number): number {
  const t = v.tokens;
  for (let j = close - 1; j > v.from && j >= close - 30; j--) {
    const x = t[j]?.text;
    if (x === '.' || x === ';' || x === '(' || x === ')' || x === '"') return -1;
    if (x !== ',') continue;
    if (!ASIDE_OPENERS.has(t[j + 1]?.f ?? '')) return -1;
    const head = v.cover[j - 1];
    return (isCompanyLike(head) && head.e === j) || companyRefAt(v, v.from) === j ? j : -1;
  }
  return -1;
}

const RELATIVES = new Set(['who', 'whose', 'qui']);

/**
 * "Doyle, who began her career at Orvel, will report to chief executive X", "Martin, qui a fait
 * ses armes chez Orvel, sera épaulée par le directeur financier X": a relative clause about a
 * person tells their past, and the firm in it does not employ a title after it. Returns the comma
 * that opens the clause closed at `close`, or -1. Only for a title someone else holds.
 */
function personAsideOpening(v: SentenceView, close: number, holder: string | null): number {
  if (holder === null) return -1;
  const t = v.tokens;
  for (let j = close - 1; j > v.from && j >= close - 30; j--) {
    const x = t[j]?.text;
    if (x === '.' || x === ';' || x === '(' || x === ')' || x === '"') return -1;
    if (x !== ',') continue;
    const head = v.cover[j - 1];
    // (the clause's own person keeps it: "X, who has run Orvel since 2011, will become its chair")
    return RELATIVES.has(t[j + 1]?.f ?? '') && head?.kind === 'PERSON' && head.e === j && (head.name ?? head.text) !== holder ? j : -1;
  }
  return -1;
}

const STAY_LINKS = new Set([',', 'et', 'puis', 'ou']);
const OPENING_PASSED = new Set(['passe', 'passee', 'passes', 'passees']);

/** Is `m` a firm named in a French phrase of a past stay, or listed right after one ("passé par Capgemini et Atos")? */
function pastStayFr(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  let s = m.s;
  for (let guard = 0; guard < 5; guard++) {
    for (let i = s - 1; i >= Math.max(v.from, s - 5); i--) if (anyCueAt(t, i, PAST_STAY_FR) === s) return true;
    // "Passé chez Renault, X devient…": the participle opening the sentence (not "est passée chez Y", a move).
    if (s === v.from + 2 && t[s - 1]?.f === 'chez' && OPENING_PASSED.has(t[v.from]?.f ?? '') && (t[v.from]?.text ?? '').includes('é')) return true;
    const link = STAY_LINKS.has(t[s - 1]?.f ?? '') ? s - 1 : t[s - 1]?.f === 'chez' && STAY_LINKS.has(t[s - 2]?.f ?? '') ? s - 2 : -1;
    const prev = link > 0 ? v.cover[link - 1] : undefined;
    if (!isCompanyLike(prev) || prev.e !== link) return false;
    s = prev.s;
  }
  return false;
}

/** Nearest free company before `at`, not inside a parenthesis closed before it nor an opening quotation. */
function nearestBefore(v: SentenceView, at: number, consumed: Map<Mention, string | null>, person: string | null, holder: string | null = null): Mention | null {
  let depth = 0;
  for (let i = at - 1; i >= pastOpeningQuote(v); i--) {
    const x = v.tokens[i]?.text;
    if (x === ',' && depth === 0) {
      const open = Math.max(asideOpening(v, i), personAsideOpening(v, i, holder));
      if (open > 0) i = open;
    }
    if (x === ')') depth++;
    else if (x === '(') depth = Math.max(0, depth - 1);
    const m = v.cover[i];
    if (depth === 0 && isCompanyLike(m) && free(consumed, m, person) && !PUBLIC_BODIES.test(m.text) && !placeLike(v, m) && !(person === null && pastStayFr(v, m))) return m;
  }
  return null;
}

const PLACE_PREPS = new Set(['à', 'À', 'en', 'in']);

/** "fondée en 1987 à Arles", "based in Leeds": an unknown name after a place preposition. */
function placeLike(v: SentenceView, m: Mention): boolean {
  return m.kind === 'UNKNOWN' && m.e - m.s === 1 && PLACE_PREPS.has(v.tokens[m.s - 1]?.text ?? '');
}

/**
 * The sentence's subject company before `at`: "Quillmont, the Paris-based start-up, has hired…".
 * A company named in the verb's own clause comes first, so a fronted phrase does not lend its
 * firm ("Backed by Velcor, Quillmont has hired…", "Soutenue par Velcor, Quillmont a nommé…").
 */
function subjectBefore(v: SentenceView, at: number, consumed: Map<Mention, string | null>): Mention | null {
  const from = pastOpeningQuote(v);
  let clause = from;
  for (let i = at - 1; i > from; i--) {
    if (v.tokens[i]?.text === ',') {
      clause = i + 1;
      break;
    }
    // "Acme named X CTO; Brellin hired Y as CFO": a semicolon ends the other item's clause.
    if (v.tokens[i]?.text === ';') {
      const own = subjectIn(v, i + 1, at, consumed);
      if (own) return own;
    }
  }
  let first: Mention | null = null;
  // (the aside closed by the comma before the clause: its names are not the subject)
  const aside = clause > from ? asideOpening(v, clause - 1) : -1;
  for (const m of v.mentions) {
    if (m.e > at || m.s < from || !isCompanyLike(m) || consumed.has(m)) continue;
    if (aside > 0 && m.s > aside && m.s < clause) continue;
    // "The firm, which is backed by Velcor, …": an agent is not the subject.
    if (v.tokens[m.s - 1]?.f === 'by') continue;
    // "Harwick's Lumen UK has hired…": the owner names the subject, it is not the subject.
    if (v.tokens[m.e]?.f === "'s" && v.mentions.some((n) => n.s === m.e + 1 && n.e <= at && isCompanyLike(n))) continue;
    if (m.s >= clause) return m;
    first ??= m;
  }
  return first;
}

/** The first company of a clause opened by a semicolon (roundups: "…; Brellin hired Y as CFO"). */
function subjectIn(v: SentenceView, from: number, at: number, consumed: Map<Mention, string | null>): Mention | null {
  for (const m of v.mentions) if (m.s >= from && m.e <= at && isCompanyLike(m) && !consumed.has(m) && v.tokens[m.s - 1]?.f !== 'by') return m;
  return null;
}

/** Where the item holding `at` starts: after the last semicolon before it, else `from`. */
function itemStart(v: SentenceView, at: number): number {
  for (let i = at - 1; i > v.from; i--) if (v.tokens[i]?.text === ';') return i + 1;
  return v.from;
}

const PART_OF = new Set(['dont', 'including', 'notamment']);

/** "a passé dix ans chez X, dont quatre comme T": the title is a part of the stay just named. */
function partOfBefore(v: SentenceView, at: number): boolean {
  for (let i = at - 1; i >= Math.max(v.from + 1, at - 5); i--) if (PART_OF.has(v.tokens[i]?.f ?? '') && v.tokens[i - 1]?.text === ',') return true;
  return false;
}

function refBefore(v: SentenceView, at: number): boolean {
  for (let i = v.from; i < at; i++) if (companyRefAt(v, i) > 0) return true;
  return subjectDescription(v, at);
}

/**
 * "The chain has also promoted…", "The agency has hired…": a sector noun opening the sentence
 * as its subject stands for the text's company. (Further on, "a decade at the supermarket
 * chain" more often means the firm just named, so only the opening counts.)
 */
function subjectDescription(v: SentenceView, at: number): boolean {
  const t = v.tokens;
  if (t[v.from]?.f !== 'the') return false;
  const k = DESCRIPTOR_NOUNS.has(t[v.from + 1]?.f ?? '') ? v.from + 1 : v.from + 2;
  return k < at && DESCRIPTOR_NOUNS.has(t[k]?.f ?? '') && !(t[k]?.cap ?? true) && (k === v.from + 1 || !(t[k - 1]?.cap ?? true)) && t[k + 1]?.word === true && !DESCRIPTOR_NOUNS.has(t[k + 1]?.f ?? '');
}

/** Subject pronouns that stand for the company the text is about. */
const SUBJECT_PRONOUNS = new Set(['it', 'they']);

const FRONTING = new Set(['apres', 'after', 'following', 'suite']);

/**
 * "Après le départ de son directeur général, X, parti rejoindre Y, le conseil de Z a nommé…":
 * a possessive in a phrase fronting the sentence stands for the main clause's company, the
 * one named last before its appointing verb (not a company the phrase says someone left for).
 */
function frontedOwner(v: SentenceView, title: TitleSpan, consumed: Map<Mention, string | null>): Mention | null {
  if (!FRONTING.has(v.tokens[v.from]?.f ?? '')) return null;
  const verb = findCue(v.tokens, APPOINT_VERBS, title.e);
  if (!verb) return null;
  const m = nearestBefore(v, verb.s, consumed, null);
  return m && m.s > title.e ? m : null;
}

/** Verbs of speech that close a sentence on its speaker ("…, chief executive X said"). Folded. */
export const SAID = new Set('said says told added explained noted declared commented wrote confirmed declined denied declare indique explique souligne precise affirme ajoute commente confirme'.split(' '));

/** Is the titled person the sentence's speaker: ", T X said", "said T X", ", déclare T X"? */
function speaks(v: SentenceView, title: TitleSpan, person: PersonRef): boolean {
  const t = v.tokens;
  if (person.s < title.e) return false;
  // ('…," said T X': the quote's closing mark may stand after the comma.)
  return SAID.has(t[person.e]?.f ?? '') || (SAID.has(t[title.s - 1]?.f ?? '') && (t[title.s - 2]?.text === ',' || (t[title.s - 2]?.text === '"' && t[title.s - 3]?.text === ',')));
}

/** Last words of a title that name a part of the group ("of its asset management arm"). */
const UNIT_WORDS = new Set(['arm', 'unit', 'division', 'subsidiary', 'affiliate', 'filiale']);

/**
 * "directeur général de sa filiale marocaine, Velcor Maroc", "head of its Brazilian unit, Orvel
 * do Brasil", "editor of its weekly magazine, The Orvel Review", "rédactrice en chef de son
 * quotidien Le Réveil": a title over something the subject owns, which the next words name, is
 * held there — the name of the thing owned is the employer the text gives. The title may have
 * read "of its Brazilian" as its scope; the possessive is looked for inside it too.
 */
function possessedUnitAfter(v: SentenceView, title: TitleSpan): CompanyChoice | null {
  const t = v.tokens;
  let k = title.e;
  for (let i = title.h + 1; i < title.e; i++) {
    if (OF_WORDS.has(t[i]?.f ?? '') && isPossessive(t[i + 1]?.f ?? '')) {
      k = i;
      break;
    }
  }
  if (!OF_WORDS.has(t[k]?.f ?? '') || !isPossessive(t[k + 1]?.f ?? '')) return null;
  const cut = k < title.e ? v.sent.text.slice(t[title.s]?.start ?? 0, t[k - 1]?.end ?? 0) : undefined;
  k += 2;
  // (up to three words describing the thing owned, a nationality among them: "its Brazilian
  // unit", "son quotidien régional", "its flagship business daily")
  const from = k;
  while (k < from + 4) {
    const place = v.cover[k];
    if (place?.kind === 'PLACE' && place.adjective && place.s === k) k = place.e;
    else if (t[k]?.word && !(t[k]?.cap ?? true) && !STOPWORDS.has(t[k]?.f ?? '')) k++;
    else break;
  }
  if (k === from) return null;
  if (t[k]?.text === ',') k++;
  // (a title's own article, "The Orvel Review", "Le Réveil du Var", outside the name read)
  if (t[k]?.cap && ARTICLES.has(t[k]?.f ?? '') && v.cover[k + 1]?.s === k + 1) k++;
  const m = v.cover[k];
  if (!isCompanyLike(m) || m.s !== k || PUBLIC_BODIES.test(m.text)) return null;
  return { name: m.text, mention: m, explicit: true, extra: [], after: m.e, title: cut };
}

/** "CIO of its asset management arm, Velora Investors": the unit named right after is the employer. */
function namedUnitAfter(v: SentenceView, title: TitleSpan): CompanyChoice | null {
  const t = v.tokens;
  if (!UNIT_WORDS.has(t[title.e - 1]?.f ?? '') || t[title.e]?.text !== ',') return null;
  const m = v.cover[title.e + 1];
  if (!isCompanyLike(m) || m.s !== title.e + 1 || PUBLIC_BODIES.test(m.text)) return null;
  return { name: m.text, mention: m, explicit: true, extra: [], after: m.e };
}

/**
 * The "'s" of the firm owning a title: "Airbnb's head of EMEA", "Klarna's former head of
 * growth", "Tesco's dairy category director" (up to two lowercase words of the post's scope,
 * which start no cue: "Acme's board named…" is another clause). -1 when none.
 */
function ownerBefore(t: Token[], s: number): number {
  let k = s - 1;
  if (OWNED_POST_TIME_WORDS.has(t[k]?.f ?? '')) k--;
  for (let n = 0; n < 2 && t[k]?.f !== "'s"; n++, k--) {
    const w = t[k];
    if (!w || !w.word || w.cap || w.cues !== null || STOPWORDS.has(w.f)) return -1;
  }
  return t[k]?.f === "'s" ? k : -1;
}

const OPENING_POSSESSIVES = new Set(['son', 'sa', 'ses', 'leur']);
/** A board post named with no company after it (the supervisory board's or the management board's). */
const OWN_BOARD = /^pr[ée]sidente? du (?:conseil(?: d'administration| de surveillance)?|directoire)$/i;

/**
 * "Velcor entre en Bourse. Son PDG, X, annonce une alliance avec Orvel": a sentence opening on
 * "Son/Sa" speaks of the company the sentence before opens on, not of one it names later.
 */
function previousSubject(v: SentenceView, title: TitleSpan, doc: DocView): string | null {
  if (title.s - 1 !== v.from || !OPENING_POSSESSIVES.has(v.tokens[v.from]?.f ?? '')) return null;
  const prev = doc.sentences[doc.sentences.indexOf(v) - 1];
  if (!prev || prev.sent.para !== v.sent.para) return null;
  // "Orvel rachète Kelpia. Sa fondatrice, X, conserve 10 % du capital": a founder is the bought
  // firm's when the sentence before names it (a buyer is rarely told by its founder).
  if (title.founder && v.bought !== undefined && prev.mentions.some((m) => m.text === v.bought)) return v.bought;
  // "L'entreprise de Vernon, cotée depuis 2019, … Sa directrice…": the description opening the
  // sentence before stands for the text's company; the town after it is its home.
  const ref = companyRefAt(prev, prev.from);
  if (ref > 0 && !isCompanyLike(prev.cover[ref]) && doc.focusName) return doc.focusName;
  for (const m of prev.mentions) if (m.s < prev.from + 6 && isCompanyLike(m) && !PUBLIC_BODIES.test(m.text)) return m.text;
  return null;
}

/**
 * "l'analyste Léon Vasseur, de la Banque Orvel, juge…", "l'analyste Léon Vasseur, chez Orvel,
 * estime…": the firm set off by commas right after the name the title stands before.
 */
function firmSetOffAfter(v: SentenceView, title: TitleSpan, person: PersonRef, doc: DocView): CompanyChoice | null {
  const t = v.tokens;
  if (person.s !== title.e || t[person.e]?.text !== ',') return null;
  const prep = t[person.e + 1]?.f;
  if (prep === 'chez') return explicitAfter(v, person.e, doc);
  return prep === 'de' || prep === "d'" || prep === 'du' ? explicitAfter(v, person.e + 1, doc) : null;
}

/** Owners described before their name: "l'actionnaire, le fonds Y", "son actionnaire majoritaire Y". Folded. */
const OWNER_NOUNS = new Set(['actionnaire', 'actionnaires', 'proprietaire', 'proprietaires', 'shareholder', 'owner', 'owners']);

/** Is the company m described as an owner within the four words before it? */
function ownerDescribed(v: SentenceView, m: Mention): boolean {
  for (let k = m.s - 1; k >= Math.max(v.from, m.s - 4); k--) if (OWNER_NOUNS.has(v.tokens[k]?.f ?? '')) return true;
  return false;
}

const SUCCESSION_OPENERS = cueList("pour lui succeder | pour le remplacer | pour la remplacer | pour le remplacer a la tete | pour la remplacer a la tete | to succeed him | to succeed her | to replace him | to replace her");

/** Does the sentence open on choosing a successor ("Pour lui succéder, …")? */
function successionOpener(v: SentenceView): boolean {
  return anyCueAt(v.tokens, v.from, SUCCESSION_OPENERS) > 0;
}

const AS_BEFORE = new Set(['comme', 'as']);
const AT_WORDS = new Set(['chez', 'at']);

/** "a débuté chez Orvel comme analyste", "started at Orvel as an analyst": the firm right before "as". */
function stayBefore(v: SentenceView, title: TitleSpan): CompanyChoice | null {
  const t = v.tokens;
  const as = INDEFINITE.has(t[title.s - 1]?.f ?? '') ? title.s - 2 : title.s - 1;
  if (!AS_BEFORE.has(t[as]?.f ?? '')) return null;
  const m = v.cover[as - 1];
  if (!isCompanyLike(m) || m.e !== as || !AT_WORDS.has(t[m.s - 1]?.f ?? '') || PUBLIC_BODIES.test(m.text)) return null;
  return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
}

/**
 * "Velcor, where he was head of…", "Orvel, où elle était…", also past an aside ("Orvel, où il
 * était, jusqu'en mars dernier, directeur d'usine"): the firm before the relative.
 */
function whereBefore(v: SentenceView, title: TitleSpan, person: PersonRef): CompanyChoice | null {
  const t = v.tokens;
  let clause = title.s;
  if (t[clause - 1]?.text === ',') {
    for (let j = clause - 2; j >= Math.max(v.from, clause - 9); j--) {
      if (t[j]?.text === ',') {
        clause = j;
        break;
      }
    }
  }
  for (let i = clause - 1; i >= Math.max(v.from, clause - 6); i--) {
    const f = t[i]?.f;
    if ((f === 'where' || f === 'ou' || f === 'dont') && t[i - 1]?.text === ',') {
      const m = v.cover[i - 2];
      // A name that reads as a first name and surname is a place of work before ", where she was".
      const named = m?.kind === 'PERSON' && m.name !== person.name;
      if (m && (named || isCompanyLike(m))) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
    }
  }
  return null;
}

/**
 * "Velcor's head of publishing for Orvia", "Velcor, where she was director for the Nordics":
 * after a title, "for" names the post's scope (a product, a client, a region) when the text
 * names the employer another way — by its owner's "'s" or a "where" clause.
 */
function employerBesideScope(v: SentenceView, title: TitleSpan, person: PersonRef): CompanyChoice | null {
  const owner = ownerBefore(v.tokens, title.s);
  const m = owner > 0 ? v.cover[owner - 1] : undefined;
  if (isCompanyLike(m) && m.e === owner) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
  return whereBefore(v, title, person);
}

const BULLETS = new Set(['-', '–', '—', '•', '*', '·']);

/**
 * A round-up's line labelled with its firm: "Kestrel Insurance: Tobin Larsgard, chief
 * underwriting officer", "- Harlow Partners: X joins as…". The label is the employer of the
 * titles told after its colon.
 */
function labelBefore(v: SentenceView, title: TitleSpan): CompanyChoice | null {
  const t = v.tokens;
  const s = BULLETS.has(t[v.from]?.text ?? '') ? v.from + 1 : v.from;
  const m = v.cover[s];
  if (!isCompanyLike(m) || m.s !== s || t[m.e]?.text !== ':' || title.s <= m.e || PUBLIC_BODIES.test(m.text)) return null;
  return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
}

/** "the last 12 as", "the final three years as": the end of a stay told before. */
const LAST_AS = cueList('the last * as | the last * years as | the last * of them as | the final * as | the final * years as');
const STAY_LENGTHS = new Set(['years', 'decades', 'decade', 'months']);
const LAST_ARTICLES = new Set(['a', 'an', 'its', 'their', 'the']);

/**
 * "after 41 years at the works, the last nine as plant manager", "after three decades with the
 * group, the final five as chief executive": a stay told with "after" is over, and so is the
 * post held at its end. Returns the token of "after", or -1.
 */
export function stayEndedBefore(v: SentenceView, title: TitleSpan): number {
  const t = v.tokens;
  let at = -1;
  for (let i = Math.max(v.from, title.s - 7); i < title.s && at < 0; i++) {
    const e = anyCueAt(t, i, LAST_AS);
    if (e === title.s || (e === title.s - 1 && LAST_ARTICLES.has(t[e]?.f ?? ''))) at = i;
  }
  if (at < 0 || t[at - 1]?.text !== ',') return -1;
  for (let k = at - 2; k >= Math.max(v.from, at - 16); k--) {
    const f = t[k]?.f ?? '';
    if (f === ';' || f === '.') return -1;
    if (f === 'after' && (STAY_LENGTHS.has(t[k + 2]?.f ?? '') || STAY_LENGTHS.has(t[k + 3]?.f ?? '') || t[k + 2]?.f === 'decade')) return k;
  }
  return -1;
}

/** The firm of the stay whose last part the title is ("after 30 years at Orvel, the last ten as T"). */
function stayFirm(v: SentenceView, title: TitleSpan, doc: DocView): CompanyChoice | null {
  const after = stayEndedBefore(v, title);
  if (after < 0) return null;
  const t = v.tokens;
  for (let k = after + 1; k < title.s; k++) {
    // "retired from Orvel after 30 years, the last ten as T": the firm left before "after".
    if (t[k]?.text === ',') {
      const left = v.mentions.filter((x) => x.e <= after && isCompanyLike(x) && !PUBLIC_BODIES.test(x.text)).pop();
      return left ? { name: left.text, mention: left, explicit: false, extra: [], after: title.e } : null;
    }
    if (t[k]?.f !== 'at' && t[k]?.f !== 'with') continue;
    const j = t[k + 1]?.f === 'the' ? k + 2 : k + 1;
    const m = v.cover[j];
    if (isCompanyLike(m) && m.s === j && !PUBLIC_BODIES.test(m.text)) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
    // ("with the cooperative", "at the company": the text's company)
    if (companyRefAt(v, k + 1) > 0 && !isCompanyLike(v.cover[companyRefAt(v, k + 1)])) return focusEmployer(doc, v, title.e, false, true);
    return null;
  }
  return null;
}

export function chooseCompany(v: SentenceView, title: TitleSpan, person: PersonRef, doc: DocView, consumed: Map<Mention, string | null>): CompanyChoice | null {
  const t = v.tokens;
  // "responsable du compte Kelvora chez Talmex": the firm after an account is a client; the
  // employer is the one after "chez".
  const client = CLIENT_NOUNS.has(t[title.e - 1]?.f ?? '') ? v.cover[title.e] : undefined;
  if (isCompanyLike(client) && client.s === title.e) {
    const at = t[client.e]?.f === 'chez' || t[client.e]?.f === 'at' ? v.cover[client.e + 1] : undefined;
    return isCompanyLike(at) && at.s === client.e + 1 ? { name: at.text, mention: at, explicit: true, extra: [], after: at.e } : null;
  }
  const explicit = explicitAfter(v, title.e, doc);
  if (explicit) {
    const beside = t[title.e]?.f === 'for' ? employerBesideScope(v, title, person) : null;
    // (the scope stays in the title: "head of publishing for Orvia")
    return beside ? { ...beside, title: v.sent.text.slice(t[title.s]?.start ?? 0, t[explicit.after - 1]?.end ?? 0), after: explicit.after } : explicit;
  }
  const ended = stayFirm(v, title, doc);
  if (ended) return ended;
  // "Analyst X of Cranford Securities said…", "Portfolio manager Y at Wexford Capital, …",
  // "selon le gérant X de Mandarine Gestion": the firm right after the name the title heads.
  const behind = firmAfterHolder(v, title, person);
  if (behind) return behind;
  // "Rothwell & Co advised Gantry, with partner X leading the team": the adviser's rank, at the adviser.
  const adviser = ADVISER_RANKS.has(t[title.h]?.f ?? '') ? adviserFirm(v) : null;
  if (adviser) return { name: adviser.text, mention: adviser, explicit: false, extra: [], after: title.e };
  const unit = namedUnitAfter(v, title) ?? possessedUnitAfter(v, title);
  if (unit) return unit;
  const label = labelBefore(v, title);
  if (label) return label;
  const set = firmSetOffAfter(v, title, person, doc);
  if (set) return set;
  const stay = stayBefore(v, title);
  if (stay) return stay;
  // "directrice générale du Trésor", "directeur de cabinet du ministre": public posts, held
  // nowhere a fallback could find.
  if (publicBodyAfter(v, title.e) || (t[title.e]?.f === 'de' && t[title.e + 1]?.f === 'cabinet')) return null;
  // "chief executive of a small start-up": an employer the text does not name.
  if (unnamedAfter(v, title.e) || unnamedDealParty(v, title)) return null;
  // "Airbnb's head of EMEA", "Klarna's former head of growth"
  const owner = ownerBefore(t, title.s);
  if (owner > 0) {
    const m = v.cover[owner - 1];
    if (isCompanyLike(m)) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
  }
  // "its chief executive", "son PDG": the company the sentence is about.
  if (isPossessive(t[title.s - 1]?.f ?? '')) {
    // "avec Sorbeval, représenté par son PDG X": the firm the participle describes.
    if (t[title.s - 2]?.f === 'par' && REPRESENTED.has(t[title.s - 3]?.f ?? '')) {
      const k = t[title.s - 4]?.text === ',' ? title.s - 5 : title.s - 4;
      const m = v.cover[k];
      if (isCompanyLike(m) && m.e === k + 1) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
    }
    // "Velda a chipé à Orrin sa directrice des ventes": the company the person is taken from.
    const from = v.cover[title.s - 2];
    if (isCompanyLike(from) && from.e === title.s - 1 && t[from.s - 1]?.text === 'à') return { name: from.text, mention: from, explicit: true, extra: [], after: title.e };
    // "X, who spent six years at Orrin and was most recently its head of payments": the firm
    // the relative clause names, not the one that hires.
    const relative = relativeFirm(v, title);
    if (relative) return { name: relative.text, mention: relative, explicit: false, extra: [], after: title.e };
    // "Velda has poached X from Orrin to become its head of sales": the company that hires.
    const item = itemStart(v, title.s);
    const hirer = (item > v.from ? findCue(t, APPOINT_VERBS, item, title.s) : null) ?? findCue(t, APPOINT_VERBS, v.from, title.s);
    // (a company named only after the title is another one: "its founder and a former radiologist at Y")
    const first = firstCompany(v, consumed);
    const opener = hirer ? null : previousSubject(v, title, doc);
    if (opener && v.mentions.some((x) => x.text === opener && otherTitlesFirm(v, title, x))) return null;
    if (opener) return { name: opener, mention: null, explicit: false, extra: [], after: title.e };
    // ("Sa fondatrice, X, ancienne cheffe de produit chez Y": a firm after another title is that title's)
    const after = first !== null && first.s > title.s && !titleBetween(v, title.e, first.s);
    const m = (hirer ? subjectBefore(v, hirer.s, consumed) : null) ?? frontedOwner(v, title, consumed) ?? v.mentions.find((x) => doc.focus !== null && x.text === doc.focus && !otherTitlesFirm(v, title, x)) ?? (first && (first.s < title.s || (after && !focusNameAt(doc, v))) ? first : null);
    // "The Treasury has appointed X as chair of its panel": a public post. ("X, a former Royal
    // Navy officer, co-founded Y and is its chief executive": no one hires; the firm named after.)
    if (m && PUBLIC_BODIES.test(m.text)) {
      const other = hirer ? undefined : v.mentions.find((x) => x.s > m.s && x.e <= title.s && isCompanyLike(x) && !PUBLIC_BODIES.test(x.text));
      return other ? { name: other.text, mention: other, explicit: false, extra: [], after: title.e } : null;
    }
    if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
    const focus = focusEmployer(doc, v, title.e, true);
    return focus && v.mentions.some((x) => x.text === focus.name && otherTitlesFirm(v, title, x)) ? null : focus;
  }
  const where = whereBefore(v, title, person);
  if (where) return where;
  const there = thereBefore(v, title);
  if (there) return there;
  // "rejoindre Velcor comme…", "has joined the board of Orvel Steel as…"
  const join = findCue(t, JOIN_VERBS, person.e, title.s);
  if (join) {
    let from = false;
    for (let i = join.e; i < title.s; i++) {
      const m = v.cover[i];
      // "joins from Y as T", "en provenance de Y": the company left is not the one joined.
      const left = FROM_WORDS.has(t[i - 1]?.f ?? '') || (t[i - 1]?.f === 'de' && t[i - 2]?.f === 'provenance');
      if (isCompanyLike(m) && left) from = true;
      else if (isCompanyLike(m)) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
    }
    // "X joins from Y as T", "will join as T": the company the text is about hires.
    const focus = from || t[join.e]?.f === 'as' || t[join.e]?.f === 'comme' ? focusEmployer(doc, v, title.e) : null;
    if (focus) return focus;
  }
  // "prend la direction de Velcor en qualité de DG": the company whose lead is taken.
  const lead = findCue(t, CAREER_LEAD, person.e, title.s);
  if (lead) {
    const m = v.cover[lead.e];
    if (isCompanyLike(m) && m.s === lead.e) return { name: m.text, mention: m, explicit: true, extra: [], after: title.e };
  }
  // "Shopify has appointed X as…", "Talvane Commerce a choisi X comme…"
  const item = itemStart(v, title.s);
  const appoint = (item > v.from ? findCue(t, APPOINT_VERBS, item, title.s) : null) ?? findCue(t, APPOINT_VERBS, v.from, title.s);
  if (appoint) {
    const m = subjectBefore(v, appoint.s, consumed);
    if (m && PUBLIC_BODIES.test(m.text)) return null;
    // "Pour lui succéder, l'actionnaire, le fonds Y, a choisi comme DG X": the owner who chooses
    // is not the employer; the firm the text is about is.
    if (m && (ownerDescribed(v, m) || successionOpener(v)) && doc.focusName !== null && doc.focusName !== m.text) {
      const focus = focusEmployer(doc, v, title.e, false, true);
      if (focus) return focus;
    }
    if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
    // "the company has hired X, a veteran of Pfizer, as…": the description hires.
    const focus = refBefore(v, appoint.s) ? focusEmployer(doc, v, title.e, true, true) : null;
    if (focus) return focus;
  }
  // "…and will open an office in Lima, co-founder and CEO X said": a speaker talks for the
  // sentence's subject, not for the last firm it names.
  if (speaks(v, title, person)) {
    // "It has also signed a deal with retailer Y, chief executive X said": the pronoun, not Y.
    const pronoun = SUBJECT_PRONOUNS.has(t[v.from]?.f ?? '');
    // "The company has signed a deal with Y, chief executive X said": a description opening the
    // sentence is its subject, the text's company, not a firm its clause names.
    const opener = companyRefAt(v, v.from);
    const described = opener > 0 && !isCompanyLike(v.cover[opener]) ? focusEmployer(doc, v, title.e, false, true) : null;
    if (described) return described;
    const m = pronoun ? null : subjectBefore(v, title.s, consumed);
    const focus = focusEmployer(doc, v, title.e);
    if (pronoun && focus && !v.mentions.some((x) => x.text === focus.name || x.text === doc.focus)) return focus;
    if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
    // "The company, which is backed by Velcor, will open…, said its chief executive X": the subject is the focus.
    if (refBefore(v, title.s)) return focusEmployer(doc, v, title.e, false, true);
  }
  // The person's own past employer only for a past title ("spent a decade at Orvel, latterly
  // as…"); a new post is not at the company they come from.
  const own = localCue(v, title.s, v.from) === 'former' || partOfBefore(v, title.s) ? person.name : null;
  const m = nearestBefore(v, title.s, consumed, own, person.name);
  if (m) return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
  // Last resort, the document's company — only where the text is talking about it (named in
  // this sentence or the two before), so a stray title elsewhere is not pinned on it.
  const i = v.sent.index;
  // "Le président du conseil, X, salue…": the board of the company the text is about, however far.
  // "En attendant, l'intérim sera assuré par le directeur financier, X": an interim covers the post
  // the text is about; so does a promotion, or a title opening the sentence on a name (in-house.ts).
  // (This sentence's own description counts whatever else it names, so it is tested once here.)
  const described = refBefore(v, v.tokens.length);
  const near = doc.focusSentences.has(i) || described || talksOfFocus(doc, i - 1) || talksOfFocus(doc, i - 2) || OWN_BOARD.test(title.text) || interimTold(v) || inHousePost(v, title);
  const focus = near ? focusEmployer(doc, v, title.e, false, described) : null;
  // ("Passée par Airbus, X est nommée directrice de la qualité." alone, or "X devient directrice
  // commerciale. Elle travaillait jusqu'ici chez Y.": no firm for the new post)
  if (focus && own === null && (v.mentions.some((x) => x.s < title.s && x.text === focus.name && pastStayFr(v, x)) || onlyPastStays(doc, focus.name))) return null;
  return focus;
}

const RELATIVE_WHO = new Set(['who', 'qui']);

/**
 * "X, who spent six years at Orrin and was most recently its T": a possessive inside a relative
 * clause (no comma between its pronoun and the title) stands for the firm the clause named before
 * it. The last such firm, or null.
 */
function relativeFirm(v: SentenceView, title: TitleSpan): Mention | null {
  const t = v.tokens;
  let who = -1;
  for (let k = title.s - 2; k >= Math.max(v.from, title.s - 16); k--) {
    const x = t[k]?.text;
    if (x === ',' || x === ';' || x === '.' || x === '(' || x === ')') return null;
    if (RELATIVE_WHO.has(t[k]?.f ?? '')) {
      who = k;
      break;
    }
  }
  if (who < 0 || t[who - 1]?.text !== ',' || v.cover[who - 2]?.kind !== 'PERSON') return null;
  let firm: Mention | null = null;
  for (const m of v.mentions) if (m.s > who && m.e < title.s && isCompanyLike(m) && !PUBLIC_BODIES.test(m.text)) firm = m;
  return firm;
}

/** Nouns of a client's account or budget ending a title ("responsable du compte X"). Folded. */
const CLIENT_NOUNS = new Set(['compte', 'comptes', 'budget', 'budgets', 'account', 'accounts']);
/** Participles before "par son PDG": the firm before them is the owner ("Sorbeval, représenté par son PDG"). Folded. */
const REPRESENTED = new Set(['represente', 'representee', 'representes', 'representees', 'emmene', 'emmenee', 'mene', 'menee', 'conduit', 'conduite', 'represented', 'led']);

/** The firm x named after another title that follows this one ("Sa fondatrice, X, ancienne cheffe de produit chez Y"). */
function otherTitlesFirm(v: SentenceView, title: TitleSpan, x: Mention): boolean {
  return x.s > title.e && titleBetween(v, title.e, x.s);
}

/** Another title between tokens a and b. */
function titleBetween(v: SentenceView, a: number, b: number): boolean {
  for (const o of v.titles) if (o.s >= a && o.e <= b) return true;
  return false;
}

/** Is every mention of the company in the text a French past stay ("jusqu'ici chez Y", "passée par Y")? */
function onlyPastStays(doc: DocView, name: string): boolean {
  // (asked at most once per document and name: a long text has many titles left to the focus)
  let known = pastOnly.get(doc);
  if (known === undefined) pastOnly.set(doc, (known = new Map()));
  let answer = known.get(name);
  if (answer === undefined) known.set(name, (answer = pastStaysOnly(doc, name)));
  return answer;
}

const pastOnly = new WeakMap<DocView, Map<string, boolean>>();

function pastStaysOnly(doc: DocView, name: string): boolean {
  let any = false;
  for (const s of doc.sentences) {
    for (const m of s.mentions) {
      if (m.text !== name) continue;
      if (!pastStayFr(s, m)) return false;
      any = true;
    }
  }
  return any;
}

const LEFT_VERBS = new Set(['quitte', 'quittera', 'quitter', 'quittant']);

/**
 * "X, qui quitte Danone pour Orvel, y sera directrice générale": "y" before the verb stands for
 * the firm gone to, the nearest one named before it that is not left or a past stay.
 */
function thereBefore(v: SentenceView, title: TitleSpan): CompanyChoice | null {
  const t = v.tokens;
  let y = -1;
  for (let i = title.s - 1; i >= Math.max(v.from + 1, title.s - 4); i--) if (t[i]?.text === 'y') y = i;
  if (y < 0) return null;
  for (let i = y - 1; i >= v.from; i--) {
    const m = v.cover[i];
    if (!isCompanyLike(m) || m.e !== i + 1) continue;
    i = m.s;
    if (LEFT_VERBS.has(t[m.s - 1]?.f ?? '') || pastStayFr(v, m) || PUBLIC_BODIES.test(m.text)) continue;
    return { name: m.text, mention: m, explicit: false, extra: [], after: title.e };
  }
  return null;
}

/** "l'intérim est assuré par", "assurera l'intérim": the sentence tells who covers a post. */
function interimTold(v: SentenceView): boolean {
  for (let i = v.from + 1; i < v.tokens.length; i++) if (v.tokens[i]?.f === 'interim' && v.tokens[i - 1]?.f === "l'") return true;
  return false;
}

/**
 * Does sentence k talk of the document's company: by name, or through a description of it
 * ("The company, which opened…", "Shares in the group rose")? A text goes on about its company
 * in such sentences, and a title just after them is still its.
 */
function talksOfFocus(doc: DocView, k: number): boolean {
  if (doc.focusSentences.has(k)) return true;
  const prev = doc.sentences[k];
  // …and names no other firm, which "the company" could stand for ("Apple's chief executive said
  // the company…").
  return prev !== undefined && prev.sent.index === k && refBefore(prev, prev.tokens.length) && !prev.mentions.some(isCompanyLike);
}

/**
 * The company the text is about as the employer; a public body only when asked. A pronoun
 * ("its CFO", "it hired") or no word at all stands for the name last written ("Hedegaard"); a
 * description ("the company", "du groupe") names the firm itself, by its full name.
 */
function focusEmployer(doc: DocView, v: SentenceView, after: number, publicToo = false, described = false): CompanyChoice | null {
  const name = described ? doc.focusName : focusNameAt(doc, v);
  return name && (publicToo || !PUBLIC_BODIES.test(name)) ? { name, mention: null, explicit: false, extra: [], after } : null;
}
