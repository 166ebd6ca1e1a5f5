/**
 * French (and English) ways of saying a firm enters or works in a country: "une arrivée en
 * Suisse", "fait son entrée sur le marché japonais" (a market, not a listing), "s'attaque au
 * marché chinois", "étend son réseau à la Belgique", "présente dans cinq pays, dont l'Allemagne",
 * "present in five countries, including Germany". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('market phrasings (fr)', () => {
  it('reads an arrival noun and a network extended to a country', () => {
    expect(expansionRows("Wattéo accélère à l'international avec une arrivée en Suisse.", 'fr')).toEqual(['Wattéo | market | Suisse']);
    expect(expansionRows('Velorio étend son réseau à la Belgique.', 'fr')).toEqual(['Velorio | market | Belgique']);
  });
  it('reads a market named by its adjective after the market noun, not a listing', () => {
    expect(expansionRows('Le groupe Vardel fait son entrée sur le marché japonais.', 'fr')).toEqual(['Vardel | market | Japan']);
    expect(expansionRows("Le fabricant de cosmétiques Maelis s'attaque au marché chinois.", 'fr')).toEqual(['Maelis | market | China']);
    expect(expansionRows('Vardel fait son entrée sur le marché Euronext Growth.', 'fr')).toEqual(['Vardel | ipo | Euronext Growth']);
  });
  it('reads the countries singled out of a count', () => {
    expect(expansionRows("La plateforme Mobilis est désormais présente dans cinq pays, dont l'Allemagne et l'Autriche.", 'fr')).toEqual(['Mobilis | market | Allemagne', 'Mobilis | market | Autriche']);
    expect(expansionRows('Mobilis is now present in five countries, including Germany and Austria.', 'en')).toEqual(['Mobilis | market | Germany', 'Mobilis | market | Austria']);
  });
  it('reads an adverb after a reflexive verb and a gerund whose doer is the clause subject', () => {
    expect(expansionRows("Vardel s'attaque aussi à l'Italie.", 'fr')).toEqual(['Vardel | market | Italie']);
    expect(expansionRows("Vardel s'implante désormais en Suisse.", 'fr')).toEqual(['Vardel | market | Suisse']);
    expect(expansionRows("Brisal a grandi vite, en reprenant l'allemand Kroner Bau puis en s'implantant au Canada.", 'fr')).toEqual(['Brisal | market | Canada']);
  });
});
