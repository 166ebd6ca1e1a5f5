/**
 * The first towns of a wider opening ("12 stores in Ireland, beginning with X and Y", "dix
 * boutiques en Espagne, à commencer par X") are facts of the same kind: markets for shops and
 * launches, offices for offices; a town no list holds counts in that place. Sentences written
 * for these tests (invented companies; the towns that no list holds are invented too).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('the first places of an opening', () => {
  it('reads the towns after "beginning with" / "à commencer par" as markets of a shop opening', () => {
    expect(facts('Budget grocer Harlow will open ten stores in Ireland this year, beginning with Carnmore and Ballyvane in May.', 'en')).toEqual(['Harlow | market | Ireland', 'Harlow | market | Carnmore', 'Harlow | market | Ballyvane']);
    expect(facts("L'enseigne Corvane ouvrira dix boutiques en Espagne, à commencer par Séville, Tolède et Cadix.", 'fr')).toEqual(['Corvane | market | Espagne', 'Corvane | market | Séville', 'Corvane | market | Tolède', 'Corvane | market | Cadix']);
  });
  it('reads them after a launch in a country, and as offices after offices', () => {
    expect(facts('Corvane se lance en Italie, en commençant par Turin.', 'fr')).toEqual(['Corvane | market | Italie', 'Corvane | market | Turin']);
    expect(facts('Corvane ouvrira trois bureaux en Allemagne, à commencer par Brême et Munich.', 'fr')).toContain('Corvane | office | Brême');
  });
  it('reads nothing after the cue that is no town, nor in the next clause', () => {
    expect(facts('Harlow will open ten stores in Ireland, starting with the largest ones.', 'en')).toEqual(['Harlow | market | Ireland']);
    expect(facts('Harlow will open ten stores in Ireland, and its chief executive is starting with Tom Barry as deputy.', 'en')).toEqual(['Harlow | market | Ireland']);
  });
});
