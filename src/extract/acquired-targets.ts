/**
 * The firm a text says is being bought, and the words that stand for it afterwards. In deal news
 * the buyer is usually the text's company, and a description ("le groupe", "the company")
 * stands for it; but "la cible", "the target", "la société rachetée", and the noun the target
 * was described with ("Tessaly, une PME lyonnaise … le patron de la PME") stand for the target:
 * "Le patron de la PME, X" is X at the target. Such a description becomes a company mention
 * with the target's name, so every rule reads it as if the name were written there.
 */
import type { SentenceView } from './analyze.js';
import { anyCueAt, cueList } from './cues.js';
import { isCompanyLike } from './refs.js';
import { newMention, type Mention } from './mentions.js';
import { COMPANY_REF_NOUNS } from '../lexicon/companies.js';

const ACQUIRES = cueList(`
rachete | a rachete | rachetera | va racheter | racheter | rachat de | rachat d' | acquiert | a acquis | acquerir | va acquerir
acquisition de | acquisition d' | met la main sur | a mis la main sur | s' offre | s' est offert | s' empare de | s' est empare de | s' empare d'
absorbe | a absorbe | prend le controle de | a pris le controle de | prise de controle de | prise de controle d'
acquires | acquired | has acquired | is acquiring | to acquire | will acquire | agreed to acquire | agreed to buy | has agreed to buy | is buying | to buy | will buy
buys | bought | has bought | takeover of | acquisition of | purchase of | snapped up | snaps up | has snapped up
`);

/** Words that always stand for the firm being bought. Folded. */
const TARGET_NOUNS = new Set(['cible', 'target']);
/** Participles that make any description the bought firm's: "la société rachetée", "the acquired firm". */
const BOUGHT = new Set(['rachetee', 'rachete', 'acquise', 'acquis', 'reprise', 'absorbee']);
/**
 * Nouns too general to tell the target from the buyer ("le groupe", "the company" are the
 * buyer's as often as not): they stand for the target only with a participle.
 */
const GENERAL_NOUNS = new Set(['groupe', 'group', 'societe', 'company', 'entreprise', 'firm', 'firme', 'compagnie', 'business', 'maison', 'leader', 'specialiste', 'geant', 'giant']);
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'the', 'a', 'an', 'this', 'cette', 'ce', 'cet']);
const DEFINITE = new Set(['le', 'la', "l'", 'the', 'this', 'cette', 'ce', 'cet']);

interface Target {
  name: string;
  nouns: Set<string>;
}

/** The company bought at cue end e: after an article and up to two lowercase words ("la PME lyonnaise X"). */
function boughtAt(v: SentenceView, e: number): Mention | undefined {
  const t = v.tokens;
  let k = e;
  if (ARTICLES.has(t[k]?.f ?? '')) k++;
  for (let n = 0; n < 3 && t[k]?.word && !t[k]?.cap; n++) k++;
  const m = v.cover[k];
  return isCompanyLike(m) && m.s === k ? m : undefined;
}

/** A lowercase word, or a sector noun written in capitals ("PME", "ETI"). */
const nounLike = (t: { word: boolean; cap: boolean; f: string; text: string } | undefined): boolean =>
  !!t && t.word && (!t.cap || (t.text === t.text.toUpperCase() && COMPANY_REF_NOUNS.has(t.f)));

/** Sector nouns written right before the name or in its apposition ("la PME X", "X, une PME lyonnaise"). */
function describedWith(v: SentenceView, m: Mention, nouns: Set<string>): void {
  const t = v.tokens;
  for (let k = m.s - 1; k >= Math.max(v.from, m.s - 3) && nounLike(t[k]); k--) if (COMPANY_REF_NOUNS.has(t[k]?.f ?? '')) nouns.add(t[k]!.f);
  if (t[m.e]?.text !== ',' || !ARTICLES.has(t[m.e + 1]?.f ?? '')) return;
  // ("X, a Lyon-based valve maker": a place-based adjective may sit before the noun)
  for (let k = m.e + 2; k < m.e + 6 && (nounLike(t[k]) || /-based$/.test(t[k]?.f ?? '')); k++) {
    if (COMPANY_REF_NOUNS.has(t[k]?.f ?? '')) {
      nouns.add(t[k]!.f);
      return;
    }
  }
}

/** The end of a description of the target at i ("la cible", "la PME", "l'entreprise rachetée"), or -1. */
function targetRefAt(v: SentenceView, i: number, target: Target): number {
  const t = v.tokens;
  if (!DEFINITE.has(t[i]?.f ?? '') || v.cover[i] || v.cover[i + 1]) return -1;
  const noun = t[i + 1];
  if (!noun || !nounLike(noun)) return -1;
  if (BOUGHT.has(t[i + 2]?.f ?? '') && COMPANY_REF_NOUNS.has(noun.f)) return i + 3;
  if (noun.f === 'acquired' && COMPANY_REF_NOUNS.has(t[i + 2]?.f ?? '')) return i + 3;
  if (TARGET_NOUNS.has(noun.f)) return i + 2;
  if (target.nouns.has(noun.f) && !GENERAL_NOUNS.has(noun.f)) return i + 2;
  return -1;
}

function insert(v: SentenceView, s: number, e: number, name: string): void {
  const m = newMention('COMPANY', s, e, name);
  m.standsFor = true;
  v.mentions.push(m);
  v.mentions.sort((a, b) => a.s - b.s);
  for (let k = s; k < e; k++) v.cover[k] = m;
  // A title that read the description as its complement ("directeur général de la société
  // rachetée") ends before its link, as it would before the name.
  for (const title of v.titles) {
    if (title.s < s && title.e > s && s - 1 > title.h) {
      title.e = s - 1;
      title.text = v.sent.text.slice(v.tokens[title.s]?.start ?? 0, v.tokens[title.e - 1]?.end ?? 0);
    }
  }
}

/**
 * Marks, in every sentence from the one that tells a purchase on, the descriptions that stand
 * for the firm bought, unless that firm is the text's own company (then every description is
 * already its).
 */
export function markAcquiredTargets(views: readonly SentenceView[], isFocus: (v: SentenceView, m: Mention) => boolean): void {
  let target: Target | null = null;
  for (const v of views) {
    const t = v.tokens;
    let from = v.from;
    for (let i = v.from; i < t.length; i++) {
      if (t[i]?.cues === null) continue;
      const e = anyCueAt(t, i, ACQUIRES);
      if (e < 0) continue;
      const m = boughtAt(v, e);
      if (!m || isFocus(v, m)) continue;
      target = { name: m.text, nouns: new Set() };
      describedWith(v, m, target.nouns);
      from = m.e;
    }
    if (!target) continue;
    v.bought = target.name;
    for (let i = from; i < t.length; i++) {
      const e = targetRefAt(v, i, target);
      if (e > 0) insert(v, i, e, target.name);
    }
  }
}
