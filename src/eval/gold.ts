import type { ExpansionKind, Lang, RoleStatus } from '../model/facts.js';

/** One gold role: who holds (or held) which job where. Titles are checked, not scored. */
export interface GoldRole {
  person: string;
  company: string;
  title: string | null;
  status: RoleStatus;
}

/** One gold expansion; `place` null means the text names none, so any place matches. */
export interface GoldExpansion {
  company: string;
  place: string | null;
  kind: ExpansionKind;
}

/** One annotated passage, as a line of the eval JSON Lines (DESIGN.md, GUIDELINES.md). */
export interface GoldPassage {
  id: string;
  lang: Lang;
  title?: string;
  text: string;
  published?: string | null;
  roles: GoldRole[];
  expansions: GoldExpansion[];
}

/** A malformed gold line: `lineNo` (1-based) and `reason` say where and what. */
export class GoldLineError extends Error {
  override readonly name = 'GoldLineError';
  constructor(
    readonly lineNo: number,
    readonly reason: string,
  ) {
    super(`gold line ${lineNo}: ${reason}`);
  }
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown): string => (v === undefined ? 'missing' : JSON.stringify(v));

class Reader {
  constructor(readonly lineNo: number) {}
  fail(reason: string): never {
    throw new GoldLineError(this.lineNo, reason);
  }
  str(o: Obj, key: string, where: string): string {
    const v = o[key];
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(`${where}${key} must be a non-empty string, got ${show(v)}`);
    }
    return v;
  }
  strOrNull(o: Obj, key: string, where: string): string | null {
    const v = o[key];
    if (v === null) return null;
    if (typeof v !== 'string' || v.trim() === '') {
      this.fail(`${where}${key} must be a non-empty string or null, got ${show(v)}`);
    }
    return v;
  }
  oneOf<T extends string>(o: Obj, key: string, where: string, allowed: readonly T[]): T {
    const v = o[key];
    const found = allowed.find((a) => a === v);
    if (found === undefined) {
      const names = allowed.map((a) => `"${a}"`).join(', ');
      this.fail(`${where}${key} must be one of ${names}, got ${show(v)}`);
    }
    return found;
  }
  list(o: Obj, key: string): Obj[] {
    const v = o[key];
    if (!Array.isArray(v)) this.fail(`${key} must be an array, got ${show(v)}`);
    return v.map((item: unknown, i) =>
      isObj(item) ? item : this.fail(`${key}[${i}] must be an object, got ${show(item)}`),
    );
  }
}

const KINDS: readonly ExpansionKind[] = ['office', 'market', 'partnership', 'ipo'];

/** Parses one line of gold JSON Lines; throws GoldLineError naming the line and the fault. */
export function parseGoldLine(line: string, lineNo: number): GoldPassage {
  const r: Reader = new Reader(lineNo);
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    r.fail(`not valid JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isObj(raw)) r.fail(`must be a JSON object, got ${show(raw)}`);
  const p: GoldPassage = {
    id: r.str(raw, 'id', ''),
    lang: r.oneOf(raw, 'lang', '', ['fr', 'en'] as const),
    text: r.str(raw, 'text', ''),
    roles: r.list(raw, 'roles').map((o, i) => ({
      person: r.str(o, 'person', `roles[${i}].`),
      company: r.str(o, 'company', `roles[${i}].`),
      title: r.strOrNull(o, 'title', `roles[${i}].`),
      status: r.oneOf(o, 'status', `roles[${i}].`, ['current', 'former'] as const),
    })),
    expansions: r.list(raw, 'expansions').map((o, i) => ({
      company: r.str(o, 'company', `expansions[${i}].`),
      place: r.strOrNull(o, 'place', `expansions[${i}].`),
      kind: r.oneOf(o, 'kind', `expansions[${i}].`, KINDS),
    })),
  };
  if (raw['title'] !== undefined) p.title = r.str(raw, 'title', '');
  if (raw['published'] !== undefined) p.published = r.strOrNull(raw, 'published', '');
  return p;
}

/** Parses a whole JSON Lines text: blank lines skipped, duplicate ids rejected. */
export function parseGold(text: string): GoldPassage[] {
  const seen = new Map<string, number>();
  const out: GoldPassage[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const p = parseGoldLine(line, i + 1);
    const first = seen.get(p.id);
    if (first !== undefined) {
      throw new GoldLineError(i + 1, `duplicate id "${p.id}" (first on line ${first})`);
    }
    seen.set(p.id, i + 1);
    out.push(p);
  });
  return out;
}
