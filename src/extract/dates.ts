/**
 * Stage 6 — dates. Finds date expressions in a sentence and turns them into partial ISO
 * dates: "2014", "2014-09", "2014-05-12". "depuis 2011"/"since 2016" start something,
 * "de 2019 à 2023"/"entre 2010 et 2018"/"from 2015 to 2018" are ranges, "en mai 2014", "September 2014",
 * "le 1er avril" are points; a month without a year takes the year that puts it nearest to
 * the publication date, and "last year"/"l'an dernier" count from it.
 */
import { MONTHS } from '../lexicon/stopwords.js';
import { startsCue, wordList } from './cues.js';
import type { Token } from './tokens.js';

export interface DateExpr {
  kind: 'point' | 'since' | 'range';
  /** Offsets in the sentence. */
  start: number;
  end: number;
  from: string | null;
  to: string | null;
}

const MONTH = '(janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre|d[ée]cembre|january|february|march|april|may|june|july|august|september|october|november|december|janv\\.?|f[ée]vr\\.?|avr\\.?|juil\\.?|sept\\.?|oct\\.?|nov\\.?|d[ée]c\\.?|jan\\.?|feb\\.?|apr\\.?|aug\\.?|sep\\.?)';
const DAY = '(1er|premier|[0-3]?\\d)(?:st|nd|rd|th)?';
const YEAR = '((?:19|20)\\d\\d)';
type Maker = (m: RegExpExecArray, published: string | null) => Omit<DateExpr, 'start' | 'end'> | null;

// Tried in this order; a later pattern never overlaps an earlier match. Each pattern is
// anchored on words with bounded repetition, so scanning stays linear.
const PATTERNS: Array<[RegExp, Maker]> = [
  [
    new RegExp(`(?<![\\p{L}])(?:de|from|between|entre)\\s+(?:${MONTH}\\s+)?${YEAR}\\s*(?:à|a|to|until|till|and|et|-|–)\\s*(?:${MONTH}\\s+)?${YEAR}`, 'giu'),
    (m) => ({ kind: 'range', from: iso(+(m[2] ?? 0), monthNumber(m[1]), null), to: iso(+(m[4] ?? 0), monthNumber(m[3]), null) }),
  ],
  [
    new RegExp(`(?<![\\p{L}])(?:depuis|since)\\s+(?:(?:le\\s+)?${DAY}\\s+)?(?:${MONTH}\\s+)?${YEAR}`, 'giu'),
    (m) => ({ kind: 'since', from: iso(+(m[3] ?? 0), monthNumber(m[2]), dayNumber(m[1])), to: null }),
  ],
  [
    new RegExp(`(?<![\\p{L}])(?:depuis|since)\\s+${MONTH}(?![\\p{L}])`, 'giu'),
    (m, p) => {
      const month = monthNumber(m[1]);
      return { kind: 'since', from: month ? iso(nearestYear(month, p), month, null) : null, to: null };
    },
  ],
  [
    new RegExp(`(?<![\\p{L}])(?:${DAY}\\s+)?${MONTH}\\s+(?:${DAY},?\\s+)?${YEAR}`, 'giu'),
    (m) => ({ kind: 'point', from: iso(+(m[4] ?? 0), monthNumber(m[2]), dayNumber(m[1] ?? m[3])), to: null }),
  ],
  [
    new RegExp(`(?<![\\p{L}\\d])${DAY}\\s+${MONTH}(?![\\p{L}])`, 'giu'),
    (m, p) => {
      const month = monthNumber(m[2]);
      return { kind: 'point', from: month ? iso(nearestYear(month, p), month, dayNumber(m[1])) : null, to: null };
    },
  ],
  [
    new RegExp(`(?<![\\p{L}])(?:en|in|au|dès|fin|début|early|late|mid-?|effective|le|on)?\\s*${MONTH}(?:\\s+${DAY})?(?![\\p{L}\\d])`, 'giu'),
    (m, p) => {
      // English "may"/"march" in lowercase are verbs, not months.
      if (/^(?:may|march)$/.test(m[1] ?? '')) return null;
      const month = monthNumber(m[1]);
      return { kind: 'point', from: month ? iso(nearestYear(month, p), month, dayNumber(m[2])) : null, to: null };
    },
  ],
  [new RegExp(`(?<![\\p{L}\\d])${YEAR}(?![\\p{L}\\d])`, 'gu'), (m) => ({ kind: 'point', from: m[1] ?? null, to: null })],
  [
    /(?<![\p{L}])(l'an dernier|l'année dernière|l'an prochain|l'année prochaine|cette année|last year|next year|this year|le mois dernier|last month|next month|ce mois-ci|this month)(?![\p{L}])/giu,
    (m, p) => ({ kind: 'point', from: relative(m[1] ?? '', p), to: null }),
  ],
];

function monthNumber(word: string | undefined): number | null {
  if (!word) return null;
  const f = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\.$/, '');
  return MONTHS.get(f) ?? null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function dayNumber(word: string | undefined): number | null {
  if (!word) return null;
  if (/^(1er|premier)$/i.test(word)) return 1;
  const n = parseInt(word, 10);
  return n >= 1 && n <= 31 ? n : null;
}

/** Year for a month written without one: the one nearest the publication date. */
function nearestYear(month: number, published: string | null): number | null {
  if (!published) return null;
  const py = parseInt(published.slice(0, 4), 10);
  const pm = parseInt(published.slice(5, 7), 10) || 6;
  if (!Number.isFinite(py)) return null;
  let best = py;
  let bestGap = Infinity;
  for (const y of [py - 1, py, py + 1]) {
    const gap = Math.abs(y * 12 + month - (py * 12 + pm));
    if (gap < bestGap) {
      best = y;
      bestGap = gap;
    }
  }
  return best;
}

function iso(year: number | null, month: number | null, day: number | null): string | null {
  if (year === null) return null;
  if (month === null) return String(year);
  return day === null ? `${year}-${pad(month)}` : `${year}-${pad(month)}-${pad(day)}`;
}

function relative(phrase: string, published: string | null): string | null {
  if (!published) return null;
  const py = parseInt(published.slice(0, 4), 10);
  const pm = parseInt(published.slice(5, 7), 10);
  const p = phrase.toLowerCase();
  if (/dernier|derni[eè]re|last year/.test(p) && /an|ann[ée]e|year/.test(p)) return String(py - 1);
  if (/prochain|prochaine|next year/.test(p)) return String(py + 1);
  if (/cette ann[ée]e|this year/.test(p)) return String(py);
  if (!pm) return null;
  const shift = /dernier|last/.test(p) ? -1 : /next/.test(p) ? 1 : 0;
  const total = py * 12 + (pm - 1) + shift;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
}

/** Indexed like cues: dateHints reads each token's entry instead of hashing its word. */
const MONTH_WORDS = wordList(MONTHS.keys());
const DATE_WORDS = wordList(['year', 'month', 'annee', 'an', 'mois']);

export interface DateHints {
  /** A year 1900–2099 among the tokens. */
  year: boolean;
  digit: boolean;
  month: boolean;
  relative: boolean;
  since: boolean;
}

/** Cheap test on folded tokens: which kinds of date words does the sentence hold? */
export function dateHints(tokens: readonly Token[]): DateHints {
  const h: DateHints = { year: false, digit: false, month: false, relative: false, since: false };
  for (const t of tokens) {
    const f = t.f;
    const c = f.charCodeAt(0);
    if (c >= 48 && c <= 57) {
      h.digit = true;
      if (f.length === 4 && (f.startsWith('19') || f.startsWith('20'))) h.year = true;
    }
    else if (startsCue(t, MONTH_WORDS)) h.month = true;
    else if (startsCue(t, DATE_WORDS)) h.relative = true;
    else if (f === 'depuis' || f === 'since') h.since = true;
  }
  return h;
}

// Which hints each pattern needs (same order as PATTERNS).
const NEEDS: Array<Array<keyof DateHints>> = [['year'], ['year', 'since'], ['month', 'since'], ['year', 'month'], ['digit', 'month'], ['month'], ['year'], ['relative']];
const ALL_HINTS: DateHints = { year: true, digit: true, month: true, relative: true, since: true };

function hasAll(hints: DateHints, needs: ReadonlyArray<keyof DateHints>): boolean {
  for (const n of needs) if (!hints[n]) return false;
  return true;
}

export function findDates(sentence: string, published: string | null, hints: DateHints = ALL_HINTS): DateExpr[] {
  const out: DateExpr[] = [];
  for (let p = 0; p < PATTERNS.length; p++) {
    if (!hasAll(hints, NEEDS[p] ?? [])) continue;
    const [re, make] = PATTERNS[p] ?? [];
    if (!re || !make) continue;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m !== null; m = re.exec(sentence)) {
      let start = m.index;
      const end = start + m[0].length;
      while (sentence[start] === ' ') start++;
      if (out.some((d) => start < d.end && end > d.start)) continue;
      const made = make(m, published);
      if (made && (made.from !== null || made.to !== null)) out.push({ kind: made.kind, from: made.from, to: made.to, start, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
