/**
 * The names the expansion rules read, corrected where the shared mention stage is too coarse
 * for them (this stage only; roles keep their own mentions):
 * - two halves of one name joined: "Côte d'Ivoire" (a place), "Pot d'Étain", "Aide contre la Soif";
 * - a description before a name is not a name: "Storage provider Brevik" names Brevik only;
 * - a name right after a company description is a company: "outdoor brand Ferrow Lane";
 * - a ticker ("(NYSE: VTH)") is no name;
 * - "l'université Quenvel": the institution noun belongs to the name;
 * - a town missing from the lexicon is a city when a country or state locates it ("à Tremolo,
 *   en Slovaquie", "in Harlow Springs, Ohio"), and the state itself is a region, never a party.
 * The document's focus follows a joined name ("Soif" → "Aide contre la Soif").
 * Pure: the input views are not changed; views are computed once per document (a one-document
 * memo, not a WeakMap, so that nothing outlives the document).
 */
import { labelMention } from '../interviews.js';
import { DESCRIPTOR_NOUNS, HIRING_VERBS, INSTITUTION_NOUNS, MONTH_WORDS, NAME_LINKS, OPENING_WORDS, PAST_WORDS, SECTOR_WORDS, SUBNATIONAL, UNIT_WORDS } from '../../lexicon/expansion-words.js';
import { LEGAL_SUFFIXES } from '../../lexicon/companies.js';
import { EXCHANGE_FIRST_WORDS, lookupExchange } from '../../lexicon/exchanges.js';
import { fold } from '../../lexicon/fold.js';
import { lookupPlaceForm, lookupTokenPlace, type PlaceEntry } from '../../lexicon/places.js';
import { APPOSITIVE_DETS, DEFINITE_ARTICLES } from '../../lexicon/stopwords.js';
import type { DocView, SentenceView } from '../analyze.js';
import { startsCue, wordList } from '../cues.js';
import { newMention, type Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import type { Token } from '../tokens.js';
import { POSSESSIVE_S } from './cues.js';

/** A place named by the expansion rules themselves (a joined name, a region, a city). */
function placeMention(s: number, e: number, text: string, place: PlaceEntry): Mention {
  const m = newMention('PLACE', s, e, text);
  m.place = place;
  m.adjective = false;
  return m;
}

export interface ExpansionDoc {
  /** The document as the expansion rules read it (focus corrected). */
  doc: DocView;
  views: Map<SentenceView, SentenceView>;
  /** Corrected mention → the original mentions it stands for (for "already consumed"). */
  sources: Map<Mention, Mention[]>;
  /** Company names by key (first word, folded): how often named, first position, commonest form. */
  names: Map<string, NameCount>;
  /** The focus as the sentences read so far left it (see focusAfter). */
  focus: string | null;
  /** The focus company's own country, from a nationality before its name ("le chausseur italien X"): never one of its markets. */
  home: string | null;
  /** The place id of the focus company's headquarters city ("a Chicago-based firm", "headquartered in Chicago"): an office there is home, not an expansion. */
  homeCity: string | null;
}

interface NameCount {
  n: number;
  first: number;
  forms: Map<string, number>;
}

/** Words before a ticker: "sous le symbole LAU", "under the ticker BRF". */
const TICKER_WORDS = new Set(['symbole', 'symbol', 'ticker', 'mnemonique']);
const ARTICLES = new Set(['la', 'le', 'les', "l'"]);
const OF_LINKS = new Set(['de', 'des', 'du']);
/** The links a joined name can have, indexed like cues so the scan in correct() reads each token's entry. */
const JOIN_LINKS = wordList(["d'", ...NAME_LINKS, ...OF_LINKS]);
/** The first words of exchange names, indexed like cues (see exchangeAt). */
const EXCHANGE_STARTS = wordList(EXCHANGE_FIRST_WORDS);
const LOCATING_PREPS = new Set(['en', 'au', 'aux', 'in', 'dans']);
const CITY_PREPS = new Set(['a', 'in', 'at']);

function textOf(v: SentenceView, s: number, e: number): string {
  return v.sent.text.slice(v.tokens[s]?.start ?? 0, v.tokens[e - 1]?.end ?? 0);
}

function subnational(v: SentenceView, m: Mention | undefined): string | undefined {
  return m && (m.kind === 'UNKNOWN' || m.kind === 'PLACE') ? SUBNATIONAL.get(fold(m.text)) : undefined;
}

/** The country code of a place or state locating a city at token j (", en Slovaquie", ", dans l'Ohio", ", Texas"). */
function locatorAt(v: SentenceView, j: number): string | null | undefined {
  const t = v.tokens;
  if (t[j]?.text !== ',') return undefined;
  let k = j + 1;
  if (LOCATING_PREPS.has(t[k]?.f ?? '')) k++;
  if (ARTICLES.has(t[k]?.f ?? '')) k++;
  const m = v.cover[k];
  if (!m || m.s !== k) return undefined;
  const state = subnational(v, m);
  if (state) return state;
  if (m.kind === 'PLACE' && !m.adjective && m.place?.kind === 'COUNTRY') return m.place.countryCode;
  return undefined;
}

/**
 * Two capitalised words joined by "d'" or "contre (la)"/"sans" that the mention stage left
 * apart: a place when the lexicon knows the whole ("Côte d'Ivoire"), else one company name
 * ("Pot d'Étain", "Aide contre la Soif"). The mentions it replaces are returned with it.
 */
function joinedAt(v: SentenceView, k: number): { m: Mention; from: Mention[] } | null {
  const t = v.tokens;
  const link = t[k]?.f ?? '';
  const left = k - 1;
  // "la Banque des Territoires", "la Caisse du Crédit": an uncovered capitalised head after an article.
  const head = v.cover[left];
  const headed = OF_LINKS.has(link) && (!head || (head.s === left && isCompanyLike(head))) && ARTICLES.has(t[left - 1]?.f ?? '') && isCompanyLike(v.cover[k + 1]);
  if (link !== "d'" && !NAME_LINKS.has(link) && !headed) return null;
  const right = NAME_LINKS.has(link) && ARTICLES.has(t[k + 1]?.f ?? '') ? k + 2 : k + 1;
  if (left < v.from || !t[left]?.cap || !t[left]?.word || !t[right]?.cap || !t[right]?.word) return null;
  const ml = v.cover[left];
  const mr = v.cover[right];
  if (!ml && !mr) return null;
  if ((ml && ml.e !== left + 1) || (mr && mr.s !== right)) return null;
  const s = ml ? ml.s : left;
  const e = mr ? mr.e : right + 1;
  const from = [ml, mr].filter((x): x is Mention => !!x);
  const text = textOf(v, s, e);
  const place = lookupPlaceForm(text);
  if (place && !place.adjective) return { m: placeMention(s, e, text, place.entry), from };
  if (from.some((x) => !isCompanyLike(x)) || e - s > 5) return null;
  return { m: newMention('UNKNOWN', s, e, text), from };
}


/**
 * An exchange the mention stage cut or stretched: "la Bolsa Mexicana de Valores", "la Bourse
 * de Bombay", "the National Stock Exchange of India" (lowercase words inside the name), "BSE
 * Ltd" (the exchange's own legal form). The longest run from token k, up to seven words, that
 * the exchange list knows, ending on a name's end (or before a legal form only).
 */
function exchangeAt(v: SentenceView, k: number): { m: Mention; from: Mention[] } | null {
  const t = v.tokens;
  const first = v.cover[k];
  if (!t[k]?.cap || (first && first.s !== k)) return null;
  // A run holds words, apostrophes and hyphens only: it ends before the first other token.
  // (Loops, not slices with closures: this runs at every capitalised first word of an exchange.)
  let last = k;
  const limit = Math.min(t.length, k + 7);
  while (last < limit && isExchangeWord(t[last])) last++;
  for (let e = last; e > k; e--) {
    const end = v.cover[e - 1];
    if (end && end.e !== e && !legalSuffixesOnly(t, e, end.e)) continue;
    const text = textOf(v, k, e);
    const exchange = lookupExchange(text);
    if (!exchange) continue;
    if (first?.kind === 'EXCHANGE' && first.e === e) return null;
    const m = newMention('EXCHANGE', k, e, text);
    m.exchange = exchange;
    const from = v.mentions.filter((x) => x.s < Math.max(e, end?.e ?? e) && x.e > k);
    return { m, from };
  }
  return null;
}

function isExchangeWord(w: Token | undefined): boolean {
  return !!w && (w.word || w.text === "'" || w.text === '-');
}

/** Are tokens [s, e) all legal forms ("Ltd")? */
function legalSuffixesOnly(t: readonly Token[], s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (!LEGAL_SUFFIXES.has(t[i]?.f ?? '')) return false;
  return true;
}

/** "Storage provider Brevik", "Logistique plateforme Fretto": the first name is a description. */
function isDescription(v: SentenceView, m: Mention, next: Mention | undefined): boolean {
  if (!next || !isCompanyLike(m) || m.e - m.s !== 1 || !isCompanyLike(next)) return false;
  const gap = next.s - m.e;
  if (gap < 1 || gap > 2) return false;
  for (let k = m.e; k < next.s; k++) if (!v.tokens[k]?.word || v.tokens[k]?.cap) return false;
  return DESCRIPTOR_NOUNS.has(v.tokens[next.s - 1]?.f ?? '');
}

/** What correcting a document learnt about names: joined names, and descriptions → the name they describe. */
interface Notes {
  sources: Map<Mention, Mention[]>;
  joins: Set<Mention>;
  descriptions: Map<string, string>;
  /** Keys of names read as persons by the mention stage and as companies here. */
  companies: Set<string>;
  /** The company names of the whole document, as the mention stage read them. */
  companyNames: string[];
  /** Names read as persons by the mention stage that end on a country ("X India"): companies. */
  describedPersons: Set<string>;
}


/**
 * "Harbeck, the Leeds-based software maker, will open…": a capitalised word starting the
 * sentence, described by an appositive, is a company even when the mention stage skipped it.
 */
function appositiveName(v: SentenceView): Mention | null {
  const t = v.tokens;
  let e = v.from;
  while (e < v.from + 3 && t[e]?.cap && t[e]?.word && !v.cover[e]) e++;
  if (e === v.from || t[e]?.text !== ',' || !APPOSITIVE_DETS.has(t[e + 1]?.f ?? '')) return null;
  for (let k = e + 2; k < Math.min(t.length, e + 10); k++) {
    if (t[k]?.text === ',') return null;
    if (DESCRIPTOR_NOUNS.has(t[k]?.f ?? '') && t[k + 1]?.text === ',') return newMention('UNKNOWN', v.from, e, textOf(v, v.from, e));
  }
  return null;
}

/**
 * "L'enseigne de restauration rapide X", "The Lisbon-based maker of solar inverters X": a
 * name closing a description that opens the sentence (article, company noun, then lowercase
 * words and "de"/"of") is the company described.
 */
function describedOpening(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (!DEFINITE_ARTICLES.has(t[v.from]?.f ?? '') || !DESCRIPTOR_NOUNS.has(t[v.from + 1]?.f ?? '') || m.s - v.from > 7) return false;
  for (let k = v.from + 1; k < m.s; k++) {
    const c = v.cover[k];
    if (c?.kind === 'PLACE' && c.adjective) continue;
    if (!t[k]?.word || t[k]?.cap || c) return false;
  }
  return true;
}

/** A person named right after the name, past a title: "Tarvik Freight Chief Executive Jo Smith". */
function titledBefore(v: SentenceView, m: Mention): boolean {
  const title = v.titles.find((x) => x.s === m.e);
  const next = title ? v.cover[title.e] : undefined;
  return !!next && next.kind === 'PERSON' && next.s === title?.e;
}

const REGION_NOUNS = new Set(['region', 'province', 'desert', 'valley', 'basin']);
const ARTICLES_EN = new Set(['the']);

/** The one country a sentence names (a nationality or a possessive counts): where its regions are. */
function sentenceCountry(v: SentenceView): string | null {
  const codes = new Set(v.mentions.filter((x) => x.kind === 'PLACE' && x.place?.kind === 'COUNTRY').map((x) => x.place?.countryCode ?? null));
  const [code] = codes;
  return codes.size === 1 && code ? code : null;
}

/*
 * The helpers below are plain functions, not arrow functions inside correct()'s loops: a
 * closure over a loop's variables makes V8 allocate their context at every pass.
 */

/** The mentions with a joined name in place of the halves it stands for, in order. */
function withJoined(ms: Mention[], j: { m: Mention; from: Mention[] }): Mention[] {
  const out: Mention[] = [];
  for (const x of ms) if (!j.from.includes(x)) out.push(x);
  out.push(j.m);
  return out.sort((a, b) => a.s - b.s);
}

function coverOf(ms: readonly Mention[], n: number): Array<Mention | undefined> {
  const cover = new Array<Mention | undefined>(n);
  for (const m of ms) for (let i = m.s; i < m.e; i++) cover[i] = m;
  return cover;
}

/** "Ruby Fern India": a three-word name ending on a country is a firm's national arm, not a person. */
function countryArm(m: Mention): boolean {
  const words = m.text.split(' ');
  const last = words[words.length - 1] ?? '';
  if (words.length < 3 || words.some((w) => w.endsWith('.'))) return false;
  const place = lookupPlaceForm(last);
  return !!place && !place.adjective && place.entry.kind === 'COUNTRY';
}

/** Is `text` the first words of some name ("Halden Brook" of "Halden Brook Capital")? */
function startsSomeName(names: readonly string[], text: string): boolean {
  const prefix = `${text} `;
  for (const n of names) if (n.startsWith(prefix)) return true;
  return false;
}

function correct(v: SentenceView, notes: Notes): SentenceView {
  const { sources, joins, descriptions } = notes;
  const t = v.tokens;
  let ms = v.mentions;
  let changed = false;
  const named = appositiveName(v);
  if (named) {
    ms = [named, ...ms];
    sources.set(named, []);
    changed = true;
  }
  // Joined names first, so that the rules below see whole names.
  for (let k = v.from + 1; k < t.length - 1; k++) {
    if (!startsCue(t[k], JOIN_LINKS)) continue;
    const j = joinedAt(v, k);
    if (!j) continue;
    sources.set(j.m, j.from);
    joins.add(j.m);
    ms = withJoined(ms, j);
    changed = true;
  }
  for (let k = v.from; k < t.length; k++) {
    if (!startsCue(t[k], EXCHANGE_STARTS)) continue;
    const x = exchangeAt(changed ? { ...v, mentions: ms, cover: coverOf(ms, t.length) } : v, k);
    if (!x) continue;
    sources.set(x.m, x.from);
    ms = withJoined(ms, x);
    changed = true;
    k = x.m.e - 1;
  }
  const cover: Array<Mention | undefined> = changed ? new Array<Mention | undefined>(t.length) : v.cover;
  if (changed) for (const m of ms) for (let i = m.s; i < m.e; i++) cover[i] = m;
  const w: SentenceView = changed ? { ...v, mentions: ms, cover } : v;
  const out: Mention[] = [];
  for (let x = 0; x < ms.length; x++) {
    let m = ms[x];
    if (!m) continue;
    const named = ms[x + 1];
    if (named && isDescription(w, m, named)) {
      descriptions.set(m.text, named.text);
      changed = true;
      continue;
    }
    const before = t[m.s - 1];
    const described = (!!before && !before.cap && DESCRIPTOR_NOUNS.has(before.f)) || (m.kind === 'PERSON' && describedOpening(w, m));
    if (m.kind === 'UNKNOWN' && m.e - m.s === 1 && m.s === w.from && OPENING_WORDS.has(t[m.s]?.f ?? '')) {
      // "Présent en Chine depuis 2018, il…": an adjective opening the sentence, not a name.
      changed = true;
      continue;
    }
    if (m.kind !== 'PLACE' && t[m.s - 1]?.text === ':' && w.cover[m.s - 2]?.kind === 'EXCHANGE' && t[m.e]?.text === ')') {
      // "Brambleton Health (NYSE: BHX)": a ticker, not a company.
      changed = true;
      continue;
    }
    if (m.kind === 'UNKNOWN' && m.e - m.s === 1 && TICKER_WORDS.has(before?.f ?? '')) {
      // "sous le symbole LAU", "under the ticker BRF": a ticker, not a company.
      changed = true;
      continue;
    }
    const after = t[m.e]?.text ?? '';
    if (m.kind !== 'PLACE' && m.e - m.s === 1 && MONTH_WORDS.has(t[m.s]?.f ?? '') && (after === '.' || /^\d/.test(after))) {
      // "Feb. 3, 2026": a date, not a company.
      changed = true;
      continue;
    }
    if (m.kind === 'UNKNOWN' && m.e - m.s === 1 && UNIT_WORDS.has(t[m.s]?.f ?? '') && /^\d/.test(before?.text ?? '')) {
      // "a 300 MW pipeline": a unit, not a company.
      changed = true;
      continue;
    }
    if (isCompanyLike(m) && m.e - m.s >= 2 && SECTOR_WORDS.has(t[m.s]?.f ?? '') && (before?.f === 'de' || before?.f === "d'" || ARTICLES.has(before?.f ?? ''))) {
      // "le groupe de BTP Varnholt & Tessaro", "L'ESN Logivance": the sector is no part of the name.
      m = { ...m, s: m.s + 1, text: textOf(w, m.s + 1, m.e) };
    } else if (m.kind === 'PERSON' && (notes.describedPersons.has(m.text) || countryArm(m))) {
      notes.describedPersons.add(m.text);
      m = newMention('COMPANY', m.s, m.e, m.text);
    } else if (m.kind === 'PERSON' && (titledBefore(w, m) || startsSomeName(notes.companyNames, m.text))) {
      // "Tarvik Freight Chief Executive Jo Smith": a name before a title and its holder is the employer.
      // "Halden Brook" after "Halden Brook Capital": the company's short name.
      m = newMention('COMPANY', m.s, m.e, m.text);
    } else if (m.kind === 'UNKNOWN' && m.e - m.s === 1 && REGION_NOUNS.has(t[m.e]?.f ?? '') && ARTICLES_EN.has(before?.f ?? '')) {
      // "in the Atacama region": a region within the country the sentence names.
      const place: PlaceEntry = { id: `region:${fold(m.text)}`, name: m.text, kind: 'REGION', countryCode: sentenceCountry(w) };
      m = placeMention(m.s, m.e, m.text, place);
    } else if ((m.kind === 'PERSON' || (m.kind === 'PLACE' && m.place?.kind === 'CITY')) && described) {
      // "outdoor brand Ferrow Lane", "the department-store chain Bristol": a company.
      m = newMention('COMPANY', m.s, m.e, m.text);
    } else if (isCompanyLike(m) && before && !before.cap && INSTITUTION_NOUNS.has(before.f)) {
      m = { ...m, s: m.s - 1, text: textOf(w, m.s - 1, m.e) };
    } else if (m.kind === 'UNKNOWN' && subnational(w, m)) {
      const place: PlaceEntry = { id: `region:${fold(m.text)}`, name: m.text, kind: 'REGION', countryCode: SUBNATIONAL.get(fold(m.text)) ?? null };
      m = placeMention(m.s, m.e, m.text, place);
    } else if ((m.kind === 'UNKNOWN' || m.kind === 'PERSON') && m.e - m.s <= 2 && CITY_PREPS.has(before?.f ?? '')) {
      const code = locatorAt(w, m.e);
      if (code !== undefined) {
        const place: PlaceEntry = { id: `city:${fold(m.text)}`, name: m.text, kind: 'CITY', countryCode: code };
        m = placeMention(m.s, m.e, m.text, place);
      }
    }
    if (m !== ms[x]) {
      sources.set(m, sources.get(ms[x] as Mention) ?? [ms[x] as Mention]);
      if (ms[x]?.kind === 'PERSON' && m.kind === 'COMPANY') notes.companies.add(t[m.s]?.f ?? '');
      changed = true;
    }
    out.push(m);
  }
  if (!changed) return v;
  const cover2: Array<Mention | undefined> = new Array<Mention | undefined>(t.length);
  for (const m of out) for (let i = m.s; i < m.e; i++) cover2[i] = m;
  return { ...v, mentions: out, cover: cover2 };
}

/**
 * The country of a nationality or city adjective just before the focus company's name, past
 * lowercase description words: "Le chausseur italien Pellanera", "Danish homeware chain X",
 * "la biotech strasbourgeoise X" (France).
 */
function homeCountry(views: Map<SentenceView, SentenceView>, focus: string | null): string | null {
  const head = focus?.split(' ')[0];
  if (!head) return null;
  for (const w of views.values()) {
    for (const m of w.mentions) {
      if (!isCompanyLike(m) || !(m.text === head || m.text.startsWith(`${head} `))) continue;
      for (let k = m.s - 1; k >= Math.max(w.from, m.s - 4); k--) {
        const c = w.cover[k];
        const form = c ? null : lookupTokenPlace(w.tokens[k]);
        const code = c?.kind === 'PLACE' && c.adjective ? c.place?.countryCode : form?.adjective ? form.entry.countryCode : undefined;
        if (code !== undefined) return code;
        // "Madrid-based coworking operator X": the city the company is based in.
        const based = c ? null : BASED_PREFIX.exec(w.tokens[k]?.text ?? '');
        const city = based?.[1] ? lookupPlaceForm(based[1]) : null;
        if (city && !city.adjective && city.entry.countryCode) return city.entry.countryCode;
        if (c || !w.tokens[k]?.word || w.tokens[k]?.cap) break;
      }
    }
  }
  return headquartersCountry(views, head);
}

/**
 * The headquarters city of the focus company: "a Chicago-based firm" or "Chicago-based X"
 * near its name, "X, headquartered in Chicago", "X is based in Chicago" (a city only). Its
 * place id, else null.
 */
function homeCity(views: Map<SentenceView, SentenceView>, focus: string | null): string | null {
  const head = focus?.split(' ')[0];
  if (!head) return null;
  for (const w of views.values()) {
    const t = w.tokens;
    for (let k = w.from; k < t.length; k++) {
      const f = t[k]?.f ?? '';
      // "Axiom, a Chicago-based fintech", "Chicago-based Axiom"
      const based = !w.cover[k] && f.length > 6 && f.endsWith('-based') ? BASED_PREFIX.exec(t[k]?.text ?? '') : null;
      if (based?.[1]) {
        // ("New York-based": the city's first words are tokens of their own.)
        let city = lookupPlaceForm(based[1]);
        for (let n = 1; n <= 2 && !city?.entry && k - n >= w.from && t[k - n]?.cap; n++) city = lookupPlaceForm(`${t.slice(k - n, k).map((x) => x.text).join(' ')} ${based[1]}`);
        if (city && !city.adjective && city.entry.kind === 'CITY' && (nameAfter(w, k, head) || saidOfFocus(w, k, head))) return city.entry.id;
        continue;
      }
      if (!HQ_CITY_LEADS.has(f)) continue;
      // "Headquartered in Chicago, Axiom …": the name after the fronted phrase.
      const fronted = k === w.from || t[k - 1]?.f === '.';
      if (!fronted && !saidOfFocus(w, k, head)) continue;
      for (let j = k + 1; j < Math.min(t.length, k + 4); j++) {
        const m = w.cover[j];
        if (m?.kind === 'PLACE' && !m.adjective && m.place?.kind === 'CITY') {
          if (!fronted || (t[m.e]?.f === ',' && nameAfter(w, m.e, head))) return m.place.id;
          break;
        }
        if (m || t[j]?.f === ',' || t[j]?.f === '.') break;
      }
    }
  }
  return null;
}

/** Words whose city is the headquarters: "headquartered in", "based in" (a city after "in"). */
const HQ_CITY_LEADS = new Set(['headquartered', 'based']);

/** Whether the focus is named within three words after token k ("Chicago-based fintech Axiom"). */
function nameAfter(w: SentenceView, k: number, head: string): boolean {
  for (let j = k + 1; j < Math.min(w.tokens.length, k + 4); j++) {
    const m = w.cover[j];
    if (m) return isCompanyLike(m) && (m.text === head || m.text.startsWith(`${head} `));
    if (!w.tokens[j]?.word || w.tokens[j]?.cap) return false;
  }
  return false;
}

const BASED_PREFIX = /^(.+)-based$/;
const HQ_LEADS = wordList(['headquartered', 'siege']);

/** Whether the headquarters word at k is said of the focus: its name or "the company" shortly before, no other name between. */
function saidOfFocus(w: SentenceView, k: number, head: string): boolean {
  for (let j = k - 1; j >= Math.max(w.from, k - 8); j--) {
    const m = w.cover[j];
    if (m) return isCompanyLike(m) && (m.text === head || m.text.startsWith(`${head} `));
    const f = w.tokens[j]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (DESCRIPTOR_NOUNS.has(f) && !w.tokens[j]?.cap) return true;
  }
  return false;
}

/**
 * Failing a nationality, the country of the place the text gives as the company's
 * headquarters ("The company, headquartered in Denver, …", "Velmar, qui a son siège à Lille");
 * not another's ("The venture, headquartered in Lima").
 */
function headquartersCountry(views: Map<SentenceView, SentenceView>, head: string): string | null {
  for (const w of views.values()) {
    const t = w.tokens;
    for (let k = w.from; k < t.length; k++) {
      if (!startsCue(t[k], HQ_LEADS) || !saidOfFocus(w, k, head)) continue;
      for (let j = k + 1; j < Math.min(t.length, k + 5); j++) {
        const m = w.cover[j];
        if (m?.kind === 'PLACE' && !m.adjective && m.place?.countryCode && (m.place.kind === 'CITY' || m.place.kind === 'COUNTRY')) return m.place.countryCode;
        if (m || t[j]?.f === ',' || t[j]?.f === '.') break;
      }
    }
  }
  return null;
}

/** The last document's corrected view: sentences of one document are read one after another. */
let last: { doc: DocView; x: ExpansionDoc } | null = null;

/** The sentence's view without one mention (a Q&A label). */
function withoutMention(v: SentenceView, m: Mention): SentenceView {
  const cover = v.cover.slice();
  for (let k = m.s; k < m.e; k++) cover[k] = undefined;
  return { ...v, mentions: v.mentions.filter((x) => x !== m), cover };
}

export function expansionDoc(doc: DocView): ExpansionDoc {
  if (last?.doc === doc) return last.x;
  const sources = new Map<Mention, Mention[]>();
  const views = new Map<SentenceView, SentenceView>();
  let focus = doc.focus;
  const companyNames: string[] = [];
  for (const v of doc.sentences) if (!v.sent.skip) for (const m of v.mentions) if (m.kind === 'COMPANY' || m.kind === 'UNKNOWN') companyNames.push(m.text);
  const notes: Notes = { sources, joins: new Set<Mention>(), descriptions: new Map<string, string>(), companies: new Set<string>(), companyNames, describedPersons: new Set<string>() };
  for (const v of doc.sentences) {
    const corrected = v.sent.skip ? v : correct(v, notes);
    // "Q: Why Porto for your first office abroad?": a question or answer label is no company.
    const label = corrected.sent.skip ? null : labelMention(corrected);
    const w = label ? withoutMention(corrected, label) : corrected;
    if (label && focus === label.text) focus = null;
    views.set(v, w);
    if (w === v || !doc.focus) continue;
    // The focus was one half of a name joined here: the whole name is the focus.
    for (const m of w.mentions) {
      const from = sources.get(m);
      if (from && notes.joins.has(m) && m.kind !== 'PLACE' && from.some((o) => o.text === doc.focus)) focus = m.text;
    }
  }
  // The focus was a description ("Plastics group X"): the name it describes is.
  const described = doc.focus ? notes.descriptions.get(doc.focus) : undefined;
  if (described && focus === doc.focus) focus = described;
  const names = new Map<string, NameCount>();
  let order = 0;
  for (const w of views.values()) {
    if (w.sent.skip) continue;
    for (const m of w.mentions) {
      if (!isCompanyLike(m)) continue;
      const key = nameKey(w, m);
      const c = names.get(key) ?? { n: 0, first: order++, forms: new Map<string, number>() };
      c.n++;
      c.forms.set(m.text, (c.forms.get(m.text) ?? 0) + 1);
      names.set(key, c);
    }
  }
  // The label stood for the focus: the name written most often (first on a tie) is the text's company.
  if (!focus && doc.focus) {
    let best: [string, NameCount] | undefined;
    for (const e of names) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e;
    if (best) focus = commonestForm(best[1]);
  }
  // "le groupe de BTP Varnholt & Tessaro" named the focus with its sector.
  const words = focus?.split(' ') ?? [];
  if (words.length >= 2 && SECTOR_WORDS.has(fold(words[0] ?? ''))) focus = words.slice(1).join(' ');
  // A name the mention stage read as a person ("Ruby Fern") and this stage as a company may be
  // the one the text is about.
  if (notes.companies.size > 0) {
    let best: [string, NameCount] | undefined;
    for (const e of names) if (!best || e[1].n > best[1].n || (e[1].n === best[1].n && e[1].first < best[1].first)) best = e;
    const current = names.get(fold(focus ?? '').split(' ')[0] ?? '');
    if (best && notes.companies.has(best[0]) && best[1] !== current) focus = commonestForm(best[1]);
  }
  focus = fullestForm(names, focus);
  const result: ExpansionDoc = { doc: focus === doc.focus ? doc : { ...doc, focus }, views, sources, names, focus, home: homeCountry(views, focus), homeCity: homeCity(views, focus) };
  last = { doc, x: result };
  return result;
}

const EMPLOYER_PREPS = new Set(['de', "d'", 'chez', 'a', 'at', 'of', 'from', 'la', 'le', "l'"]);

/**
 * "L'ancien gérant de X", "a passé vingt ans à la X", "a veteran of X", "spent 11 years at X";
 * "poaches X's Jo Smith" (hired away from X).
 */
function pastEmployer(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (HIRING_VERBS.has(t[m.s - 1]?.f ?? '') && POSSESSIVE_S.has(t[m.e]?.f ?? '') && v.cover[m.e + 1]?.kind === 'PERSON') return true;
  if (!EMPLOYER_PREPS.has(t[m.s - 1]?.f ?? '')) return false;
  for (let k = m.s - 2; k >= Math.max(v.from, m.s - 7); k--) {
    const f = t[k]?.f ?? '';
    if (PAST_WORDS.has(f)) return true;
    if (f === ',' || f === '.' || f === ';' || isCompanyLike(v.cover[k])) return false;
  }
  return false;
}

const JOIN_VERBS = new Set('rejoindre rejoint rejoignent rejoignait rejoindra integre integrer integrera rallie rallier ralliera joins joined join joining'.split(' '));

/** "avant de rejoindre X en 2019", "joined X in 2020": when X is the focus, someone works there now and it stays the company the text is about. */
function joined(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (JOIN_VERBS.has(t[m.s - 1]?.f ?? '') || (ARTICLES.has(t[m.s - 1]?.f ?? '') && JOIN_VERBS.has(t[m.s - 2]?.f ?? ''))) return true;
  // "fait son retour chez X", "débarque chez X", "revient chez X": a French move to X.
  return t[m.s - 1]?.f === 'chez' && JOINED_AT.has(t[m.s - 2]?.f ?? '');
}

/** The word before "chez" of a French move to the company after it (folded). */
const JOINED_AT = new Set('arrive arrivee arrivera debarque debarquera atterrit atterri atterrira retour entree revient reviendra revenu revenue entrera rejoint'.split(' '));

function commonestForm(c: NameCount): string {
  let form = '';
  let fn = 0;
  for (const [text, n] of c.forms) if (n > fn || (n === fn && text.length < form.length)) [form, fn] = [text, n];
  return form;
}

/**
 * The focus as the text gives it in full when the short form is no commoner: in "Norvik
 * Health, the telemedicine startup … The company has struck a partnership … Norvik raised"
 * the company is "Norvik Health"; a text that keeps saying "Tarn" after one "Tarn
 * Recycling" calls it "Tarn".
 */
function fullestForm(names: Map<string, NameCount>, focus: string | null): string | null {
  if (!focus) return focus;
  const c = names.get(fold(focus).split(' ')[0] ?? '');
  if (!c) return focus;
  let best = focus;
  for (const [form, n] of c.forms) {
    // "Varnholt & Tessaro Maroc" is the Moroccan subsidiary, not a fuller name.
    const subsidiary = !!lookupPlaceForm(form.slice(best.length + 1));
    if (form.startsWith(`${best} `) && !subsidiary && form.split(' ').length <= 4 && n >= (c.forms.get(best) ?? 0)) best = form;
  }
  return best;
}

function nameKey(v: SentenceView, m: Mention): string {
  return v.tokens[m.s]?.f ?? '';
}

/** A name's key in ExpansionDoc.names: its first word, folded. (Computed when needed: focusAfter runs for every sentence.) */
function firstWordKey(name: string | null): string {
  return fold(name ?? '').split(' ')[0] ?? '';
}

/**
 * The company the text is about, for pronouns and "the firm": a company named as someone's
 * past employer ("a veteran of KKR", "a passé vingt ans à la SNCF") is not it. Each sentence's
 * past employers count against their name; when that leaves another name ahead (more
 * mentions, else named first), that name is the focus from this sentence on.
 */
export function focusAfter(x: ExpansionDoc, w: SentenceView, consumed: Map<Mention, string | null>): string | null {
  if (!x.doc.focus) return x.focus;
  let changed = false;
  for (const m of w.mentions) {
    if (!isCompanyLike(m) || (!consumed.has(m) && !pastEmployer(w, m))) continue;
    if (joined(w, m) && nameKey(w, m) === firstWordKey(x.focus)) continue;
    const c = x.names.get(nameKey(w, m));
    if (!c) continue;
    c.n--;
    changed = true;
  }
  if (!changed) return x.focus;
  const current = x.names.get(firstWordKey(x.focus));
  let best: NameCount | undefined;
  for (const c of x.names.values()) if (!best || c.n > best.n || (c.n === best.n && c.first < best.first)) best = c;
  if (current && current.n <= 0 && (!best || best.n <= 0)) {
    // Every name is someone's past employer: no company the text is about.
    x.focus = null;
    return null;
  }
  if (!best || !current || best === current || best.n < current.n || (best.n === current.n && best.first > current.first)) return x.focus;
  const form = fullestForm(x.names, commonestForm(best));
  x.focus = form;
  return form;
}

/** The companies already taken by career mentions, seen through corrected names. */
export function consumedIn(x: ExpansionDoc, w: SentenceView, consumed: Map<Mention, string | null>): Map<Mention, string | null> {
  if (consumed.size === 0) return consumed;
  let out = consumed;
  for (const m of w.mentions) {
    const from = x.sources.get(m);
    const hit = from?.find((o) => consumed.has(o));
    if (hit) {
      if (out === consumed) out = new Map(consumed);
      out.set(m, consumed.get(hit) ?? null);
    }
  }
  return out;
}
