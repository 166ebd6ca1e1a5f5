/**
 * "Vantor's Brightline UK has hired…": a firm's owner written with 's before the subject names
 * it; the hire is at the subject. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe("an owner's 's before the subject company", () => {
  it('gives the post to the subject, not to its owner', () => {
    expect(roles("Vantor's Brightline UK has poached Kemi Dorn from Sallow Media to be its chief creative officer.", 'en')).toEqual([
      ['Kemi Dorn', 'Sallow Media', null, 'former'],
      ['Kemi Dorn', 'Brightline UK', 'chief creative officer', 'current'],
    ]);
  });

  it("still reads 'Vantor's chief executive' as a post at Vantor", () => {
    expect(roles("Vantor's chief executive Kemi Dorn has resigned.", 'en')).toEqual([['Kemi Dorn', 'Vantor', 'chief executive', 'former']]);
  });
});
