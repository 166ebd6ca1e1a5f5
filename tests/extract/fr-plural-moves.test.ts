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
