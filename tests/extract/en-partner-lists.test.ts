/**
 * Firms' partner news: a promotion "to partner", a post shared by a list after it ("among them
 * X and Y", "as do X and Y"), a hiring firm told from the firm left, a publication's dated
 * dateline. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('partner lists', () => {
  it('reads "promoted X, Y and Z to partner" as the rank given to each', () => {
    const r = roles('Norbury Vance LLP has promoted Alana Petrov, Marcus Lindell and Joyce Amadi to partner.');
    for (const p of ['Alana Petrov', 'Marcus Lindell', 'Joyce Amadi']) expect(r).toContainEqual([p, 'Norbury Vance LLP', 'partner', 'current']);
    const n = roles('Norbury Vance LLP announced the promotion of Alana Petrov and Joyce Amadi to partner, effective July 1.');
    expect(n).toContainEqual(['Joyce Amadi', 'Norbury Vance LLP', 'partner', 'current']);
  });
  it('keeps the verb "to partner with"', () => {
    expect(roles('Velcor agreed to partner with Tarvex on batteries, said Alana Petrov.')).toEqual([]);
  });
  it('gives the post to every person listed "among them", descriptors between', () => {
    const r = roles('Norbury Vance has promoted three lawyers to partner, among them tax specialists Alana Petrov and Marcus Lindell and litigator Joyce Amadi, who came over from Fenmore in 2021.');
    for (const p of ['Alana Petrov', 'Marcus Lindell', 'Joyce Amadi']) expect(r).toContainEqual([p, 'Norbury Vance', 'partner', 'current']);
  });
  it('gives the post to the persons after "as do"', () => {
    const r = roles('Norbury Vance LLP has hired a three-lawyer team from Fenmore LLP for its Leeds office. Alana Petrov, who led the group at Fenmore, joins as a partner, as do Marcus Lindell and Joyce Amadi.');
    for (const p of ['Alana Petrov', 'Marcus Lindell', 'Joyce Amadi']) expect(r).toContainEqual([p, 'Norbury Vance LLP', 'partner', 'current']);
  });
  it('skips a dateline with its date in brackets', () => {
    const r = roles('Lexwire (May 3, 2024, 9:12 AM EDT) -- Norbury Vance LLP has hired a team from Fenmore. Alana Petrov joins as a partner.');
    expect(r).toContainEqual(['Alana Petrov', 'Norbury Vance LLP', 'partner', 'current']);
  });
});
