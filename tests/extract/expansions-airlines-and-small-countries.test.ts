/**
 * Airline and small-country expansions: routes after a comma and with "vers" repeated ("deux
 * lignes, vers Jersey et vers Cork"), a base at a city's airport ("une base à
 * l'aéroport de Lyon"), and countries and territories the place list lacked (Jersey, Gambia,
 * Maldives, La Réunion…). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('airline and small-country expansions', () => {
  it('reads routes listed after a comma, "vers" repeated', () => {
    expect(expansionRows('Aéronord lancera dès mai trois lignes, vers Jersey et vers Cork.', 'fr')).toEqual(['Aéronord | market | Jersey', 'Aéronord | market | Cork']);
    expect(expansionRows('Skyhop will launch new routes to Jersey and Cork in July.', 'en')).toEqual(['Skyhop | market | Jersey', 'Skyhop | market | Cork']);
  });
  it("reads a base at a city's airport", () => {
    expect(expansionRows("Alizéa installera en avril une base à l'aéroport de Lyon.", 'fr')).toEqual(['Alizéa | office | Lyon']);
  });
  it('reads small countries and territories', () => {
    expect(expansionRows('Kora Pay launched in Gambia and the Maldives.', 'en')).toEqual(['Kora Pay | market | Gambia', 'Kora Pay | market | Maldives']);
    expect(expansionRows('Vardel ouvre une agence à La Réunion.', 'fr')).toEqual(['Vardel | office | La Réunion']);
  });
});
