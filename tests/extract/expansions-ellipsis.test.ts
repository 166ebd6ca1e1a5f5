/**
 * Offices and shops named again without their noun ("en ouvrira un second à Lyon", "will open
 * another in Bergen", "sa troisième en France"), and the earlier shops a new one follows ("un an
 * après Kyoto"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('an office or a shop without its noun', () => {
  it('reads "another" and "un second" after an office as an office', () => {
    expect(facts('Tovik opened an office in Tromso in April and will open another in Perth, Australia, next year.', 'en')).toEqual(['Tovik | office | Tromso', 'Tovik | office | Perth']);
    expect(facts("Brelan, qui dispose déjà d'un bureau à Paris, en ouvrira un second à Nantes en 2026.", 'fr')).toEqual(['Brelan | office | Paris', 'Brelan | office | Nantes']);
  });
  it('reads a second shop as a market', () => {
    expect(facts('Le caviste Brelan ouvrira son premier magasin à Genève, puis un second à Lausanne.', 'fr')).toEqual(['Brelan | market | Genève', 'Brelan | market | Lausanne']);
  });
  it('reads "sa troisième en X" after a shop, and the earlier shops after "après"', () => {
    expect(facts('La chocolaterie Brelan ouvrira une boutique à Lyon, sa troisième en France après Lille et Nantes.', 'fr')).toEqual(['Brelan | market | Lyon', 'Brelan | market | Lille', 'Brelan | market | Nantes', 'Brelan | market | France']);
    expect(facts('Tovik will open a store in Leeds, its second in Britain after Glasgow.', 'en')).toEqual(['Tovik | market | Leeds', 'Tovik | market | Glasgow', 'Tovik | market | Britain']);
    // "après" before something that is no place adds nothing.
    expect(facts('Brelan ouvrira une boutique à Lyon, deux ans après son rachat par Corvel.', 'fr')).toEqual(['Brelan | market | Lyon']);
  });
  it('reads an earlier shop after "un an après", past a neighbourhood', () => {
    expect(facts("La marque Brelan ouvrira sa première boutique à Osaka, dans le quartier de Namba, un an après Kyoto.", 'fr')).toEqual(['Brelan | market | Osaka', 'Brelan | market | Kyoto']);
    expect(facts('Brelan ouvrira sa première boutique à Osaka, et elle prépare déjà une autre ville après Kyoto.', 'fr')).toEqual(['Brelan | market | Osaka']);
  });
  it('needs a noun before it and a place right after it', () => {
    expect(facts('Tovik will open another in Perth.', 'en')).toEqual([]);
    expect(facts('Tovik opened an office in Tromso and another one is coming.', 'en')).toEqual(['Tovik | office | Tromso']);
  });
});
