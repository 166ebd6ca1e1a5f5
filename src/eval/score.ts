import type { Facts, Lang } from '../model/facts.js';
import type { GoldExpansion, GoldPassage, GoldRole } from './gold.js';
import { alignExpansions, alignRoles, expandPredicted, titleAgrees } from './match.js';
import type { PredictedExpansion, PredictedRole } from './match.js';

export { GoldLineError, parseGold, parseGoldLine } from './gold.js';
export type { GoldExpansion, GoldPassage, GoldRole } from './gold.js';

/**
 * Micro-averaged counts. A ratio whose denominator is 0 is 1 when the other error count is also
 * 0 (nothing to find and nothing claimed: perfect), else 0; so P = R = F1 = 1 on a set with no
 * facts of that type and no predictions, and F1 = 2TP / (2TP + FP + FN) otherwise.
 */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ScorePair {
  passages: number;
  roles: Score;
  expansions: Score;
}

export type Entry =
  | { passageId: string; lang: Lang; type: 'role'; fact: GoldRole | PredictedRole }
  | { passageId: string; lang: Lang; type: 'expansion'; fact: GoldExpansion | PredictedExpansion };

export interface TitleCheck {
  passageId: string;
  person: string;
  company: string;
  gold: string | null;
  predicted: string | null;
}

export interface EvalReport {
  byLang: Record<Lang, ScorePair>;
  all: ScorePair;
  /** Passage ids in the order they were scored. */
  passageIds: string[];
  /** Title agreement on matched roles (folded equality, or both null). Not part of F1. */
  titles: { matched: number; agree: number; rate: number | null; disagreements: TitleCheck[] };
  /** Gold facts nobody predicted (FN), in passage order. */
  misses: Entry[];
  /** Predicted facts that match no gold fact (FP), in passage order. */
  falseHits: Entry[];
}

function ratio(num: number, den: number, otherErrors: number): number {
  if (den > 0) return num / den;
  return otherErrors === 0 ? 1 : 0;
}

export function makeScore(tp: number, fp: number, fn: number): Score {
  const precision = ratio(tp, tp + fp, fn);
  const recall = ratio(tp, tp + fn, fp);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

interface Tally {
  passages: number;
  r: [number, number, number];
  e: [number, number, number];
}

const toPair = (t: Tally): ScorePair => ({
  passages: t.passages,
  roles: makeScore(...t.r),
  expansions: makeScore(...t.e),
});

/** Scores predictions against gold, passage by passage; facts only match within a passage. */
export function scoreDataset(items: ReadonlyArray<{ gold: GoldPassage; predicted: Facts }>): EvalReport {
  const tallies: Record<Lang | 'all', Tally> = {
    fr: { passages: 0, r: [0, 0, 0], e: [0, 0, 0] },
    en: { passages: 0, r: [0, 0, 0], e: [0, 0, 0] },
    all: { passages: 0, r: [0, 0, 0], e: [0, 0, 0] },
  };
  const passageIds: string[] = [];
  const misses: Entry[] = [];
  const falseHits: Entry[] = [];
  const titles: EvalReport['titles'] = { matched: 0, agree: 0, rate: null, disagreements: [] };

  for (const { gold, predicted } of items) {
    const base = { passageId: gold.id, lang: gold.lang };
    passageIds.push(gold.id);
    const roles = alignRoles(gold.roles, predicted.roles);
    const exps = expandPredicted(predicted.expansions);
    const expAl = alignExpansions(gold.expansions, exps);
    for (const t of [tallies[gold.lang], tallies.all]) {
      t.passages++;
      t.r[0] += roles.pairs.length;
      t.r[1] += roles.extra.length;
      t.r[2] += roles.missed.length;
      t.e[0] += expAl.pairs.length;
      t.e[1] += expAl.extra.length;
      t.e[2] += expAl.missed.length;
    }
    for (const { gold: gi, predicted: pi } of roles.pairs) {
      const g = gold.roles[gi]!;
      const p = predicted.roles[pi]!;
      titles.matched++;
      if (titleAgrees(g.title, p.title)) titles.agree++;
      else {
        const { person, company } = g;
        titles.disagreements.push({ ...base, person, company, gold: g.title, predicted: p.title });
      }
    }
    for (const i of roles.missed) misses.push({ ...base, type: 'role', fact: gold.roles[i]! });
    for (const i of expAl.missed) {
      misses.push({ ...base, type: 'expansion', fact: gold.expansions[i]! });
    }
    for (const i of roles.extra) {
      falseHits.push({ ...base, type: 'role', fact: pickRole(predicted.roles[i]!) });
    }
    for (const i of expAl.extra) falseHits.push({ ...base, type: 'expansion', fact: exps[i]! });
  }
  titles.rate = titles.matched === 0 ? null : titles.agree / titles.matched;
  const byLang = { fr: toPair(tallies.fr), en: toPair(tallies.en) };
  return { byLang, all: toPair(tallies.all), passageIds, titles, misses, falseHits };
}

const pickRole = (r: PredictedRole): PredictedRole => ({
  person: r.person,
  company: r.company,
  title: r.title,
  status: r.status,
});
