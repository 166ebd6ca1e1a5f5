/**
 * French press sources: the analyst quoted with the firm set off after the name, an unnamed
 * analyst, a career start "chez X comme T". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('French press sources', () => {
  it('reads "analyste" as a title, with the firm after "chez" or set off after the name', () => {
    expect(roles('Pour Marie Lagrève, analyste chez Brassac Finance, « le choix est bon ».', 'fr')).toEqual([['Marie Lagrève', 'Brassac Finance', 'analyste', 'current']]);
    expect(roles("Velcor a nommé Jean Dufort directeur général. Selon l'analyste Paul Vernier, de la Financière Boréale, « la nomination rassurera ».", 'fr')).toContainEqual(['Paul Vernier', 'Financière Boréale', 'analyste', 'current']);
    expect(roles("Velcor a nommé Jean Dufort directeur général. Interrogée, l'analyste Chloé Marest, chez Orvane Valeurs, juge la situation tendue.", 'fr')).toContainEqual(['Chloé Marest', 'Orvane Valeurs', 'analyste', 'current']);
  });
  it('gives an unnamed analyst to no one', () => {
    const r = roles("Velcor a nommé Jean Dufort directeur général. Selon un analyste de la place, la valorisation reste raisonnable.", 'fr');
    expect(r).toEqual([['Jean Dufort', 'Velcor', 'directeur général', 'current']]);
  });
  it('holds the title of a career start "chez X comme T" at X', () => {
    const r = roles("Velcor a nommé Jean Dufort directeur financier. Il avait passé huit ans chez Orvel Gestion après avoir débuté chez Brassac comme analyste.", 'fr');
    expect(r).toContainEqual(['Jean Dufort', 'Brassac', 'analyste', 'former']);
    expect(r).not.toContainEqual(['Jean Dufort', 'Velcor', 'analyste', 'former']);
  });
});
