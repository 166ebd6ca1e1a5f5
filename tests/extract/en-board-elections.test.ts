/**
 * Board seats told by election or appointment to a named board ("has been elected to the
 * supervisory board of X", "was appointed to the board of directors of X", "X shareholders
 * elected Y to the supervisory board") and a seat on the subject's own board told after an
 * apposition ("X said Y, a former partner at Z, will join its board"): a current post at X, no
 * title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English board elections', () => {
  it('reads election or appointment to a named board as a seat there', () => {
    expect(roles('Sofia Marin has been elected to the board of directors of Kaltra Pharma.', 'en')).toContainEqual(['Sofia Marin', 'Kaltra Pharma', null, 'current']);
    expect(roles('Sofia Marin was appointed to the board of Kaltra Pharma.', 'en')).toContainEqual(['Sofia Marin', 'Kaltra Pharma', null, 'current']);
    const r = roles('Sofia Marin, who sits on the board of Tessel Bank, was elected to the supervisory board of Kaltra Pharma.', 'en');
    expect(r).toContainEqual(['Sofia Marin', 'Kaltra Pharma', null, 'current']);
    expect(r).toContainEqual(['Sofia Marin', 'Tessel Bank', null, 'current']);
  });
  it('reads shareholders electing someone to the board as the company appointing', () => {
    expect(roles('Kaltra Pharma shareholders elected Sofia Marin to the supervisory board.', 'en')).toContainEqual(['Sofia Marin', 'Kaltra Pharma', null, 'current']);
  });
  it('reads a seat on its own board told after an apposition', () => {
    const r = roles('Kaltra Pharma said Sofia Marin, a former partner at Orrin Advisory, will join its board in May.', 'en');
    expect(r).toContainEqual(['Sofia Marin', 'Kaltra Pharma', null, 'current']);
    expect(r).toContainEqual(['Sofia Marin', 'Orrin Advisory', 'partner', 'former']);
    const s = roles('Lindqvist Holdings said Anna Berg, chief executive of Ostra Bank, has joined the board.', 'en');
    expect(s).toContainEqual(['Anna Berg', 'Lindqvist Holdings', null, 'current']);
    expect(s).toContainEqual(['Anna Berg', 'Ostra Bank', 'chief executive', 'current']);
  });
});

describe('three names elected or hired in one list', () => {
  it('seats every name of "X, Y and Z"', () => {
    expect(roles('Hexbury Mining elected Joanna Pimsley, Victor Adebayo and Lena Sorvik as non-executive directors.')).toEqual([
      ['Joanna Pimsley', 'Hexbury Mining', null, 'current'],
      ['Victor Adebayo', 'Hexbury Mining', null, 'current'],
      ['Lena Sorvik', 'Hexbury Mining', null, 'current'],
    ]);
    expect(roles('Caloris a recruté Jean Fabre, Mathilde Vigier et Luc Berthier.', 'fr')).toEqual([
      ['Jean Fabre', 'Caloris', null, 'current'],
      ['Mathilde Vigier', 'Caloris', null, 'current'],
      ['Luc Berthier', 'Caloris', null, 'current'],
    ]);
  });
});

describe('a board seat left after a stay told with its article', () => {
  it('is former', () => {
    expect(roles('Peregrine Health said Dominic Ashworth would retire from the board after nine years as a non-executive director.')).toEqual([['Dominic Ashworth', 'Peregrine Health', 'non-executive director', 'former']]);
    expect(roles('Dominic Ashworth will step down from the board of Peregrine Health after nine years as a non-executive director.')).toEqual([['Dominic Ashworth', 'Peregrine Health', 'non-executive director', 'former']]);
  });
});
