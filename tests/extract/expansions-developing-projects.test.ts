/**
 * A company developing projects (wind farms, solar parks) in a country operates there: a
 * market in each country listed. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('developing projects in', () => {
  it('gives a market in each country listed', () => {
    const en = 'Velcor oversaw its expansion into offshore wind, and the company is now developing projects in Denmark, South Korea and Brazil.';
    expect(withPartner(en, 'en')).toEqual(['Velcor | market | Denmark', 'Velcor | market | South Korea', 'Velcor | market | Brazil']);
    const fr = 'Velcor développe des parcs éoliens au Portugal et en Pologne.';
    expect(withPartner(fr, 'fr')).toEqual(['Velcor | market | Portugal', 'Velcor | market | Pologne']);
  });
  it('needs a project noun: developing a product somewhere is no market', () => {
    expect(withPartner('Velcor is developing a new vaccine in Brazil.', 'en')).toEqual([]);
  });
});
