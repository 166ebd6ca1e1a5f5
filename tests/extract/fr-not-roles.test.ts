/**
 * What is not a French role (GUIDELINES): a participle of a career cue used as a noun after a
 * determiner ("l'arrivée de Y" is Y's arrival, "la venue de Y", "une partie de Y", "à l'issue
 * de Y"), unlike "arrivée de Y" in apposition (came from Y). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French nouns that are no career cue', () => {
  it('does not read "l\'arrivée de Y" as a past job of the speaker', () => {
    expect(roleKeys("Selon Ninon Casabielle, l'arrivée de Drévalon sur le marché change la donne.", 'fr')).toEqual([]);
    expect(roleKeys("Interrogé par nos soins, Aurèle Vintimille salue l'arrivée d'Ambrezio à Quimper.", 'fr')).toEqual([]);
  });
  it('does not read "la venue de Y", "la plus grande partie de Y", "à l\'issue de Y"', () => {
    expect(roleKeys('Pour Aurèle Vintimille, la venue de Drévalon est une chance.', 'fr')).toEqual([]);
    expect(roleKeys('Pour Aurèle Vintimille, la plus grande partie de Drévalon restera en Bretagne.', 'fr')).toEqual([]);
    expect(roleKeys("À l'issue de Drévalon Expo, Ninon Casabielle a annoncé un accord.", 'fr')).toEqual([]);
  });
  it('still reads "arrivée de Y" in apposition as the firm left', () => {
    expect(roleKeys('Ninon Casabielle, arrivée de Drévalon en 2021, dirige les ventes de Ambrezio.', 'fr')).toContainEqual(['Ninon Casabielle', 'Drévalon', 'former']);
  });
});
