import { foldTokens } from './fold.js';
import { placeId, GEO_PHRASES } from './places.js';
import type { Strength } from './person.js';

const ARTICLES = new Set(['le', 'la', 'les', 'l', 'the']);

function placeWords(name: string): string[] {
  const t = foldTokens(name);
  while (t.length > 1 && ARTICLES.has(t[0] ?? '')) t.shift();
  return t;
}

function sameKnown(a: string, b: string): boolean {
  const id = placeId(a);
  return a === b || (id !== undefined && id === placeId(b));
}

/** "lyon france" → "lyon": a trailing country after a city; undefined when there is none. */
function withoutTrailingCountry(w: readonly string[]): string | undefined {
  for (const p of GEO_PHRASES) {
    if (w.length > p.length && p.every((x, i) => w[w.length - p.length + i] === x)) {
      return w.slice(0, w.length - p.length).join(' ');
    }
  }
  return undefined;
}

function contains(long: readonly string[], short: readonly string[]): boolean {
  for (let s = 0; s + short.length <= long.length; s++) {
    if (short.every((w, i) => long[s + i] === w)) return true;
  }
  return false;
}

/**
 * Places match after folding and dropping a leading article ("l'Allemagne" ~ "Allemagne"), or
 * when a small table (places.ts) says two names are the same place ("Allemagne" ~ "Germany",
 * "Londres" ~ "London", "NYSE" ~ "New York Stock Exchange"), or when one side adds a country
 * after a city ("Lyon, France" ~ "Lyon"). For `ipo`, where the place is an exchange or a
 * city, one name inside the other also matches ("Euronext" ~ "Euronext Paris").
 */
export function placeMatch(gold: string, predicted: string, ipo = false): Strength {
  const g = placeWords(gold);
  const p = placeWords(predicted);
  if (g.length === 0 || p.length === 0) return 0;
  const jg = g.join(' ');
  const jp = p.join(' ');
  if (sameKnown(jg, jp)) return 2;
  const g2 = withoutTrailingCountry(g);
  const p2 = withoutTrailingCountry(p);
  if ((g2 !== undefined && sameKnown(g2, jp)) || (p2 !== undefined && sameKnown(jg, p2))) return 1;
  if (ipo && (contains(g, p) || contains(p, g))) return 1;
  return 0;
}
