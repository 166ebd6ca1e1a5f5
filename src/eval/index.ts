/** careergraph eval: scoring extracted Facts against annotated passages (see README.md). */
export { fold, foldTokens } from './fold.js';
export {
  align,
  alignExpansions,
  alignRoles,
  companyMatch,
  expandPredicted,
  expansionScore,
  personMatch,
  placeMatch,
  roleScore,
  titleAgrees,
} from './match.js';
export type { Alignment, PredictedExpansion, PredictedRole, Strength } from './match.js';
export { GoldLineError, parseGold, parseGoldLine } from './gold.js';
export type { GoldExpansion, GoldPassage, GoldRole } from './gold.js';
export { makeScore, scoreDataset } from './score.js';
export type { Entry, EvalReport, Score, ScorePair, TitleCheck } from './score.js';
export { describeEntry, formatReport } from './format.js';
