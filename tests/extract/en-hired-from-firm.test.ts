/**
 * Hires named with the firm left right before the post: "Pellam has hired Ondrel chief economist
 * X", "by hiring Ondrel partners X, Y and Z". The post at that firm is left, the hirer is where
 * each person listed works now. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('English hires named with the firm left', () => {
  it('reads the post written with another firm after a hiring verb as left', () => {
    const r = roles('Pellam Capital has hired Ondrel chief economist Jon Arve.');
    expect(r).toContainEqual(['Jon Arve', 'Ondrel', 'chief', 'former']);
    expect(r).toContainEqual(['Jon Arve', 'Pellam Capital', null, 'current']);
  });
  it('gives a plural rank before a list of names to each person, hired away', () => {
    const k = roleKeys('Dorvane LLP opened in Lisbon last week, hiring Ondrel & Pike partners Jon Arve, Mira Castell and Ada Renn.', 'en');
    for (const p of ['Jon Arve', 'Mira Castell', 'Ada Renn']) {
      expect(k).toContainEqual([p, 'Ondrel & Pike', 'former']);
      expect(k).toContainEqual([p, 'Dorvane LLP', 'current']);
    }
  });
  it('reads a family name written first in such a list', () => {
    const k = roleKeys('Dorvane LLP is hiring Ondrel partners Tan Wei Ming and Jon Arve.', 'en');
    expect(k).toContainEqual(['Tan Wei Ming', 'Ondrel', 'former']);
  });
  it('does not read partner firms as people', () => {
    const r = roles('Pellam said its partners Google and Apple would help with the launch.');
    expect(r).toEqual([]);
  });
});
