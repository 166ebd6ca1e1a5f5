/**
 * Folding used by every dictionary lookup: case, accents, typographic apostrophes and
 * hyphens/spaces are ignored, so "Pékin", "PEKIN" and "pekin" meet on one key.
 */
const COMBINING = /[\u0300-\u036f]/g;

export function fold(text: string): string {
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

/** Same as fold, but also drops a leading French/English article ("l'Allemagne", "the UK"). */
export function foldNoArticle(text: string): string {
  return fold(text).replace(/^(?:l'|la |le |les |the )/, '');
}

/** Folding for single tokens: like fold, but hyphens are kept ("vice-president"). */
export function foldToken(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc]/g, "'");
}
