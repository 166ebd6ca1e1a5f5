/**
 * Lists of appointments with the verb said once: "Anne Roy devient DRH, Paul Lenoir directeur
 * financier et Julie Petit directrice juridique" — the title a copula gives is the person's
 * before it, not the next name after its comma. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French elliptic lists of appointments', () => {
  it('gives each person their own title', () => {
    expect(roleRows('Vaxel annonce trois nominations : Anne Roy devient DRH, Paul Lenoir directeur financier et Julie Petit directrice juridique.', 'fr')).toEqual([
      ['Anne Roy', 'Vaxel', 'DRH', 'current'],
      ['Paul Lenoir', 'Vaxel', 'directeur financier', 'current'],
      ['Julie Petit', 'Vaxel', 'directrice juridique', 'current'],
    ]);
  });
  it('keeps "son DRH, X" the apposition it is', () => {
    expect(roleRows('Vaxel a nommé son DRH, Paul Lenoir.', 'fr')).toEqual([['Paul Lenoir', 'Vaxel', 'DRH', 'current']]);
  });
});
