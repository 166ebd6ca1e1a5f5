/**
 * A country written after a title is the title's scope, not the first name of a person with a
 * particle: "directeur Chine de Valeo" (the name lists give "Chine", "Italie", "Inde", "Corée"
 * as first names). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('country scopes after a French title', () => {
  for (const country of ['Chine', 'Italie', 'Inde', 'Corée']) {
    it(`reads "directeur ${country} de X"`, () => {
      expect(roleKeys(`Paul Roy, directeur ${country} de Valmeo, a commenté les chiffres.`, 'fr')).toEqual([['Paul Roy', 'Valmeo', 'current']]);
    });
  }
  it('reads "est nommé directeur Inde de X"', () => {
    expect(roleKeys('Paul Roy est nommé directeur Inde de Valmeo.', 'fr')).toEqual([['Paul Roy', 'Valmeo', 'current']]);
  });
});
