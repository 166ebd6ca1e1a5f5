/**
 * Character classes of the tokenizer (tokens.ts), looked up by code point: a word character
 * is a letter, a mark or a digit (\p{L}\p{M}\p{N}), a space is what the regex \s matches.
 * ASCII is a fixed table; other BMP characters are classified by the Unicode regexes once and
 * remembered, since a text uses few of them and meets them again and again.
 */
export const OTHER = 0;
export const WORD = 1;
export const SPACE = 2;
/** "." "'" "&" "+" "-": join two runs of word characters into one token ("JD.com", "AT&T"). */
export const JOIN = 3;

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const SPACE_CHAR = /^\s$/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  if (WORD_CHAR.test(ch)) return WORD;
  return SPACE_CHAR.test(ch) ? SPACE : OTHER;
}

/** BMP classes, + 1 (0: not classified yet). */
const bmp = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) bmp[c] = classify(c) + 1;
for (const c of ".'&+-") bmp[c.charCodeAt(0)] = JOIN + 1;

/** Class of code point cp (JOIN only for the five ASCII joiners). */
export function charClass(cp: number): number {
  if (cp < 0x10000) {
    const k = bmp[cp] as number;
    if (k !== 0) return k - 1;
    const c = classify(cp);
    bmp[cp] = c + 1;
    return c;
  }
  return classify(cp);
}
