/**
 * A shipping line calling at ports serves them: a market in each port city ("began calling at",
 * "fera escale à"); and port and regional cities the place table now holds. Sentences written
 * for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('port calls', () => {
  it('gives a market in each port called at', () => {
    expect(rows('Container line Harwen Shipping began calling at Tema and Mombasa in May.', 'en')).toEqual(['Harwen Shipping | market | Tema', 'Harwen Shipping | market | Mombasa']);
    expect(rows("L'armateur Navilor fera escale à Pointe-Noire et à Port-Gentil dès juin.", 'fr')).toEqual(['Navilor | market | Pointe-Noire', 'Navilor | market | Port-Gentil']);
  });
  it('a call that is no port call is not read', () => {
    expect(rows('Harwen Shipping is calling on investors in Tema to back the deal.', 'en')).toEqual([]);
  });
});

describe('port and regional cities', () => {
  it('knows them as cities', () => {
    expect(rows('Harwen Logistics already runs an office in Dammam and will open an office in Duqm.', 'en')).toEqual(['Harwen Logistics | office | Dammam', 'Harwen Logistics | office | Duqm']);
    expect(rows('Harwen Delivery began serving Lima and Trujillo this week.', 'en')).toEqual(['Harwen Delivery | market | Lima', 'Harwen Delivery | market | Trujillo']);
  });
});
