/**
 * French passive appointments with a participle other than "nommé": "a été cooptée
 * administratrice", "a été désigné président", "a été reconduite comme présidente", "a été
 * propulsé directeur général", "a été appelée à la présidence de X" (current: "a été" is no
 * time word there), and the pluperfect "avait été nommée… en 2015" (former). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French passive appointments', () => {
  const current = [
    'Maria Gonçalves a été cooptée administratrice indépendante de Solvane.',
    'Maria Gonçalves a été désignée présidente de Solvane.',
    'Maria Gonçalves a été reconduite comme présidente de Solvane.',
    'Maria Gonçalves a été confirmée dans ses fonctions de présidente de Solvane.',
    'Maria Gonçalves a été propulsée directrice générale de Solvane.',
    'Maria Gonçalves a été recrutée comme directrice financière de Solvane.',
    'Maria Gonçalves a été installée au poste de directrice générale de Solvane.',
    'Maria Gonçalves a été appelée à la présidence de Solvane.',
    'Maria Gonçalves a été portée à la présidence de Solvane.',
  ];
  for (const text of current) {
    it(`reads "${text}" as current`, () => {
      expect(roleKeys(text, 'fr')).toContainEqual(['Maria Gonçalves', 'Solvane', 'current']);
    });
  }
  it('reads a pluperfect passive as former', () => {
    expect(roleKeys('Maria Gonçalves rejoint Orvel. Elle avait été nommée directrice générale de Solvane en 2015.', 'fr')).toContainEqual(['Maria Gonçalves', 'Solvane', 'former']);
  });
  it('keeps a confirmed departure former', () => {
    expect(roleKeys('Solvane a confirmé le départ de son directeur général, Paul Roy.', 'fr')).toContainEqual(['Paul Roy', 'Solvane', 'former']);
  });
});
