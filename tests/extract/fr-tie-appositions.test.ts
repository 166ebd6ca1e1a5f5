/**
 * A name inside the apposition of the person opening the sentence, after a noun of a tie ("X,
 * ancien conseiller de P, rejoint Y", "X, fille de P, devient présidente de Y", "X, le bras
 * droit de P chez Y, quitte le groupe", "X, qui a travaillé aux côtés de P, rejoint Y"), only describes X: the move is X's, not P's. A title
 * given to P in apposition ("fille de P, fondateur de Y") leaves P a person of the sentence.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French ties to a person inside an apposition', () => {
  it.each([
    ["Lucien Castelnaud, ancien conseiller de Thibaut Vuillemot à l'Élysée, rejoint Ortolane comme directeur des affaires publiques.", 'current'],
    ['Lucien Castelnaud, ancien conseiller de Thibaut Vuillemot, est nommé directeur des affaires publiques de Ortolane.', 'current'],
    ['Lucien Castelnaud, proche de Thibaut Vuillemot, prend la direction générale de Ortolane.', 'current'],
    ["Lucien Castelnaud, ex-directeur de cabinet de Thibaut Vuillemot, quitte Ortolane.", 'former'],
  ])('"%s": the opener moves', (text, status) => {
    const k = roleKeys(text, 'fr');
    expect(k).toContainEqual(['Lucien Castelnaud', 'Ortolane', status]);
    expect(k.some(([p]) => p === 'Thibaut Vuillemot')).toBe(false);
  });
  it('reads "qui a travaillé aux côtés de P" and "auprès de P" as the opener\'s past', () => {
    const k = roleKeys('Inès Mazeyrac, qui a travaillé dix ans aux côtés de Thibaut Vuillemot chez Santerval, rejoint Ortolane.', 'fr');
    expect(k).toContainEqual(['Inès Mazeyrac', 'Ortolane', 'current']);
    expect(k.some(([p]) => p === 'Thibaut Vuillemot')).toBe(false);
    expect(roleKeys('Inès Mazeyrac, qui a fait ses armes auprès de Thibaut Vuillemot, prend la direction de Ortolane.', 'fr')).toEqual([['Inès Mazeyrac', 'Ortolane', 'current']]);
  });
  it('reads a daughter named after her father', () => {
    expect(roleKeys('Inès Mazeyrac, fille de Paul Mazeyrac, devient présidente de Ortolane.', 'fr')).toEqual([['Inès Mazeyrac', 'Ortolane', 'current']]);
  });
  it('reads the right-hand man as the one leaving', () => {
    expect(roleKeys('Lucien Castelnaud, le bras droit de Thibaut Vuillemot chez Ortolane, quitte le groupe.', 'fr')).toEqual([['Lucien Castelnaud', 'Ortolane', 'former']]);
  });
});
