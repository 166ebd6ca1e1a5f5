/**
 * A departure written as a noun, with no post given: the one who left worked at the company the
 * text is about, and a firm after "pour" is where that person went. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('departure as a noun (fr)', () => {
  it('makes the one whose departure is told a former employee of the company in context', () => {
    const r = roles("Les Verreries du Quercy ont nommé Anne Valtier directrice générale. Elle succède à Marc Doriot, qui assurait l'intérim depuis le départ de Paul Verdier au printemps.", 'fr');
    expect(r).toContainEqual(['Paul Verdier', 'Verreries du Quercy', null, 'former']);
  });
  it('reads the firm after "pour" as the new employer, with an elided "d\'"', () => {
    const r = roles("Changement de tête chez Maison Orvelle. L'agence cherchait une nouvelle tête depuis le départ d'Inès Moreau pour Brellin, en janvier.", 'fr');
    expect(r).toContainEqual(['Inès Moreau', 'Maison Orvelle', null, 'former']);
    expect(r).toContainEqual(['Inès Moreau', 'Brellin', null, 'current']);
  });
  it('reads no departure in a rumour', () => {
    const r = roles("Chez Maison Orvelle, le départ d'Inès Moreau serait imminent.", 'fr');
    expect(r.filter((x) => x[0] === 'Inès Moreau')).toEqual([]);
  });
});
