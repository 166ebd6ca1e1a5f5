/**
 * A lead handed over by its holder, the post told after the newcomer or before the verb: "X
 * passe le relais à Y à la direction générale de Z", "X cède sa place à Y à la tête de Z", "X
 * cède la présidence de Z à Y", "X transmet les rênes de Z à Y", "Après vingt ans à la tête de
 * Z, X cède sa place à sa fille, Y". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

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

describe('French hand-overs in every tense and with the idioms the press uses', () => {
  it('reads "laisse les rênes à Y" in a sentence opened on the company', () => {
    const r = roles('Chez Orvaline, Mireille Sorel laisse les rênes à Bastien Quéré.', 'fr');
    expect(r).toContainEqual(['Mireille Sorel', 'Orvaline', null, 'former']);
    expect(r).toContainEqual(['Bastien Quéré', 'Orvaline', null, 'current']);
  });
  it('reads "va céder sa place" (near future) as the holder leaving', () => {
    const r = roles('Mireille Sorel va céder sa place à Bastien Quéré à la tête de Orvaline.', 'fr');
    expect(r).toContainEqual(['Mireille Sorel', 'Orvaline', null, 'former']);
  });
  it('reads "remet les clés de Z à Y"', () => {
    const r = roles('Mireille Sorel remet les clés de Orvaline à Bastien Quéré.', 'fr');
    expect(r).toContainEqual(['Mireille Sorel', 'Orvaline', null, 'former']);
    expect(r).toContainEqual(['Bastien Quéré', 'Orvaline', null, 'current']);
  });
  it('reads "s\'efface au profit de Y" and "se retire au profit de Y": Y takes the post', () => {
    const r = roles("Mireille Sorel, PDG d'Orvaline, s'efface au profit de Bastien Quéré.", 'fr');
    expect(r).toContainEqual(['Mireille Sorel', 'Orvaline', 'PDG', 'former']);
    expect(r).toContainEqual(['Bastien Quéré', 'Orvaline', 'PDG', 'current']);
    const retire = roles("Mireille Sorel, PDG d'Orvaline, se retire au profit de Bastien Quéré.", 'fr');
    expect(retire).toContainEqual(['Mireille Sorel', 'Orvaline', 'PDG', 'former']);
  });
  it('reads "abandonne / quitte la présidence de Z au profit de Y", not "quitte la présidence de Z à 70 ans"', () => {
    const r = roles("Mireille Sorel abandonne la présidence d'Orvaline au profit de Bastien Quéré.", 'fr');
    expect(r).toContainEqual(['Mireille Sorel', 'Orvaline', null, 'former']);
    expect(r).toContainEqual(['Bastien Quéré', 'Orvaline', null, 'current']);
    const alone = roles("Mireille Sorel quitte la présidence d'Orvaline à 70 ans.", 'fr');
    expect(alone.some((x) => x[3] === 'current')).toBe(false);
  });
  it('keeps "se retire du capital" from reading as a departure', () => {
    const r = roles("Le fondateur d'Orvaline, Paul Girard, se retire du capital.", 'fr');
    expect(r).toContainEqual(['Paul Girard', 'Orvaline', 'fondateur', 'current']);
  });
});
