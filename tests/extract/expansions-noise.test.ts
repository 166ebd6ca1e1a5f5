/**
 * Plans and hesitations: a sentence stops stating facts where a plan, hope or hesitation
 * begins, and what came before it stands. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('plans and hesitations', () => {
  it('drops what is planned, weighed or given up', () => {
    expect(facts('Halvory opened a branch in Oslo in May and plans to open an office in Tokyo next year.', 'en')).toEqual(['Halvory | office | Oslo']);
    expect(facts('Brenmoor had weighed a listing in London but decided to stay private.', 'en')).toEqual([]);
    expect(facts("La société Quarvel prévoit par ailleurs une nouvelle usine à Nevers.", 'fr')).toEqual([]);
    expect(facts("Le fabricant Toliane renonce à son projet d'usine en Roumanie.", 'fr')).toEqual([]);
    expect(facts('Un temps évoquée, une seconde usine à Brest ne verra finalement pas le jour.', 'fr')).toEqual([]);
  });
  it('keeps what was stated before a hope', () => {
    expect(facts('Budget airline Skarlo will start flights to Morocco from May, as the carrier seeks to grow.', 'en')).toEqual(['Skarlo | market | Morocco']);
  });
  it('reads who expands in a purpose clause after a deal, not a word in an appositive', () => {
    expect(facts('Morvane Spirits, the Scotch whisky maker, has struck a distribution alliance with Kelbrook to expand into India.', 'en')).toEqual([
      'Morvane Spirits | partnership | India | Kelbrook',
      'Morvane Spirits | market | India',
    ]);
    expect(facts("Lumène a conclu un accord avec Parvis pour être distribuée en Espagne.", 'fr')).toContain('Lumène | market | Espagne');
  });
});
