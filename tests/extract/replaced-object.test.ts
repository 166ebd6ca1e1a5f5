/**
 * "L'actuelle DAF de X remplacera Y": a title opening the sentence before a verb of
 * replacement belongs to the person of the sentences before, not to the one replaced; and
 * "prendra sa retraite" is a departure. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

const roles = (text: string) => roleRows(text, 'fr');

describe('the one replaced is not the holder', () => {
  it('gives a sentence-initial title to the person named before', () => {
    const r = roles("Le groupe Velcor nomme Anna Lind directrice financière. L'actuelle DAF d'Orvane remplacera en mars Paul Brent, directeur financier depuis 2012.");
    expect(r).toContainEqual(['Anna Lind', 'Orvane', 'DAF', 'current']);
    expect(r).toContainEqual(['Paul Brent', 'Velcor', 'directeur financier', 'former']);
  });
  it('keeps a capitalised four-letter link inside a name', () => {
    expect(roles("Anna Lind, ex-directrice de Juristes Sans Entraves, est nommée directrice générale de Velcor.")).toContainEqual(['Anna Lind', 'Juristes Sans Entraves', 'directrice', 'former']);
  });
  it('reads "prendra sa retraite" as leaving', () => {
    expect(roles("Paul Brent, directeur général de Velcor depuis 2016, prendra sa retraite en juin.")).toContainEqual(['Paul Brent', 'Velcor', 'directeur général', 'former']);
  });
});
