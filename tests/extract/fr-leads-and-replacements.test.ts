/**
 * French leads and replacements: the lead of "du studio" taken with no title, a clitic object
 * of "remplacer" (the one replaced is the pronoun, not the name after), an unexpected departure.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('French leads and replacements', () => {
  it('gives "prend la direction générale du studio" at the company the text is about', () => {
    const r = roles("Le studio lyonnais Velcor perd son directeur général. Anna Lindel, jusqu'ici directrice créative, prend la direction générale du studio.", 'fr');
    expect(r).toContainEqual(['Anna Lindel', 'Velcor', null, 'current']);
    expect(r).toContainEqual(['Anna Lindel', 'Velcor', 'directrice créative', 'former']);
  });
  it('reads "Pour la remplacer, le groupe a recruté X" as X taking the post', () => {
    const r = roles("Le groupe Velcor réorganise sa direction. Pour la remplacer au poste de directeur général délégué, le groupe a recruté Paul Dufort, jusqu'ici directeur des opérations d'Orvane.", 'fr');
    expect(r).toContainEqual(['Paul Dufort', 'Velcor', 'directeur général délégué', 'current']);
    expect(r).toContainEqual(['Paul Dufort', 'Orvane', 'directeur des opérations', 'former']);
  });
  it('reads "le départ inattendu de son directeur financier, X" as X leaving', () => {
    expect(roles('Velcor annonce le départ inattendu de son directeur financier, Paul Dufort.', 'fr')).toEqual([['Paul Dufort', 'Velcor', 'directeur financier', 'former']]);
  });
});
