/**
 * Stage 2 — language: French or English by counting frequent function words. Cheaper than
 * franc-min and as good on news paragraphs, where these words are plentiful. A one-line brief
 * ("Jean Martin quitte Airbus.") may have none: then the words of the trade (verbs of moving,
 * titles, adverbs) and French accents on lowercase words vote too.
 */
import type { Lang } from '../model/facts.js';
import { WordTable } from './word-table.js';

const FR = new Set('le la les des du de un une et est en au aux dans pour sur par avec qui que ce cette son sa ses il elle nous sont été a été depuis chez'.split(' '));
const EN = new Set('the of and to in a is was for on with as by at from that this has have its his her he she it are were be been will'.split(' '));

/** Words of appointment news that only one language uses. */
const FR_TRADE = new Set(`rejoint rejoindra quitte quittera nomme nommee nommes devient deviendra succede remplace arrive part
prend comme directeur directrice president presidente pdg dg daf drh ancien ancienne ex nouveau nouvelle adjoint adjointe
general generale delegue deleguee groupe societe filiale ouvre ouvrira lance annonce recrute promu promue egalement aussi
apres avant puis selon desormais actuellement jusqu'ici bureau usine marche`.split(/\s+/));
const EN_TRADE = new Set(`joins joined leaves left named appointed hires hired becomes succeeds replaces takes over steps down
retires chief executive officer head former new deputy group company firm opens opened launches launched announced says said
also after before then previously currently until office market`.split(/\s+/));

const SHORT = 6;
const LONGEST = Math.max(...[...FR, ...EN].map((w) => w.length));

/** FR and EN function words in one table keyed by span (bit 1: French, bit 2: English), so a word is looked up without being cut out. */
const FUNCTION_WORDS = new WordTable<number>(Infinity);
for (const w of new Set([...FR, ...EN])) FUNCTION_WORDS.set(w, WordTable.hash(w, 0, w.length), (FR.has(w) ? 1 : 0) | (EN.has(w) ? 2 : 0));

/** An ASCII word character, as the regex \b reads them: [A-Za-z0-9_]. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

/** l, d, n, s, j in either case. */
function isElidingLetter(c: number): boolean {
  const l = c | 0x20;
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? l === 0x6c || l === 0x64 || l === 0x6e || l === 0x73 || l === 0x6a : false;
}

/**
 * French elisions: l', d', qu', n', s', j' after a word boundary, in either case — what
 * `/\b(?:l|d|qu|n|s|j)'/gi` matches, counted from each apostrophe instead of a regex scanning
 * every character (apostrophes are few).
 */
export function countElisions(text: string): number {
  let n = 0;
  for (let a = text.indexOf("'"); a >= 0; a = text.indexOf("'", a + 1)) {
    if (a >= 1 && isElidingLetter(text.charCodeAt(a - 1)) && (a === 1 || !isWordChar(text.charCodeAt(a - 2)))) n++;
    else if (a >= 2 && (text.charCodeAt(a - 1) | 0x20) === 0x75 && (text.charCodeAt(a - 2) | 0x20) === 0x71 && (a === 2 || !isWordChar(text.charCodeAt(a - 3)))) n++;
  }
  return n;
}

/** The letters of the function-word split: a-z and French accented lowercase letters. */
const ACCENTED = new Set([...'àâçéèêëîïôûùüÿœ'].map((c) => c.charCodeAt(0)));
function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c > 127 && ACCENTED.has(c));
}

export function detectLanguage(text: string): Lang {
  let fr = 0;
  let en = 0;
  // A few thousand characters are plenty and keep huge inputs cheap.
  const head = text.slice(0, 6000);
  // Runs of letters, as a split on non-letters would give them; only runs short enough to be
  // a function word are cut out and looked up.
  const lower = head.toLowerCase();
  for (let i = 0; i < lower.length; ) {
    if (!isLetter(lower.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isLetter(lower.charCodeAt(j))) j++;
    if (j - i <= LONGEST) {
      const bits = FUNCTION_WORDS.get(lower, i, j, WordTable.hash(lower, i, j)) ?? 0;
      if (bits & 1) fr++;
      if (bits & 2) en++;
    }
    i = j;
  }
  // Elisions (l', d', qu') only occur in French: counted without collecting them.
  fr += countElisions(head);
  if (fr + en < SHORT) {
    for (const w of head.toLowerCase().split(/[^a-zàâçéèêëîïôûùüÿœ'-]+/)) {
      const plain = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
      if (FR_TRADE.has(plain)) fr++;
      if (EN_TRADE.has(plain)) en++;
    }
    // Accents on a lowercase word ("nommé", "à"): names aside, English text has none.
    fr += (head.match(/(?:^|[\s(])[a-zàâçéèêëîïôûùüÿœ]*[àâçéèêëîïôûùüÿœ][a-zàâçéèêëîïôûùüÿœ]*/g) ?? []).length;
  }
  return fr > en ? 'fr' : 'en';
}
