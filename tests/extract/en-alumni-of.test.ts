/**
 * "an alumna of McKinsey": past employers named after "alumnus/alumna/alumni of", schools
 * left out (GUIDELINES: "alumnus of Stanford" is no role). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('alumni of firms', () => {
  it('reads each firm after "an alumnus of" as a past employer', () => {
    expect(roles("Ann Lee, an alumnus of McKinsey and Unilever, becomes Valmor's strategy chief.")).toEqual([
      ['Ann Lee', 'McKinsey', null, 'former'],
      ['Ann Lee', 'Unilever', null, 'former'],
      ['Ann Lee', 'Valmor', 'strategy chief', 'current'],
    ]);
  });
  it('leaves schools out', () => {
    expect(roles("Ann Lee, an alumna of Harvard Business School and Bain, becomes Valmor's strategy chief.")).toEqual([
      ['Ann Lee', 'Bain', null, 'former'],
      ['Ann Lee', 'Valmor', 'strategy chief', 'current'],
    ]);
  });
});
