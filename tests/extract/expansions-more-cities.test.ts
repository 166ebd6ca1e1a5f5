/**
 * More business cities in the place list (Lusaka, Kathmandu, Querétaro, Épinal, Douai…), and
 * the site rules they exposed: a site closing later in its sentence, the place of another site
 * written just before ("la nouvelle usine de X ainsi que le centre de R&D…"), "its <city> site"
 * of a past workplace named after "at", and "in Uzbekistan's Samarkand region" placing a deal in
 * the city. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, expansionRowsWithPartner } from '../helpers/extract.js';

describe('more cities and the site rules they exposed', () => {
  it('reads markets in cities the list now holds', () => {
    expect(expansionRows('Kora Pay launched in Lusaka in March.', 'en')).toEqual(['Kora Pay | market | Lusaka']);
    expect(expansionRows('Kora Pay expanded to Kathmandu and Pokhara.', 'en')).toContain('Kora Pay | market | Kathmandu');
    expect(expansionRows('Kora Pay se lance à Douai.', 'fr')).toEqual(['Kora Pay | market | Douai']);
  });
  it('leaves out a site that closes, and the place of another site', () => {
    expect(expansionRows('Vardel recrute. Son atelier de Chartres, qui compte 90 salariés, fermera en juin.', 'fr')).toEqual([]);
    expect(expansionRows('Vardel is hiring. Its Leeds office will close in June.', 'en')).toEqual([]);
    expect(expansionRows('Vardel is hiring. Its Leeds office, which opened in 2020, employs 40 people.', 'en')).toEqual(['Vardel | office | Leeds']);
    expect(expansionRows('Vardel recrute Paul Roy. Il dirigera l\'usine de Montauban et le centre de R&D.', 'fr')).toEqual([]);
  });
  it("leaves out the site of a past workplace written with 'its'", () => {
    const text = 'Loopra has hired Mika Korhola. Korhola spent eight years at Cellborg, most recently as head of recycling at its Västerås site.';
    expect(expansionRows(text, 'en')).toEqual([]);
  });
  it("places a deal in the city a country's 's leads to", () => {
    const rows = expansionRowsWithPartner("Dunes Power signed a joint venture deal with Hokusei Renewables to build a wind farm in Uzbekistan's Samarkand region.", 'en');
    expect(rows).toContain('Dunes Power | partnership | Samarkand | Hokusei Renewables');
  });
});
