/**
 * An office written with the firm's name and 's: "the opening of Ridgeway's office in
 * Monterrey" (the firm as the sentence writes it), "chief executive of Harwick's new Singapore
 * branch" (a city-state before the noun, in a title). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe("offices written with the firm's 's", () => {
  it('names the firm as the sentence writes it', () => {
    const rows = expansionRows("Brackwell Advisory Partners named Tom Hale managing director. The appointment coincides with the opening of Brackwell's office in Monterrey, Mexico.", 'en');
    expect(rows).toEqual(['Brackwell | office | Monterrey']);
  });
  it("reads a branch in a city-state named in a title after the firm's 's", () => {
    const rows = expansionRows("Harwick Bank named Wen Bo head of compliance. He replaces Fiona Brack, who becomes chief executive of Harwick's new Singapore branch.", 'en');
    expect(rows).toEqual(['Harwick | office | Singapore']);
  });
});

describe("an office of a person's former firm", () => {
  it('gives the office written "the X office of Y" or "le bureau de X de Y" to nobody else', () => {
    expect(expansionRows('Fernhill Capital has appointed Anna Berg, who previously ran the Stockholm office of Brandt Advisory, as partner.', 'en')).toEqual([]);
    expect(expansionRows('Le cabinet Orval recrute Claire Dumas, qui dirigeait le bureau de Madrid de Kessel Conseil.', 'fr')).toEqual([]);
  });
  it('reads the office in a "where" clause as the firm before it', () => {
    expect(expansionRows('Bexley Partners hired Tom Ode from Varden Consulting, where he led the Lagos office.', 'en')).toEqual([]);
    expect(expansionRows('Sara Lund joins Nordic Ventures from Holm & Berg, where she was a partner in its Oslo office.', 'en')).toEqual([]);
    expect(expansionRows('Nordic Ventures, where Sara Lund now runs the Oslo office, raised a new fund.', 'en')).toEqual(['Nordic Ventures | office | Oslo']);
  });
});
