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
    ["Lucien Castelnaud, ancien conseiller de Thibaut Vuillemot à l'Élysée, rejoint Santerval comme directeur des affaires publiques.", 'current'],
    ['Lucien Castelnaud, ancien conseiller de Thibaut Vuillemot, est nommé directeur des affaires publiques de Santerval.', 'current'],
    ['Lucien Castelnaud, proche de Thibaut Vuillemot, prend la direction générale de Santerval.', 'current'],
    ["Lucien Castelnaud, ex-directeur de cabinet de Thibaut Vuillemot, quitte Santerval.", 'former'],
  ])('"%s": the opener moves', (text, status) => {
    const k = roleKeys(text, 'fr');
    expect(k).toContainEqual(['Lucien Castelnaud', 'Santerval', status]);
    expect(k.some(([p]) => p === 'Thibaut Vuillemot')).toBe(false);
  });
  it('reads "qui a travaillé aux côtés de P" and "auprès de P" as the opener\'s past', () => {
    const k = roleKeys('Inès Mazeyrac, qui a travaillé dix ans aux côtés de Thibaut Vuillemot chez Santerval, rejoint Santerval.', 'fr');
    expect(k).toContainEqual(['Inès Mazeyrac', 'Santerval', 'current']);
    expect(k.some(([p]) => p === 'Thibaut Vuillemot')).toBe(false);
    expect(roleKeys('Inès Mazeyrac, qui a fait ses armes auprès de Thibaut Vuillemot, prend la direction de Santerval.', 'fr')).toEqual([['Inès Mazeyrac', 'Santerval', 'current']]);
  });
  it('reads a daughter named after her father', () => {
    expect(roleKeys('Inès Mazeyrac, fille de Paul Mazeyrac, devient présidente de Santerval.', 'fr')).toEqual([['Inès Mazeyrac', 'Santerval', 'current']]);
  });
  it('reads the right-hand man as the one leaving', () => {
    expect(roleKeys('Lucien Castelnaud, le bras droit de Thibaut Vuillemot chez Santerval, quitte le groupe.', 'fr')).toEqual([['Lucien Castelnaud', 'Santerval', 'former']]);
  });
});

describe('French successors and fronted ties', () => {
  it.each([
    ["Lucien Castelnaud a été choisi comme successeur de Thibaut Vuillemot à la tête de Santerval."],
    ["Lucien Castelnaud, successeur désigné de Thibaut Vuillemot, prendra ses fonctions en juillet à la tête de Santerval."],
  ])('"%s": the lead is the successor\'s', (text) => {
    const k = roleKeys(text, 'fr');
    expect(k).toContainEqual(['Lucien Castelnaud', 'Santerval', 'current']);
    expect(k).not.toContainEqual(['Thibaut Vuillemot', 'Santerval', 'current']);
  });
  it('gives the title after "X, qui succède à P," to X', () => {
    const k = roleKeys("Lucien Castelnaud, qui succède à Thibaut Vuillemot, devient le premier PDG de Santerval issu de l'extérieur.", 'fr');
    expect(k).toContainEqual(['Lucien Castelnaud', 'Santerval', 'current']);
    expect(k).not.toContainEqual(['Thibaut Vuillemot', 'Santerval', 'current']);
  });
  it.each([
    ["Proche de Thibaut Vuillemot, Lucien Castelnaud devient directeur général de Santerval."],
    ["Successeur de Thibaut Vuillemot, Lucien Castelnaud devient directeur général de Santerval."],
  ])('"%s": the name in the fronted tie is not listed with the subject', (text) => {
    expect(roleKeys(text, 'fr')).toEqual([['Lucien Castelnaud', 'Santerval', 'current']]);
  });
});
