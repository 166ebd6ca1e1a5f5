import type { ExpansionFact, ExpansionKind, RoleFact } from '../model/facts.js';
import { companyMatch } from './company.js';
import { fold } from './fold.js';
import type { GoldExpansion, GoldRole } from './gold.js';
import { personMatch } from './person.js';
import { placeMatch } from './place.js';

export { fold, foldTokens } from './fold.js';
export { companyMatch } from './company.js';
export { personMatch, type Strength } from './person.js';
export { placeMatch } from './place.js';

/** What is scored of a predicted role. */
export type PredictedRole = Pick<RoleFact, 'person' | 'company' | 'title' | 'status'>;

/** A predicted expansion as scored: a partnership with a partner becomes one per party. */
export interface PredictedExpansion {
  company: string;
  kind: ExpansionKind;
  place: string | null;
  /** Set when this fact was made from the `partner` of another predicted fact. */
  fromPartnerOf?: string;
}

/** Gold index ↔ predicted index, plus what was left over on either side. */
export interface Alignment {
  pairs: Array<{ gold: number; predicted: number }>;
  missed: number[];
  extra: number[];
}

/** Titles agree when both are null or both fold to the same text. */
export function titleAgrees(gold: string | null, predicted: string | null): boolean {
  if (gold === null || predicted === null) return gold === predicted;
  return fold(gold) === fold(predicted);
}

/**
 * One-to-one greedy matching: every compatible (gold, predicted) pair gets a score (0 = not
 * compatible); pairs are taken best score first, ties by gold then predicted index, so the
 * result is deterministic and prefers exact names over variants.
 */
export function align(nGold: number, nPred: number, score: (g: number, p: number) => number): Alignment {
  const cands: Array<{ g: number; p: number; s: number }> = [];
  for (let g = 0; g < nGold; g++) {
    for (let p = 0; p < nPred; p++) {
      const s = score(g, p);
      if (s > 0) cands.push({ g, p, s });
    }
  }
  cands.sort((x, y) => y.s - x.s || x.g - y.g || x.p - y.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: Alignment['pairs'] = [];
  for (const c of cands) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push({ gold: c.g, predicted: c.p });
  }
  pairs.sort((x, y) => x.gold - y.gold);
  const missed = [...Array(nGold).keys()].filter((g) => !usedG.has(g));
  const extra = [...Array(nPred).keys()].filter((p) => !usedP.has(p));
  return { pairs, missed, extra };
}

/** Roles match on (person, company, status); among matches, title agreement breaks ties. */
export function roleScore(g: GoldRole, p: PredictedRole): number {
  if (g.status !== p.status) return 0;
  const person = personMatch(g.person, p.person);
  const company = companyMatch(g.company, p.company);
  if (person === 0 || company === 0) return 0;
  return 2 * (person + company) + (titleAgrees(g.title, p.title) ? 1 : 0);
}

export function alignRoles(gold: readonly GoldRole[], predicted: readonly PredictedRole[]): Alignment {
  return align(gold.length, predicted.length, (g, p) => roleScore(gold[g]!, predicted[p]!));
}

/**
 * Expansions match on (company, kind), and on place only when the gold place is non-null;
 * among matches, the place as spelled in the gold breaks ties.
 */
export function expansionScore(g: GoldExpansion, p: PredictedExpansion): number {
  if (g.kind !== p.kind) return 0;
  const company = companyMatch(g.company, p.company);
  if (company === 0) return 0;
  if (g.place === null) return 2 * company + (p.place === null ? 1 : 0);
  const place = p.place === null ? 0 : placeMatch(g.place, p.place, g.kind === 'ipo');
  if (place === 0) return 0;
  return 2 * (company + place) + (fold(g.place) === fold(p.place ?? '') ? 1 : 0);
}

export function alignExpansions(
  gold: readonly GoldExpansion[],
  predicted: readonly PredictedExpansion[],
): Alignment {
  return align(gold.length, predicted.length, (g, p) => expansionScore(gold[g]!, predicted[p]!));
}

const sameExpansion = (a: PredictedExpansion, b: PredictedExpansion): boolean =>
  a.kind === b.kind &&
  fold(a.company) === fold(b.company) &&
  fold(a.place ?? '') === fold(b.place ?? '');

/**
 * A predicted partnership with a `partner` counts for both parties: it becomes one fact for the
 * company and one for the partner (same kind and place). Facts are {company, kind, place}
 * (GUIDELINES), so predictions are a set of them: a fact already held is not added again —
 * A–B and B–A listed both ways count once per party, and a three-party deal predicted as A–B
 * and A–C gives A once, as the gold lists every party once. `partner` on other kinds is ignored.
 */
export function expandPredicted(
  facts: readonly Pick<ExpansionFact, 'company' | 'kind' | 'place' | 'partner'>[],
): PredictedExpansion[] {
  const out: PredictedExpansion[] = [];
  const add = (fact: PredictedExpansion): void => {
    if (!out.some((o) => sameExpansion(o, fact))) out.push(fact);
  };
  for (const f of facts) add({ company: f.company, kind: f.kind, place: f.place });
  for (const f of facts) {
    if (f.kind !== 'partnership' || f.partner === null || f.partner.trim() === '') continue;
    add({ company: f.partner, kind: f.kind, place: f.place, fromPartnerOf: f.company });
  }
  return out;
}
