import type { CompanyNode, PersonNode } from '../../model/graph.js';
import { kindOf } from '../../services/connection.js';

/** Person | Company: a company record has a `kind`, a person's has none. */
export const Node = {
  __resolveType(node: PersonNode | CompanyNode) {
    return kindOf(node);
  },
};
