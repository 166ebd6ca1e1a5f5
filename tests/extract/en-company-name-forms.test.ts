/**
 * Names read as firms, not persons: a name after a trade noun ("Midlands contractor X"), a name
 * ending in a country in capitals ("Müller UK"-style units), a number word inside a name ("X First
 * Bank"), a body's name ending in "of" and a place ("X Association of Ireland"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows as roles } from '../helpers/extract.js';

describe('English company name forms', () => {
  it('reads the past employer written before the title as a firm when it ends in a country code', () => {
    const r = roles('Polwenna has hired former Arvello UK marketing director Tamsin Rowe as its first commercial director.');
    expect(r).toContainEqual(['Tamsin Rowe', 'Arvello UK', 'marketing director', 'former']);
    expect(r).toContainEqual(['Tamsin Rowe', 'Polwenna', 'commercial director', 'current']);
  });
  it('reads a name after "contractor", "housebuilder", "haulier" as a firm, not a person', () => {
    for (const noun of ['contractor', 'housebuilder', 'haulier']) {
      const r = roles(`Welsh ${noun} Kendall Pryce will shut its Swansea depot and move its head office from Cardiff to Newport, the company said. A spokesman said the move would affect 30 staff and that a new managing director for the western region would be named next year.`);
      expect(r.some((x) => x[0] === 'Kendall Pryce')).toBe(false);
    }
  });
  it('keeps a number word inside a firm\'s name, in both languages', () => {
    expect(roles('Paul Kamga, a former risk director at Zorvane First Bank, joins Telvane as chief risk officer.')).toContainEqual(['Paul Kamga', 'Zorvane First Bank', 'risk director', 'former']);
    expect(roles("Ancien directeur des risques d'Zorvane First Bank, Paul Kamga rejoint Telvane.", 'fr')).toContainEqual(['Paul Kamga', 'Zorvane First Bank', 'directeur des risques', 'former']);
  });
  it('does not join a number word to a person\'s name in a headline', () => {
    expect(roles('Telvane Names Jane Okafor First Female Chief Executive').some((x) => x[0].includes('First'))).toBe(false);
  });
  it('keeps "of" and a place after a body\'s head noun inside its name', () => {
    expect(roles('Maeve Dolan, chief executive of the Hockey Association of Ireland, will step down in June.')).toEqual([['Maeve Dolan', 'Hockey Association of Ireland', 'chief executive', 'former']]);
    expect(roles('Ciaran Walsh joins Orlen Bank of Scotland as chief risk officer.')).toEqual([['Ciaran Walsh', 'Orlen Bank of Scotland', 'chief risk officer', 'current']]);
  });
});

describe('English bodies named with "of" and a word the place table lacks', () => {
  it('keeps the whole name', () => {
    expect(roles('Laura Chen, previously treasurer at the Commonwealth Bank of Hartland, joins Pemberly as CFO.')).toContainEqual(['Laura Chen', 'Commonwealth Bank of Hartland', 'treasurer', 'former']);
    expect(roles('The Royal Society of Engineers named Martin Hale chief executive.')).toEqual([['Martin Hale', 'Royal Society of Engineers', 'chief executive', 'current']]);
  });
});

describe('legal forms after a comma and possessives inside a name', () => {
  it('gives the listing to the name before ", L.P."', () => {
    expect(expansionRows('DALLAS--(BUSINESS WIRE)--Harrow Creek Midstream Partners, L.P. (NYSE: HCMP) today reported record volumes.', 'en')).toEqual(['Harrow Creek Midstream Partners | ipo | NYSE']);
  });
  it("reads a name holding an 's, owned by a bare apostrophe, whole", () => {
    expect(roles("Greg Hale, who previously ran Ned's Garden Supplies' online business, joined Tarvex in 2020.")).toEqual([
      ['Greg Hale', "Ned's Garden Supplies", null, 'former'],
      ['Greg Hale', 'Tarvex', null, 'current'],
    ]);
  });
});
