/**
 * Everyday ways a listing is told in passing: "went public in Stockholm", "whose shares trade in
 * Warsaw", "began trading in Toronto", "is quoted on Nasdaq Helsinki", "will trade on the NYSE",
 * "its Hong Kong IPO", "a fait ses débuts en Bourse à Francfort", "The ASX-listed miner".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('listing phrasings', () => {
  it('reads listings told with trading verbs (en)', () => {
    expect(expansionRows('Tarsen Bio, which went public in Stockholm in 2021, named a new chief executive.', 'en')).toEqual(['Tarsen Bio | ipo | Stockholm']);
    expect(expansionRows('Stellan Games, whose shares trade in Warsaw, reported record sales.', 'en')).toEqual(['Stellan Games | ipo | Warsaw']);
    expect(expansionRows('Shares in Arbor Energy began trading in Toronto on Monday.', 'en')).toEqual(['Arbor Energy | ipo | Toronto']);
    expect(expansionRows('Kora Payments, which is quoted on Nasdaq Helsinki, posted a profit.', 'en')).toEqual(['Kora Payments | ipo | Nasdaq Helsinki']);
    expect(expansionRows('Nimbus Cloud priced its initial public offering at $18 a share and will trade on the NYSE.', 'en')).toEqual(['Nimbus Cloud | ipo | NYSE']);
  });
  it('reads the place written before the IPO, not a plan', () => {
    expect(expansionRows('Kanto Foods raised $120 million in its Hong Kong IPO.', 'en')).toEqual(['Kanto Foods | ipo | Hong Kong']);
    expect(expansionRows('Kanto Foods is preparing its Hong Kong IPO.', 'en')).toEqual([]);
    expect(expansionRows('Kanto Foods plans to go public in 2027.', 'en')).toEqual([]);
  });
  it('keeps the exchange without the article opening the sentence', () => {
    expect(expansionRows('The ASX-listed miner Coral Resources posted a loss.', 'en')).toEqual(['Coral Resources | ipo | ASX']);
  });
  it('reads a stock-market debut in a city (fr)', () => {
    expect(expansionRows('Thalor, qui a fait ses débuts en Bourse à Francfort en 2020, a publié ses résultats.', 'fr')).toEqual(['Thalor | ipo | Francfort']);
    expect(expansionRows('Thalor a fait ses débuts à Francfort en tant que studio.', 'fr')).toEqual([]);
  });
});

describe('a listing still to come (round 20)', () => {
  it('reads no listing "ahead of" or "before" it', () => {
    expect(expansionRows('Vontara Oats appoints new CFO ahead of Nasdaq Stockholm listing', 'en')).toEqual([]);
    expect(expansionRows('Vontara Oats hired bankers before its London IPO.', 'en')).toEqual([]);
    expect(expansionRows('Vontara Oats hired bankers ahead of its Hong Kong listing.', 'en')).toEqual([]);
    expect(expansionRows('Vontara Oats raised $120m in its Hong Kong IPO.', 'en')).toEqual(['Vontara Oats | ipo | Hong Kong']);
  });
});
