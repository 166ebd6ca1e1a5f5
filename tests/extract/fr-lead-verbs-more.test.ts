/**
 * More French ways to take a lead or a seat: "le conseil de X a élu (porté) Y à sa
 * présidence", "hérite de la présidence de X", "accède à la présidence de X", "devient la
 * première femme à diriger X", "a été choisie pour diriger X", "monte au conseil
 * d'administration de X" (current, title null). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('more French lead verbs', () => {
  const current = [
    'Le conseil de surveillance de Brévia a élu Ingrid Larsen à sa présidence.',
    "Le conseil d'administration de Brévia a porté Ingrid Larsen à sa présidence.",
    'Ingrid Larsen hérite de la présidence de Brévia.',
    'Ingrid Larsen accède à la présidence de Brévia.',
    'Ingrid Larsen devient la première femme à diriger Brévia.',
    'Ingrid Larsen a été choisie pour diriger Brévia.',
    "Ingrid Larsen monte au conseil d'administration de Brévia.",
  ];
  for (const text of current) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toEqual([['Ingrid Larsen', 'Brévia', 'current']]);
    });
  }
  it('reads "quitte X pour diriger Y" as a move', () => {
    const k = roleKeys('Paul Roy quitte Orvel pour diriger Brévia.', 'fr');
    expect(k).toContainEqual(['Paul Roy', 'Orvel', 'former']);
    expect(k).toContainEqual(['Paul Roy', 'Brévia', 'current']);
  });
});

describe('French leads named after an appointment participle', () => {
  it('reads "nommée (arrivée) en mars à la direction générale de X"', () => {
    expect(roleKeys("Anne Morin, nommée en mars à la direction générale d'Orvel, a signé.", 'fr')).toEqual([['Anne Morin', 'Orvel', 'current']]);
    expect(roleKeys("Anne Morin, arrivée en mars à la direction générale d'Orvel, a signé.", 'fr')).toEqual([['Anne Morin', 'Orvel', 'current']]);
  });
  it('keeps "succède à Y à la présidence de X" a handover', () => {
    const k = roleKeys("Anne Morin succède à Paul Roy à la présidence d'Orvel.", 'fr');
    expect(k).toContainEqual(['Anne Morin', 'Orvel', 'current']);
    expect(k).toContainEqual(['Paul Roy', 'Orvel', 'former']);
  });
});

describe('French leads kept and returns', () => {
  const current = [
    'Anne Roy conserve la présidence de Vaxel.',
    'Anne Roy garde la direction de Vaxel.',
    'Anne Roy fait son come-back chez Vaxel.',
    'Anne Roy est de retour chez Vaxel.',
  ];
  for (const text of current) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current']]);
    });
  }
  it('does not read "garde la tête froide"', () => {
    expect(roleKeys('Anne Roy garde la tête froide face à Vaxel.', 'fr')).toEqual([]);
  });
});
