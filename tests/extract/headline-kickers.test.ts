/**
 * A topic word before a colon heading a text ("Épicerie : X ouvre…", "Grocery: X heads to…") is
 * the column's kicker, not a firm: the firm named after the colon is what the text's "l'enseigne",
 * "elle", "the chain" and "it" stand for. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleKeys } from '../helpers/extract.js';

describe('headline kickers', () => {
  it('gives the French text to the firm after the colon', () => {
    const text = "Vrac : Graine Bleue passe la frontière. L'enseigne nantaise s'implante en Belgique avec deux magasins, à Gand et à Anvers. Elle a recruté Paul Verbeke, nommé directeur des opérations.";
    expect(roleKeys(text, 'fr')).toEqual([['Paul Verbeke', 'Graine Bleue', 'current']]);
    expect(expansionRows(text, 'fr')).toEqual(['Graine Bleue | market | Belgique', 'Graine Bleue | market | Gand', 'Graine Bleue | market | Anvers']);
  });
  it('reads past an article and a description after the colon', () => {
    const text = 'Jouet : la marque Pirouette ouvre une filiale à Milan. Elle est dirigée par Luca Ferri.';
    expect(roleKeys(text, 'fr')).toEqual([['Luca Ferri', 'Pirouette', 'current']]);
  });
  it('reads bulleted lines of a kicker text', () => {
    const text = "Boulangerie : Fournil Doré accélère hors de France.\nL'enseigne détaille ses ambitions :\n• l'ouverture d'une boutique à Madrid en octobre ;\n• la nomination de Ana Costa au poste de directrice internationale.";
    expect(roleKeys(text, 'fr')).toEqual([['Ana Costa', 'Fournil Doré', 'current']]);
    expect(expansionRows(text, 'fr')).toEqual(['Fournil Doré | market | Madrid']);
  });
  it('reads English kickers the same way', () => {
    const text = 'Grocery: Fenwright Larder heads to Ireland. The chain will open four stores in Dublin and Cork this year. It has hired Saoirse Kilbane as country manager.';
    expect(roleKeys(text, 'en')).toEqual([['Saoirse Kilbane', 'Fenwright Larder', 'current']]);
    expect(expansionRows(text, 'en')).toEqual(['Fenwright Larder | market | Dublin', 'Fenwright Larder | market | Cork']);
  });
  it('keeps a firm before a colon when a person follows it', () => {
    expect(roleKeys('Morvelle : Sophie Lenglart nommée directrice financière.', 'fr')).toEqual([['Sophie Lenglart', 'Morvelle', 'current']]);
  });
});
