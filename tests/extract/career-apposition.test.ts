/**
 * "X, précédemment chez Y, est nommé T": Y is a past employer, and T is held at the company the
 * text is about. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

describe('a past employer in an apposition', () => {
  it('reads "précédemment chez Y" as a past stay, not the new employer', () => {
    const r = extract({ text: 'Le Groupe Velmora Médias renouvelle sa direction. Paul Brent, précédemment chez Orvane, est nommé directeur du numérique.', lang: 'fr', published: '2025-02-01' }).roles.map((x) => [x.person, x.company, x.title, x.status]);
    expect(r).toContainEqual(['Paul Brent', 'Orvane', null, 'former']);
    expect(r).toContainEqual(['Paul Brent', 'Groupe Velmora Médias', 'directeur du numérique', 'current']);
  });
});
