/**
 * A contract won abroad, in a consortium, is work there: "Turkish contractor X has won, in a
 * consortium with Y, the job of building a tram line in Doha" is a market in Doha
 * besides the deal. At home it is only the deal; a city whose country the sentence names leaves
 * the market to the country. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('contracts won abroad in a consortium', () => {
  it('reads a market in the foreign city of the project', () => {
    const rows = expansionRows('Turkish contractor Yildiz Yapi has won, in a consortium with Bouygues, a deal to extend a tram line in Doha.', 'en');
    expect(rows).toEqual(['Yildiz Yapi | partnership | Doha', 'Yildiz Yapi | market | Doha']);
  });
  it('reads only the deal at home', () => {
    expect(expansionRows('The French builder Batilor won, in a consortium with Egis, the contract for the new bridge in Nantes.', 'en')).toEqual(['Batilor | partnership | Nantes']);
  });
});
