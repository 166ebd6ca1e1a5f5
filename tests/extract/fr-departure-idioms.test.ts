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
    "Paul Roy, directeur général de Sovelane, jette l'éponge.",
    'Paul Roy, directeur général de Sovelane, tire sa révérence.',
    'Paul Roy, président de Sovelane, ne se représentera pas.',
    'Paul Roy, président de Sovelane, va passer la main.',
    'Paul Roy, président de Sovelane, est sur le départ.',
    'Paul Roy, président de Sovelane, a présenté sa démission.',
    'Paul Roy, président de Sovelane, a annoncé son départ.',
    'Paul Roy, président de Sovelane, cessera ses fonctions le 30 juin.',
    'Paul Roy, président de Sovelane, se retire de la présidence.',
    'Le groupe Sovelane et son directeur général, Paul Roy, ont décidé de se séparer.',
    'Le directeur général de Sovelane, Paul Roy, a été démis de ses fonctions.',
    'Le président de Sovelane, Paul Roy, a été écarté par les actionnaires.',
    'Le directeur général de Sovelane, Paul Roy, a été révoqué mardi.',
  ];
  const objectLeaves = [
    'Sovelane limoge son directeur général, Paul Roy.',
    'Sovelane a révoqué son président, Paul Roy.',
    'Sovelane a remercié son directeur général Paul Roy.',
    "Sovelane s'est séparé de son directeur général Paul Roy, après trois ans.",
    "Le conseil d'administration de Sovelane a mis fin aux fonctions de son directeur général, Paul Roy.",
    'Les actionnaires ont poussé vers la sortie le PDG de Sovelane, Paul Roy.',
  ];
  for (const text of [...subjectLeaves, ...objectLeaves]) {
    it(`reads "${text}" as a post left`, () => {
      expect(roleKeys(text, 'fr')).toContainEqual(['Paul Roy', 'Sovelane', 'former']);
    });
  }
  it.each([
    ['Sovelane a annoncé que sa directrice générale, Paule Roy, avait été remerciée.'],
    ['Sovelane a indiqué que sa présidente, Paule Roy, avait démissionné.'],
  ])('reads the pluperfect "%s" as a post left', (text) => {
    expect(roleKeys(text, 'fr')).toContainEqual(['Paule Roy', 'Sovelane', 'former']);
  });
  it.each([
    ['Le directeur général sortant de Sovelane, Paul Roy, a salué son successeur.'],
    ['Paul Roy, directeur général démissionnaire de Sovelane, a salué son successeur.'],
  ])('reads "sortant" / "démissionnaire" after the title of "%s" as a post left', (text) => {
    expect(roleKeys(text, 'fr')).toContainEqual(['Paul Roy', 'Sovelane', 'former']);
  });
  it('keeps the seat the outgoing head stays in', () => {
    const k = roleKeys('Le directeur général sortant de Sovelane, Paul Roy, restera administrateur du groupe.', 'fr');
    expect(k).toContainEqual(['Paul Roy', 'Sovelane', 'former']);
    expect(k).toContainEqual(['Paul Roy', 'Sovelane', 'current']);
  });
  it('does not read a firm setting an option aside as its head leaving', () => {
    expect(roleKeys("Sovelane écarte la piste d'une cession, a indiqué son directeur général, Paul Roy.", 'fr')).toContainEqual(['Paul Roy', 'Sovelane', 'current']);
  });
  it('does not read a market left by the group as the speaker leaving', () => {
    expect(roleKeys('Paul Roy, président de Sovelane, annonce que le groupe se retire de Chine.', 'fr')).toContainEqual(['Paul Roy', 'Sovelane', 'current']);
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
