/**
 * Out-licensing told with the verb "licensed … to": a partnership for both parties and a market
 * for the licensor in each territory. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('licensed to', () => {
  it('reads the licensee after "to" and the territories after "for"', () => {
    const two = 'Boston-based Velcor Therapeutics has licensed its lead antifungal candidate to Osaka drugmaker Temari for Japan and Taiwan, in a deal worth up to $410 million.';
    expect(withPartner(two, 'en')).toEqual(['Velcor Therapeutics | partnership | — | Temari', 'Velcor Therapeutics | market | Japan', 'Velcor Therapeutics | market | Taiwan']);
  });
  it('skips the object and its apposition, and places the deal in its one territory', () => {
    const one = 'The hire comes a month after Velcor licensed the rights to its lead asset, VX-218, in China to Suzhou-based Hanlin Pharmaceutical for $45 million upfront.';
    expect(withPartner(one, 'en')).toEqual(['Velcor | partnership | China | Hanlin Pharmaceutical', 'Velcor | market | China']);
  });
  it('leaves the adjective and in-licensing alone', () => {
    expect(withPartner('Velcor is a licensed bank in Kenya.', 'en')).toEqual([]);
    expect(withPartner('Velcor licensed the antibody from Orvel Bio in 2021.', 'en')).toEqual([]);
  });
});
