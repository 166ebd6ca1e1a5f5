/**
 * A company already at work in countries ("which already works in X and Y", "already processes
 * payments in X") has markets there. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('already at work in countries', () => {
  it('gives a market in each country', () => {
    expect(rows('Harlow Geo, which already works in Chile and Peru, bought a survey firm in Texas.', 'en')).toEqual(['Harlow Geo | market | Chile', 'Harlow Geo | market | Peru']);
    expect(rows('Paylane, which already processes card payments in Austria and Poland, raised $40m.', 'en')).toEqual(['Paylane | market | Austria', 'Paylane | market | Poland']);
  });
  it('needs "already", a company, and a country', () => {
    expect(rows('Paylane processes card payments in Austria for its clients.', 'en')).toEqual([]);
    expect(rows('Ines Varga, who already works in Austria for the bank, joins Paylane.', 'en')).toEqual([]);
    expect(rows('Paylane already handles payments for Austrian banks.', 'en')).toEqual([]);
  });
});
