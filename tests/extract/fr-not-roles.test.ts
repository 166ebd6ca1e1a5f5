/**
 * What is not a French role (GUIDELINES): a participle of a career cue used as a noun after a
 * determiner ("l'arrivée de Y" is Y's arrival, "la venue de Y", "une partie de Y", "à l'issue
 * de Y"), unlike "arrivée de Y" in apposition (came from Y); local elected posts ("présidente
 * de la région Bretagne", "président du conseil départemental", "vice-présidente de Rennes
 * Métropole", "président de l'agglomération"). Sentences of our own.
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

describe('French local elected posts', () => {
  it('ties no regional or departmental official to the firm visited', () => {
    expect(roleKeys("Carole Taversac, présidente de la région Bretagne, a inauguré l'usine de Kestrala.", 'fr')).toEqual([]);
    expect(roleKeys("Carole Taversac, présidente du conseil régional de Normandie, a inauguré l'usine de Kestrala.", 'fr')).toEqual([]);
    expect(roleKeys('Le maire de Gaudrenne, Hugo Solmira, et le président de l\'agglomération, Luc Pérolande, ont accueilli les dirigeants de Kestrala.', 'fr')).toEqual([]);
    expect(roleKeys("Valérie Armistal, vice-présidente de Tesselmar Métropole, salue l'arrivée de Kestrala.", 'fr')).toEqual([]);
  });
  it('keeps the firm beside an official in the same sentence', () => {
    const k = roleKeys('Gérald Pérolande, président du conseil départemental du Gers, et Marie Brindamor, directrice générale de Kestrala, ont signé la convention.', 'fr');
    expect(k).toEqual([['Marie Brindamor', 'Kestrala', 'current']]);
  });
  it('keeps a corporate region in a title', () => {
    expect(roleKeys('Julie Vallorcq, présidente de la région Europe du Sud de Kestrala, a présenté le projet.', 'fr')).toContainEqual(['Julie Vallorcq', 'Kestrala', 'current']);
  });
});

describe('French adverbs of the past opening a sentence', () => {
  it('reads "Anciennement directrice de Y" as a past post', () => {
    expect(roleKeys('Anciennement directrice de Kestrala, Inès Quentrel rejoint Solmira.', 'fr')).toContainEqual(['Inès Quentrel', 'Kestrala', 'former']);
    expect(roleKeys('Inès Quentrel, anciennement directrice financière de Kestrala, rejoint Solmira.', 'fr')).toContainEqual(['Inès Quentrel', 'Kestrala', 'former']);
  });
  it('never reads "Précédemment" as a firm', () => {
    const k = roleKeys('Précédemment directeur général de Kestrala, Paul Taversac succède à Hugo Armistal, qui devient président du conseil de surveillance.', 'fr');
    expect(k.some(([, c]) => c === 'Précédemment')).toBe(false);
  });
});
