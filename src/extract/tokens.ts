/**
 * Tokens of one sentence with offsets. Words keep inner dots, apostrophes, hyphens and
 * ampersands ("JD.com", "O'Donnell-Hayes", "AT&T"); French elisions ("l'", "qu'"), the
 * English possessive "'s" and the prefix "ex-" become tokens of their own.
 */
import { isFirstName } from '../lexicon/first-names.js';
import { foldToken } from '../lexicon/fold.js';
import { ELIDED_COMPANIES } from '../lexicon/companies.js';
import { charClass, JOIN, SPACE, WORD } from './char-classes.js';
import { WordTable } from './word-table.js';
import { cuesStartingWith, cueListsVersion, type CuesByList } from './cues.js';

export interface Token {
  text: string;
  /** Folded: lowercase, no accents. */
  f: string;
  /** Offsets in the sentence text. */
  start: number;
  end: number;
  /** Starts with a capital, or is mixed-case like "eBay". */
  cap: boolean;
  /** Is a word (letters/digits), not punctuation. */
  word: boolean;
  /** The folded word is a first name (lexicon/first-names.ts), looked up once per distinct word. */
  firstName: boolean;
  /** The cue phrases starting here, by cue list (cues.ts); null if none. Unset on hand-made tokens. */
  cues?: CuesByList | null;
}

const ELISION = /^(l|d|qu|n|s|j|c|m|t|jusqu|lorsqu|puisqu|presqu)'(?=[\p{L}\p{N}])/iu;
const POSSESSIVE = /'s$/i;
const NAME_AFTER_LD = /^[LD]'\p{Lu}/u;
const NAME_AFTER_N = /^N'\p{Lu}/u;
const EX_PREFIX = /^ex-(?=[\p{L}])/iu;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const MIXED = /^\p{Ll}+\p{Lu}/u;

/** Is there a capital after the first letter ("eBay", "iPhone")? Checked before the regex. */
function laterCapital(text: string): boolean {
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

interface Shape {
  /** The word as first met: every token of this text shares this string. */
  text: string;
  f: string;
  cap: boolean;
  word: boolean;
  firstName: boolean;
  cues: CuesByList | null;
}

// Word shapes repeat a lot (function words, names): computed once per distinct text (and
// again if a cue list was added since).
const shapes = new WordTable<Shape>(100_000);
let shapesCueVersion = -1;

/** The token for src[start, end), whose offsets in the sentence are `base` further. */
function make(src: string, start: number, end: number, base = 0): Token {
  const hash = WordTable.hash(src, start, end);
  let shape = shapes.get(src, start, end, hash);
  if (shape === undefined) {
    shape = shapeOf(src.slice(start, end));
    shapes.set(shape.text, hash, shape);
  }
  return { text: shape.text, f: shape.f, start: base + start, end: base + end, cap: shape.cap, word: shape.word, firstName: shape.firstName, cues: shape.cues };
}

function shapeOf(text: string): Shape {
  const first = text[0] ?? '';
  const code = first.charCodeAt(0);
  // ASCII fast paths; other scripts go through Unicode classes.
  const asciiLower = code >= 97 && code <= 122;
  const asciiUpper = code >= 65 && code <= 90;
  const word = asciiLower || asciiUpper || (code >= 48 && code <= 57) || (code > 127 && LETTER_OR_DIGIT.test(first));
  const cap = word && (asciiUpper || (!asciiLower && code > 127 && UPPER.test(first)) || ((asciiLower || code > 127) && laterCapital(text) && MIXED.test(text)));
  const f = withoutDesignate(foldToken(text));
  return { text, f, cap, word, firstName: isFirstName(f), cues: cuesStartingWith(f) };
}

/**
 * "chair-designate", "CEO-elect", "directrice générale-désignée": a post named before its holder
 * takes it is read as the post itself (the text keeps the suffix; the holder is newly named, so
 * current).
 */
const DESIGNATE = /-(?:designate|elect|designee?)$/;

function withoutDesignate(f: string): string {
  return f.length > 8 && f.includes('-') ? f.replace(DESIGNATE, '') : f;
}

/** Width in UTF-16 units of the code point at i (2 for a surrogate pair). */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
}

/** Classes of the ASCII characters, read without a call (charClass for the rest). */
const ASCII_CLASS = Uint8Array.from({ length: 128 }, (_, c) => charClass(c));

/** Class of the code point at i (see char-classes.ts). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] as number;
  return c < 0xd800 || c > 0xdbff ? charClass(c) : charClass(text.codePointAt(i) ?? c);
}

/** End of the run of word characters starting at i. */
function wordRunEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    // ASCII (most letters) is one unit wide.
    if (c < 128) {
      if (ASCII_CLASS[c] !== WORD) break;
      i++;
    } else if (classAt(text, i) === WORD) i += widthAt(text, i);
    else break;
  }
  return i;
}

function elidedCompany(text: string): boolean {
  return NAME_AFTER_LD.test(text) && ELIDED_COMPANIES.has(foldToken(text));
}

/**
 * Tokens of `sentence` from offset `from`. The raw tokens are what the regex
 * /[\p{L}\p{M}\p{N}]+(?:[.'&+-][\p{L}\p{M}\p{N}]+)*|\S/u matches: a run of word characters with
 * inner joiners ("JD.com", "O'Donnell-Hayes"), else one non-space character; written as a
 * scanner so that no match array is made per token, and noting on the way whether an
 * apostrophe is inside (most tokens have none and are made from the span as it stands).
 */
export function tokenize(sentence: string, from = 0): Token[] {
  // Once per sentence, not per token: lists are only added at module load.
  if (shapesCueVersion !== cueListsVersion()) {
    shapes.clear();
    shapesCueVersion = cueListsVersion();
  }
  const out: Token[] = [];
  const n = sentence.length;
  // As the regex did: a start inside a surrogate pair starts at the pair.
  if (from > 0 && widthAt(sentence, from - 1) === 2) from--;
  let i = from;
  while (i < n) {
    const c = sentence.charCodeAt(i);
    const k = c < 128 ? (ASCII_CLASS[c] as number) : classAt(sentence, i);
    if (k === SPACE) {
      i += c < 128 ? 1 : widthAt(sentence, i);
      continue;
    }
    const s = i;
    let apostrophe = c === 0x27;
    if (k !== WORD) i += c < 128 ? 1 : widthAt(sentence, i);
    else {
      i = wordRunEnd(sentence, i);
      while (i + 1 < n && classAt(sentence, i) === JOIN && classAt(sentence, i + 1) === WORD) {
        if (sentence.charCodeAt(i) === 0x27) apostrophe = true;
        i = wordRunEnd(sentence, i + 1);
      }
    }
    // "Maersk A/S", "Novo Nordisk A/S": the Nordic legal form is one token, not "A", "/", "S".
    if (i === s + 1 && isSlashedForm(sentence, s)) i += 2;
    const e = i;
    if (!apostrophe && !((c === 0x65 || c === 0x45) && sentence.charCodeAt(s + 2) === 0x2d)) {
      out.push(make(sentence, s, e));
      continue;
    }
    splitToken(sentence, s, e, out);
  }
  return out;
}

/** The Danish and Norwegian legal forms "A/S", "I/S", "K/S", "P/S": a capital, a slash, "S", then no word character. */
function isSlashedForm(text: string, s: number): boolean {
  const c = text.charCodeAt(s);
  return c >= 65 && c <= 90 && text.charCodeAt(s + 1) === 0x2f && text.charCodeAt(s + 2) === 0x53 && (s + 3 >= text.length || classAt(text, s + 3) !== WORD);
}

/** A raw token with an apostrophe or "ex-": elision, "ex-" prefix and possessive "'s" cut off. */
function splitToken(sentence: string, s: number, e: number, out: Token[]): void {
  let start = s;
  let text = sentence.slice(s, e);
  // "L'Oréal" inside a sentence is a name; "L'accord" at the start is an elision, unless
  // the lexicon knows the name ("L'Oréal nomme…").
  // "N'Guessan", "N'Diaye": a name wherever it stands ("n'" before a verb is lowercase).
  const el = text.indexOf("'") > 0 && !((start > 0 && NAME_AFTER_LD.test(text)) || NAME_AFTER_N.test(text) || elidedCompany(text)) ? ELISION.exec(text) : null;
  if (el) {
    out.push(make(text, 0, el[0].length, start));
    start += el[0].length;
    text = text.slice(el[0].length);
  }
  if ((text[0] === 'e' || text[0] === 'E') && text[2] === '-' && EX_PREFIX.test(text)) {
    out.push(make(text, 0, 3, start));
    start += 3;
    text = text.slice(3);
  }
  if (text.length > 2 && text[text.length - 2] === "'" && POSSESSIVE.test(text)) {
    out.push(make(text, 0, text.length - 2, start));
    out.push(make(text, text.length - 2, text.length, start));
    return;
  }
  out.push(make(text, 0, text.length, start));
}
