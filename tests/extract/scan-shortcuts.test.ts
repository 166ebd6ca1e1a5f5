/**
 * Cheap tests put before a regex that ran on every sentence or token: each gives what the regex
 * gives. Strings of our own, and random strings over the characters that matter.
 */
import { describe, expect, it } from 'vitest';
import { countElisions } from '../../src/extract/language.js';
import { splitSentences } from '../../src/extract/sentences.js';

const ELISION = /\b(?:l|d|qu|n|s|j)'/gi;
function byRegex(text: string): number {
  return text.match(ELISION)?.length ?? 0;
}

/** A tiny deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('scan shortcuts', () => {
  it('countElisions counts what the elision regex matches', () => {
    for (const text of ["l'usine d'Orvel qu'elle n'a pas s'est j'ai", "L'Usine D'Orvel QU'il", "all'x 1l' _d' éd' aqu' qu'", "'l'd''", '', "Ql' qU'"]) {
      expect(countElisions(text)).toBe(byRegex(text));
    }
    const next = random(7);
    const chars = "ldqunsjLDQUNSJ'' _9é-xX";
    for (let n = 0; n < 20000; n++) {
      let text = '';
      const len = Math.floor(next() * 12);
      for (let k = 0; k < len; k++) text += chars[Math.floor(next() * chars.length)] ?? '';
      expect(countElisions(text)).toBe(byRegex(text));
    }
  });

  it('a dated line is still read after the cheap test', () => {
    const [first, second] = splitSentences('Ledgerwire (May 3, 2024, 9:12 AM EDT) -- Orvel names a new chief. Orvel (the firm) grows.');
    expect(first?.dateline).toBe('Ledgerwire (May 3, 2024, 9:12 AM EDT) -- '.length);
    expect(second?.dateline).toBe(0);
  });
});
