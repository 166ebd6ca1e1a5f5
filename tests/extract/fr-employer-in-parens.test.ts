/**
 * A firm in parentheses right after a name is the person's employer: "Paul Roy (Vaxel) a été
 * élu président de la fédération", "Étaient présents X (Vaxel) et Y (Orvel)". Not a party,
 * a news agency or a place. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('employers in parentheses', () => {
  it('reads "X (Firm)"', () => {
    expect(roleKeys('Paul Roy (Vaxel) a été élu président de la Fédération des industries mécaniques.', 'fr')).toContainEqual(['Paul Roy', 'Vaxel', 'current']);
    const k = roleKeys('Étaient présents Paul Roy (Vaxel) et Anne Morin (Orvel).', 'fr');
    expect(k).toContainEqual(['Paul Roy', 'Vaxel', 'current']);
    expect(k).toContainEqual(['Anne Morin', 'Orvel', 'current']);
  });
  it('does not read a party or a town', () => {
    expect(roleKeys('Le député Paul Roy (LR) a interpellé Vaxel.', 'fr')).toEqual([]);
    expect(roleKeys('Paul Roy (Lyon) a été élu président de la fédération.', 'fr')).toEqual([]);
  });
});
