/**
 * A post a company still means to fill has no holder: not the speaker's, not the subject's.
 * A post named with its holder right after it is a fact. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts still sought (en)', () => {
  it('gives a sought post to no one, and keeps the speaker\'s own post', () => {
    const r = roles('"We are growing fast," chief executive Ada Morr said, adding that Pluma intends to hire a chief technology officer before the summer.');
    expect(r).toEqual([['Ada Morr', 'Pluma', 'chief executive', 'current']]);
  });
  it('reads "is searching for a new finance director" as no post of the subject', () => {
    const r = roles('Tarvex Group, led by chief executive Ruth Amsel, is searching for a new finance director.');
    expect(r.some((x) => x[2] === 'finance director')).toBe(false);
  });
  it('keeps a post named with its holder after it', () => {
    const r = roles('Pluma has agreed to hire a chief technology officer, Nadia Ferris, who starts in May.');
    expect(r).toEqual([['Nadia Ferris', 'Pluma', 'chief technology officer', 'current']]);
  });
});
