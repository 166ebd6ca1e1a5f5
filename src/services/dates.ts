/**
 * Time questions over roles whose dates are partial ("2014", "2014-05", "2014-05-12").
 * Partial dates compare as prefixes: "2014" neither precedes nor follows "2014-05", so a
 * bound given to the month is met by a date known only to the year. Bounds are inclusive.
 */
import type { RoleEdge } from '../model/graph.js';

/** -1, 0 or 1; 0 when one date is a prefix of the other (they may be the same day). */
export function comparePartial(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether a date lies within [since, until]; an unknown date lies in no bounded range. */
export function inRange(date: string | null, since: string | null, until: string | null): boolean {
  if (since === null && until === null) return true;
  if (date === null) return false;
  return (since === null || comparePartial(date, since) >= 0) && (until === null || comparePartial(date, until) <= 0);
}

/**
 * Whether a role was held at `asOf`.
 * - With a start: start ≤ asOf, and either end ≥ asOf, or no end and the role is CURRENT.
 *   A FORMER role without an end is not counted: when it ended is unknown.
 * - Without a start: a CURRENT role was held on the publication date of the source that last
 *   called it current (`statusAsOf`), and is taken as held from then on (unless an end says
 *   otherwise). Before that date, or with no publication date at all, it is not counted: an
 *   undated role is never guessed into a period.
 */
export function heldAt(role: RoleEdge, asOf: string): boolean {
  if (role.end !== null && comparePartial(role.end, asOf) < 0) return false;
  if (role.start !== null) {
    if (comparePartial(role.start, asOf) > 0) return false;
    return role.end !== null || role.status === 'CURRENT';
  }
  return role.status === 'CURRENT' && role.statusAsOf !== '' && comparePartial(role.statusAsOf, asOf) <= 0;
}

/** What `overlapped` reads of a role. */
export type Tenure = Pick<RoleEdge, 'status' | 'start' | 'end'>;

/**
 * Whether two tenures overlapped in time.
 * - Two CURRENT roles overlap: both are held now.
 * - Otherwise both must have a start and a known end (an end date, or CURRENT meaning
 *   "until now"), and the two ranges must meet (inclusive, as prefixes).
 * - Any other case (an undated role, a FORMER role without an end) is unknown and does not
 *   count as an overlap: colleagues "in fact" need evidence.
 */
export function overlapped(a: Tenure, b: Tenure): boolean {
  if (a.status === 'CURRENT' && b.status === 'CURRENT') return true;
  const ra = range(a);
  const rb = range(b);
  if (!ra || !rb) return false;
  return before(ra.start, rb.end) && before(rb.start, ra.end);
}

interface Range {
  start: string;
  /** null: still held. */
  end: string | null;
}

function range(role: Tenure): Range | null {
  if (role.start === null) return null;
  if (role.end !== null) return { start: role.start, end: role.end };
  return role.status === 'CURRENT' ? { start: role.start, end: null } : null;
}

/** start ≤ end, where a null end is "now" (after every date). */
function before(start: string, end: string | null): boolean {
  return end === null || comparePartial(start, end) <= 0;
}
