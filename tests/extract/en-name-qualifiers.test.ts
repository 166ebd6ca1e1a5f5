/**
 * English names that qualify or label rather than employ: "Zendo rival Pluma" (the sentence is
 * about Pluma), "Media Contact:" before a press release's contact line, the airline "Emirates"
 * (not the country). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { roleRows as roles } from '../helpers/extract.js';

describe('names that qualify another name', () => {
  it('gives the post to the company after "rival"', () => {
    const r = roles('Zendo rival Pluma has named Ines Carrow as chief product officer.');
    expect(r).toEqual([['Ines Carrow', 'Pluma', 'chief product officer', 'current']]);
  });
  it('reads "Brand owner Firm" as the firm', () => {
    const r = roles('Colette Rame, a veteran of Lustra owner Hallow Brands, joins Pivane as chief operating officer.');
    expect(r).toContainEqual(['Colette Rame', 'Hallow Brands', null, 'former']);
    expect(r.some((x) => x[1] === 'Lustra')).toBe(false);
  });
});

describe('press-release contact labels', () => {
  it('gives the contact person the company named after the title', () => {
    const r = roles('Media Contact: Dora Quell, Head of Communications, Brisk Ledger Systems, press@briskledger.example');
    expect(r).toEqual([['Dora Quell', 'Brisk Ledger Systems', 'Head of Communications', 'current']]);
  });
});

describe('Emirates', () => {
  it('is the airline that hires, not a market', () => {
    const f = extract({ text: 'Emirates has hired Joel Varga as its head of cargo sales.', lang: 'en', published: null });
    expect(f.roles.map((x) => [x.person, x.company])).toEqual([['Joel Varga', 'Emirates']]);
  });
  it('is a party to a deal, not a place', () => {
    const f = extract({ text: 'Norvalo Bio signed a supply agreement with Emirates to fly its samples.', lang: 'en', published: null });
    expect(f.expansions.some((x) => x.place === 'Emirates')).toBe(false);
  });
});
