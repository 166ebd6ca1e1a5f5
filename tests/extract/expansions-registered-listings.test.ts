/**
 * Listings stated by registered shares ("dont les actions sont inscrites à la Bourse de X",
 * "Inscrite à la Bourse de X sous le symbole Y, Z…"), a secondary listing, a debut naming its
 * exchange a few words on, and an exchange written in full before its acronym. Sentences
 * written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('registered and secondary listings', () => {
  it('reads shares registered on an exchange', () => {
    expect(facts("Varnel, dont les actions sont inscrites à la Bourse de Toronto, a ouvert l'an dernier un bureau à Boston.", 'fr')).toEqual(['Varnel | ipo | Bourse de Toronto', 'Varnel | office | Boston']);
    expect(facts('La firme Korvex, inscrite à la Bourse de Toronto depuis 2014, compte 900 employés.', 'fr')).toEqual(['Korvex | ipo | Bourse de Toronto']);
  });
  it('reads a fronted "Inscrite à" for the name after it, and a ticker is no name', () => {
    expect(facts('Inscrite à la Bourse de Toronto sous le symbole KVX, Korvex tire 55 % de ses revenus du Québec.', 'fr')).toEqual(['Korvex | ipo | Bourse de Toronto']);
  });
  it('reads a secondary listing', () => {
    expect(facts('Korvex a obtenu une cotation secondaire sur Euronext Paris.', 'fr')).toEqual(['Korvex | ipo | Euronext Paris']);
  });
  it('reads a debut on a market segment of an exchange', () => {
    expect(facts("Le laboratoire Velmorie a fait ses débuts mardi sur le compartiment B d'Euronext Paris.", 'fr')).toEqual(['Velmorie | ipo | Euronext Paris']);
  });
  it('names an exchange as written in full before its acronym', () => {
    expect(facts('Le groupe Tarvo Agro a fait jeudi son entrée à la Bourse régionale des valeurs mobilières (BRVM), à Abidjan.', 'fr')).toEqual(['Tarvo Agro | ipo | Bourse régionale des valeurs mobilières']);
  });
  it('leaves a register that is no exchange alone', () => {
    expect(facts('Korvex est inscrite au registre du commerce de Lyon.', 'fr')).toEqual([]);
  });
});
