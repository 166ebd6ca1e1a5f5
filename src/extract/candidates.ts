/**
 * The role candidate the rules produce before facts are merged: a RoleFact plus what the
 * merge step needs to know (where it was found, how its status was decided).
 */
import type { RoleFact } from '../model/facts.js';
import type { StatusDecision } from './status.js';

// Every rule writes all the fields, in this order: candidates from different rules then share
// one object shape, so the code reading them (merging, the checks against `here`) stays
// monomorphic, and is not deoptimized when a rule that wrote fewer fields first fires late.
export interface RoleCandidate {
  fact: RoleFact;
  statusSource: StatusDecision['source'];
  founder: boolean;
  /** Named as the one a newcomer replaces: a past job that lends no status to others. */
  predecessor: boolean;
  /** A post given without a title ("led by X", "a recruté X"): dropped when a title names it. */
  untitledPost: boolean;
  /** A post given on top of one kept ("becomes also chair", "devient aussi président"). */
  added: boolean;
  /** Sentence index and token position: facts keep the order of the text. */
  sentence: number;
  pos: number;
}
