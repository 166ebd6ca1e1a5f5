/**
 * Stage 1 — normalize: one canonical text per document. The store hashes this text for the
 * source id and every evidence string is a substring of it, so it must be deterministic.
 * Typographic apostrophes → ', curly double quotes → ", no-break/odd spaces → space,
 * CRLF → LF, trailing spaces trimmed, and HTML reduced to text when the input is HTML.
 */
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsquo: "'", lsquo: "'",
  ldquo: '"', rdquo: '"', laquo: '«', raquo: '»', hellip: '…', eacute: 'é', egrave: 'è',
  agrave: 'à', ccedil: 'ç', ecirc: 'ê', ocirc: 'ô', ucirc: 'û', icirc: 'î', euml: 'ë',
  iuml: 'ï', ndash: '–', mdash: '—', shy: '', zwj: '', zwnj: '',
};

const HTML_HINT = /<(?:html|body|p|div|br|span|article|h[1-6]|a|li|ul)\b[^>]{0,200}>/i;

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : ' ';
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** HTML → text: scripts/styles dropped, block tags become line breaks, other tags vanish. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<\/?(?:p|div|br|li|ul|ol|h[1-6]|article|section|header|footer|tr|table|blockquote|figure|figcaption)\b[^>]*>/gi, '\n')
      .replace(/<[^>]{0,2000}>/g, ''),
  );
}

export function looksLikeHtml(text: string): boolean {
  return HTML_HINT.test(text.slice(0, 5000));
}

/** Control characters and the non-ASCII ones that normalize rewrites (quotes, spaces, zero widths, separators). */
function needsRewrite(c: number): boolean {
  return c === 0x0d || c === 0x09 || c === 0x0b || c === 0x0c || c === 0x00a0 || c === 0x00ad || c === 0x02bc || (c >= 0x2000 && c <= 0x3000) || c === 0xfeff;
}

/** Does text hold any character that the character rewrites of normalize change? One pass, no regex. */
function hasRewritable(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 || c > 0x7e) && needsRewrite(c)) return true;
  }
  return false;
}

/** The character rewrites: line breaks, apostrophes, quotes, spaces, zero widths. */
function rewriteChars(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2019\u2018\u02bc\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\u2028\u2029]/g, '\n');
}

export function normalize(text: string): string {
  const raw = looksLikeHtml(text) ? htmlToText(text) : text;
  // Most texts hold none of those characters but accents: the six regex passes are skipped.
  return (hasRewritable(raw) ? rewriteChars(raw) : raw)
    .replace(/ {2,}/g, ' ')
    // Spaces around a line break go; a bare line break is left as it is (not rewritten).
    .replace(/ +\n *|\n +/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
