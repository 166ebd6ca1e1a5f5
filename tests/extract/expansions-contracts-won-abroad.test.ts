/**
 * A contract won abroad, in a consortium, is work there: "Turkish contractor X has won, in a
 * consortium with France's Y, a contract to build a metro line in Riyadh" is a market in Riyadh
 * besides the deal. At home it is only the deal; a city whose country the sentence names leaves
 * the market to the country. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('contracts won abroad in a consortium', () => {
  it('reads a market in the foreign city of the project', () => {
    const rows = expansionRows('Turkish contractor Yildiz Insaat has won, in a consortium with France\'s Vinci, a contract to build a metro line in Riyadh.', 'en');
    expect(rows).toEqual(['Yildiz Insaat | partnership | Riyadh', 'Yildiz Insaat | market | Riyadh']);
  });
  it('reads only the deal at home', () => {
    expect(expansionRows('The French builder Batilor won, in a consortium with Egis, the contract for the new bridge in Nantes.', 'en')).toEqual(['Batilor | partnership | Nantes']);
  });
});
