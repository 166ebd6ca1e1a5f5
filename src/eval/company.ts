import { foldTokens } from './fold.js';
import { GEO_PHRASES } from './places.js';
import type { Strength } from './person.js';

/** Legal forms and group words dropped from the end of a company name. */
const LEGAL_SUFFIXES = new Set([
  'sa', 'sas', 'sasu', 'sarl', 'sca', 'se', 'inc', 'incorporated', 'corp', 'corporation', 'co',
  'company', 'ltd', 'limited', 'llc', 'llp', 'lp', 'plc', 'gmbh', 'ag', 'kg', 'nv', 'bv', 'spa',
  'srl', 'ab', 'asa', 'oyj', 'kk', 'pte', 'pty', 'group', 'groupe', 'holding', 'holdings', 'com',
]);
/** Words dropped from the start: articles and "Groupe" ("Groupe Renault" ~ "Renault Group"). */
const LEADING = new Set(['the', 'le', 'la', 'les', 'l', 'group', 'groupe']);
const CONNECTORS = new Set(['and', 'et', 'und', 'y']);
/** Small words skipped when reading an acronym off a name ("Office Chérifien des Phosphates"). */
const ACRONYM_SKIP = new Set([
  'of', 'the', 'and', 'for', 'de', 'des', 'du', 'd', 'la', 'le', 'les', 'l', 'et', 'en', 'pour',
]);

/** Folded words with "S.A." → "sa" (runs of single letters joined) and "&", "and", "et" dropped. */
function words(name: string): string[] {
  const out: string[] = [];
  let run = '';
  for (const t of foldTokens(name)) {
    if (t.length === 1 && /\p{L}/u.test(t)) {
      run += t;
      continue;
    }
    if (run) out.push(run);
    run = '';
    out.push(t);
  }
  if (run) out.push(run);
  return out;
}

/** The name without articles, connectors and legal suffixes; never emptied. */
export function companyCore(name: string): string[] {
  const w = words(name);
  let s = 0;
  let e = w.length;
  while (e - s > 1 && LEADING.has(w[s] ?? '')) s++;
  while (e - s > 1 && LEGAL_SUFFIXES.has(w[e - 1] ?? '')) e--;
  const core = w.slice(s, e);
  const kept = core.filter((t) => !CONNECTORS.has(t));
  return kept.length > 0 ? kept : core;
}

function startsWith(w: readonly string[], p: readonly string[], at: number): boolean {
  return p.every((x, i) => w[at + i] === x);
}

/** The core without a leading or trailing country or region ("google france" → "google"). */
export function withoutGeo(core: readonly string[]): string[] {
  let w = [...core];
  let changed = true;
  while (changed) {
    changed = false;
    for (const p of GEO_PHRASES) {
      if (w.length <= p.length) continue;
      if (startsWith(w, p, 0)) w = w.slice(p.length);
      else if (startsWith(w, p, w.length - p.length)) w = w.slice(0, w.length - p.length);
      else continue;
      changed = true;
      while (w.length > 1 && LEGAL_SUFFIXES.has(w[w.length - 1] ?? '')) w.pop();
      break;
    }
  }
  return w;
}

function isAcronymOf(short: readonly string[], long: readonly string[]): boolean {
  const a = short[0];
  if (short.length !== 1 || a === undefined || a.length < 2 || a.length > 6) return false;
  const content = long.filter((t) => !ACRONYM_SKIP.has(t));
  if (content.length < 2) return false;
  const initials = (ws: readonly string[]): string => ws.map((t) => t[0] ?? '').join('');
  return initials(content) === a || initials(long) === a;
}

/**
 * Companies match after folding, with or without a legal suffix ("Alibaba" ~ "Alibaba
 * Group"), with or without a country or region on ONE side ("Google" ~ "Google France";
 * a subsidiary written with its country counts as the company, per GUIDELINES "Scoring"; but
 * "Air France" and "Air Canada" do not match), and an acronym matches its expansion ("TCS" ~
 * "Tata Consultancy Services"). 2 = same core, 1 = one of the variants.
 */
export function companyMatch(a: string, b: string): Strength {
  const ca = companyCore(a);
  const cb = companyCore(b);
  if (ca.length === 0 || cb.length === 0) return 0;
  const ja = ca.join(' ');
  const jb = cb.join(' ');
  if (ja === jb) return 2;
  const ga = withoutGeo(ca);
  const gb = withoutGeo(cb);
  if (ga.join(' ') === jb || ja === gb.join(' ')) return 1;
  for (const x of [ca, ga]) {
    for (const y of [cb, gb]) {
      if (isAcronymOf(x, y) || isAcronymOf(y, x)) return 1;
    }
  }
  return 0;
}
