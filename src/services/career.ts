/**
 * Career order: oldest role first. A role's place in a career comes first from what the
 * text says without a date (`order`: "au début de son parcours" is earliest), then a former
 * role before a current one, then undated before dated, then by date (start, else end).
 * The id breaks remaining ties so the order is total and the same in every store.
 */
import type { RoleEdge } from '../model/graph.js';

/** What career order reads of a role (a whole RoleEdge or a store RoleLink). */
export type CareerRole = Pick<RoleEdge, 'id' | 'order' | 'status' | 'start' | 'end'>;

function careerKey(role: CareerRole): [number, number, number, string, string] {
  const date = role.start ?? role.end;
  return [role.order, role.status === 'FORMER' ? 0 : 1, date ? 1 : 0, date ?? '', role.id];
}

export function compareCareer(a: CareerRole, b: CareerRole): number {
  const ka = careerKey(a);
  const kb = careerKey(b);
  for (let i = 0; i < ka.length; i++) {
    const x = ka[i] as number | string;
    const y = kb[i] as number | string;
    if (x < y) return -1;
    if (x > y) return 1;
  }
  return 0;
}

/**
 * Whether the career order says `a` came before `b` without falling back on ids: two
 * undated former roles are in no known order, so neither is "before" the other. Talent flow
 * uses this, so it never reports a move the sources do not support.
 */
export function knownBefore(a: CareerRole, b: CareerRole): boolean {
  const ka = careerKey(a);
  const kb = careerKey(b);
  for (let i = 0; i < ka.length - 1; i++) {
    const x = ka[i] as number | string;
    const y = kb[i] as number | string;
    if (x !== y) return x < y;
  }
  return false;
}

export function careerPath<T extends CareerRole>(roles: readonly T[]): T[] {
  return [...roles].sort(compareCareer);
}
