/**
 * French departures as the press tells them: the person leaving before the idiom ("jette
 * l'éponge", "tire sa révérence", "a présenté sa démission", "cessera ses fonctions le 30 juin",
 * "ne se représentera pas", "va passer la main") or after the company's verb ("limoge son
 * directeur général, X", "s'est séparé de son président X", "a révoqué", "a remercié", "a mis fin
 * aux fonctions de son DG, X", "a poussé vers la sortie"), or in the passive ("a été démis de ses
 * fonctions", "a été écarté", "a été révoqué").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French departure idioms', () => {
  const subjectLeaves = [
    "Paul Roy, directeur général de Solvane, jette l'éponge.",
    'Paul Roy, directeur général de Solvane, tire sa révérence.',
    'Paul Roy, président de Solvane, ne se représentera pas.',
    'Paul Roy, président de Solvane, va passer la main.',
    'Paul Roy, président de Solvane, est sur le départ.',
    'Paul Roy, président de Solvane, a présenté sa démission.',
    'Paul Roy, président de Solvane, a annoncé son départ.',
    'Paul Roy, président de Solvane, cessera ses fonctions le 30 juin.',
    'Paul Roy, président de Solvane, se retire de la présidence.',
    'Le groupe Solvane et son directeur général, Paul Roy, ont décidé de se séparer.',
    'Le directeur général de Solvane, Paul Roy, a été démis de ses fonctions.',
    'Le président de Solvane, Paul Roy, a été écarté par les actionnaires.',
    'Le directeur général de Solvane, Paul Roy, a été révoqué mardi.',
  ];
  const objectLeaves = [
    'Solvane limoge son directeur général, Paul Roy.',
    'Solvane a révoqué son président, Paul Roy.',
    'Solvane a remercié son directeur général Paul Roy.',
    "Solvane s'est séparé de son directeur général Paul Roy, après trois ans.",
    "Le conseil d'administration de Solvane a mis fin aux fonctions de son directeur général, Paul Roy.",
    'Les actionnaires ont poussé vers la sortie le PDG de Solvane, Paul Roy.',
  ];
  for (const text of [...subjectLeaves, ...objectLeaves]) {
    it(`reads "${text}" as a post left`, () => {
      expect(roleKeys(text, 'fr')).toContainEqual(['Paul Roy', 'Solvane', 'former']);
    });
  }
  it.each([
    ['Solvane a annoncé que sa directrice générale, Paule Roy, avait été remerciée.'],
    ['Solvane a indiqué que sa présidente, Paule Roy, avait démissionné.'],
  ])('reads the pluperfect "%s" as a post left', (text) => {
    expect(roleKeys(text, 'fr')).toContainEqual(['Paule Roy', 'Solvane', 'former']);
  });
  it.each([
    ['Le directeur général sortant de Solvane, Paul Roy, a salué son successeur.'],
    ['Paul Roy, directeur général démissionnaire de Solvane, a salué son successeur.'],
  ])('reads "sortant" / "démissionnaire" after the title of "%s" as a post left', (text) => {
    expect(roleKeys(text, 'fr')).toContainEqual(['Paul Roy', 'Solvane', 'former']);
  });
  it('keeps the seat the outgoing head stays in', () => {
    const k = roleKeys('Le directeur général sortant de Solvane, Paul Roy, restera administrateur du groupe.', 'fr');
    expect(k).toContainEqual(['Paul Roy', 'Solvane', 'former']);
    expect(k).toContainEqual(['Paul Roy', 'Solvane', 'current']);
  });
  it('does not read a firm setting an option aside as its head leaving', () => {
    expect(roleKeys("Solvane écarte la piste d'une cession, a indiqué son directeur général, Paul Roy.", 'fr')).toContainEqual(['Paul Roy', 'Solvane', 'current']);
  });
  it('does not read a market left by the group as the speaker leaving', () => {
    expect(roleKeys('Paul Roy, président de Solvane, annonce que le groupe se retire de Chine.', 'fr')).toContainEqual(['Paul Roy', 'Solvane', 'current']);
  });
});

describe('French "quitte son poste (de TITRE) chez X pour Y"', () => {
  it.each([
    ['Claire Dubosc quitte son poste chez Vantelis pour Orvel.'],
    ['Claire Dubosc quitte son poste de directrice marketing chez Vantelis pour rejoindre Orvel.'],
    ['Claire Dubosc quitte ses fonctions de directrice financière de Vantelis pour Orvel.'],
    ["Claire Dubosc quitte son poste de directrice marketing de Vantelis pour prendre la direction générale d'Orvel."],
    ['Claire Dubosc quitte son poste au sein de Vantelis pour la start-up Orvel.'],
  ])('"%s": the post left is past, the firm gone to held now', (text) => {
    const keys = roleKeys(text, 'fr');
    expect(keys).toContainEqual(['Claire Dubosc', 'Vantelis', 'former']);
    expect(keys).toContainEqual(['Claire Dubosc', 'Orvel', 'current']);
    expect(keys).not.toContainEqual(['Claire Dubosc', 'Vantelis', 'current']);
  });
});

describe('French "y" standing for the firm gone to', () => {
  it('puts the post told with "y" at the firm joined, not the one left', () => {
    const rows = roleKeys('Claire Dubosc, qui quitte Vantelis pour Orvel, y sera directrice générale.', 'fr');
    expect(rows).toContainEqual(['Claire Dubosc', 'Orvel', 'current']);
    expect(rows).not.toContainEqual(['Claire Dubosc', 'Vantelis', 'current']);
  });
});

describe('French "quitte X, où …, pour Y"', () => {
  it('reads the firm gone to past an aside on the firm left', () => {
    const keys = roleKeys('Claire Dubosc quitte Vantelis, où elle était directrice marketing, pour Orvel.', 'fr');
    expect(keys).toContainEqual(['Claire Dubosc', 'Vantelis', 'former']);
    expect(keys).toContainEqual(['Claire Dubosc', 'Orvel', 'current']);
  });
});
