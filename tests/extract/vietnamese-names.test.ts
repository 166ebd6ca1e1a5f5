/**
 * Vietnamese names as the French press writes them, often without their accents: a family
 * name that folds to a function word ("Le", "Do", "Ho") before "Van"/"Thi", and a given name
 * that is also a month ("Mai"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('Vietnamese names', () => {
  it('keeps a last name "Mai"', () => {
    expect(roleKeys('Tran Thi Mai est nommée directrice de Viatek.', 'fr')).toEqual([['Tran Thi Mai', 'Viatek', 'current']]);
    expect(roleKeys('La directrice de Viatek, Nguyen Thi Mai, a signé.', 'fr')).toEqual([['Nguyen Thi Mai', 'Viatek', 'current']]);
  });
  it('keeps "Le", "Do", "Ho" opening a name before "Van"/"Thi"', () => {
    expect(roleKeys('Le Van Hung, directeur de Viatek, a présenté le plan.', 'fr')).toEqual([['Le Van Hung', 'Viatek', 'current']]);
    expect(roleKeys('Do Thi Hoa, directrice de Viatek, a présenté le plan.', 'fr')).toEqual([['Do Thi Hoa', 'Viatek', 'current']]);
  });
  it('still reads a month with its year as a date', () => {
    expect(roleKeys('Paul Roy est nommé directeur de Viatek en Mai 2024.', 'fr')).toEqual([['Paul Roy', 'Viatek', 'current']]);
  });
});
