/**
 * Offices named without their noun beside an office that opens: "will open one in X", "en
 * ouvrira un à X", "après celui de X", and the cities after a leading "Après"/"After" when an
 * office opens. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('an office opened as "one"', () => {
  it('reads the place after "open one in" / "en ouvrira un à"', () => {
    expect(rows('Dorvane opened an office in Lagos in March and will open one in Nairobi next year.', 'en')).toEqual(['Dorvane | office | Lagos', 'Dorvane | office | Nairobi']);
    expect(rows('Dorvane a déjà un bureau à Lyon et en ouvrira un à Nantes cet automne.', 'fr')).toEqual(['Dorvane | office | Lyon', 'Dorvane | office | Nantes']);
  });
  it('"one" after another verb is no office', () => {
    expect(rows('Dorvane opened an office in Lagos and named one of its engineers in Nairobi.', 'en')).toEqual(['Dorvane | office | Lagos']);
  });
});

describe('earlier offices', () => {
  it('reads "après celui de" / "after the one in"', () => {
    expect(rows('Dorvane ouvrira en mai un bureau à Doha, après celui de Dubaï, ouvert en 2022.', 'fr')).toEqual(['Dorvane | office | Doha', 'Dorvane | office | Dubaï']);
    expect(rows('Dorvane will open an office in Oslo, after the one in Bergen.', 'en')).toEqual(['Dorvane | office | Oslo', 'Dorvane | office | Bergen']);
  });
  it('reads the cities after a leading "Après" when an office opens', () => {
    expect(rows("Après Madrid en 2020 et Milan l'an dernier, le cabinet Dorvane ouvre un bureau à Lisbonne.", 'fr')).toEqual(['Dorvane | office | Lisbonne', 'Dorvane | office | Madrid', 'Dorvane | office | Milan']);
  });
  it('not when no office opens', () => {
    expect(rows('Après Madrid, le cabinet Dorvane a fermé son bureau à Lisbonne.', 'fr')).toEqual([]);
  });
});
