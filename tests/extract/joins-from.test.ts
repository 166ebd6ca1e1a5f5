/**
 * "X joins from Y as T": T is held at the company joined (the one the text is about), and Y
 * is left. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('the company left in a join', () => {
  it('puts the title at the company the text is about, not the one after "from" (en)', () => {
    const r = roles('Tarvex Group has reshuffled its leadership team. Laura Benton joins from Velcor as general counsel.', 'en');
    expect(r).toContainEqual(['Laura Benton', 'Tarvex Group', 'general counsel', 'current']);
    expect(r).not.toContainEqual(['Laura Benton', 'Velcor', 'general counsel', 'current']);
  });
  it('puts the title at the company the text is about after "en provenance de" (fr)', () => {
    const r = roles("Tarvex Group réorganise sa direction. Claire Vasseur rejoint l'équipe en provenance de Velcor comme directrice juridique.", 'fr');
    expect(r).not.toContainEqual(['Claire Vasseur', 'Velcor', 'directrice juridique', 'current']);
  });
  it('still reads the company joined when it is named (en, fr)', () => {
    expect(roles('Laura Benton joins Velcor as general counsel.', 'en')).toContainEqual(['Laura Benton', 'Velcor', 'general counsel', 'current']);
    expect(roles('Claire Vasseur rejoint Velcor comme directrice juridique.', 'fr')).toContainEqual(['Claire Vasseur', 'Velcor', 'directrice juridique', 'current']);
  });
});
