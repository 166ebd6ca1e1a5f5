/**
 * Co-leaders in French: "codirecteur général" / "codirectrice générale" are titles, "Ils
 * remplacent X" names the predecessor of both, and a brand described with a complement
 * ("la marque de vêtements de running X Y") is a company even when it reads like a name.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French co-leaders', () => {
  it('reads a tandem of co-directors and the predecessor they replace', () => {
    const r = roleRows('Tramino sera pilotée par un tandem : Léa Morand devient codirectrice générale, aux côtés de Paul Morin, jusqu\'ici directeur commercial, nommé codirecteur général. Ils remplacent Marc Dolan, parti chez Orvel.', 'fr');
    expect(r).toContainEqual(['Léa Morand', 'Tramino', 'codirectrice générale', 'current']);
    expect(r).toContainEqual(['Paul Morin', 'Tramino', 'codirecteur général', 'current']);
    expect(r).toContainEqual(['Paul Morin', 'Tramino', 'directeur commercial', 'former']);
    expect(r).toContainEqual(['Marc Dolan', 'Tramino', null, 'former']);
    expect(r).toContainEqual(['Marc Dolan', 'Orvel', null, 'current']);
  });
  it('reads the name after "la marque de vêtements de running" as a company', () => {
    const r = roleRows('La marque de vêtements de running Léonie Sport nomme Paul Morin directeur général.', 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Léonie Sport', 'directeur général', 'current']);
  });
  it('keeps a person owning the firm named after "la société de"', () => {
    const r = roleRows('Paul Morin rejoint la société de Léa Morand comme directeur financier.', 'fr');
    expect(r.some((x) => x[1] === 'Léa Morand')).toBe(false);
  });
});

describe('French partners', () => {
  it('reads "en tant qu\'associée" and "comme associé" as a post', () => {
    expect(roleRows("Léa Morand rejoindra le 1er janvier la banque d'affaires Tandis & Cie en tant qu'associée.", 'fr')).toContainEqual(['Léa Morand', 'Tandis & Cie', 'associée', 'current']);
    expect(roleRows('Paul Morin rejoint le cabinet Brellin & Cie comme associé.', 'fr')).toContainEqual(['Paul Morin', 'Brellin & Cie', 'associé', 'current']);
  });
});
