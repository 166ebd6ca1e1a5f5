/**
 * Offices and shops named again without their noun ("en ouvrira un second à Lyon", "will open
 * another in Bergen"). Sentences written for these tests.
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
  it('needs a noun before it and a place right after it', () => {
    expect(facts('Tovik will open another in Perth.', 'en')).toEqual([]);
    expect(facts('Tovik opened an office in Tromso and another one is coming.', 'en')).toEqual(['Tovik | office | Tromso']);
  });
});
