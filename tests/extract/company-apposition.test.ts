/**
 * A company's apposition is not a post ("Velto Capital, the London-based credit manager, has
 * named…"); a trailing "Board" is not part of the company's name. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('company appositions and boards', () => {
  it('does not give the description of a company as a title', () => {
    const r = roles('Velto Capital, the London-based credit manager, has named Anna Lind as chief risk officer.');
    expect(r).toEqual([['Anna Lind', 'Velto Capital', 'chief risk officer', 'current']]);
  });
  it('drops a trailing Board from the company', () => {
    expect(roles('Anna Lind, chair of the Quillbyte Board, said the deal was sound.')).toContainEqual(['Anna Lind', 'Quillbyte', 'chair', 'current']);
  });
});
