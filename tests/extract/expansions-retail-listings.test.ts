/**
 * A brand put on a retailer's shelves: "won a listing in 90 Aldi stores", "will be
 * stocked in 300 Lidl stores in Ireland", "sera référencée dans 450 supermarchés Carrefour en
 * Italie" -> a deal with the retailer, placed in the country written after the shops (also a
 * market). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe("a brand listed in a retailer's shops", () => {
  it('reads the retailer as a partner (en)', () => {
    expect(rows('Juice maker Avenly won a listing in 90 Aldi stores.', 'en')).toEqual(['Avenly | partnership | — | Aldi']);
    expect(rows("Dalebrook, a cider maker, gained a listing in 75 Sainsbury's stores.", 'en')).toEqual(["Dalebrook | partnership | — | Sainsbury's"]);
    expect(rows("Avenly's drinks will be stocked in 300 Lidl stores in Ireland.", 'en')).toEqual(['Avenly | partnership | Ireland | Lidl', 'Avenly | market | Ireland']);
  });
  it('reads the retailer named after the shops (fr)', () => {
    expect(rows('La marque de thés Oléa sera référencée dès mai dans 120 supermarchés Carrefour en Italie.', 'fr')).toEqual(['Oléa | partnership | Italie | Carrefour', 'Oléa | market | Italie']);
  });
  it('leaves shops a firm opens to the shop rule', () => {
    expect(rows('Avenly opened 12 stores in Poland.', 'en')).toEqual(['Avenly | market | Poland']);
  });
});
