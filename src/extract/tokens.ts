/**
 * Tokens of one sentence with offsets. Words keep inner dots, apostrophes, hyphens and
 * ampersands ("JD.com", "O'Donnell-Hayes", "AT&T"); French elisions ("l'", "qu'"), the
 * English possessive "'s" and the prefix "ex-" become tokens of their own.
 */
import { foldToken } from '../lexicon/fold.js';
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
  /** The cue phrases starting here, by cue list (cues.ts); null if none. Unset on hand-made tokens. */
  cues?: CuesByList | null;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[.'&+-][\p{L}\p{M}\p{N}]+)*|\S/gu;
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
  f: string;
  cap: boolean;
  word: boolean;
  cues: CuesByList | null;
}

// Word shapes repeat a lot (function words, names): computed once per distinct text (and
// again if a cue list was added since).
let shapes = new Map<string, Shape>();
let shapesCueVersion = -1;

function make(text: string, start: number): Token {
  if (shapesCueVersion !== cueListsVersion()) {
    shapes = new Map();
    shapesCueVersion = cueListsVersion();
  }
  let shape = shapes.get(text);
  if (shape === undefined) {
    shape = shapeOf(text);
    if (shapes.size >= 100_000) shapes = new Map();
    shapes.set(text, shape);
  }
  return { text, f: shape.f, start, end: start + text.length, cap: shape.cap, word: shape.word, cues: shape.cues };
}

function shapeOf(text: string): Shape {
  const first = text[0] ?? '';
  const code = first.charCodeAt(0);
  // ASCII fast paths; other scripts go through Unicode classes.
  const asciiLower = code >= 97 && code <= 122;
  const asciiUpper = code >= 65 && code <= 90;
  const word = asciiLower || asciiUpper || (code >= 48 && code <= 57) || (code > 127 && LETTER_OR_DIGIT.test(first));
  const cap = word && (asciiUpper || (!asciiLower && code > 127 && UPPER.test(first)) || ((asciiLower || code > 127) && laterCapital(text) && MIXED.test(text)));
  const f = foldToken(text);
  return { f, cap, word, cues: cuesStartingWith(f) };
}

export function tokenize(sentence: string, from = 0): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(sentence); m !== null; m = TOKEN.exec(sentence)) {
    let text = m[0];
    let start = m.index;
    // "L'Oréal" inside a sentence is a name; "L'accord" at the start is an elision.
    // "N'Guessan", "N'Diaye": a name wherever it stands ("n'" before a verb is lowercase).
    // Most tokens have no apostrophe: the regexes run only for those that do.
    const el = text.indexOf("'") > 0 && !((start > 0 && NAME_AFTER_LD.test(text)) || NAME_AFTER_N.test(text)) ? ELISION.exec(text) : null;
    if (el) {
      out.push(make(text.slice(0, el[0].length), start));
      start += el[0].length;
      text = text.slice(el[0].length);
    }
    if ((text[0] === 'e' || text[0] === 'E') && text[2] === '-' && EX_PREFIX.test(text)) {
      out.push(make(text.slice(0, 3), start));
      start += 3;
      text = text.slice(3);
    }
    if (text.length > 2 && text[text.length - 2] === "'" && POSSESSIVE.test(text)) {
      out.push(make(text.slice(0, -2), start));
      out.push(make(text.slice(-2), start + text.length - 2));
      continue;
    }
    out.push(make(text, start));
  }
  return out;
}
