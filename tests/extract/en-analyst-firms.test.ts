/**
 * "Norland Bank Financial analyst X": a capitalised word before a title head written in
 * lowercase ends the firm's name, not the title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a firm named before a lowercase title', () => {
  it('keeps the capitalised word in the firm', () => {
    expect(roles('Norland Bank Financial analyst Jean Roussel said the deal was fair.')).toContainEqual(['Jean Roussel', 'Norland Bank Financial', 'analyst', 'current']);
    expect(roles('Tamesis Research analyst Clive Barnaby said the timing was odd.')).toContainEqual(['Clive Barnaby', 'Tamesis Research', 'analyst', 'current']);
  });
  it('keeps a capitalised title whole, and a modifier opening the sentence', () => {
    expect(roles('Velcor Chief Executive Jean Roussel said the deal was fair.')).toContainEqual(['Jean Roussel', 'Velcor', 'Chief Executive', 'current']);
    expect(roles('Research analyst Clive Barnaby of Tamesis said the timing was odd.')).toContainEqual(['Clive Barnaby', 'Tamesis', 'Research analyst', 'current']);
  });
});

describe('a title before a name, the firm after it', () => {
  it('reads the firm after the name, not the text\'s firm', () => {
    expect(roles('Norland Retail made a profit. Analyst Priti Shah of Cranford Securities said the results were ahead of forecasts.')).toEqual([['Priti Shah', 'Cranford Securities', 'Analyst', 'current']]);
    expect(roles('Norland Retail made a profit. Portfolio manager Tom Hale at Wexford Capital, which owns shares, said he was pleased.')).toEqual([['Tom Hale', 'Wexford Capital', 'Portfolio manager', 'current']]);
    expect(roles('Norvia a publié ses résultats, selon le gérant Paul Roy de Mandarine Gestion.', 'fr')).toEqual([['Paul Roy', 'Mandarine Gestion', 'gérant', 'current']]);
    expect(roles("Norvia a publié ses résultats. L'analyste Paul Roy (Quintrel Bourse) les juge solides.", 'fr')).toEqual([['Paul Roy', 'Quintrel Bourse', 'analyste', 'current']]);
  });
});
