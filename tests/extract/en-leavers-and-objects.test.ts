/**
 * English statuses and titles around the people a sentence is not about: "has quit" is a
 * departure; the one reported to ("reports to CEO Y") keeps a post of today whatever time word
 * the subject's aside carries; "chief executive of Kenyan lender Y" ends its title before the
 * company's description. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English leavers and the people reported to', () => {
  it('reads "has quit" as leaving the post in apposition', () => {
    const r = roles('Pellam\'s head of tax, Jon Arve, has quit to become a partner of Ondrel LLP.');
    expect(r).toContainEqual(['Jon Arve', 'Pellam', 'head of tax', 'former']);
    expect(r).toContainEqual(['Jon Arve', 'Ondrel LLP', 'partner', 'current']);
  });
  it('gives the one reported to a current post despite the subject\'s "formerly of"', () => {
    const r = roles('Dorvane Foods has hired Ada Renn as sales director. Renn, formerly of Ondrel, will report to founder Jon Arve.');
    expect(r).toContainEqual(['Jon Arve', 'Dorvane Foods', 'founder', 'current']);
  });
  it('ends a title before an adjective of origin that opens a company\'s description', () => {
    const r = roles('Pellam named Jon Arve chief executive. Mira Castell, his predecessor, quit last year and is now chief executive of Ghanaian lender Dorvane Credit Bank.');
    expect(r).toContainEqual(['Mira Castell', 'Dorvane Credit Bank', 'chief executive', 'current']);
    expect(r.some((x) => x[0] === 'Mira Castell' && x[1] === 'Pellam' && x[3] === 'current')).toBe(false);
  });
  it('reads "announced his retirement" as leaving the post in apposition', () => {
    const r = roles('After a difficult spring, Pellam\'s chair, Sir Jon Arve, announced his retirement.');
    expect(r).toContainEqual(['Jon Arve', 'Pellam', 'chair', 'former']);
  });
  it('finds a four-part Vietnamese name by its family name written first', () => {
    const r = roles('Pellam has named Pham Thi Thu Hoa chief operating officer. Pham was previously its country manager for Laos.');
    expect(r).toContainEqual(['Pham Thi Thu Hoa', 'Pellam', 'country manager for Laos', 'former']);
  });
  it('keeps a scope adjective before a function in the title', () => {
    const r = roles('Jon Arve, head of European business development at Pellam, joins Ondrel.');
    expect(r).toContainEqual(['Jon Arve', 'Pellam', 'head of European business development', 'former']);
  });
});
