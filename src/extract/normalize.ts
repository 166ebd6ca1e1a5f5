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
  const head = text.slice(0, 5000);
  return head.includes('<') && HTML_HINT.test(head);
}

/**
 * Which of the character rewrites of normalize the text needs, one bit each (the order of
 * rewriteChars): 1 carriage returns, 2 apostrophes, 4 double quotes, 8 odd spaces and tabs,
 * 16 zero widths and soft hyphens, 32 line and paragraph separators. One pass, no regex.
 * (Each rewrite writes ASCII that no later one reads, so skipping a rewrite whose characters
 * the text lacks changes nothing.)
 */
function rewritesNeeded(text: string): number {
  let bits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c === 0x0d) bits |= 1;
    else if (c === 0x2019 || c === 0x2018 || c === 0x02bc || c === 0x201b || c === 0x2032) bits |= 2;
    else if ((c >= 0x201c && c <= 0x201f) || c === 0x2033) bits |= 4;
    else if (c === 0x00a0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0x09 || c === 0x0c || c === 0x0b) bits |= 8;
    else if ((c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || c === 0x00ad) bits |= 16;
    else if (c === 0x2028 || c === 0x2029) bits |= 32;
  }
  return bits;
}

/** The character rewrites the bits ask for: line breaks, apostrophes, quotes, spaces, zero widths. */
function rewriteChars(text: string, bits: number): string {
  let out = text;
  if (bits & 1) out = out.replace(/\r\n?/g, '\n');
  if (bits & 2) out = out.replace(/[\u2019\u2018\u02bc\u201b\u2032]/g, "'");
  if (bits & 4) out = out.replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
  if (bits & 8) out = out.replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v]/g, ' ');
  if (bits & 16) out = out.replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
  if (bits & 32) out = out.replace(/[\u2028\u2029]/g, '\n');
  return out;
}

export function normalize(text: string): string {
  const raw = looksLikeHtml(text) ? htmlToText(text) : text;
  // Most texts hold few of those characters: the regex passes they do not need are skipped, and
  // so are the space and line-break passes below when the text has nothing for them.
  const bits = rewritesNeeded(raw);
  let out = bits === 0 ? raw : rewriteChars(raw, bits);
  if (out.includes('  ')) out = out.replace(/ {2,}/g, ' ');
  // Spaces around a line break go; a bare line break is left as it is (not rewritten).
  if (out.includes(' \n') || out.includes('\n ')) out = out.replace(/ +\n *|\n +/g, '\n');
  if (out.includes('\n\n\n')) out = out.replace(/\n{3,}/g, '\n\n');
  return out.trim();
}
