/**
 * Stage 4 — mentions. Groups capitalised tokens into name chunks (with person particles
 * "von", "de La", institution links "Banque de", place links "Afrique du Sud") and
 * classifies each: exchange, place, person (first-name list, civility, surname of a person
 * already named), company (lexicon, legal suffix, typical last word) or unknown (a name
 * that the relation rules may read as a company).
 */
import { AND_COMPANIES, COMPANY_HEADS, COMPANY_ONLY_DESCRIPTORS, EPONYMOUS_COMPANIES, COMPANY_REF_NOUNS, COMPANY_TAILS, DESCRIPTOR_HEAD_KEEP, DESCRIPTOR_NOUNS, FEDERATION_HEADS, INSTITUTION_HEADS, KNOWN_COMPANIES, LEGAL_SUFFIXES, SCHOOL_TAILS } from '../lexicon/companies.js';
import { EXCHANGE_FIRST_WORDS, lookupExchange, type ExchangeEntry } from '../lexicon/exchanges.js';
import { isFirstName } from '../lexicon/first-names.js';
import { fold, foldTokenText } from '../lexicon/fold.js';
import { lookupFoldedPlace, lookupPlaceForm, lookupTokenPlace, PLACE_FIRST_WORDS, type PlaceEntry } from '../lexicon/places.js';
import { DEFINITE_ARTICLES, HEADLINE_VERBS, MONTHS, STOPWORDS } from '../lexicon/stopwords.js';
import { DEPARTMENTS } from '../lexicon/titles.js';
import { capsNamePart, isDepartmentAfterTitle, isDepartmentName, isUnitAcronym, isUnitWord, linkedNameEnd, numberEnd, plusEnd, possessiveNameEnd, trimTitleWords } from './name-bounds.js';
import type { Token } from './tokens.js';

export type MentionKind = 'PERSON' | 'COMPANY' | 'UNKNOWN' | 'PLACE' | 'EXCHANGE';

export interface Mention {
  kind: MentionKind;
  /** Token range [s, e). */
  s: number;
  e: number;
  /** As written in the sentence. */
  text: string;
  place?: PlaceEntry;
  adjective?: boolean;
  exchange?: ExchangeEntry;
  /** For persons: the full name this mention stands for (surname-only → full name). */
  name?: string;
  /** Two or three Titlecase words: may be a person when a title sits beside it. */
  personLike?: boolean;
  /** A first name alone opening a quote ("Sigrid knows our customers"): a person, never the employer. */
  given?: boolean;
  /** A place of study ("diplômé de l'Essec", "a graduate of Wharton"): never an employer. */
  school?: boolean;
  /** A minister's portfolio ("ministre de l'Économie", "Minister for Trade"): a government post, never a company. */
  portfolio?: boolean;
  /** A region named by compass points ("the North West", "Greater China", "East African"): never an employer. */
  region?: boolean;
  /** A description standing for a firm named elsewhere ("la cible", acquired-targets.ts): its text is that firm's name. */
  standsFor?: boolean;
  /** `fold(foldedOf)`, kept by `foldedText` (the text may be rewritten after it was folded). */
  folded?: string;
  foldedOf?: string;
}

/**
 * A new mention with every optional field present (undefined): mentions are read at every
 * token by the relation rules, and objects of one shape keep those reads monomorphic where
 * fields added later (or deleted) would give each combination a shape of its own.
 */
export function newMention(kind: MentionKind, s: number, e: number, text: string): Mention {
  return { kind, s, e, text, place: undefined, adjective: undefined, exchange: undefined, name: undefined, personLike: undefined, given: undefined, school: undefined, portfolio: undefined, region: undefined, standsFor: undefined, folded: undefined, foldedOf: undefined };
}

/**
 * The mention's text folded (fold.ts), folded once: classify and the document's company count
 * both need it for every name, and folding makes a new string that each map probe hashes again.
 */
export function foldedText(m: Mention, tokens?: readonly Token[]): string {
  if (m.foldedOf !== m.text || m.folded === undefined) {
    // A one-word name as the tokenizer cut it: its token's folded word serves (foldTokenText).
    const one = tokens !== undefined && m.e === m.s + 1 ? tokens[m.s] : undefined;
    m.folded = one !== undefined && one.text === m.text ? foldTokenText(one.text, one.f) : fold(m.text);
    m.foldedOf = m.text;
  }
  return m.folded;
}

/** Heads of French financial institutions whose later words are lowercase ("Crédit agricole"). Folded. */
const LOWERCASE_NAMED_HEADS = new Set(['banque', 'caisse', 'credit', 'societe', 'compagnie', 'mutuelle']);
/** Adjectives of such names: générale, agricole, mutuel, lyonnais, populaire, postale, foncier, coopératif… (folded). */
const INSTITUTION_ADJECTIVE = /^.{3,}(?:ale|el|ole|aire|ais|ier|iere|if|ive|ique|al)$/;
/** "Crédit d'impôt", "Société des Nations"-like common phrases that are no firm's name. */
const NOT_INSTITUTION_NOUNS = new Set(['impot', 'impots']);

const PARTICLES = new Set("von van der den de d' da di del della du la le dos das do el al bin ben ibn abu ter ten zu y af los las".split(' '));
/** Acronyms of a trade that describe the firm named after them ("SME lender X"). */
const TRADE_ACRONYMS = new Set(['sme', 'smes']);
/** Acronyms of a firm's type written before its name, never part of it ("MGA Orbell Risk", "SPAC Tarn Acquisition"). */
const FIRM_TYPE_ACRONYMS = new Set(['mga', 'mgas', 'spac', 'reit', 'nbfc', 'mfi']);
/** Capitalised abbreviations that are not names: "AI", "PME", "R&D". */
const GENERIC_ACRONYMS = new Set('ai ia it hr rh pme pmes tpe eti ipo esg rse b2b b2c saas tv pc ue eu ceo cfo r&d rd m&a usd eur gbp pib gdp ca cac sbf bpi btp esn ssii ong ngo agm egm'.split(' '));
/** Capitalised on their own but never a company or person ("en Bourse", "l'Etat", "dans l'Hexagone": France). */
const GENERIC_WORDS = new Set('depart arrivee nomination nominations bourse internet web etat hexagone gouvernement conseil parlement justice police shares share stock stocks actions action'.split(' '));
/** Words that open a sentence without starting a name: rubrics, participles. Folded. */
const SENTENCE_OPENERS = new Set(
  // (and the nouns of English results news: "Profits at Dunmore Brewing rose…", "Net income at X…")
  ('profit profits revenue revenues earnings turnover income sales output orders bookings losses margins volumes deliveries net quarterly annual underlying adjusted operating ' +
  'carnet carnets scoop exclusif exclusive exclusivite mouvement mouvements mercato nominations appointments appointment promu promue promus promues elu elue elus reconduit reconduite devenu devenue arrive arrivee breaking update people introduction cotation changement changements passation remaniement renfort renforts recrutement recrutements partenariat main communique transfuge numero retour issu issue issus issues reprise hotellerie cession rachat succession gouvernance introduit introduite introduits introduites baptise baptisee baptises baptisees ' +
  // (obituaries and interviews: "Obituary: Sir X, who built…", "Nécrologie. X…", "Entretien avec X")
  'obituary obituaries necrologie disparition deces hommage interview entretien portrait moves ' +
  // (board news: "Shareholders of X elected…", "Actionnaires et salariés de X…")
  'shareholders stockholders investors actionnaires ' +
  // (a firm's staff: "Workers at X's plant walked out", "Salariés de X en grève")
  'workers employees staff salaries ouvriers employes ' +
  // (comparisons: "Unlike Adyen, which…", "Like Stripe, X…")
  'unlike like ' +
  // (what was said before: "Comme annoncé, son président…", "Comme prévu, X…")
  'comme').split(' '),
);
/** Participles an adverb opening a sentence describes the firm with ("Privately held X"). */
const ADVERBED_PARTICIPLES = new Set(['held', 'owned', 'listed', 'backed', 'funded', 'traded', 'run', 'appointed', 'named', 'promoted', 'created', 'merged', 'formed', 'launched', 'quoted']);
/** Dashes after a column's rubric word ("Santé – …"). */
const RUBRIC_DASHES = new Set(['–', '—']);
/** Ordinals and "new" that head a rubric sentence when a lowercase word follows ("Premiers pas…", "Nouvelle étape…"). */
const ORDINAL_OPENERS = new Set('premier premiere premiers premieres nouveau nouvelle nouveaux nouvelles'.split(' '));
/** Prepositions after a sentence-opening English participle ("Founded in", "Backed by"). */
const PARTICIPLE_PREPOSITIONS = new Set('in by on at as from with to for after under over near outside into'.split(' '));
/** The same after a French participle ("Soutenue par", "Acquise en"); not "a" or "de", which follow names. */
const PARTICIPE_PREPOSITIONS = new Set('par pour en dans depuis sur avec sous lors'.split(' '));
/** "Stockholm-based", "Oslo-listed": a word describing the name after it by a place. */
const PLACE_DESCRIPTION = /-(?:based|born|listed|headquartered|owned|backed)$/i;
const LOWER_TAIL = /^\p{Lu}[\p{L}\p{M}]*-\p{Ll}[\p{Ll}\p{M}]{2,}$/u;
/**
 * English heads of compound adjectives ("Mid-tier", "Pre-tax", "Top-ranked", "Family-run"):
 * before a short lowercase tail they open a description, where a romanised given name
 * ("Ji-ho", "Min-seo") has a syllable of its own. Folded; "co" is left out ("Co-op" is a firm).
 */
const ADJECTIVE_HEADS = new Set('mid pre post non semi multi anti self cross well high low top full part long short small large family state tier like all first second third single dual'.split(' '));
/** Vietnamese family names that fold to a stopword ("Lê" to "le"): written so, before a capitalised word, they open a name. */
const VIETNAMESE_SURNAMES = new Set(['Lê', 'Đỗ']);
/**
 * Vietnamese middle names: "Le Van Hung", "Do Thi Hoa", written without their accents, open
 * with a family name that folds to a function word; before "Van"/"Thi" and a capitalised
 * word, it opens the name.
 */
const VIETNAMESE_MIDDLES = new Set(['Thi', 'Thị', 'Van', 'Văn']);
function vietnameseOpening(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return !!t && (t.text === 'Le' || t.text === 'Do' || t.text === 'Ho') && VIETNAMESE_MIDDLES.has(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.cap === true && tokens[i + 2]?.word === true;
}
const REF_DETS = new Set(['the', 'le', 'la', "l'", 'this', 'our', 'notre']);
/** Civilities written as whole words, capitalised like a name's first word ("Sir", "Maître"). */
const WORD_CIVILITIES = new Set(['sir', 'dame', 'maitre']);
const CIVILITIES = new Set(['m.', 'm', 'mme', 'mlle', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'dre', 'dre.', ...WORD_CIVILITIES]);

/** "Sir", "Dame", "Maître", and "Me" in capitals (a French lawyer's: "Me Claire Aubry"). */
function isWordCivility(t: Token): boolean {
  return WORD_CIVILITIES.has(t.f) || t.text === 'Me';
}

function isCivility(t: Token | undefined): boolean {
  return !!t && (CIVILITIES.has(t.f) || isWordCivility(t));
}

/** "M. Dupont", "Mrs Obi", "Dr. Lee": a civility (its dot a token of its own or not) right before s. */
/** First halves of double nationalities ("franco-marocain", "germano-suisse"), folded. */
const NATIONALITY_PREFIXES = new Set('franco germano italo anglo sino nippo russo hispano luso belgo helveto austro greco turco indo arabo afro americano canado israelo libano syro tuniso algero maroco polono suedo dano norvego nigero senegalo ivoiro congolo camerouno'.split(' '));

/** "Côte d'Ivoire": a capitalised word that folds to a function word ("côté") opening a place the lexicon knows with its link. */
function linkedPlaceAt(tokens: Token[], i: number): boolean {
  const link = tokens[i + 1]?.f;
  if (link !== "d'" && link !== 'de' && link !== 'du') return false;
  return tokens[i + 2]?.cap === true && lookupPlaceForm(joinTokens(tokens, i, i + 3)) !== null;
}

/** "à La Rochelle", "et Le Havre": a place whose name opens with a capitalised article. */
const PLACE_ARTICLES = new Set(['la', 'le', 'les']);

function articlePlaceAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !PLACE_ARTICLES.has(t.f) || tokens[i + 1]?.cap !== true) return false;
  const form = lookupPlaceForm(joinTokens(tokens, i, i + 2));
  return form !== null && !form.adjective;
}

/**
 * "la biscuiterie Le Floch", "chez La Grange Dorée": a French article written with its capital
 * inside a sentence (after a lowercase word that is no person's particle) is part of the name
 * after it. The mention keeps starting at the name's own first word, where the relation rules
 * look for it; only its text takes the article.
 */
function articleNameAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!t || !t.cap || !PLACE_ARTICLES.has(t.f) || t.text.length < 2 || t.text === t.text.toUpperCase() || !prev || !prev.word || prev.cap) return false;
  // ("directeur de La Brèche Haute"; not a surname's particles: "M. de La Roche", "Anne de La Tour")
  if (prev.f === 'de' || prev.f === 'du') return tokens[i - 2]?.word === true && tokens[i - 2]?.cap === false;
  return !PARTICLES.has(prev.f);
}

export function civilityBefore(tokens: Token[], s: number): boolean {
  const prev = tokens[s - 1];
  return isCivility(prev) || (prev?.text === '.' && isCivility(tokens[s - 2]));
}

export { isFirstName };

/** Time words written before a post ("Current chief executive X", "Longtime chairman Y"). Folded. */
const POST_TIME_OPENERS: ReadonlySet<string> = new Set(['current', 'outgoing', 'incoming', 'longtime', 'long-time', 'erstwhile', 'departing', 'retiring', 'acting', 'interim']);

/** Prepositions that may open a sentence, capitalised, before lowercase words; also given names or firms' first words, so not stopwords. */
const OPENING_PREPS: ReadonlySet<string> = new Set(['via', 'grace', 'through', 'thanks', 'moyennant', 'towards', 'toward', 'alongside', 'across', 'within', 'amid']);

/** English head nouns of a body's name that a place follows with "of" ("… Bank of Scotland"). Folded. */
const OF_PLACE_HEADS: ReadonlySet<string> = new Set('bank association council federation institute society authority chamber college union league corporation trust commission agency university academy foundation confederation'.split(' '));

/** Number words, which the stopword list holds but firms' names use ("First Bank", "Three Rivers"). Folded. */
const NUMBER_WORDS: ReadonlySet<string> = new Set('one two three four five six seven eight nine ten first second premier premiere'.split(' '));

function startsChunk(t: Token, i: number, tokens: Token[], isTitle: (i: number) => boolean): boolean {
  if (!t.cap || isTitle(i) || t.text.endsWith("'") || t.f === 'ex-') return false;
  // "Outgoing chief executive X", "Incoming CEO Y": a time word heading a title, not a name.
  if (POST_TIME_OPENERS.has(t.f) && (isTitle(i + 1) || (tokens[i + 1]?.word === true && !tokens[i + 1]?.cap))) return false;
  // "New York", "New York Stock Exchange": "New" starts a name only before a known place.
  if (t.f === 'new') return tokens[i + 1]?.cap === true && lookupPlaceForm(`${t.text} ${tokens[i + 1]?.text ?? ''}`) !== null;
  // "the Stockholm-based app": a description, not a name.
  const hyphen = t.text.indexOf('-') > 0;
  if (hyphen && PLACE_DESCRIPTION.test(t.text)) return false;
  // "Le Franco-Marocain Paul Roy": a double nationality before a first name describes the person.
  if (hyphen && tokens[i + 1]?.firstName === true && NATIONALITY_PREFIXES.has(t.f.slice(0, t.f.indexOf('-')))) return false;
  if ((STOPWORDS.has(t.f) && !capsNamePart(t, tokens[i + 1]) && !(VIETNAMESE_SURNAMES.has(t.text) && tokens[i + 1]?.cap === true) && !vietnameseOpening(tokens, i) && !linkedPlaceAt(tokens, i) && !articlePlaceAt(tokens, i)) || GENERIC_ACRONYMS.has(t.f) || HEADLINE_VERBS.has(t.f)) return false;
  // "Via un accord avec X,", "Grâce à", "Through a deal with X,": a preposition opening the sentence ("Via Rail", "Grace Lin" stay names).
  if (OPENING_PREPS.has(t.f) && tokens[i + 1]?.word === true && !tokens[i + 1]?.cap) return false;
  // "SME lender Fundwell": a trade's acronym before a lowercase noun (in brackets it may stand for a firm's name)
  // ("The SME's chief financial officer": the firm described, told before)
  if (TRADE_ACRONYMS.has(t.f) && ((tokens[i + 1]?.word === true && tokens[i + 1]?.cap === false) || tokens[i + 1]?.f === "'s")) return false;
  // "joined MGA Orbell Risk": the firm's type, in capitals, before its capitalised name.
  if (FIRM_TYPE_ACRONYMS.has(t.f) && t.text === t.text.toUpperCase() && tokens[i + 1]?.word === true && tokens[i + 1]?.cap === true) return false;
  // "on Jan. 1", "Sept. 30": an abbreviated month before its day is a date.
  if (MONTHS.has(t.f) && tokens[i + 1]?.text === '.' && /^\d/.test(tokens[i + 2]?.text ?? '')) return false;
  // "Sir Geoffrey X", "Dame Anna Y", "Maître Claire Z": the civility is not part of the name.
  if (tokens[i + 1]?.firstName === true && tokens[i + 1]?.cap && isWordCivility(t)) return false;
  // "retired Air Vice-Marshal Peter X", "General Anna Y": a rank before a name is not part of it.
  if (tokens[i + 1]?.cap && RANKS.has(t.f)) {
    let k = i + 1;
    while (RANKS.has(tokens[k]?.f ?? '') && k < i + 4) k++;
    // "Air Océane lancera…": a firm named after a word that is also a first name has no surname after it.
    if (tokens[k]?.firstName === true && tokens[k + 1]?.cap) return false;
  }
  if (i === 0 || (i === 1 && !tokens[0]?.word)) {
    // Sentence-initial participles and adverbs ("Passée par", "Cotée sur", "Separately").
    const next = tokens[i + 1];
    // …followed by a word: "Thimble, the London-based maker" is a name before its comma.
    // (not a first name before its particle: "Zoé d'Astier", "André de Villiers")
    if (/(?:é|ée|és|ées|ant)$/u.test(t.text) && next?.word === true && !next.cap && !(t.firstName && PARTICLES.has(next.f) && tokens[i + 2]?.cap)) return false;
    // English participles before a preposition ("Founded in 2015, X…", "Based in Oslo,
    // X…", "Backed by Y, X…", "Speaking to reporters, X…"); a name ending in -ed ("Allied
    // has…") is not followed by one.
    if (t.text.length >= 5 && /(?:ed|ing)$/.test(t.f) && next?.word === true && !next.cap && PARTICIPLE_PREPOSITIONS.has(next.f)) return false;
    // …and French ones the accent test above misses ("Soutenue par Bpifrance, X…", "Acquise en
    // 2019, X…", "Ouverte depuis mars, …").
    // Masculine "-u" forms only when long ("Soutenu", "Reconnu"): short names end so too ("Lexmu pour sa part").
    if (/(?:ue|ues|ie|ies|ise|ises|ite|ites|erte|ertes)$|^.{5,}(?:nu|nus)$/.test(t.f) && t.text.length >= 5 && next?.word === true && !next.cap && PARTICIPE_PREPOSITIONS.has(next.f)) return false;
    // Press rubrics and participles heading a sentence ("Carnet.", "Scoop:", "Mouvement chez…",
    // "Promu en Ligue 2, le club…").
    if (SENTENCE_OPENERS.has(t.f)) return false;
    // "Privately held X", "Newly listed Y", "Recently appointed Z": an adverb before a participle.
    if (t.text.length >= 5 && t.f.endsWith('ly') && next?.word === true && !next.cap && ADVERBED_PARTICIPLES.has(next.f)) return false;
    // "Santé – Le laboratoire X nomme…", "Luxe – X promeut…": a one-word rubric and its dash.
    if (RUBRIC_DASHES.has(next?.text ?? '') && tokens[i + 2]?.cap === true) return false;
    // "Premiers pas réussis pour X", "Nouvelle étape pour Y": an ordinal before a common noun.
    if (ORDINAL_OPENERS.has(t.f) && next?.word === true && !next.cap) return false;
    // "Semaine chargée chez X", "Rentrée mouvementée chez Y": a common noun and its adjective
    // heading a sentence about the firm after "chez".
    // (an adjective or participle, written with its accent: "Stellantis débauche chez Y" is a verb)
    if (next?.word && !next.cap && /(?:é|ée|és|ées)$/u.test(next.text) && (tokens[i + 2]?.f === 'chez' || (tokens[i + 2]?.word && !tokens[i + 2]?.cap && tokens[i + 3]?.f === 'chez'))) return false;
    // "Coup de théâtre chez X", "Vent de panique sur Y": a common noun and its complement.
    const link = next?.f ?? '';
    const after = tokens[i + 2];
    // (not a given name and its particles: "Juan de las Heras", "Maria de los Ángeles García")
    if (next && !next.cap && (LINKS.has(link) || link === 'of') && after?.word && !after.cap && !STOPWORDS.has(after.f) && !(t.firstName && PARTICLES.has(after.f)) && !INSTITUTION_HEADS.has(t.f) && !COMPANY_HEADS.has(t.f) && !KNOWN_COMPANIES.has(t.f)) return false;
  }
  // "Open-access operator", "la K-beauty": a word whose last hyphenated part is lowercase is a
  // common word written at a sentence start or a prefix, not a name.
  // Romanised given names ("Ji-woo", "Hyun-woo") keep a short lowercase syllable after the hyphen.
  if (hyphen && LOWER_TAIL.test(t.text) && !t.firstName) {
    const dash = t.text.lastIndexOf('-');
    if (t.text.indexOf('-') === 1 || t.text.length - dash - 1 >= 6) return false;
    if (ADJECTIVE_HEADS.has(t.f.slice(0, t.f.indexOf('-')))) return false;
  }
  return true;
}

/** Tries to extend a chunk ending at `end` through connectors; returns the new end or -1. */
function connect(tokens: Token[], s: number, end: number, isTitle: (i: number) => boolean, headIsFirstName: boolean): number {
  const c = tokens[end];
  if (!c) return -1;
  // "L'Écho du Val", one token: the head is the word after the article.
  const written = tokens[s]?.f ?? '';
  const head = written.startsWith("l'") && end - s === 1 ? written.slice(2) : written;
  // "Procter & Gamble"
  if (c.text === '&' && tokens[end + 1]?.cap) return end + 2;
  // "Marks and Spencer", "Airbus Defence and Space": a known name written with "and".
  if (c.f === 'and') {
    const named = andNameEnd(tokens, s, end);
    if (named > end) return named;
    // "Swiss Bankers and Traders Association": capitalised words after "and" closed by the noun
    // of a body name one body, not a list of two (not after a person: "Ana Ruiz and Traders Association").
    const body = headIsFirstName ? -1 : bodyAfterAnd(tokens, end);
    if (body > end) return body;
  }
  // A surname led by a capitalised particle: "Van der Linden", "De La Tour".
  if (end - s === 1 && PARTICLES.has(head) && PARTICLES.has(c.f) && !c.cap && tokens[end + 1]?.cap) return end + 2;
  // Particles no company or place uses ("van der", "von", "bin") make a person even when the
  // first name is unknown: "Wilhelmina van der Stel".
  if (!headIsFirstName && end - s === 1 && PERSON_ONLY_PARTICLES.has(c.f) && !c.cap) {
    let j = end;
    while (j < end + 3 && PARTICLES.has(tokens[j]?.f ?? '') && !(tokens[j]?.cap ?? false)) j++;
    const n = tokens[j];
    if (n?.cap && n.word && !isTitle(j) && !STOPWORDS.has(n.f)) return j + 1;
  }
  // A lowercase particle joined to the surname: "Samira al-Zahrani", "Karim el-Amrani".
  // (also after a patronymic: "Hamad bin Saeed al-Qasimi", "Abdullah bin Khalid al-Saud")
  if (headIsFirstName && (end - s <= 2 || (end - s <= 4 && patronymicIn(tokens, s, end))) && PARTICLE_SURNAME.test(c.text)) return end + 1;
  // Person particles: "Terry von Bibra", "Amaury de La Roche-Vernet", "Femke van der Linden";
  // a second one after an elided first: "Hélène d'Astier de La Vigerie".
  if (headIsFirstName && (end - s <= 2 || (end - s === 3 && tokens[s + 1]?.f === "d'"))) {
    let j = end;
    while (j < end + 3 && PARTICLES.has(tokens[j]?.f ?? '') && !(tokens[j]?.cap ?? false)) j++;
    // "de La Roche-Vernet", "van Der Berg": a capitalised particle after a lowercase one.
    if (j > end && PARTICLES.has(tokens[j]?.f ?? '') && tokens[j]?.cap && tokens[j + 1]?.cap) j++;
    const n = tokens[j];
    // (not "Anne Vidal de Kepler Cheuvreux": after a first name and a surname, a particle before
    // two capitalised words is "from" a firm, not a longer surname)
    const firmAfter = end - s === 2 && j === end + 1 && tokens[j + 1]?.cap === true && tokens[j + 1]?.word === true && !PARTICLES.has(tokens[j + 1]?.f ?? '');
    if (j > end && n?.cap && !isTitle(j) && !STOPWORDS.has(n.f) && !firmAfter) return j + 1;
    // Capitalised particle inside a person name: "Loïc-Yves Le Goff".
    if ((c.f === 'le' || c.f === 'la' || c.f === 'de' || c.f === 'van' || c.f === 'von' || c.f === 'el' || c.f === 'al') && c.cap) {
      const n2 = tokens[end + 1];
      if (n2?.cap && !STOPWORDS.has(n2.f) && !isTitle(end + 1)) return end + 2;
    }
  }
  // "Hospices civils de Lyon", "Caisse régionale de Bretagne": an institution's head, one
  // lowercase adjective, then its link and a name.
  if (end - s === 1 && INSTITUTION_HEADS.has(head) && c.word && !c.cap && !STOPWORDS.has(c.f) && LINKS.has(tokens[end + 1]?.f ?? '') && tokens[end + 2]?.cap && !isTitle(end + 2)) return end + 3;
  // French typography capitalises only the first word of an institution's name: "Société
  // générale", "Crédit agricole", "Banque populaire", "Caisse des dépôts (et consignations)",
  // "Caisse d'épargne". Read as one name after a financial institution's head.
  if (end - s === 1 && LOWERCASE_NAMED_HEADS.has(head)) {
    if (c.word && !c.cap && INSTITUTION_ADJECTIVE.test(c.f) && !STOPWORDS.has(c.f) && !isTitle(end)) return end + 1;
    const n = tokens[end + 1];
    if ((c.f === 'des' || c.f === "d'") && n?.word && !n.cap && !STOPWORDS.has(n.f) && !NOT_INSTITUTION_NOUNS.has(n.f) && !isTitle(end + 1)) {
      const m = tokens[end + 3];
      return tokens[end + 2]?.f === 'et' && m?.word && !m.cap && !STOPWORDS.has(m.f) && !isTitle(end + 3) ? end + 4 : end + 2;
    }
  }
  // "Eaux et Forêts du Morvan", "Vergers et Jardins de Provence": two plural heads joined by
  // "et", then the link and a place, one cooperative's name.
  if (end - s === 1 && c.f === 'et' && INSTITUTION_HEADS.has(head) && /[sx]$/.test(head)) {
    const n = tokens[end + 1];
    let j = end + 3;
    if (tokens[j]?.f === "l'" || tokens[j]?.f === 'la') j++;
    if (n?.cap && n.word && /[sx]$/.test(n.f) && !STOPWORDS.has(n.f) && LINKS.has(tokens[end + 2]?.f ?? '') && tokens[j]?.cap && !isTitle(j)) return j + 1;
  }
  const tail = institutionTail(tokens, s, end, head, isTitle);
  if (tail > end) return tail;
  // "la Française des Jeux", "la Lyonnaise des Eaux": a place adjective written with its
  // capital after an article, then "des" and a capitalised plural, is one firm's name.
  if (end - s === 1 && c.f === 'des' && DEFINITE_ARTICLES.has(tokens[s - 1]?.f ?? '') && lookupTokenPlace(tokens[s] as Token)?.adjective) {
    const n = tokens[end + 1];
    if (n?.cap && n.word && /[sx]$/.test(n.f) && !isTitle(end + 1) && !n.firstName && !lookupTokenPlace(n)) return end + 2;
  }
  // "la cave coopérative Vignerons de Sarrans", "des Producteurs de la Vallée": a capitalised
  // plural noun inside a sentence (after an article or a lowercase description), then its link
  // and a name, is one firm's or cooperative's name.
  // (not a department after a title: "directrice des Opérations de X", "responsable des Ventes de Y")
  if (end - s === 1 && LINKS.has(c.f) && !headIsFirstName && pluralHead(tokens, s) && !isUnitWord(head) && !(LINKS.has(tokens[s - 1]?.f ?? '') && isTitle(s - 2))) {
    let j = end + 1;
    if (c.f === 'de' && (tokens[j]?.f === 'la' || tokens[j]?.f === "l'")) j++;
    const n = tokens[j];
    // (a town after a name's own word is where its site is: "l'usine Vernax de Vitré"; after an
    // article the plural is the name's head: "les Vignerons de Provence")
    const town = !!n && !!lookupTokenPlace(n) && !PLURAL_ARTICLES.has(tokens[s - 1]?.f ?? '');
    if (n?.cap && n.word && !isTitle(j) && !STOPWORDS.has(n.f) && !n.firstName && !KNOWN_COMPANIES.has(n.f) && !town) return j + 1;
  }
  // "Ligue nationale de volley", "Fédération française de voile": a league's field, lowercase.
  if (end - s === 1 && FEDERATION_HEADS.has(head) && c.word && !c.cap && !STOPWORDS.has(c.f) && LINKS.has(tokens[end + 1]?.f ?? '')) {
    const field = tokens[end + 2];
    if (field?.word && !field.cap && !STOPWORDS.has(field.f) && !isTitle(end + 2)) return end + 3;
  }
  // Places written with a link: "Afrique du Sud", "Europe de l'Est", "Côte d'Ivoire"; also
  // at the end of a firm's name: "Danone Amérique du Nord".
  if (c.f === 'du' || c.f === 'de' || c.f === "d'" || c.f === 'of' || c.f === 'des') {
    const placeAt = PLACE_FIRST_WORDS.has(head) ? s : end - s >= 2 && PLACE_FIRST_WORDS.has(tokens[end - 1]?.f ?? '') ? end - 1 : -1;
    for (let k = end + 1; k <= end + 3 && k < tokens.length && placeAt >= 0; k++) {
      if (tokens[k]?.cap && lookupPlaceForm(joinTokens(tokens, placeAt, k + 1))) return k + 1;
    }
    // Institutions: "Banque de France", "Bank of America", "Bourse de Paris"; an elided link
    // after a longer one: "Banque Régionale Rives d'Armor".
    // "Banque Populaire du Nord", "Crédit Mutuel de Bretagne": one capitalised word may sit
    // between the head and its link.
    // "Hockey Association of Ireland", "Orlen Bank of Scotland": an English body's head noun
    // closing a longer name, then "of" and a place (one to three words), is one name.
    if (c.f === 'of' && end - s >= 2 && OF_PLACE_HEADS.has(tokens[end - 1]?.f ?? '')) {
      for (let k = end + 1; k <= end + 3 && tokens[k]?.cap && !isTitle(k); k++) {
        if (lookupPlaceForm(joinTokens(tokens, end + 1, k + 1)) && !tokens[k + 1]?.cap) return k + 1;
      }
      // ("Commonwealth Bank of Hartland", "Royal Society of Engineers": a word the place table
      // does not hold, no one's first name, closes it too)
      const w = tokens[end + 1];
      if (w?.cap && w.word && !w.firstName && !isTitle(end + 1) && !STOPWORDS.has(w.f) && !tokens[end + 2]?.cap) return end + 2;
    }
    const qualified = end - s === 2 && c.f !== 'of' && !!tokens[s + 1]?.word && !lookupTokenPlace(tokens[s + 1]);
    // "Caisse d'Épargne de Vendée", "Mutuelle des Artisans de Gascogne": a second link and a name
    // after an institution's head, its link and one name.
    const chained = c.f !== 'of' && (end - s === 3 || (end - s === 4 && ARTICLE_AFTER_LINK.has(tokens[s + 2]?.f ?? ''))) && LINKS.has(tokens[s + 1]?.f ?? '') && !tokens[end + 1]?.firstName;
    if (INSTITUTION_HEADS.has(head) && (end - s === 1 || qualified || (c.f === "d'" && end - s <= 3) || chained)) {
      let j = end + 1;
      if (tokens[j]?.f === "l'" || tokens[j]?.f === 'la' || tokens[j]?.f === 'the') j++;
      if (tokens[j]?.cap && !isTitle(j)) return j + 1;
    }
  }
  // "Bol d'Or", "Val d'Europe": a short name whose last word is elided onto it. Not a place, a
  // department or a person before it ("directeur Europe d'Airbnb", "Marketing d'Orange").
  if (c.f === "d'" && end - s <= 2 && !headIsFirstName && elidedTail(tokens, s, end, isTitle)) return end + 2;
  return -1;
}

/** Adjectives written in lowercase inside an institution's name: "sahélienne", "marocaine", "agricoles", "régionale", "publics", "textiles", "laineuses" (folded). */
const INSTITUTION_ADJECTIVE_WIDE = /^.{3,}(?:ale|ales|aux|el|elle|ole|oles|aire|aires|ais|aise|ier|iers|iere|ieres|if|ifs|ive|ives|ique|iques|al|ien|ienne|iens|ain|aine|ois|oise|ane|ee|ees|ic|ics|ile|iles|eux|euse|euses)$/;
const TAIL_LINKS = new Set(['de', 'des', 'du', "d'"]);
const TAIL_HEADS = new Set(['union', 'mutuelle', 'mutuelles', 'chambre', 'caisse', 'banque', 'federation', 'confederation', 'cooperative', 'association', 'syndicat', 'office', 'agence', 'compagnie', 'societe', 'institut', 'aeroports', 'ports', 'port', 'regie', 'centre', 'groupement', 'credit']);
/** Lowercase nouns that end an institution's name's complement ("des cheminots", "de commerce"), not a clause. */
/** Heads named by their place alone: "Aéroports de Paris", "Port de Marseille". */
const PLACE_NAMED_HEADS = new Set(['aeroports', 'aeroport', 'port', 'ports']);
const CARDINALS = new Set(['nord', 'sud', 'est', 'ouest', 'centre', 'midi']);
const NOT_TAIL_NOUNS = new Set(['impot', 'impots', 'annee', 'mois', 'semaine', 'poste', 'depuis', 'fonctions']);

/**
 * French typography capitalises only the first word of an institution's name: "Union des
 * coopératives agricoles du Sud", "Mutuelle générale des cheminots", "Chambre de commerce et
 * d'industrie de Lyon", "Banque sahélienne", "Caisse régionale du Crédit agricole de Bretagne".
 * After such a head (every word since it lowercase or a link, or a nested head), one step: a
 * lowercase adjective, a link and a lowercase noun, "et d'" and a noun, or a link and one
 * capitalised place word closing the name. Returns the new end, or -1.
 */
function institutionTail(tokens: Token[], s: number, end: number, head: string, isTitle: (i: number) => boolean): number {
  if (!TAIL_HEADS.has(head) || end - s > 7 || !tokens[s]?.cap) return -1;
  let capsInside = 0;
  for (let k = s + 1; k < end; k++) if (tokens[k]?.cap) capsInside++;
  // (a capitalised word inside only as a nested head: "du Crédit agricole")
  if (capsInside > 1 || (capsInside === 1 && !(tokens[end - 1]?.cap && LOWERCASE_NAMED_HEADS.has(tokens[end - 1]?.f ?? '')))) {
    if (!(capsInside === 1 && tokens[end - 1]?.cap === false)) return -1;
  }
  const c = tokens[end];
  const n = tokens[end + 1];
  if (!c || isTitle(end)) return -1;
  const lower = (x: Token | undefined): boolean => !!x && x.word && !x.cap && !STOPWORDS.has(x.f) && !NOT_TAIL_NOUNS.has(x.f);
  if (lower(c) && INSTITUTION_ADJECTIVE_WIDE.test(c.f)) return end + 1;
  if (TAIL_LINKS.has(c.f)) {
    let j = end + 1;
    if (c.f === 'de' && (n?.f === 'la' || n?.f === "l'")) j++;
    const w = tokens[j];
    if (lower(w) && !isTitle(j) && w && w.text.length >= 4) return j + 1;
    // "… du Sud", "… de Bretagne": one capitalised word closes the name (only after a lowercase tail).
    if ((end - s >= 2 || PLACE_NAMED_HEADS.has(head)) && w?.cap && w.word && !isTitle(j) && !STOPWORDS.has(w.f) && !(tokens[j + 1]?.cap ?? false) && tokens[j + 1]?.f !== "'s" && (lookupTokenPlace(w) || CARDINALS.has(w.f))) return j + 1;
  }
  if (c.f === 'et' && (n?.f === "d'" || n?.f === 'de' || n?.f === 'des') && lower(tokens[end + 2]) && end - s >= 2) return end + 3;
  // "… des transports publics et ferroviaires": a second adjective joined to one closing the name.
  const last = tokens[end - 1];
  if (c.f === 'et' && end - s >= 3 && lower(last) && INSTITUTION_ADJECTIVE_WIDE.test(last?.f ?? '') && lower(n) && INSTITUTION_ADJECTIVE_WIDE.test(n?.f ?? '') && !isTitle(end + 1)) return end + 2;
  return -1;
}

/** Articles of a plural name's head ("les Vignerons de X", "des Producteurs de Y"). */
const PLURAL_ARTICLES = new Set(['les', 'des', 'aux']);
/** Articles after "de" inside a name ("Banque de la Réunion"). */
const ARTICLE_AFTER_LINK = new Set(['la', "l'"]);
/**
 * A capitalised French plural noun ("Vignerons", "Producteurs", "Transports") written inside a
 * sentence after a plural article or a firm's description: no first name, place or all-capitals word.
 */
function pluralHead(tokens: Token[], s: number): boolean {
  const t = tokens[s];
  const prev = tokens[s - 1];
  // (not a name's last letters: "Vernalis", "Corpus", "Kairos", "Atlas")
  if (!t || !t.cap || !t.word || t.firstName || t.f.length < 5 || !/[sx]$/.test(t.f) || /[iuo]s$/.test(t.f) || t.text === t.text.toUpperCase()) return false;
  if (!prev || !prev.word || lookupTokenPlace(t) || KNOWN_COMPANIES.has(t.f)) return false;
  if (PLURAL_ARTICLES.has(prev.f)) return true;
  // (or after a firm's description: "la cave coopérative X", "le groupe de presse X"; not after a
  // site's noun, "l'usine Vernax de Lorient", where a brand's name ends in -s or -x too)
  for (let k = s - 1; k >= Math.max(0, s - 4); k--) {
    const w = tokens[k];
    if (!w?.word || w.cap) return false;
    if (COMPANY_ONLY_DESCRIPTORS.has(w.f) || COMPANY_REF_NOUNS.has(w.f) || DESCRIPTOR_NOUNS.has(w.f)) return true;
  }
  return false;
}

function elidedTail(tokens: Token[], s: number, end: number, isTitle: (i: number) => boolean): boolean {
  const n = tokens[end + 1];
  if (!n?.cap || !n.word || tokens[end + 2]?.cap || isTitle(end + 1) || KNOWN_COMPANIES.has(n.f) || lookupTokenPlace(n)) return false;
  for (let k = s; k < end; k++) if (DEPARTMENTS.has(tokens[k]?.f ?? '') || isTitle(k)) return false;
  return !lookupPlaceForm(joinTokens(tokens, s, end));
}

/** Nouns closing the name of a body or association (folded). */
const BODY_NOUNS = new Set(['association', 'federation', 'council', 'institute', 'society', 'union', 'chamber', 'foundation', 'alliance', 'league', 'confederation', 'guild']);

/** "… and Traders Association": the end of one to three capitalised words after "and" at `and` closed by a body's noun, or -1. */
function bodyAfterAnd(tokens: Token[], and: number): number {
  for (let k = and + 1; k <= and + 3 && tokens[k]?.cap && tokens[k]?.word; k++) if (k > and + 1 && BODY_NOUNS.has(tokens[k]?.f ?? '')) return k + 1;
  return -1;
}

/** The end of a known "A and B" company name started at s, with "and" at `and`, or -1. */
function andNameEnd(tokens: Token[], s: number, and: number): number {
  let key = '';
  for (let k = s; k < and; k++) key += `${tokens[k]?.f ?? ''}-`;
  key += 'and';
  for (let k = and + 1; k < and + 4 && tokens[k]?.cap; k++) {
    key += `-${tokens[k]?.f ?? ''}`;
    if (AND_COMPANIES.has(key)) return k + 1;
  }
  return -1;
}

/** The end of the longest known place made of the word at i and one or two lowercase words after it, or -1. */
function lowercasePlaceEnd(tokens: Token[], i: number): number {
  let end = -1;
  for (let k = i + 1; k <= i + 2 && tokens[k]?.word && !tokens[k]?.cap; k++) {
    const form = lookupPlaceForm(joinTokens(tokens, i, k + 1));
    if (form && !form.adjective) end = k + 1;
  }
  return end;
}

/** Tokens [a, b) as written, elisions glued ("Europe de l'Ouest"). */
function joinTokens(tokens: Token[], a: number, b: number): string {
  let out = '';
  for (let k = a; k < b; k++) {
    const text = tokens[k]?.text ?? '';
    out += k === a || out.endsWith("'") ? text : ` ${text}`;
  }
  return out;
}

function chunkText(sentence: string, tokens: Token[], s: number, e: number): string {
  return sentence.slice(tokens[s]?.start ?? 0, tokens[e - 1]?.end ?? 0);
}

/** "Müller UK", "Ferrero USA": a name ending in a country written in capitals is a firm's unit, no one's name. */
function countryCodeLast(t: Token | undefined): boolean {
  if (!t || t.text.length < 2 || t.text.length > 3 || t.text !== t.text.toUpperCase()) return false;
  return lookupTokenPlace(t)?.entry.kind === 'COUNTRY';
}

function classify(m: Mention, tokens: Token[]): void {
  const folded = foldedText(m, tokens);
  const first = tokens[m.s]?.f ?? '';
  const last = tokens[m.e - 1]?.f ?? '';
  const n = m.e - m.s;
  const exchange = EXCHANGE_FIRST_WORDS.has(first) ? lookupExchange(m.text) : null;
  if (exchange) {
    m.kind = 'EXCHANGE';
    m.exchange = exchange;
    return;
  }
  // "L'Italie", "D'Espagne" written as one token after a quote.
  const elided = n === 1 && /^[LD]['’]/.test(m.text) ? lookupPlaceForm(m.text.slice(2)) : null;
  if (elided && !elided.adjective) m.text = m.text.slice(2);
  // "l'usine du Havre", "au Mans": a city whose name starts with the article the link swallowed.
  const article = ARTICLE_LINKS.get(tokens[m.s - 1]?.f ?? '');
  const linked = article && !elided ? lookupPlaceForm(`${article} ${m.text}`) : null;
  const place = elided ?? linked ?? lookupFoldedPlace(folded);
  if (place) {
    // Short all-caps forms ("US", "UK") must be written in capitals to count.
    const short = m.text.replace(/\./g, '').length <= 3;
    if (!short || m.text === m.text.toUpperCase()) {
      m.kind = 'PLACE';
      m.place = place.entry;
      m.adjective = place.adjective;
      return;
    }
  }
  const prev = tokens[m.s - 1];
  const prev2 = tokens[m.s - 2];
  const civility = civilityBefore(tokens, m.s);
  const joined = folded.includes(' ') ? folded.replace(/ /g, '-') : folded;
  if (KNOWN_COMPANIES.has(first.endsWith('.com') ? first.slice(0, -4) : first) || KNOWN_COMPANIES.has(joined) || EPONYMOUS_COMPANIES.has(joined) || (n >= 2 && COMPANY_HEADS.has(first))) {
    m.kind = 'COMPANY';
    return;
  }
  // "Bentley's": a name written with its 's is a shop's, not a person's.
  if (last === "'s") {
    m.kind = 'COMPANY';
    return;
  }
  // "Harvard Business School": a place of study, neither a person nor sure to be a firm.
  if (n >= 2 && SCHOOL_TAILS.has(last)) return;
  // "tea chain Ruby Fern", "l'enseigne Jean Louis David": a brand named after someone.
  // (also past a place adjective: "la medtech lyonnaise Lina Sorel")
  const descriptor = prev && !prev.cap && prev2 && lookupTokenPlace(prev)?.adjective ? prev2 : prev;
  const described = (!!descriptor && descriptor.word && !descriptor.cap && COMPANY_ONLY_DESCRIPTORS.has(descriptor.f) && !FOUNDED.has(tokens[m.e]?.f ?? '')) || workplaceCue(prev2, prev) || describedPastComplement(tokens, m.s);
  // ("Ned's Garden Supplies": an 's inside the name, which no one's name holds)
  const tail = described || innerPossessive(tokens, m.s, m.e) || COMPANY_TAILS.has(last) || LEGAL_SUFFIXES.has(last) || m.text.includes('&') || (m.text.includes('.') && /\.(?:com|io|fr|ai)$/i.test(m.text)) || (n >= 2 && countryCodeLast(tokens[m.e - 1]));
  // Four capitalised words without a particle are a company named after someone ("Marco Velt Armoured Systems").
  // (Initials' dots do not count: "Mara J. Zimowska" is three words.)
  let wordCount = 0;
  for (let k = m.s; k < m.e; k++) if (tokens[k]?.word) wordCount++;
  const personLength = wordCount <= 3 || hasParticle(tokens, m.s, m.e);
  // "The Daily Ledger", "the Grace Street Journal": no one's name is written after "the".
  if (!tail && (civility || (n >= 2 && personLength && tokens[m.s]?.firstName === true && prev?.f !== 'the'))) {
    m.kind = 'PERSON';
    m.name = m.text;
    return;
  }
  if (tail || (n >= 2 && lookupTokenPlace(tokens[m.s])?.adjective)) {
    m.kind = 'COMPANY';
    return;
  }
  m.kind = 'UNKNOWN';
  m.personLike = n >= 2 && n <= 4 && nameWords(tokens, m.s, m.e);
  // '"Sigrid knows our customers," said…': a first name alone opening a quote is the person quoted about.
  if (n === 1 && QUOTES.has(prev?.text ?? '') && tokens[m.s]?.firstName === true && !KNOWN_COMPANIES.has(first)) m.given = true;
}

/** Does the chunk hold an 's before its last word ("Hollin's Analytics")? */
function innerPossessive(tokens: Token[], s: number, e: number): boolean {
  for (let k = s + 1; k < e - 1; k++) if (tokens[k]?.f === "'s") return true;
  return false;
}

// (Loops over the chunk's tokens, not slices: classify runs for every name chunk.)
function hasParticle(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (PARTICLES.has(tokens[k]?.f ?? '')) return true;
  return false;
}

/** Is every word of the chunk a Titlecase name word or a particle? */
function nameWords(tokens: Token[], s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const t = tokens[k];
    if (t && !NAME_WORD.test(t.text) && !PARTICLES.has(t.f)) return false;
  }
  return true;
}

/** A Titlecase name word, with its own capitals after an apostrophe or "Mc" ("O'Kelly-Marchand", "McAllan"). */
const NAME_WORD = /^(?:\p{Lu}['’]|Mc|Mac)?\p{Lu}[\p{Ll}\p{M}'-]+(?:-(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}'-]+)*$/u;
const QUOTES = new Set(['"', '“', '«', "'", '‘']);

/**
 * "practiced at Jones Xavier", "nine years at Hart Delmas", "late of Hart Delmas", "en provenance de Marc Ollier": a
 * name in the place of a workplace is a firm named after its founders.
 */
const WORKPLACE_BEFORE_AT = new Set(['practiced', 'practised', 'worked', 'working', 'years', 'stint', 'career', 'decade', 'decades', 'months', 'stints', 'spell', 'tenure']);
/** "late of Hart Delmas" (British for "formerly of"), "a veteran of Jones Xavier". */
const WORKPLACE_BEFORE_OF = new Set(['late', 'formerly', 'veteran']);
function workplaceCue(prev2: Token | undefined, prev: Token | undefined): boolean {
  const p = prev?.f ?? '';
  const p2 = prev2?.f ?? '';
  return (p === 'at' && WORKPLACE_BEFORE_AT.has(p2)) || (p === 'of' && WORKPLACE_BEFORE_OF.has(p2)) || ((p === 'de' || p === "d'") && p2 === 'provenance');
}

/**
 * "la marque de vêtements de running Léa Sorel": a company noun after its article, then its
 * complement in lowercase words, then the name. ("la société de Léa Sorel", where "de" comes
 * right before the name, is the firm a person owns.)
 */
function describedPastComplement(tokens: Token[], s: number): boolean {
  const before = tokens[s - 1];
  if (!before?.word || before.cap || before.f === 'de' || before.f === "d'") return false;
  for (let k = s - 2; k >= Math.max(1, s - 6); k--) {
    const t = tokens[k];
    if (!t?.word || t.cap) return false;
    if (COMPANY_ONLY_DESCRIPTORS.has(t.f)) return (tokens[k + 1]?.f === 'de' || tokens[k + 1]?.f === "d'") && DEFINITE_ARTICLES.has(tokens[k - 1]?.f ?? '');
  }
  return false;
}

/** "the company Clara Voss founded": the name after the noun is its founder's. */
const FOUNDED = new Set('founded co-founded cofounded started launched created built set fonde fondee cree creee lance lancee'.split(' '));
/** French links that swallow a city's article: "du Havre" is "de Le Havre". */
const ARTICLE_LINKS = new Map([
  ['du', 'Le'],
  ['au', 'Le'],
  ['des', 'Les'],
  ['aux', 'Les'],
]);
const RANKS = new Set('general admiral vice-admiral rear-admiral colonel lieutenant major captain commander brigadier marshal vice-marshal air field sergeant professor lord lady baroness baron judge'.split(' '));
const PARTICLE_SURNAME = /^(?:al|el|ben|bin|abu|ibn|ould|ait|ter|van|von|de|da|di|d')-\p{Lu}/u;
const LINKS = new Set(['de', 'du', "d'", 'des']);
const PERSON_ONLY_PARTICLES = new Set(['van', 'von', 'ter', 'ten', 'zu', 'bin', 'ibn', 'af']);
const PATRONYMICS = new Set(['bin', 'ibn', 'ben', 'bint', 'abu']);

/** Does the chunk [s, end) hold a lowercase patronymic ("Hamad bin Saeed")? */
function patronymicIn(tokens: Token[], s: number, end: number): boolean {
  for (let k = s + 1; k < end; k++) if (PATRONYMICS.has(tokens[k]?.f ?? '') && tokens[k]?.cap === false) return true;
  return false;
}
const NAME_S_NEXT = new Set(['where', 'and', 'or', 'in', 'at', 'for', 'from', 'since', 'until', 'which', 'who', 'before', 'after', 'then']);
const INITIAL = /^\p{Lu}(?:\.\p{Lu})*$/u;

/** Is token k an initial ("J", "A.K") written with its dot right after? */
function initialAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const dot = tokens[k + 1];
  return !!t && !!dot && dot.text === '.' && dot.start === t.end && t.text.length <= 5 && INITIAL.test(t.text);
}

/**
 * Initials before a surname ("J. Smith", "A.K. Desai", "J.-P. Martin"): the surname's first
 * token, or -1. People are written so in the press; a known company ("J.P. Morgan") or a
 * place ("U.S. Steel") is not a person.
 */
function initialsEnd(tokens: Token[], i: number): number {
  let k = i;
  let n = 0;
  for (;;) {
    if (initialAt(tokens, k)) {
      k += 2;
      n++;
      continue;
    }
    // "J.-P.": a hyphen joins two initials.
    if (n > 0 && tokens[k]?.text === '-' && initialAt(tokens, k + 1)) {
      k++;
      continue;
    }
    break;
  }
  const s = tokens[k];
  if (n === 0 || !s || !s.cap || !s.word || s.text.length < 2 || STOPWORDS.has(s.f) || KNOWN_COMPANIES.has(s.f)) return -1;
  if (lookupTokenPlace(tokens[i])) return -1;
  return k;
}

const DATELINE_DASHES = new Set(['-', '–', '—', ':']);

/** Does token i open the sentence (after `from`, punctuation or a dateline's dash)? */
function opensSentence(tokens: Token[], i: number, from: number): boolean {
  if (DATELINE_DASHES.has(tokens[i - 1]?.text ?? '')) return true;
  for (let k = from; k < i; k++) if (tokens[k]?.word) return false;
  return true;
}

/** Only one or two capitalised words before token i since the sentence's start ("Premier League…"). */
function capitalisedOpening(tokens: Token[], i: number, from: number): boolean {
  if (i === from || i - from > 2) return false;
  for (let k = from; k < i; k++) if (!tokens[k]?.cap || !tokens[k]?.word) return false;
  return true;
}

/**
 * "Fashion e-tailer X", "Lloyd's insurer X", "Anglo-Australian miner X": a sentence-initial
 * capitalised word or two, then lowercase words ending in a sector noun, then a name. The
 * chunk describes the company named after it.
 */
function describesNext(tokens: Token[], e: number): boolean {
  let k = tokens[e]?.f === "'s" ? e + 1 : e;
  const last = k + 4;
  let noun = false;
  for (; k < last; k++) {
    const t = tokens[k];
    if (!t || !t.word || t.cap) break;
    noun = DESCRIPTOR_NOUNS.has(t.f);
  }
  // "club manager Erik X": a person after the noun makes it a job, not a description.
  const next = tokens[k];
  if (!noun || next?.cap !== true || !next.word) return false;
  if (!next.firstName) return true;
  // …unless the name ends like a company's ("miner Ravenmoor Resources").
  let j = k + 1;
  while (j < k + 5 && tokens[j]?.cap) j++;
  const tail = tokens[j - 1]?.f ?? '';
  // "publisher Hallam & Price": two names joined by "&" are a firm.
  if (tokens[j]?.text === '&' && tokens[j + 1]?.cap) return true;
  return j > k + 1 && (COMPANY_TAILS.has(tail) || LEGAL_SUFFIXES.has(tail));
}

/**
 * "Media Contact:", "Press enquiries:", "Contact presse :", "Contacts médias :": a press
 * release's label before a contact line, not a firm.
 */
const CONTACT_WORDS = new Set(['contact', 'contacts', 'enquiries', 'inquiries']);
const CONTACT_KINDS = new Set(['presse', 'media', 'medias']);
function contactLabel(tokens: Token[], e: number): boolean {
  if (!CONTACT_WORDS.has(tokens[e - 1]?.f ?? '')) return false;
  return tokens[e]?.text === ':' || (CONTACT_KINDS.has(tokens[e]?.f ?? '') && !(tokens[e]?.cap ?? true) && tokens[e + 1]?.text === ':');
}

/** Lowercase nouns that make the name before them a modifier of the name after ("X rival Y"). */
export const QUALIFIER_NOUNS = new Set(['rival', 'competitor', 'challenger', 'owner', 'parent', 'peer']);
function qualifiesNext(tokens: Token[], e: number): boolean {
  const n = tokens[e];
  const name = tokens[e + 1];
  // ("Acme owner Jon Reyes": a person after the noun holds something at the first name.)
  return !!n && n.word && !n.cap && QUALIFIER_NOUNS.has(n.f) && !!name && name.cap && name.word && !isFirstName(name.f);
}

/** "Rival Paynova, which…", "Competitor X opened…": a sentence opening with the word that says whose rival the name after is. */
const OPENING_RIVALS = new Set(['rival', 'competitor']);

/** News agencies a speaker talks to, folded: never the start of the name after them. */
const NEWS_AGENCIES = new Set(['afp', 'reuters', 'bloomberg', 'ap', 'apa', 'ats', 'belga', 'dpa', 'efe', 'ansa']);

/** Name chunks of one sentence, classified (persons only by their own shape). */
export function findMentions(sentence: string, tokens: Token[], isTitle: (i: number) => boolean, from = 0): Mention[] {
  const out: Mention[] = [];
  let i = from;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !startsChunk(t, i, tokens, isTitle)) {
      i++;
      continue;
    }
    const initials = isTitle(i) ? -1 : initialsEnd(tokens, i);
    let e = initials > 0 ? initials + 1 : i + 1;
    const headIsFirstName = initials > 0 || t.firstName;
    let described = false;
    for (;;) {
      const n = tokens[e];
      // "Abu Dhabi-based X", "San Francisco-based X": the run was a place describing the name after it.
      if (n?.cap && PLACE_DESCRIPTION.test(n.text)) {
        described = true;
        break;
      }
      // A middle initial: "John F. Kennedy".
      if (headIsFirstName && n && initialAt(tokens, e) && tokens[e + 2]?.cap && !isTitle(e + 2)) {
        e += 2;
        continue;
      }
      // "a précisé à l'AFP Iris Lamont, directrice…": the agency spoken to ends before the speaker.
      if (e === i + 1 && NEWS_AGENCIES.has(t.f) && n?.firstName === true && tokens[e + 1]?.cap) break;
      // "its Hong Kong IPO", "the Nasdaq IPO": the listing is not part of the name before it.
      if (n && (n.f === 'ipo' || n.f === 'ipos')) break;
      if (n && n.cap && !isTitle(e) && !STOPWORDS.has(n.f) && !HEADLINE_VERBS.has(n.f) && !n.text.endsWith("'")) {
        e++;
        continue;
      }
      // "Kvitpay AS": the Nordic legal form ends a firm's name (the run stopped at "AS" because
      // "as" is also a function word; "SA" stays out as before: "Ferrix SA" is "Ferrix"). "A/S"
      // is one token (tokens.ts) and joins the capitalised run like any other word.
      if (n?.text === 'AS' && !headIsFirstName) {
        e++;
        break;
      }
      const after = tokens[e + 1];
      // "Tran Thi Mai, directrice…", "Theresa May said": a month's name written with a capital
      // inside a name is its last word (French months take none; a date has its day or year).
      if (n && n.cap && n.word && MONTHS.has(n.f) && n.text !== n.text.toUpperCase() && !(after?.cap ?? false) && !/^\d/.test(after?.text ?? '') && after?.text !== '.' && e > i + 1) {
        e++;
        break;
      }
      // A capitalised short word between two names is part of the name ("Aoife Ní Dhuibhir"):
      // inside a sentence, function words are written in lowercase.
      if (n && n.cap && n.word && n.text.length <= 4 && n.text !== n.text.toUpperCase() && STOPWORDS.has(n.f) && after?.cap && after.word && !STOPWORDS.has(after.f) && !isTitle(e + 1)) {
        e += 2;
        continue;
      }
      // "Zorvane First Bank", "Kora Second Fund": a capitalised number word inside a firm's name
      // (not after a person's name: "Acme Names Jane Doe First Female CEO").
      if (n && n.cap && n.word && !headIsFirstName && NUMBER_WORDS.has(n.f) && after?.cap && after.word && !STOPWORDS.has(after.f) && !isTitle(e + 1) && !opensSentence(tokens, i, from)) {
        e += 2;
        continue;
      }
      // "China's Ping An and…": a capitalised function word closing a name mid-sentence is its last
      // word (a Title Case headline capitalises the next word too: "Jane Doe As CEO").
      if (n && n.cap && n.word && n.text.length <= 3 && STOPWORDS.has(n.f) && !GENERIC_ACRONYMS.has(n.f) && n.text !== n.text.toUpperCase() && !(after?.cap ?? false) && !opensSentence(tokens, i, from)) {
        e++;
        break;
      }
      // "Suisse romande", "Émirats arabes unis": a place name whose later words are lowercase.
      const lower = e === i + 1 && PLACE_FIRST_WORDS.has(t.f) ? lowercasePlaceEnd(tokens, i) : -1;
      if (lower > e) {
        e = lower;
        break;
      }
      const linked = connect(tokens, i, e, isTitle, headIsFirstName);
      if (linked > e) {
        e = linked;
        continue;
      }
      break;
    }
    if (described) {
      i = e + 1;
      continue;
    }
    // "Chair of the Medilane Board": the board is not part of the company's name.
    if (e - i >= 2 && tokens[e - 1]?.f === 'board' && initials < 0) e--;
    e = trimTitleWords(tokens, i, e, isTitle);
    if (e === i) {
      i++;
      continue;
    }
    e = numberEnd(tokens, plusEnd(tokens, possessiveNameEnd(sentence, tokens, i, e, isTitle)));
    const opens = opensSentence(tokens, i, from);
    if (opens && initials < 0) e = linkedNameEnd(tokens, e, isTitle);
    // "Media contact:", "Vice President of Sales", "Quorlith, Inc.": a sector word, a department
    // or a legal form alone is not a firm; "head of AR partnerships", "Vice President, Global
    // Operations": a unit.
    const alone = e === i + 1 && !KNOWN_COMPANIES.has(t.f) && (COMPANY_TAILS.has(t.f) || DEPARTMENTS.has(t.f) || LEGAL_SUFFIXES.has(t.f));
    if (alone || contactLabel(tokens, e) || isUnitAcronym(tokens, i, e, isTitle) || isDepartmentAfterTitle(tokens, i, e, isTitle) || isDepartmentName(tokens, i, e)) {
      i = e;
      continue;
    }
    // "HK$3.2 billion", "A$40m", "C$": a currency's prefix names no one.
    const dollar = tokens[e];
    if (e === i + 1 && dollar?.text === '$' && dollar.start === t.end && t.text.length <= 3 && t.text === t.text.toUpperCase()) {
      i = e;
      continue;
    }
    // "Qorvane Labs (NASDAQ: QRVL)": a ticker after its exchange names no one.
    if (tokens[i - 1]?.text === ':' && tokens[e]?.text === ')' && out[out.length - 1]?.kind === 'EXCHANGE' && out[out.length - 1]?.e === i - 1) {
      i = e;
      continue;
    }
    // "Rival of X" read the other way: "Zendo rival Pluma has hired…", "Brand owner Firm": the
    // first name only qualifies the second, which the sentence is about.
    if (qualifiesNext(tokens, e)) {
      i = e;
      continue;
    }
    // "Reinsurer X", "Publisher X & Y": a capitalised sector noun before the name.
    if (opens && e - i >= 2 && initials < 0 && (DESCRIPTOR_NOUNS.has(t.f) || OPENING_RIVALS.has(t.f)) && !DESCRIPTOR_HEAD_KEEP.has(t.f) && tokens[i + 1]?.cap && !t.firstName) {
      i++;
      continue;
    }
    // ("Premier League club X": the opening word the chunk left out is capitalised too.)
    if ((opens || capitalisedOpening(tokens, i, from)) && e - i <= 3 && initials < 0 && !KNOWN_COMPANIES.has(t.f) && describesNext(tokens, e)) {
      const probe = newMention('UNKNOWN', i, e, chunkText(sentence, tokens, i, e));
      classify(probe, tokens);
      if (probe.kind !== 'PLACE' && probe.kind !== 'EXCHANGE' && probe.kind !== 'PERSON') {
        i = e;
        continue;
      }
    }
    // "the Group", "la Société": press releases capitalise the description of the company.
    if (e === i + 1 && (GENERIC_WORDS.has(t.f) || (COMPANY_REF_NOUNS.has(t.f) && REF_DETS.has(tokens[i - 1]?.f ?? '')))) {
      i = e;
      continue;
    }
    // "from Bentley's, where…": an 's before punctuation or a link word is the name's own.
    if (tokens[e]?.f === "'s" && initials < 0 && (!tokens[e + 1]?.word || NAME_S_NEXT.has(tokens[e + 1]?.f ?? ''))) e++;
    const m = newMention('UNKNOWN', i, e, chunkText(sentence, tokens, i, e));
    if (initials > 0) {
      m.kind = 'PERSON';
      m.name = m.text;
    } else classify(m, tokens);
    if ((m.kind === 'COMPANY' || m.kind === 'UNKNOWN') && articleNameAt(tokens, i - 1)) m.text = chunkText(sentence, tokens, i - 1, e);
    out.push(m);
    i = e;
  }
  return spelledOutAcronyms(sentence, tokens, joinCommaFirms(sentence, tokens, withoutKicker(tokens, out, from)));
}

/** Lowercase words that may stand between a kicker's colon and the firm ("Jouet : la marque X"). */
const KICKER_LINKS = new Set(['la', 'le', 'les', "l'", 'the']);

/**
 * "Épicerie : Farandole ouvre…", "Retail: Hollis & Pike opens…": a topic word (one or two
 * capitalised words) opening the sentence before a colon, with a firm named right after the
 * colon (past an article and up to two lowercase words of its description), is the column's
 * kicker, not a firm the text is about. A firm the lexicon knows stays ("Renault : Dacia…").
 */
function withoutKicker(tokens: Token[], out: Mention[], from: number): Mention[] {
  const kicker = out[0];
  const next = out[1];
  if (!kicker || !next || kicker.s !== from || kicker.e - kicker.s > 2 || tokens[kicker.e]?.text !== ':') return out;
  if (kicker.kind !== 'UNKNOWN' && kicker.kind !== 'COMPANY') return out;
  if (KNOWN_COMPANIES.has(tokens[kicker.s]?.f ?? '') || kicker.text.includes('&')) return out;
  if (next.kind !== 'UNKNOWN' && next.kind !== 'COMPANY') return out;
  let k = kicker.e + 1;
  if (KICKER_LINKS.has(tokens[k]?.f ?? '')) {
    k++;
    while (k < next.s && k <= kicker.e + 4 && tokens[k]?.word && !tokens[k]?.cap) k++;
  }
  return k === next.s ? out.slice(1) : out;
}

/** Words an acronym leaves out: "Compagnie ivoirienne d'électricité (CIE)". */
const ACRONYM_SKIPS = new Set(['de', "d'", 'du', 'des', 'la', "l'", 'le', 'les', 'et', 'of', 'and', 'the', 'for', 'pour', 'en', '&']);

/**
 * "la Compagnie ivoirienne d'électricité (CIE)", "Banque ouest-africaine de développement
 * (BOAD)": a capitalised word and the lowercase words after it whose initials spell the acronym
 * in brackets are one name, written in full.
 */
function spelledOutAcronyms(sentence: string, tokens: Token[], out: Mention[]): Mention[] {
  let added = false;
  for (const m of out) {
    const open = m.s - 1;
    const acr = tokens[m.s]?.text ?? '';
    if (m.e !== m.s + 1 || tokens[open]?.text !== '(' || tokens[m.e]?.text !== ')' || acr.length < 2 || acr.length > 6 || acr !== acr.toUpperCase()) continue;
    const letters = fold(acr);
    for (let start = open - 1; start >= Math.max(0, open - 10); start--) {
      const w = tokens[start];
      if (!w?.word || out.some((o) => o !== m && o.s <= start && o.e > start && o.e !== open)) break;
      if (!w.cap) continue;
      let initials = '';
      for (let k = start; k < open; k++) {
        const f = tokens[k]?.f ?? '';
        if (!ACRONYM_SKIPS.has(f)) initials += f.split('-').map((x) => x[0] ?? '').join('');
      }
      if (initials !== letters && initials.replace(/-/g, '') !== letters) continue;
      if (out.some((o) => o.s === start && o.e === open)) break;
      const full = newMention('UNKNOWN', start, open, chunkText(sentence, tokens, start, open));
      classify(full, tokens);
      if (full.kind === 'UNKNOWN' || full.kind === 'COMPANY') {
        out.push(full);
        added = true;
      }
      break;
    }
  }
  if (!added) return out;
  const kept = out.filter((o) => !out.some((f) => f !== o && f.s <= o.s && f.e >= o.e && f.e - f.s > o.e - o.s));
  return kept.sort((a, b) => a.s - b.s);
}

/** One capitalised word, not a known firm or a place (a surname: "Morgan", "Hollis"). */
function surnameOnly(m: Mention | undefined, tokens: Token[]): m is Mention {
  const t = tokens[m?.s ?? -1];
  return !!m && !!t && m.e === m.s + 1 && m.kind !== 'PLACE' && m.kind !== 'EXCHANGE' && !KNOWN_COMPANIES.has(t.f);
}

/**
 * "Wachtell, Lipton, Rosen & Katz", "Hartwell, Pike & Ormond": a firm of partners' surnames
 * written with commas, the last two joined by "&". Each surname alone before the "&" pair is
 * part of the name; a list of firms ("Acme, Procter & Gamble") has names of other shapes.
 */
function joinCommaFirms(sentence: string, tokens: Token[], out: Mention[]): Mention[] {
  for (let x = out.length - 1; x > 0; x--) {
    const pair = out[x];
    // ("Weil, Gotshal & Manges LLP": the pair may end in a legal form)
    const n = pair ? pair.e - pair.s : 0;
    if (!pair || (n !== 3 && !(n === 4 && LEGAL_SUFFIXES.has(tokens[pair.e - 1]?.f ?? ''))) || tokens[pair.s + 1]?.text !== '&') continue;
    const left = tokens[pair.s]?.f ?? '';
    if (KNOWN_COMPANIES.has(left) || AND_COMPANIES.has(`${left}-and-${tokens[pair.s + 2]?.f ?? ''}`)) continue;
    let first = x;
    while (first > 0 && tokens[(out[first - 1]?.e ?? -1)]?.text === ',' && out[first - 1]?.e === (out[first]?.s ?? 0) - 1 && surnameOnly(out[first - 1], tokens)) first--;
    if (first === x) continue;
    const s = out[first]?.s ?? pair.s;
    const m = newMention('COMPANY', s, pair.e, chunkText(sentence, tokens, s, pair.e));
    out.splice(first, x - first + 1, m);
    x = first;
  }
  return out;
}
