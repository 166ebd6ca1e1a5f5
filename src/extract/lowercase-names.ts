/**
 * Start-ups that write their name in lowercase ("la start-up nantaise zelko, qui…", "fendr, the
 * Berlin-based startup that…"): the capitalised-run rules of mentions.ts never see them, so the
 * text's company falls to an investor or a past employer. A lowercase word is read as a name
 * only where the text introduces it as one — right after a description of a firm, or opening
 * the text before an apposition describing it — and followed by the comma of an aside; every
 * later use of the same word in the text is then that company.
 */
import { COMPANY_ONLY_DESCRIPTORS, DESCRIPTOR_NOUNS } from '../lexicon/companies.js';
import { STOPWORDS } from '../lexicon/stopwords.js';
import type { SentenceView } from './analyze.js';
import { newMention } from './mentions.js';

/** Words opening the aside after the name: "zelko, qui édite…", "fendr, the startup that…". Folded. */
const ASIDE_OPENERS = new Set(['qui', 'dont', 'which', 'the', 'a', 'an', 'un', 'une', 'fondee', 'founded', 'based', 'basee']);
/** A lowercase brand: plain letters and digits, so no accented French adjective ("spécialisée"). */
const BRAND = /^[a-z][a-z0-9]{2,}$/;
/** …nor one of the common adjective endings ("innovante", "nantaise", "digitale", "agile"). */
const ADJECTIVE_ENDING = /(?:ant|ante|ent|ente|ive|if|elle|el|ien|ienne|ais|aise|ois|oise|ique|al|ale|aux|aire|eux|euse|eur|ible|able|ile|ese|an|ane|ine|ed|ing|ful|ous|ic)$/;

function introduced(v: SentenceView, j: number): boolean {
  const t = v.tokens;
  const w = t[j];
  return !!w && w.word && !w.cap && BRAND.test(w.text) && !ADJECTIVE_ENDING.test(w.f) && !STOPWORDS.has(w.f) && !v.cover[j] && !inTitle(v, j) && t[j + 1]?.text === ',' && ASIDE_OPENERS.has(t[j + 2]?.f ?? '');
}

/** "chief supply chain officer, the…": a word of a title is no name. */
function inTitle(v: SentenceView, j: number): boolean {
  for (const x of v.titles) if (x.s <= j && j < x.e) return true;
  return false;
}

/** The lowercase names a sentence introduces. */
function namesIn(v: SentenceView, first: boolean, out: Set<string>): void {
  const t = v.tokens;
  for (let k = v.from; k < t.length; k++) {
    const w = t[k];
    if (!w || w.cap) continue;
    // "la start-up (nantaise) zelko,", "la jeune pousse zelko,"
    if (COMPANY_ONLY_DESCRIPTORS.has(w.f) || (w.f === 'pousse' && t[k - 1]?.f === 'jeune')) {
      // (past a nationality, capitalised or not: "la start-up nantaise zelko")
      const adj = v.cover[k + 1];
      const j = adj?.kind === 'PLACE' && adj.adjective && adj.s === k + 1 ? adj.e : k + 1;
      if (introduced(v, j)) out.add(t[j]?.text ?? '');
      else if (j === k + 1 && t[j]?.word && !t[j]?.cap && ADJECTIVE_ENDING.test(t[j]?.f ?? '') && introduced(v, j + 1)) out.add(t[j + 1]?.text ?? '');
    }
  }
  // "fendr, the Berlin-based startup that…" opening the text.
  if (first && introduced(v, v.from)) {
    for (let k = v.from + 3; k < Math.min(t.length, v.from + 9); k++) {
      if (DESCRIPTOR_NOUNS.has(t[k]?.f ?? '')) {
        out.add(t[v.from]?.text ?? '');
        break;
      }
    }
  }
}

/** Adds the text's lowercase company names to every sentence's mentions. */
export function addLowercaseNames(views: readonly SentenceView[]): void {
  const names = new Set<string>();
  views.forEach((v, i) => namesIn(v, i === 0, names));
  if (names.size === 0) return;
  for (const v of views) {
    let added = false;
    for (let i = v.from; i < v.tokens.length; i++) {
      const w = v.tokens[i];
      if (!w || v.cover[i] || !names.has(w.text)) continue;
      const m = newMention('COMPANY', i, i + 1, w.text);
      v.mentions.push(m);
      v.cover[i] = m;
      added = true;
    }
    if (added) v.mentions.sort((a, b) => a.s - b.s);
  }
}
