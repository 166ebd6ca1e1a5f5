/**
 * Stage 3 — sentences. Splits normalized text into sentences with their offsets, keeping
 * abbreviations (M., Mme, Dr., Inc., sept.) and quoted speech (« … ») whole, and marks
 * site teaser lines ("… Ce qu'il faut savoir…") that carry no facts. Sentences are capped in
 * length so text without punctuation still splits in linear time.
 */
export interface Sentence {
  index: number;
  /** Offsets in the normalized text; text === normalized.slice(start, end). */
  start: number;
  end: number;
  text: string;
  /** Paragraph (line) number: "local" and "the country of the paragraph" use it. */
  para: number;
  /** A teaser, a front-matter line or a "read also" link: no fact comes from it. */
  skip: boolean;
  /** Characters at the start that are a dateline ("PARIS (Reuters) - "). */
  dateline: number;
}

export const MAX_SENTENCE = 1200;

const ABBREVIATIONS = new Set(
  `m mm mme mmes mlle mr mrs ms dr drs st ste pr prof me gen col lt sgt jr sr inc ltd corp co cie
  no nos vs etc cf env ca av bd fig p pp vol ed eds dept univ approx est
  janv fev fevr avr juil sept oct nov dec jan feb mar apr jun jul aug sep
  u.s u.k e.u s.a n.v`.split(/\s+/).filter(Boolean),
);

const TEASER_START = /^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|read more|see also|related|sur le même sujet)\b/i;
// Agency datelines ("PARIS (Reuters) - ") and wire ones ("BOSTON--(BUSINESS WIRE)--", "/PRNewswire/ --").
const DATELINE = /^[A-ZÀ-Ý][A-ZÀ-Ý'. -]{1,40}(?:,[^()\n]{0,40})?\s*(?:\((?:Reuters|AFP|AP|Bloomberg|Dow Jones|Agence France-Presse|Associated Press)\)\s*[-–—]+|[(/](?:BUSINESS WIRE|Business Wire|PR Newswire|PRNewswire|GLOBE NEWSWIRE|GlobeNewswire)[)/]\s*[-–—]+)\s*/;

// A publication's dateline with the date in brackets ("Lexwire (May 3, 2024, 9:12 AM EDT) -- ").
const DATED_LINE = /^[A-Z][\p{L}\d&.' -]{1,30}\s*\((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}[^()\n]{0,24}\)\s*[-–—]+\s*/u;

/**
 * What DATED_LINE needs before it can match: a capital A–Z first and a bracket somewhere. Tested
 * first because the regex, run on every sentence, backtracks over its 30-character name part.
 */
function datedLineMayStart(text: string): boolean {
  const c = text.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && text.includes('(');
}

/** A header over a list of links: "Read more:", "Related articles", "Most read". */
const LINK_LIST_HEADER = /^(?:lire aussi|à lire aussi|a lire aussi|voir aussi|read more|see also|related(?: articles| stories| news| coverage)?|more from [\p{L} ]{1,25}|most read|most popular|also read|read next|recommended(?: for you)?|you may also like|trending(?: now)?)\s*:?$/iu;

/** A line of such a list: a headline, short, with no closing full stop. */
function isLinkLine(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && t.length <= 160 && !/[.!?"”»]$/.test(t);
}

function isTeaserLine(line: string): boolean {
  const t = line.trimEnd();
  if (TEASER_START.test(t)) return true;
  return t.length <= 300 && (t.endsWith('…') || t.endsWith('...'));
}

/** The word just before position `dot` (letters and inner dots), folded roughly. */
function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0 && i > dot - 12 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text
    .slice(i, dot)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

function splitLine(line: string, base: number, push: (start: number, end: number) => void): void {
  let start = 0;
  let quote = 0;
  let dquote = false;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    // Only « » " . ! ? … matter here; everything else is skipped on its char code.
    if (code === 0xab) quote++;
    else if (code === 0xbb) quote = Math.max(0, quote - 1);
    else if (code === 0x22) dquote = !dquote;
    if (i - start >= MAX_SENTENCE) {
      // Cap: cut at the last space (or here) so huge unpunctuated text stays linear.
      // Look back for a space only within the second half of this sentence: a backward
      // search to the line start would make a line without spaces quadratic.
      let space = i;
      const floor = start + MAX_SENTENCE / 2;
      while (space > floor && line.charCodeAt(space) !== 0x20) space--;
      const cut = space > floor ? space : i;
      push(base + start, base + cut);
      start = cut;
      while (line[start] === ' ') start++;
      continue;
    }
    if (code !== 0x2e && code !== 0x21 && code !== 0x3f && code !== 0x2026) continue;
    const ch = line[i];
    let j = i + 1;
    while (j < line.length && /[.!?…»")\]]/.test(line[j] ?? '')) j++;
    if (j >= line.length) break;
    if (line[j] !== ' ') continue;
    const next = line[j + 1] ?? '';
    if (!/[\p{Lu}\d«"(]/u.test(next)) continue;
    if (quote > 0 || dquote) continue;
    if (ch === '.') {
      const w = wordBefore(line, i);
      // Abbreviations and initials ("J. Smith", "A.K. Desai") do not end a sentence; the last
      // part of a compound does ("en Asie du Sud-Est. En revanche…").
      const compound = line[i - w.length - 1] === '-';
      if ((ABBREVIATIONS.has(w) && !compound) || /^\p{L}(?:\.\p{L})*$/u.test(w)) continue;
    }
    push(base + start, base + j);
    start = j + 1;
    i = j;
  }
  if (start < line.length) push(base + start, base + line.length);
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let para = 0;
  let pos = 0;
  let inFrontMatter = text.startsWith('---\n');
  let firstLine = true;
  let linkList = false;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(pos, lineEnd);
    let skip = false;
    if (inFrontMatter) {
      skip = true;
      if (line === '---' && !firstLine) inFrontMatter = false;
    } else if (isTeaserLine(line)) {
      skip = true;
      linkList = LINK_LIST_HEADER.test(line.trim());
    } else if (linkList && isLinkLine(line)) {
      // The headlines listed under "Read more:": links, not the article's news.
      skip = true;
    } else if (line.trim() !== '') {
      linkList = false;
    }
    firstLine = false;
    if (line.trim() !== '') {
      splitLine(line, pos, (s, e) => {
        let start = s;
        let end = e;
        while (start < end && text[start] === ' ') start++;
        while (end > start && text[end - 1] === ' ') end--;
        if (end <= start) return;
        const sentenceText = text.slice(start, end);
        const m = DATELINE.exec(sentenceText) ?? (datedLineMayStart(sentenceText) ? DATED_LINE.exec(sentenceText) : null);
        out.push({ index: out.length, start, end, text: sentenceText, para, skip, dateline: m ? m[0].length : 0 });
      });
      para++;
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  return out;
}
