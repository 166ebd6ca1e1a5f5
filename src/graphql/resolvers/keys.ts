/** The sort keys that pagination cursors carry, one per kind of list. */
import type { PersonNode } from '../../model/graph.js';

export { sourceSortKey as sourceCursorKey } from '../../services/sources.js';

/** People lists are sorted by folded name, then id (services/people.ts). */
export const personCursorKey = (p: PersonNode): string[] => [p.key, p.id];
