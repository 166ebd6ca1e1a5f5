/**
 * Folding used by every dictionary lookup: case, accents, typographic apostrophes and
 * hyphens/spaces are ignored, so "Pékin", "PEKIN" and "pekin" meet on one key.
 * Folding is on the hot path of extraction, so results are memoised (bounded) and plain
 * ASCII takes a short path.
 */
const COMBINING = /[\u0300-\u036f]/g;
/** Printable ASCII only? A plain loop beats a regex on the short strings seen here. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}
const CACHE_LIMIT = 50_000;

function memo(fn: (s: string) => string): (s: string) => string {
  let cache = new Map<string, string>();
  return (s: string): string => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const out = fn(s);
    if (cache.size >= CACHE_LIMIT) cache = new Map();
    cache.set(s, out);
    return out;
  };
}

function foldRaw(text: string): string {
  if (isAscii(text)) {
    return text.toLowerCase().replace(/`/g, "'").replace(/-/g, ' ').replace(/\s+/g, ' ').trim();
  }
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe');
}

const foldCached = memo(foldRaw);

/**
 * 0: printable ASCII that only needs lowercasing (no hyphen, backquote, double or edge space);
 * 1: other printable ASCII; 2: anything else. One pass over the text.
 */
function asciiKind(text: string): 0 | 1 | 2 {
  let kind: 0 | 1 = 0;
  let prev = 0x20;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return 2;
    if (c === 0x2d || c === 0x60 || (c === 0x20 && prev === 0x20)) kind = 1;
    prev = c;
  }
  return prev === 0x20 && text.length > 0 ? 1 : kind;
}

export function fold(text: string): string {
  const kind = asciiKind(text);
  // Most keys need nothing more than lowercasing.
  if (kind === 0) return text.toLowerCase();
  return kind === 1 ? foldRaw(text) : foldCached(text);
}

/**
 * fold(text) for one token, given its foldToken `f` (tokens.ts keeps it): a printable ASCII
 * word with no hyphen or backquote folds to its lowercase, which `f` already is (a string
 * shared by every token of that word, hashed once), so neither a new string is made nor hashed.
 */
export function foldTokenText(text: string, f: string): string {
  return asciiKind(text) === 0 ? f : fold(text);
}

/** Same as fold, but also drops a leading French/English article ("l'Allemagne", "the UK"). */
export function foldNoArticle(text: string): string {
  return fold(text).replace(/^(?:l'|la |le |les |the )/, '');
}

function foldTokenRaw(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'");
}

/** Folding for single tokens: like fold, but hyphens are kept ("vice-president"). */
const foldTokenCached = memo(foldTokenRaw);

export function foldToken(text: string): string {
  return isAscii(text) ? text.toLowerCase() : foldTokenCached(text);
}
