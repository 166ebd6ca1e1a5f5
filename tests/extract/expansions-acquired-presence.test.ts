/**
 * A market entered by buying a firm, told in passing: "its first acquisition in the United
 * States", "sa première acquisition aux Pays-Bas", "giving it a foothold in Poland", "giving it
 * its first operations in Zambia"; the buyer enters, not the firm bought. And "le rachat de Y
 * permet à X de s'implanter en Pologne": X expands. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('markets entered by an acquisition', () => {
  it('gives the market to the buyer (en)', () => {
    expect(expansionRows('Calder Group bought Ohio surveyor Ridgetop in May, its first acquisition in the United States.', 'en')).toEqual(['Calder Group | market | United States']);
    expect(expansionRows('Brisko Foods has acquired Polish snack maker Chrupki, giving it a foothold in Poland.', 'en')).toEqual(['Brisko Foods | market | Poland']);
    expect(expansionRows('Brisko Foods acquired Lusaka-based haulier Kafue Hauliers, giving it its first operations in Zambia.', 'en')).toEqual(['Brisko Foods | market | Zambia']);
  });
  it('gives the market to the buyer (fr)', () => {
    expect(expansionRows('Le groupe Vardel rachète le néerlandais Railmark, sa première acquisition aux Pays-Bas.', 'fr')).toEqual(['Vardel | market | Pays-Bas']);
  });
  it('gives the market to the firm a deal allows to expand', () => {
    expect(expansionRows("Le rachat de Chrupki permet à Vardel de s'implanter en Pologne.", 'fr')).toEqual(['Vardel | market | Pologne']);
  });
});
