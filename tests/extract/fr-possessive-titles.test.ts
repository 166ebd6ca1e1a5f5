/**
 * Which company a possessive title ("Sa fondatrice", "Son directeur général") belongs to when
 * the text names no owner: never the firm of another title in the person's apposition ("Sa
 * fondatrice, X, ancienne cheffe de produit chez Y": Y is the past employer only). Sentences of
 * our own. Quebec titles keep a capitalised scope set off by commas before the firm
 * ("vice-président, Europe, de Y"): the firm after it employs.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows } from '../helpers/extract.js';

describe('French possessive titles and the firm of a later title', () => {
  it('does not give "Sa fondatrice" the firm of the past post after the name', () => {
    const k = roleKeys("La start-up lève 20 millions d'euros. Sa fondatrice, Amina Ferzalis, ancienne cheffe de produit chez Ombrevia, conserve 55 % du capital.", 'fr');
    expect(k).toEqual([['Amina Ferzalis', 'Ombrevia', 'former']]);
  });
  it('does not give "Son directeur général" the firm of "ex-directeur financier de Y"', () => {
    expect(roleKeys('Son directeur général, Marc Tesselmar, ex-directeur financier de Ombrevia, a présenté le plan.', 'fr')).toEqual([['Marc Tesselmar', 'Ombrevia', 'former']]);
  });
  it('still reads the owner the text names', () => {
    const k = roleKeys("Gaudrenne lève 20 millions d'euros. Sa fondatrice, Amina Ferzalis, ancienne cheffe de produit chez Ombrevia, conserve 55 % du capital.", 'fr');
    expect(k).toContainEqual(['Amina Ferzalis', 'Gaudrenne', 'current']);
    expect(k).toContainEqual(['Amina Ferzalis', 'Ombrevia', 'former']);
  });
});

describe('Quebec titles with a scope set off by commas', () => {
  it('gives "vice-présidente, Asie, de Y" to Y, not to the firm led before it', () => {
    const k = roleKeys('Inès Armistal gardera la direction de Solmira et sera aussi vice-présidente, Asie, de Pérolande.', 'fr');
    expect(k).toContainEqual(['Inès Armistal', 'Pérolande', 'current']);
  });
  it('reads "vice-présidente principale, Finances, de Y"', () => {
    expect(roleKeys('Inès Armistal, de Solmira, est nommée vice-présidente principale, Finances, de Pérolande.', 'fr')).toContainEqual(['Inès Armistal', 'Pérolande', 'current']);
  });
});

describe('French clients and counterparts are not employers', () => {
  it('gives "représenté par son PDG X" to the firm the participle describes', () => {
    const k = roleKeys('Inès Armistal, directrice des achats de Solmira, a signé le contrat avec Pérolande, représenté par son PDG Hugo Taversac.', 'fr');
    expect(k).toContainEqual(['Hugo Taversac', 'Pérolande', 'current']);
    expect(k).not.toContainEqual(['Hugo Taversac', 'Solmira', 'current']);
  });
  it('reads the firm after "responsable du compte X chez Y" as Y', () => {
    const k = roleKeys('Inès Armistal, responsable du compte Solmira chez Pérolande, rejoint Gaudrenne.', 'fr');
    expect(k).toContainEqual(['Inès Armistal', 'Pérolande', 'former']);
    expect(k.some(([, c]) => c === 'Solmira')).toBe(false);
  });
});


describe('the founder of a bought firm', () => {
  it('reads "Son fondateur, X" after a purchase as the bought firm\'s founder', () => {
    expect(roleRows("Le groupe Marvel-Oste a racheté la start-up Plindo. Son fondateur, Tariq Benslim, restera aux commandes.", 'fr')).toContainEqual(['Tariq Benslim', 'Plindo', 'fondateur', 'current']);
    const r = roleRows("Le chimiste Arcadel prend le contrôle de Kelvasse. Sa fondatrice, Ines Rourke, conserve 10 % du capital.", 'fr');
    expect(r).toContainEqual(['Ines Rourke', 'Kelvasse', 'fondatrice', 'current']);
    expect(r.filter((x) => x[1] === 'Arcadel')).toEqual([]);
  });
  it('keeps the subject\'s founder when nothing is bought', () => {
    expect(roleRows("Kelvasse lève 5 millions d'euros auprès de Brennac. Son fondateur, Tariq Benslim, veut recruter.", 'fr')).toContainEqual(['Tariq Benslim', 'Kelvasse', 'fondateur', 'current']);
  });
});
