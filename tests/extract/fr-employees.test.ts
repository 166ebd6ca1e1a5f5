/**
 * French employees, not only executives: "travaille chez X depuis 2019", "qui travaille pour X",
 * "en poste chez X", "salarié de X", "employée chez X" (current, title null); "cadre chez X",
 * "technicien chez X", "ouvrière chez X" (titled). "a travaillé chez X" stays a past stay.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows } from '../helpers/extract.js';

describe('French employees', () => {
  const untitled = [
    'Jean Dupré travaille chez Sorelis depuis 2019.',
    'Jean Dupré, qui travaille pour Sorelis, a témoigné.',
    'Jean Dupré, en poste chez Sorelis depuis 2019, a piloté la cession.',
    'Jean Dupré, salarié de Sorelis depuis 2019, a témoigné.',
    'Jeanne Dupré, employée chez Sorelis depuis 2019, a témoigné.',
  ];
  for (const text of untitled) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr').map(([, c, s]) => [c, s])).toEqual([['Sorelis', 'current']]);
    });
  }
  it('reads "cadre / technicien / ouvrière chez X" with the title', () => {
    expect(roleRows('Jean Dupré, cadre chez Sorelis, a témoigné.', 'fr')).toEqual([['Jean Dupré', 'Sorelis', 'cadre', 'current']]);
    expect(roleRows('Jean Dupré, technicien chez Sorelis, a témoigné.', 'fr')).toEqual([['Jean Dupré', 'Sorelis', 'technicien', 'current']]);
    expect(roleRows('Jeanne Dupré, ouvrière chez Sorelis depuis vingt ans, a témoigné.', 'fr')).toEqual([['Jeanne Dupré', 'Sorelis', 'ouvrière', 'current']]);
  });
  it('keeps "a travaillé chez X" past and "dans le cadre de" no title', () => {
    expect(roleKeys('Ayant travaillé chez Sorelis, Jean Dupré connaît le secteur.', 'fr')).toEqual([['Jean Dupré', 'Sorelis', 'former']]);
    expect(roleKeys('Dans le cadre de Sorelis 2030, Jean Dupré a témoigné.', 'fr')).toEqual([]);
  });
});

describe('French leaders and linchpins in apposition', () => {
  it('reads "X, dirigeante de Y" and "X, codirigeante de Y"', () => {
    expect(roleRows("Anne Morin, dirigeante d'Orvel, a signé.", 'fr')).toEqual([['Anne Morin', 'Orvel', 'dirigeante', 'current']]);
    expect(roleRows("Anne Morin, codirigeante d'Orvel, a signé.", 'fr')).toEqual([['Anne Morin', 'Orvel', 'codirigeante', 'current']]);
  });
  it('does not read "la cheville ouvrière de Y" as a worker', () => {
    expect(roleRows("Anne Morin, cheville ouvrière d'Orvel, a signé.", 'fr')).toEqual([]);
  });
});
