/**
 * A post told as ended by "until" and a past time ("chief executive at Brisk Motors until last
 * year", "until recently", "until her retirement"): former. A post shared by two people named
 * with its plural ("have been named co-heads of investment banking", "co-CEOs"): each one's.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English posts ended "until…" and plural shared posts', () => {
  it('reads "until last year / recently / her retirement" as a post left', () => {
    const r = roles('Rita Moreno, chief executive at Brisk Motors until last year, has joined Velmora Systems as chair.', 'en');
    expect(r).toContainEqual(['Rita Moreno', 'Brisk Motors', 'chief executive', 'former']);
    expect(r).toContainEqual(['Rita Moreno', 'Velmora Systems', 'chair', 'current']);
    expect(roles('Rita Moreno, who was chief executive at Brisk Motors until recently, joins Velmora.', 'en')).toContainEqual(['Rita Moreno', 'Brisk Motors', 'chief executive', 'former']);
  });
  it('gives a plural shared post to each person named', () => {
    const r = roles('Rita Moreno and Kenji Sato have been named co-heads of investment banking at Velmora Capital.', 'en');
    expect(r).toContainEqual(['Rita Moreno', 'Velmora Capital', 'co-heads of investment banking', 'current']);
    expect(r).toContainEqual(['Kenji Sato', 'Velmora Capital', 'co-heads of investment banking', 'current']);
  });
});
