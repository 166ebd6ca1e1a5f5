/**
 * The lead of a unit of a company: "à la tête des opérations de X en Europe", "prend la
 * direction des ventes de X", "prend la tête de la division énergie de X", "aux commandes de
 * la filiale française de X", "à la tête du pôle santé chez X" (current, title null); "dirigeait
 * (dirige) sa filiale espagnole, NAME": the unit named; a lead told after "Après dix ans" is
 * over. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French leads of a unit', () => {
  const current: Array<[string, string, string]> = [
    ['« La conjoncture reste incertaine », tempère Claire Dumas, à la tête des opérations de Sorelis en Europe.', 'Claire Dumas', 'Sorelis'],
    ['Marc Dubreuil prend la direction des ventes de Sorelec.', 'Marc Dubreuil', 'Sorelec'],
    ['Marc Dubreuil prend la tête de la division énergie de Sorelec.', 'Marc Dubreuil', 'Sorelec'],
    ['Marc Dubreuil, aux commandes de la filiale française de Sorelec, a réagi.', 'Marc Dubreuil', 'Sorelec'],
    ['Marc Dubreuil, à la tête du pôle santé chez Sorelec, a réagi.', 'Marc Dubreuil', 'Sorelec'],
  ];
  for (const [text, person, company] of current) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toContainEqual([person, company, 'current']);
    });
  }
  it('does not read the lead of a deal as a job', () => {
    expect(roleKeys('Marc Dubreuil prend la tête du projet de rachat de Sorelec.', 'fr')).toEqual([]);
  });
  it('reads a lead told after "Après dix ans" as former', () => {
    const k = roleKeys('Après dix ans à la tête des ventes de Sorelec, Marc Dubreuil rejoint Vaxel.', 'fr');
    expect(k).toContainEqual(['Marc Dubreuil', 'Sorelec', 'former']);
    expect(k).toContainEqual(['Marc Dubreuil', 'Vaxel', 'current']);
    expect(roleKeys('Après dix ans à la tête de Sorelec, Marc Dubreuil rejoint Vaxel.', 'fr')).toContainEqual(['Marc Dubreuil', 'Sorelec', 'former']);
  });
});

describe('French leads of "sa filiale, NAME"', () => {
  it('reads the unit named after its comma as the post held before ("dirigeait")', () => {
    const k = roleKeys('Kestrala nomme Irène Lusquéval directrice générale. Elle dirigeait depuis 2021 sa filiale espagnole, Kestrala Iberia.', 'fr');
    expect(k).toContainEqual(['Irène Lusquéval', 'Kestrala Iberia', 'former']);
  });
  it('reads it as the post held now ("dirige")', () => {
    expect(roleKeys('Irène Lusquéval dirige depuis 2021 sa filiale allemande, Kestrala GmbH.', 'fr')).toContainEqual(['Irène Lusquéval', 'Kestrala GmbH', 'current']);
  });
});

