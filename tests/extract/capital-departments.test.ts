/**
 * A department written in capitals right after a title, with no preposition ("directrice
 * Ressources Humaines du groupe X", "Director Investor Relations at X"), is part of the title,
 * not the employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('departments written in capitals after a title', () => {
  it('reads the French department as the title and the firm after it as the employer', () => {
    expect(roles('Claire Vasseur, directrice Ressources Humaines du groupe Orvaline, part à la retraite.', 'fr')).toEqual([['Claire Vasseur', 'Orvaline', 'directrice Ressources Humaines', 'former']]);
    expect(roles('Paul Garvin, responsable Relations Investisseurs chez Orvaline, est promu.', 'fr')).toEqual([['Paul Garvin', 'Orvaline', 'responsable Relations Investisseurs', 'current']]);
    expect(roles("Paul Garvin, directeur Achats et Supply Chain d'Orvaline, est promu.", 'fr')).toEqual([['Paul Garvin', 'Orvaline', 'directeur Achats et Supply Chain', 'current']]);
  });
  it('reads a department named in the appointment itself, with or without a link after it', () => {
    expect(roles('Quenza nomme Claire Vasseur directrice Affaires Publiques du groupe Orvaline.', 'fr')).toEqual([['Claire Vasseur', 'Orvaline', 'directrice Affaires Publiques', 'current']]);
    expect(roles('Orvaline a nommé Paul Garvin directeur Relations Investisseurs.', 'fr')).toEqual([['Paul Garvin', 'Orvaline', 'directeur Relations Investisseurs', 'current']]);
  });
  it('does the same in English', () => {
    expect(roles('Claire Vasseur, Director Human Resources at Orvaline, will retire.')).toEqual([['Claire Vasseur', 'Orvaline', 'Director Human Resources', 'former']]);
    expect(roles('Claire Vasseur, Vice President Clinical Development at Orvaline, will retire.')).toEqual([['Claire Vasseur', 'Orvaline', 'Vice President Clinical Development', 'former']]);
  });
  it('keeps a firm named after a title and a comma as the employer', () => {
    expect(roles('Claire Vasseur, CEO Digital Services, said sales rose.')).toContainEqual(['Claire Vasseur', 'Digital Services', 'CEO', 'current']);
  });
});
