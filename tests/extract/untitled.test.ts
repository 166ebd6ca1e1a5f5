/**
 * Posts given without a title: a unit "led by" someone, a hire with no title, and a hire
 * whose title comes in a later sentence (one job). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts without a title', () => {
  it('reads taking the chair of a board as a current post at the company (fr)', () => {
    expect(roles('Paul Vernet prendra la présidence du directoire de Brelvex.', 'fr')).toEqual([['Paul Vernet', 'Brelvex', null, 'current']]);
    expect(roles('Jeanne Morel prend la présidence du conseil de surveillance de Brelvex.', 'fr')).toEqual([['Jeanne Morel', 'Brelvex', null, 'current']]);
    expect(roles("Paul Vernet a pris la présidence du conseil d'administration de Brelvex.", 'fr')).toEqual([['Paul Vernet', 'Brelvex', null, 'current']]);
  });
  it('gives a unit led by someone to the company (en, fr)', () => {
    expect(roles('Quillbyte will open an office in Leeds next year. The new office will be run by Anna Lind, who was previously head of sales at Orvane.', 'en')).toContainEqual(['Anna Lind', 'Quillbyte', null, 'current']);
    expect(roles('Le cabinet Velcor Partners ouvre un bureau à Porto. Il sera dirigé par Paul Brent.', 'fr')).toContainEqual(['Paul Brent', 'Velcor Partners', null, 'current']);
  });
  it('does not give a joint venture to the company', () => {
    const r = roles('Quillbyte has formed a joint venture with Orvane. The venture will be led by Anna Lind.', 'en');
    expect(r.filter((x) => x[0] === 'Anna Lind')).toEqual([]);
  });
  it('gives a hire without a title to the company that hires', () => {
    expect(roles("Pour conquérir l'Allemagne, Velcor a recruté Anna Lind, jusqu'ici directrice commerciale d'Orvane.", 'fr')).toContainEqual(['Anna Lind', 'Velcor', null, 'current']);
  });
  it('keeps one job when the title comes later', () => {
    const r = roles('Velcor a recruté Anna Lind. Elle est nommée directrice générale de Velcor.', 'fr');
    expect(r).toContainEqual(['Anna Lind', 'Velcor', 'directrice générale', 'current']);
    expect(r).not.toContainEqual(['Anna Lind', 'Velcor', null, 'current']);
  });
});
