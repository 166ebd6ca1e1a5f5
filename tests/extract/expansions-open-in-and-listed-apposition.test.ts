/**
 * Two shapes told in passing: after a shop, "will open in <city>" opens one more there ("opened
 * a boutique in Oslo last May and will open in Bergen"), and a listing
 * in an apposition with "the" ("X, the London-listed asset manager, …"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('open in a city after a shop', () => {
  it('reads the second city as a market', () => {
    expect(expansionRows("Delauny opened a boutique in Oslo last May and will open in Dubai's Souk district in the autumn.", 'en')).toEqual(['Delauny | market | Oslo', 'Delauny | market | Dubai']);
    expect(expansionRows('The exhibition opened in Paris.', 'en')).toEqual([]);
    expect(expansionRows('Delauny opened a boutique in Oslo and will open in Dubai and Doha next year.', 'en')).toEqual(['Delauny | market | Oslo', 'Delauny | market | Dubai', 'Delauny | market | Doha']);
  });
});

describe('a listing in an apposition with "the"', () => {
  it('gives the listing to the name the apposition describes', () => {
    expect(expansionRows('Fenmoor Capital, the London-listed asset manager, has rehired Clara Beaumont as chief investment officer.', 'en')).toEqual(['Fenmoor Capital | ipo | London']);
  });
});

describe('a branch on a city street, projects under development', () => {
  it("reads a branch on a city's street and projects in a country", () => {
    expect(expansionRows("Kestuva has opened a branch on Leeds's Park Row.", 'en')).toEqual(['Kestuva | office | Leeds']);
    expect(expansionRows('Vindhav has projects under development in Poland.', 'en')).toEqual(['Vindhav | market | Poland']);
  });
});
