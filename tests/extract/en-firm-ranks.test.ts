/**
 * A firm's rank between its name and a given name, as the press writes lawyers and bankers in
 * passing: "Sullivan & Cromwell partner Brian Frawley", "Harlow Partners associate X",
 * "Former Kirkland partner X has joined Y". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "Firm partner X"', () => {
  it('reads the rank between a firm and a given name as the title there', () => {
    expect(roles('Lawyers for Hollis, led by Marsh & Tallis partner Brian Frawley, said they would appeal.', 'en')).toContainEqual(['Brian Frawley', 'Marsh & Tallis', 'partner', 'current']);
    expect(roles('Harlow Partners associate Brian Frawley said they would appeal.', 'en')).toContainEqual(['Brian Frawley', 'Harlow Partners', 'associate', 'current']);
    const r = roles('Former Kessing partner Brian Frawley has joined Orvane Legal.', 'en');
    expect(r).toContainEqual(['Brian Frawley', 'Kessing', 'partner', 'former']);
    expect(r).toContainEqual(['Brian Frawley', 'Orvane Legal', null, 'current']);
  });
});
