/**
 * Québec business-press phrasings: "se joindre à" for joining a firm, a department written after
 * "au / aux" ("vice-présidente au marketing"), and a possessive title after a sentence that opens
 * on a description of the company and its home town. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('Québec press phrasings', () => {
  it('reads "se joindre à X" as joining X, with the title given by "à titre de"', () => {
    const r = roles("Le détaillant Velmont a recruté Anne Lorrain. Elle succède à Paul Brent, qui quitte l'entreprise pour se joindre à Orvane à titre de vice-président principal.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Orvane', 'vice-président principal', 'current']);
    expect(r).toContainEqual(['Paul Brent', 'Velmont', null, 'former']);
    expect(roles("Julie Martin, directrice des ventes de Velmont, s'est jointe à Delvo.", 'fr')).toContainEqual(['Julie Martin', 'Delvo', null, 'current']);
  });
  it('keeps a department written after "au" or "aux" in the title', () => {
    expect(roles('Paul Brent, vice-président aux ressources humaines de Velmont, prend sa retraite.', 'fr')).toContainEqual(['Paul Brent', 'Velmont', 'vice-président aux ressources humaines', 'former']);
  });
  it('reads "Sa vice-présidente" after "L\'entreprise de <town>" as a post at the company the text is about', () => {
    const r = roles("Le détaillant Velmont ouvrira une boutique à Lyon. L'entreprise de Kervanou vend déjà en ligne. Sa vice-présidente au marketing, Julie Martin, a quitté ses fonctions pour se joindre à Delvo.", 'fr');
    expect(r).toContainEqual(['Julie Martin', 'Velmont', 'vice-présidente au marketing', 'former']);
    expect(r).toContainEqual(['Julie Martin', 'Delvo', null, 'current']);
  });
});

describe('a lowercase scope set off by commas before "chez" or "de"', () => {
  it('gives "vice-présidente, approvisionnement, chez Y" to Y, not to the firm that hires', () => {
    const r = roles("Le distributeur Boisvert nomme Mélodie Gagnon-Diallo directrice des achats. Elle était jusqu'ici vice-présidente, approvisionnement, chez Aliméro.", 'fr');
    expect(r).toContainEqual(['Mélodie Gagnon-Diallo', 'Aliméro', 'vice-présidente', 'former']);
    expect(r.filter((x) => x[1] === 'Boisvert' && x[3] === 'former')).toEqual([]);
    expect(roles("Le distributeur Boisvert nomme Mélodie Gagnon-Diallo directrice des achats. Elle était jusqu'ici vice-présidente, ventes et marketing, de Aliméro.", 'fr')).toContainEqual(['Mélodie Gagnon-Diallo', 'Aliméro', 'vice-présidente', 'former']);
  });
});
