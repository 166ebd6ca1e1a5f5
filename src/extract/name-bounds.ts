/**
 * Where a name chunk really ends, once the capitalised run is known: title words glued on
 * ("Clara Voss Executive Vice President"), a possessive inside a firm's name ("Moody's
 * Analytics"), a trailing "+" ("Canal+"). Each helper takes the chunk [s, e) and returns its
 * corrected end; the chunk itself is found in mentions.ts.
 */
import { COMPANY_TAILS, KNOWN_COMPANIES, LEGAL_SUFFIXES } from '../lexicon/companies.js';
import { lookupPlaceForm, lookupTokenPlace } from '../lexicon/places.js';
import { HEADLINE_VERBS, STOPWORDS } from '../lexicon/stopwords.js';
import { DEPARTMENTS, TITLE_PRE } from '../lexicon/titles.js';
import { anyCueAt, APPOINT_VERBS } from './cues.js';
import type { Token } from './tokens.js';

type IsTitle = (i: number) => boolean;

/**
 * "Greta X Executive Vice President", "Senior Vice President", "Chief Financial Officer":
 * capitalised title modifiers before a title head belong to the title, not to the name.
 * Returns the new end (s when nothing of the chunk is left). "Group" stays: "HSBC Group chief
 * executive" keeps its firm's word.
 */
export function trimTitleWords(tokens: Token[], s: number, e: number, isTitle: IsTitle): number {
  if (!isTitle(e)) return e;
  let k = e;
  while (k > s && TITLE_PRE.has(tokens[k - 1]?.f ?? '') && tokens[k - 1]?.f !== 'group') k--;
  // "Norland Bank Financial analyst", "Severn Research analyst": a capitalised word before a
  // head in lowercase ends the firm's name (a title's own modifiers are written like its head).
  if (k > s && capitalisedBeforeLowerHead(tokens, k, e)) return e;
  return k;
}

/** Capitalised words [k, e) right after a name's first words, before a lowercase title head. */
export function capitalisedBeforeLowerHead(tokens: Token[], k: number, e: number): boolean {
  const head = tokens[e];
  if (!head || head.cap || !head.word) return false;
  for (let j = k; j < e; j++) if (!tokens[j]?.cap) return false;
  const before = tokens[k - 1];
  return !!before && before.cap && before.word && !STOPWORDS.has(before.f) && !TITLE_PRE.has(before.f);
}

/**
 * "Moody's Analytics", "Southern Glazer's Wine & Spirits": an 's inside a firm's name, told from
 * "Airbnb's head of…" or "Google's Jane Smith" by what follows — capitalised words that end like
 * a company (a sector word, a legal form, "&"). A place or a well-known firm before the 's owns
 * what follows ("China's Ping An", "Goldman's Asset Management"). A verb after the 's ends a
 * name written with it ("Brackley's will open"). Returns the new end or e.
 */
/** Finite verbs that follow a subject, never a possessed noun. */
const NAME_VERBS = new Set('will would has have had is was are were said says announced opened plans reported posted'.split(' '));

export function possessiveNameEnd(sentence: string, tokens: Token[], s: number, e: number, isTitle: IsTitle): number {
  if (tokens[e]?.f !== "'s") return e;
  const head = tokens[s]?.f ?? '';
  if (KNOWN_COMPANIES.has(head) || lookupPlaceForm(sentence.slice(tokens[s]?.start ?? 0, tokens[e - 1]?.end ?? 0))) return e;
  const first = tokens[e + 1];
  // "Brackley's will open", "Dillard's said": a verb right after the 's makes it the name's own.
  if (first && NAME_VERBS.has(first.f) && !first.cap) return e + 1;
  if (!first?.cap || !first.word || isTitle(e + 1) || DEPARTMENTS.has(first.f) || TITLE_PRE.has(first.f)) return e;
  let j = e + 1;
  let amp = false;
  while (j < e + 6) {
    const n = tokens[j];
    if (n?.text === '&' && tokens[j + 1]?.cap) {
      amp = true;
      j += 2;
      continue;
    }
    if (!n?.cap || !n.word || isTitle(j) || STOPWORDS.has(n.f) || HEADLINE_VERBS.has(n.f)) break;
    j++;
  }
  const last = tokens[j - 1]?.f ?? '';
  // "Ned's Garden Supplies' online arm": a plural's bare apostrophe after the run owns what
  // follows, so the words before it, 's included, are one name.
  const owned = j > e + 1 && last.endsWith('s') && (tokens[j]?.text === "'" || tokens[j]?.text === '’') && tokens[j]?.start === tokens[j - 1]?.end;
  return amp || owned || COMPANY_TAILS.has(last) || LEGAL_SUFFIXES.has(last) ? j : e;
}

/** "Unit 8200", "Channel 4": a number right after a name is part of it (a year is not: "Acme 2024"). */
export function numberEnd(tokens: Token[], e: number): number {
  const n = tokens[e];
  return n && /^\d{1,4}$/.test(n.text) && !/^(?:19|20)\d\d$/.test(n.text) && !(tokens[e + 1]?.text === '%') ? e + 1 : e;
}

/** "Canal+", "Disney+": a plus sign written against the name is part of it. */
export function plusEnd(tokens: Token[], e: number): number {
  const p = tokens[e];
  return p?.text === '+' && p.start === tokens[e - 1]?.end ? e + 1 : e;
}

/** Regions written as acronyms before a unit ("EMEA TMT", "APAC FIG"). Folded. */
const REGION_ACRONYMS = new Set(['emea', 'apac', 'latam', 'cee', 'mena', 'amer', 'amea', 'anz', 'dach', 'nordics', 'benelux', 'uki']);

/**
 * "head of AR partnerships", "co-head of European ECM": a short acronym after a title's "of",
 * before a department word or behind a place adjective, names a unit, not a company. ("head of
 * IBM" alone is the firm.)
 */
export function isUnitAcronym(tokens: Token[], s: number, e: number, isTitle: IsTitle): boolean {
  if (tokens[s - 1]?.f !== 'of' || !isTitle(s - 2)) return false;
  const t = tokens[e - 1];
  if (!t || t.text.length > 4 || t.text !== t.text.toUpperCase()) return false;
  // "co-head of European ECM", "head of EMEA TMT": a place or region, then the unit's acronym.
  if (e - s >= 2) return e - s === 2 && (lookupTokenPlace(tokens[s])?.adjective === true || REGION_ACRONYMS.has(tokens[s]?.f ?? ''));
  const next = tokens[e];
  return !!next && next.word && !next.cap && DEPARTMENTS.has(next.f);
}

/**
 * "Senior Vice President, Clinical Development", "Executive Vice President, Global Operations":
 * after a title and its comma, a short name ending in a department word is the post's scope.
 */
export function isDepartmentAfterTitle(tokens: Token[], s: number, e: number, isTitle: IsTitle): boolean {
  if (e - s > 3 || tokens[s - 1]?.text !== ',' || !isTitle(s - 2)) return false;
  const last = tokens[e - 1]?.f ?? '';
  return DEPARTMENTS.has(last) && !COMPANY_TAILS.has(last) && !KNOWN_COMPANIES.has(tokens[s]?.f ?? '');
}

/** Last words of a function's name ("Investor Relations", "Group Risk", "Clinical Development"), folded. */
const UNIT_LAST = new Set('sales marketing operations strategy research development compliance risk relations resources procurement purchasing affairs policy partnerships audit'.split(' '));
/**
 * Other words of such a name besides department words ("Clinical", "Regulatory", "Wealth"), folded,
 * with the French and plural forms ("Affaires Réglementaires", "Relations Investisseurs").
 */
const UNIT_WORDS = new Set(('clinical regulatory medical scientific group corporate business enterprise commercial private institutional treasury investment quality field network channel brand consumer category revenue government media legal external internal public industry client employee shareholder community partner human investor'
  + ' affaires services management investisseurs publiques reglementaires cliniques medicales scientifiques').split(' '));

/** A word of a function's name: "Clinical", "Development", "Sales", "Réglementaires" (folded). */
export function isUnitWord(f: string): boolean {
  return DEPARTMENTS.has(f) || UNIT_WORDS.has(f) || UNIT_LAST.has(f);
}

/** A post's region written before a function ("EMEA Sales", "APAC Marketing", "LatAm Operations"), folded. */
export const REGION_SCOPES: ReadonlySet<string> = new Set('emea apac latam amer americas anz mena dach cee nordics benelux emeia'.split(' '));

/**
 * "head of Investor Relations at X", "ran Group Risk at Y", "Clinical Development": two or three
 * capitalised words made only of a function's vocabulary, ending in a function's name, are a
 * department, never an employer ("Acme Development" has a name of its own).
 */
export function isDepartmentName(tokens: Token[], s: number, e: number): boolean {
  if (e - s < 2 || e - s > 3 || !UNIT_LAST.has(tokens[e - 1]?.f ?? '')) return false;
  for (let k = s; k < e; k++) {
    const f = tokens[k]?.f ?? '';
    if (!tokens[k]?.cap || !(isUnitWord(f) || (k < e - 1 && REGION_SCOPES.has(f)))) return false;
  }
  return !KNOWN_COMPANIES.has(tokens[s]?.f ?? '');
}

/**
 * A two-letter word in capitals before a Titlecase name starts the name, not the function word
 * it spells: "AS Saint-Étienne", "AC Milan". (After a name, "Ferrix SA" keeps its suffix out, as before.)
 */
export function capsNamePart(t: Token | undefined, next: Token | undefined): boolean {
  if (!t || t.text.length !== 2 || !/^\p{Lu}{2}$/u.test(t.text)) return false;
  return !!next && next.cap && next.word && next.text !== next.text.toUpperCase();
}

/** Lowercase words inside names of associations and firms: "Action contre la Faim", "Save the Children UK". */
const NAME_LINKS = new Set(['the', 'of', 'for', 'contre', 'la', 'le', 'les', 'sans', 'pour', 'du', 'de', 'des', "d'"]);

/**
 * "Action contre la Faim nomme…", "Save the Children UK has appointed…": at the head of a
 * sentence, a name written with lowercase link words runs up to the verb that appoints.
 * Only there: elsewhere "Oskerra de son côté" or "Acme for the year" are a name and a phrase.
 * Returns the new end or e.
 */
export function linkedNameEnd(tokens: Token[], e: number, isTitle: IsTitle): number {
  let k = e;
  while (k < e + 2 && NAME_LINKS.has(tokens[k]?.f ?? '') && !(tokens[k]?.cap ?? true)) k++;
  if (k === e) return e;
  const first = k;
  while (k < first + 3 && tokens[k]?.cap && tokens[k]?.word && !isTitle(k) && !STOPWORDS.has(tokens[k]?.f ?? '')) k++;
  if (k === first) return e;
  const verb = tokens[k]?.f === 'has' ? k + 1 : k;
  return anyCueAt(tokens, verb, APPOINT_VERBS) > 0 ? k : e;
}
