/**
 * Folding for name comparison: Unicode compatibility decomposition, accents dropped, a few
 * letters that do not decompose mapped by hand (ø, ß, æ, œ, ł, đ…), lower case, and every run
 * of punctuation or space turned into one space. "Solène Marchal-Kerbrat" → "solene marchal kerbrat".
 */
const SPECIAL: Readonly<Record<string, string>> = {
  ø: 'o', ß: 'ss', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i',
};

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[øßæœłđðþı]/g, (c) => SPECIAL[c] ?? c)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The folded words of a name; empty for a name made only of punctuation. */
export function foldTokens(s: string): string[] {
  const f = fold(s);
  return f === '' ? [] : f.split(' ');
}
