/**
 * Products sold somewhere by a partner ("will be published in China by NetEase", "seront
 * commercialisés au Canada par le distributeur québécois X"): a market of the maker and a deal
 * with the seller. And the "where" clause of a presence: "where it already sells", "où il
 * développe déjà trois parcs", "its first in Asia outside South Korea, where it is already
 * developing two projects". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('sold there by a partner', () => {
  it('reads a market and a deal with the seller', () => {
    expect(rows('Nightjar Studios said its next title will be published in China by NetEase.', 'en')).toEqual(['Nightjar Studios | market | China', 'Nightjar Studios | partnership | China | NetEase']);
    expect(rows('Les yaourts de Lactalp seront commercialisés au Canada par le distributeur québécois Lussier Alimentation.', 'fr')).toEqual(['Lactalp | market | Canada', 'Lactalp | partnership | Canada | Lussier Alimentation']);
  });
});

describe('the where clause of a presence', () => {
  it('reads selling and developing verbs', () => {
    expect(expansionRows('Fjordvind entered Spain, where it already sells its turbines.', 'en')).toEqual(['Fjordvind | market | Spain']);
    expect(expansionRows("Fjordvind s'implante en Pologne, après la Lituanie, où il développe déjà trois parcs.", 'fr')).toEqual(['Fjordvind | market | Pologne', 'Fjordvind | market | Lituanie']);
  });
  it('reads the country left out of a count when the clause says the firm works there', () => {
    expect(expansionRows('Fjordvind is building a wind farm in Taiwan, its first in Asia outside South Korea, where it is already developing two projects.', 'en')).toContain('Fjordvind | market | South Korea');
  });
});
