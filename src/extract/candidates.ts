/**
 * The role candidate the rules produce before facts are merged: a RoleFact plus what the
 * merge step needs to know (where it was found, how its status was decided).
 */
import type { RoleFact, RoleStatus } from '../model/facts.js';
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

/**
 * A post given without a title ("led by X", "a recruté X", "leaves with his team for Y"), at the
 * person's position in sentence `sentence`, whose text is its evidence.
 */
export function untitledPost(
  sent: { text: string; index: number },
  person: { name: string; s: number },
  company: string,
  status: RoleStatus,
  statusSource: StatusDecision['source'],
): RoleCandidate {
  return {
    fact: { person: person.name, company, title: null, status, start: null, end: null, place: null, evidence: sent.text },
    statusSource,
    founder: false,
    predecessor: false,
    untitledPost: true,
    sentence: sent.index,
    pos: person.s,
    added: false,
  };
}
