/**
 * "fondée par deux anciens de X": a count of unnamed people is no one named in the text, so
 * the past employer goes to nobody; "A et B, deux anciens de X" (an apposition) still gives it
 * to both. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('unnamed alumni', () => {
  it('gives "deux anciens de X" after a participle to nobody', () => {
    const r = roleRows('Lina Said dirige les achats de Pellio. Brellin, fondée par deux anciens de Sotrane, emploie 30 personnes.', 'fr');
    expect(r.some((x) => x[1] === 'Sotrane')).toBe(false);
  });
  it('gives "A et B, deux anciens de X" to both', () => {
    const r = roleRows('Lina Said et Hugo Benali, deux anciens de Sotrane, fondent Brellin.', 'fr');
    expect(r).toContainEqual(['Lina Said', 'Sotrane', null, 'former']);
    expect(r).toContainEqual(['Hugo Benali', 'Sotrane', null, 'former']);
  });
});
