/**
 * Someone who joins a person already at a firm's head leads it too: "Anne Vidal rejoint Paul
 * Martin à la tête de Morvaine", "Dana Ruiz will join Paul Martin at the helm of Halvorne Foods".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('joining someone at the head of a firm', () => {
  it('gives the lead to both, in French', () => {
    expect(roleKeys('Anne Vidal rejoint Paul Martin à la tête de Morvaine.', 'fr')).toEqual([
      ['Anne Vidal', 'Morvaine', 'current'],
      ['Paul Martin', 'Morvaine', 'current'],
    ]);
    expect(roleKeys('Anne Vidal vient rejoindre Paul Martin à la tête de Morvaine.', 'fr')).toContainEqual(['Anne Vidal', 'Morvaine', 'current']);
  });
  it('gives the lead to both, in English, past an auxiliary', () => {
    expect(roleKeys('Dana Ruiz will join Paul Martin at the helm of Halvorne Foods.', 'en')).toEqual([
      ['Dana Ruiz', 'Halvorne Foods', 'current'],
      ['Paul Martin', 'Halvorne Foods', 'current'],
    ]);
  });
  it('does not give it to someone the lead is only told beside', () => {
    expect(roleKeys('Anne Vidal a rencontré Paul Martin, à la tête de Morvaine depuis 2019.', 'fr')).not.toContainEqual(['Anne Vidal', 'Morvaine', 'current']);
  });
});
