/**
 * Folding used for every name comparison: lower case, accents and punctuation removed,
 * spaces collapsed. "Sébastien  BADAULT" and "sebastien badault" fold alike.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[œ]/g, 'oe')
    .replace(/[æ]/g, 'ae')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A folded name as an id fragment: "Sébastien Badault" → "sebastien-badault". */
export function slug(text: string): string {
  return fold(text).replace(/ /g, '-');
}
