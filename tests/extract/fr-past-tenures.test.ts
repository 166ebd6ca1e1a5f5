/**
 * French tenures told as over: "directeur de X entre 2010 et 2018", "à la tête de X de 2010 à
 * 2018" (a closed span), "a présidé X pendant douze ans", "qui a codirigé X", "président de X
 * …, a pris sa retraite", "DRH de X jusqu'en mars" before the month of publication (former). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French tenures told as over', () => {
  const former = [
    'Paul Roy, directeur de Vaxel entre 2010 et 2018, conseille désormais des fonds.',
    'Paul Roy, à la tête de Vaxel entre 2010 et 2018, conseille désormais des fonds.',
    'Paul Roy, à la tête de Vaxel de 2010 à 2018, conseille désormais des fonds.',
    'Paul Roy a présidé Vaxel pendant douze ans.',
    'Paul Roy, qui a codirigé Vaxel avec son frère, conseille désormais des fonds.',
    'Paul Roy, président de Vaxel pendant douze ans, a pris sa retraite en 2020.',
  ];
  for (const text of former) {
    it(`reads "${text}" as former`, () => {
      expect(roleKeys(text, 'fr')).toEqual([['Paul Roy', 'Vaxel', 'former']]);
    });
  }
  it('keeps a span to come current', () => {
    expect(roleKeys('Paul Roy prendra la tête de Vaxel de 2027 à 2030.', 'fr')).toEqual([['Paul Roy', 'Vaxel', 'current']]);
  });
  it('reads "jusqu\'en <mois>" before the month of publication as over (helper published 2025-02-01)', () => {
    expect(roleKeys("Paul Roy, directeur juridique de Vaxel jusqu'en janvier, rejoint Orvel.", 'fr')).toContainEqual(['Paul Roy', 'Vaxel', 'former']);
    expect(roleKeys("Paul Roy, directeur juridique de Vaxel jusqu'en novembre dernier, rejoint Orvel.", 'fr')).toContainEqual(['Paul Roy', 'Vaxel', 'former']);
  });
  it('keeps "jusqu\'en <mois>" after the month of publication current', () => {
    expect(roleKeys("Paul Roy, directeur juridique de Vaxel jusqu'en juin, prépare sa succession.", 'fr')).toContainEqual(['Paul Roy', 'Vaxel', 'current']);
  });
  it.each([
    ['Paul Roy, consultant chez Vaxel pendant dix ans, rejoint Orvel.'],
    ['Paul Roy, directeur marketing de Vaxel dans les années 2010, rejoint Orvel.'],
    ['Longtemps consultant chez Vaxel, Paul Roy rejoint Orvel.'],
  ])('reads a stay told by its length, its decade or "longtemps" as over: "%s"', (text) => {
    expect(roleKeys(text, 'fr')).toContainEqual(['Paul Roy', 'Vaxel', 'former']);
  });
  it('keeps "depuis longtemps" current', () => {
    expect(roleKeys("Paul Roy, depuis longtemps directeur de Vaxel, salue l'accord.", 'fr')).toEqual([['Paul Roy', 'Vaxel', 'current']]);
  });
});

