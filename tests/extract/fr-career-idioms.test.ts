/**
 * French career idioms of trade-press portraits: "après avoir officié chez X", "après un long
 * parcours chez X", "a auparavant roulé sa bosse chez X", "après un passage à l'X" (former);
 * "a fourbi ses premières armes chez X" (the career's start); "siège par ailleurs au conseil
 * de surveillance de X" (a current seat, an adverb or two inside); "après huit ans au sein de X"
 * (former). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('French career idioms', () => {
  it('reads "après avoir officié chez X"', () => {
    expect(roleKeys('Léna Morvan est nommée directrice de Tarvane. Elle arrive de Velcor, après avoir officié chez Orvel.', 'fr')).toContainEqual(['Léna Morvan', 'Orvel', 'former']);
  });
  it('reads "après un long parcours chez X"', () => {
    expect(roleKeys("Léna Morvan est nommée directrice de Tarvane. Elle dirigeait jusqu'ici les opérations de Velcor, qu'elle avait rejointe en 2017 après un long parcours chez Orvel.", 'fr')).toContainEqual(['Léna Morvan', 'Orvel', 'former']);
  });
  it('reads "a auparavant roulé sa bosse chez X"', () => {
    expect(roleKeys('Paul Castel est nommé directeur de Tarvane. Il a auparavant roulé sa bosse chez Orvel.', 'fr')).toContainEqual(['Paul Castel', 'Orvel', 'former']);
  });
  it('reads "a fourbi ses premières armes chez X, avant de passer sept ans chez Y"', () => {
    const k = roleKeys('Paul Castel est nommé directeur de Tarvane. Il a fourbi ses premières armes chez Orvel, avant de passer sept ans chez Velcor.', 'fr');
    expect(k).toContainEqual(['Paul Castel', 'Orvel', 'former']);
    expect(k).toContainEqual(['Paul Castel', 'Velcor', 'former']);
  });
  it('reads "après un passage à l\'X"', () => {
    expect(roleKeys("Léna Morvan est nommée rédactrice en chef de Tarvane. Elle était rédactrice en chef adjointe de Velcor, qu'elle avait rejoint en 2016 après un passage à l'Orvel.", 'fr')).toContainEqual(['Léna Morvan', 'Orvel', 'former']);
  });
  it('does not read a stay in a town as a job', () => {
    const k = roleKeys('Léna Morvan est nommée directrice de Tarvane, après un passage à Lyon.', 'fr');
    expect(k.some(([, company]) => company === 'Lyon')).toBe(false);
  });
});

describe('French board seats with adverbs', () => {
  it('reads "siège par ailleurs au conseil de surveillance de X" as a current seat', () => {
    expect(roleKeys('Léna Morvan siège par ailleurs au conseil de surveillance de la Caisse mutuelle du Velay.', 'fr')).toContainEqual(['Léna Morvan', 'Caisse mutuelle du Velay', 'current']);
  });
  it('reads "siège également au conseil d\'administration de X" as a current seat', () => {
    expect(roleKeys("Titulaire d'un MBA, Léna Morvan siège également au conseil d'administration de Orvel.", 'fr')).toContainEqual(['Léna Morvan', 'Orvel', 'current']);
  });
  it('reads years spent "au sein de" a firm as a past stay, not "il y a dix ans"', () => {
    expect(roles('Après huit ans au sein de Morvaine, Claire Dufresne rejoint Telvane comme directrice financière.', 'fr')).toEqual([
      ['Claire Dufresne', 'Morvaine', null, 'former'],
      ['Claire Dufresne', 'Telvane', 'directrice financière', 'current'],
    ]);
    expect(roles("Forte d'une expérience de quinze ans au sein du groupe Morvaine, Claire Dufresne rejoint Telvane.", 'fr')).toContainEqual(['Claire Dufresne', 'Morvaine', null, 'former']);
    expect(roles("Claire Dufresne est nommée directrice financière de Telvane, qu'elle a rejointe il y a dix ans au sein de sa filiale Morvaine.", 'fr')).toEqual([['Claire Dufresne', 'Telvane', 'directrice financière', 'current']]);
  });
});
