/**
 * An aside between the subject company and its verb ("X, the owner of the Y network, has…",
 * "The retailer, which trades in Spain through a deal with Y, has hired…") names other firms;
 * the post is at the subject. And a company that "has ousted" its chief: a post left.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English subject asides', () => {
  it('skips a "which" clause between "the company" and "has hired"', () => {
    const a = roles('Lumivane is opening in Portugal. The company, which raised a €30 million Series B led by Castor Ventures in March, has hired Nadia Ferrow as country manager.');
    expect(a).toContainEqual(['Nadia Ferrow', 'Lumivane', 'country manager', 'current']);
    expect(a.some((x) => x[1] === 'Series B' || x[1] === 'Castor Ventures')).toBe(false);
    const b = roles('Fashion chain Orlinde is to open stores in Spain. The retailer, which already trades in France through a concession deal with Galeries Marbeau, has hired Tom Aske as international director.');
    expect(b.some((x) => x[0] === 'Tom Aske' && x[1] === 'Orlinde' && x[3] === 'current')).toBe(true);
    expect(b.some((x) => x[1] === 'Galeries Marbeau')).toBe(false);
  });
  it('skips an apposition about the subject company', () => {
    const r = roles('Harrow Press Group, the owner of regional papers and the Velto radio network, has appointed chief executive Ada Quell after a profit warning.');
    expect(r).toContainEqual(['Ada Quell', 'Harrow Press Group', 'chief executive', 'current']);
  });
  it('reads "has ousted chief executive X" as a post left', () => {
    const a = roles('Harrow Press Group, the owner of regional papers, has ousted chief executive Ada Quell after a profit warning.');
    expect(a).toContainEqual(['Ada Quell', 'Harrow Press Group', 'chief executive', 'former']);
    const b = roles('The board of Tessaly Foods has sacked its chief financial officer, Ben Morrow.');
    expect(b.some((x) => x[0] === 'Ben Morrow' && x[3] === 'former')).toBe(true);
  });
  it('gives the post after a relative clause to its subject, not to a person the clause names', () => {
    const r = roles('Ana Torr, who founded Pelham in 2019 with Tom Brisk, will stay on the board and become chief product officer.');
    expect(r).toContainEqual(['Ana Torr', 'Pelham', 'chief product officer', 'current']);
    expect(r.some((x) => x[0] === 'Tom Brisk' && x[2] === 'chief product officer')).toBe(false);
  });
});
