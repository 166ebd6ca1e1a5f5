import { foldTokens } from './fold.js';

/** How well two names agree: 2 the same after folding, 1 an accepted variant, 0 different. */
export type Strength = 0 | 1 | 2;

const HONORIFICS = new Set([
  'm', 'mme', 'mlle', 'monsieur', 'madame', 'mademoiselle', 'mr', 'mrs', 'ms', 'miss', 'dr',
  'pr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady',
]);

/** Name particles: a short form made only of these ("van der") names nobody. */
const PARTICLES = new Set([
  'de', 'du', 'des', 'd', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'da', 'di',
  'del', 'della', 'dos', 'das', 'do', 'el', 'al', 'bin', 'ben', 'y', 'e', 'zu',
]);

function personTokens(name: string): string[] {
  const t = foldTokens(name);
  while (t.length > 1 && HONORIFICS.has(t[0] ?? '')) t.shift();
  return t;
}

/** "r" stands for "ruth"; otherwise words must be equal. */
function sameWord(short: string, long: string): boolean {
  return short === long || (short.length === 1 && long.startsWith(short));
}

function namesSomeone(tokens: readonly string[]): boolean {
  return tokens.some((t) => t.length > 1 && !PARTICLES.has(t));
}

/**
 * Persons match after folding (and dropping a leading honorific: "M.", "Mrs"). A shorter form
 * sharing the surname also matches: the shorter name's words end the longer one ("Porat" ~
 * "Ruth Porat", "Van der Linden" ~ "Femke van der Linden", "R. Porat" ~ "Ruth Porat"), or sit
 * inside it after the first name ("Ortega" ~ "Joaquín Ortega Salinas"). The same words in
 * another order also match ("Zhou Mingyue" ~ "Mingyue Zhou"). A first name alone does not.
 */
export function personMatch(a: string, b: string): Strength {
  const ta = personTokens(a);
  const tb = personTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  if (ta.join(' ') === tb.join(' ')) return 2;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  if (!namesSomeone(short)) return 0;
  const off = long.length - short.length;
  const aligned = (w: string, i: number): boolean => {
    const l = long[off + i] ?? '';
    return sameWord(w, l) || (off === 0 && sameWord(l, w));
  };
  const anchored = short.some((w, i) => w.length > 1 && !PARTICLES.has(w) && w === long[off + i]);
  if (anchored && short.every(aligned)) return 1;
  if (off === 0) return [...short].sort().join(' ') === [...long].sort().join(' ') ? 1 : 0;
  for (let start = 1; start < off; start++) {
    if (short.every((w, i) => w === long[start + i])) return 1;
  }
  return 0;
}
