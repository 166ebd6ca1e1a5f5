/**
 * Several people moving together, with a plural verb: "X et Y rejoignent Z", "X, Y et W ont
 * rejoint Z", "X et Y quittent Z" (each one current / former at Z). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French plural moves', () => {
  it('reads "X et Y rejoignent Z" for both', () => {
    expect(roleKeys('Anne Roy et Paul Lenoir rejoignent Vaxel.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current'], ['Paul Lenoir', 'Vaxel', 'current']]);
  });
  it('reads "X, Y et W ont rejoint Z" for all three', () => {
    expect(roleKeys('Anne Roy, Paul Lenoir et Julie Petit ont rejoint Vaxel en janvier.', 'fr')).toHaveLength(3);
  });
  it('reads "X et Y quittent Z" as former for both', () => {
    expect(roleKeys('Anne Roy et Paul Lenoir quittent Vaxel.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'former'], ['Paul Lenoir', 'Vaxel', 'former']]);
  });
});

describe('French posts shared by listed names', () => {
  it('reads "X et Y, (tous deux) associés chez Z" for both', () => {
    for (const text of ['Anne Roy et Paul Lenoir, associés chez Vaxel, ont plaidé.', 'Anne Roy et Paul Lenoir, tous deux associés chez Vaxel, ont plaidé.']) {
      expect(roleKeys(text, 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current'], ['Paul Lenoir', 'Vaxel', 'current']]);
    }
  });
  it('reads "Vaxel (est) dirigée par X et Y" for both', () => {
    expect(roleKeys('Vaxel est dirigée par Anne Roy et Paul Lenoir.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current'], ['Paul Lenoir', 'Vaxel', 'current']]);
    expect(roleKeys('Vaxel, dirigée par Anne Roy et Paul Lenoir, lève 5 millions.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current'], ['Paul Lenoir', 'Vaxel', 'current']]);
  });
  it('reads "Ses deux cofondateurs, X et Y, dirigent toujours Z" for both', () => {
    expect(roleKeys('Ses deux cofondateurs, Anne Roy et Paul Lenoir, dirigent toujours Vaxel.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current'], ['Paul Lenoir', 'Vaxel', 'current']]);
  });
  it('does not read "douze associés" or "les associés de X" as anyone\'s post', () => {
    expect(roleKeys('Vaxel compte désormais douze associés.', 'fr')).toEqual([]);
  });
});
