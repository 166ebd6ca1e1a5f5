/**
 * The one place where driver values become plain JS. The store writes only strings, floats,
 * booleans and lists of strings, but a value can still come back as a driver type: counts
 * are neo4j Integers, and a property set by hand in the Neo4j browser may be an Integer or a
 * temporal. Everything read goes through these functions.
 */
import neo4j from 'neo4j-driver';

/** A driver value as plain JSON-able JS: Integer → number, temporal → ISO string. */
export function plain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  // Nearly every value read is a string: answer those (and the other primitives) before the
  // driver's type tests, which probe several properties of their argument each.
  const type = typeof value;
  if (type === 'string' || type === 'number' || type === 'boolean') return value;
  if (Array.isArray(value)) return value.map(plain);
  if (neo4j.isInt(value)) {
    // Counts and hand-set integers here are far below 2^53; refuse silently wrong numbers.
    if (!neo4j.integer.inSafeRange(value)) throw new RangeError(`integer ${value.toString()} is outside the safe JS range`);
    return value.toNumber();
  }
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)
    || neo4j.isTime(value) || neo4j.isLocalTime(value) || neo4j.isDuration(value)
  ) {
    return value.toString();
  }
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = plain(v);
    return out;
  }
  return value;
}

export function str(value: unknown): string | null {
  const v = plain(value);
  return v === null ? null : String(v);
}

/** A required string property: missing means the stored data is broken, not a miss. */
export function reqStr(value: unknown, what: string): string {
  const v = str(value);
  if (v === null) throw new TypeError(`Neo4j returned no ${what}`);
  return v;
}

export function num(value: unknown, fallback = 0): number {
  const v = plain(value);
  return typeof v === 'number' ? v : fallback;
}

export function strList(value: unknown): string[] {
  const v = plain(value);
  return Array.isArray(v) ? v.map((x) => String(x)) : [];
}

export type Props = Record<string, unknown>;

/** A map returned by Cypher (`properties(n)`, a row object) as a plain record. */
export function props(value: unknown): Props {
  const v = plain(value);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Props) : {};
}
