/**
 * The speaker's job told in apposition without a title, as quotes in news about something else
 * give it: "X, en charge des ventes chez Vaxel", "X, chargée de mission chez Vaxel", "X,
 * récemment arrivée chez Vaxel", "X, qui pilote les ventes de Vaxel", "X, aujourd'hui
 * (désormais, actuellement) chez Vaxel", "…chez Vaxel, où X dirige les ventes" (current, title
 * null); "Orvel, où elle dirigeait la R&D" (former). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French speakers described without a title', () => {
  const current = [
    '« Le marché reste tendu », a déclaré Sonia Perret, en charge des ventes chez Vaxel.',
    'Sonia Perret, chargée de mission chez Vaxel, a témoigné.',
    '« Le marché reste tendu », a déclaré Sonia Perret, récemment arrivée chez Vaxel.',
    '« Le marché reste tendu », a déclaré Sonia Perret, qui pilote les ventes de Vaxel.',
    "Sonia Perret, aujourd'hui chez Vaxel, a déclaré que le marché reste tendu.",
    'Sonia Perret, désormais chez Vaxel, a déclaré que le marché reste tendu.',
    '« Le marché reste tendu », reconnaît-on chez Vaxel, où Sonia Perret dirige les ventes.',
  ];
  for (const text of current) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toEqual([['Sonia Perret', 'Vaxel', 'current']]);
    });
  }
  it('reads "Orvel, où elle dirigeait la R&D" as former', () => {
    expect(roleKeys('Sonia Perret a passé dix ans chez Orvel, où elle dirigeait la R&D.', 'fr')).toEqual([['Sonia Perret', 'Orvel', 'former']]);
  });
  it('does not read a minister, a bank or a project', () => {
    expect(roleKeys("Sonia Perret, ministre chargée de l'Industrie, a visité Vaxel.", 'fr')).toEqual([]);
    expect(roleKeys('La banque Lazard, chargée de la vente de Vaxel, a été mandatée.', 'fr')).toEqual([]);
    expect(roleKeys('Sonia Perret, qui pilote le projet de fusion de Vaxel, a témoigné.', 'fr')).toEqual([]);
  });
});
