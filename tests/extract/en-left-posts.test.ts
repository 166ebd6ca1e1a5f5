/**
 * Posts the text tells as left without a leaving verb beside them: the "where" clause of the
 * firm someone joins from, the firm a leaver had joined years before; and a unit named after
 * "of its … arm," as the employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts left, and named units', () => {
  it('reads the post in the "where" clause of the firm joined from as past', () => {
    const r = roles('Mira Castell joins Pluma from Ondrel, where she has been head of credit since 2019.');
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', 'head of credit', 'former']);
  });
  it('keeps a time word in that clause', () => {
    const r = roles('Mira Castell joins Pluma from Ondrel, where she is currently a senior adviser.');
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', 'senior adviser', 'current']);
  });
  it('gives no current job at the firm a leaver had joined', () => {
    const r = roles('Pluma Corp said its chief legal officer, Ada Renn, is stepping down. Renn had joined Pluma from Ondrel in 2017.');
    expect(r).toContainEqual(['Ada Renn', 'Pluma Corp', 'chief legal officer', 'former']);
    expect(r.some((x) => x[0] === 'Ada Renn' && x[3] === 'current')).toBe(false);
  });
  it('gives the post to the unit named after "of its … arm,"', () => {
    const r = roles('Velora has named Mira Castell chief investment officer of its asset management arm, Velora Investors.');
    expect(r).toEqual([['Mira Castell', 'Velora Investors', 'chief investment officer of its asset management arm', 'current']]);
  });
});
