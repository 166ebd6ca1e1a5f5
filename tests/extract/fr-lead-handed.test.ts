/**
 * A lead handed over by its holder, the post told after the newcomer or before the verb: "X
 * passe le relais à Y à la direction générale de Z", "X cède sa place à Y à la tête de Z", "X
 * cède la présidence de Z à Y", "X transmet les rênes de Z à Y", "Après vingt ans à la tête de
 * Z, X cède sa place à sa fille, Y". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French leads handed over', () => {
  const both = [
    'Jean Fabre passe le relais à Émilie Vidal à la direction générale de Mécalor.',
    'Jean Fabre cède sa place à Émilie Vidal à la tête de Mécalor.',
    'Jean Fabre cède la présidence de Mécalor à Émilie Vidal.',
    'Jean Fabre transmet les rênes de Mécalor à Émilie Vidal.',
    'Jean Fabre cède la présidence du conseil de surveillance de Mécalor à Émilie Vidal.',
  ];
  for (const text of both) {
    it(`reads "${text}"`, () => {
      const k = roleKeys(text, 'fr');
      expect(k).toContainEqual(['Émilie Vidal', 'Mécalor', 'current']);
      expect(k).toContainEqual(['Jean Fabre', 'Mécalor', 'former']);
      expect(k).not.toContainEqual(['Émilie Vidal', 'Mécalor', 'former']);
    });
  }
  it('reads the lead told before the verb', () => {
    const k = roleKeys('Après vingt ans à la tête de Mécalor, Jean Fabre cède sa place à sa fille, Émilie Fabre.', 'fr');
    expect(k).toContainEqual(['Émilie Fabre', 'Mécalor', 'current']);
    expect(k).toContainEqual(['Jean Fabre', 'Mécalor', 'former']);
  });
  it('reads "à la tête de l\'entreprise" as the company of the story', () => {
    const k = roleKeys("Mécalor, fabricant de vannes, change de patron. Jean Fabre cède sa place à Émilie Vidal à la tête de l'entreprise familiale.", 'fr');
    expect(k).toContainEqual(['Émilie Vidal', 'Mécalor', 'current']);
  });
});
