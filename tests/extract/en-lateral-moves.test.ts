/**
 * Lateral moves in the professional firms (law, advertising, consulting, banking): "Firm has
 * hired (field) partner X from Y" gives the hirer, even a firm named like a person; "is
 * joining"; a group move ("X and Y, both partners at W, join Z"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('English lateral moves', () => {
  it('gives the hirer a partner hired "from" a rival, the rank staying with the firm left', () => {
    const r = roleKeys('Ashworth Lyle has hired restructuring partner Priya Raman, who joins from rival Penrose & Vane.', 'en');
    expect(r).toContainEqual(['Priya Raman', 'Ashworth Lyle', 'current']);
    expect(r).toContainEqual(['Priya Raman', 'Penrose & Vane', 'former']);
  });
  it('reads a firm named like a person as the hirer of a partner', () => {
    const r = roleKeys('Hollis Barr has hired private equity partner Derek Hwang from Kessing & Lowe.', 'en');
    expect(r).toContainEqual(['Derek Hwang', 'Hollis Barr', 'current']);
    expect(r).toContainEqual(['Derek Hwang', 'Kessing & Lowe', 'former']);
    expect(r.map(([p]) => p)).not.toContain('Hollis Barr');
  });
  it('reads "is joining" as a move', () => {
    const r = roleKeys('Lucy Harrow, executive creative director at Brimble, is joining Ostler Gray.', 'en');
    expect(r).toContainEqual(['Lucy Harrow', 'Ostler Gray', 'current']);
    expect(r).toContainEqual(['Lucy Harrow', 'Brimble', 'former']);
  });
  it('moves every person of a group told with a plural verb or "both T at W"', () => {
    const r = roles('Tom Baird and Sara Lindgren, both partners at Calder Voss, join Ropes Lindell in London.');
    for (const p of ['Tom Baird', 'Sara Lindgren']) {
      expect(r).toContainEqual([p, 'Calder Voss', 'partner', 'former']);
      expect(r).toContainEqual([p, 'Ropes Lindell', null, 'current']);
    }
    const from = roleKeys('Tom Baird and Sara Lindgren have joined Ropes Lindell from Calder & Voss.', 'en');
    expect(from).toContainEqual(['Tom Baird', 'Calder & Voss', 'former']);
    expect(from).toContainEqual(['Tom Baird', 'Ropes Lindell', 'current']);
    const hired = roleKeys('Ropes Lindell has hired Tom Baird and Sara Lindgren, both partners at Calder Voss.', 'en');
    expect(hired).toContainEqual(['Sara Lindgren', 'Calder Voss', 'former']);
    expect(hired).toContainEqual(['Sara Lindgren', 'Ropes Lindell', 'current']);
    expect(roleKeys('The deal was advised by Tom Baird and Sara Lindgren, both partners at Calder Voss.', 'en')).toContainEqual(['Tom Baird', 'Calder Voss', 'current']);
  });
  it('reads the post in apposition as left when the person "has joined" or "has moved to" another firm', () => {
    expect(roleKeys('Priya Nair, head of sales at Oldfield Bank, has joined Castellan as managing director.', 'en')).toContainEqual(['Priya Nair', 'Oldfield Bank', 'former']);
    expect(roleKeys('Nathan Greaves, co-chair of the private equity practice at Penrose & Vane, has moved to Latham Orr.', 'en')).toContainEqual(['Nathan Greaves', 'Penrose & Vane', 'former']);
  });
  it('reads a firm named like a person by its practice, and by "join X as T"', () => {
    const r = roleKeys('Nathan Greaves, who co-chaired Hollis Barr\'s private equity practice, moves to Latham Orr.', 'en');
    expect(r).toContainEqual(['Nathan Greaves', 'Hollis Barr', 'former']);
    expect(r.map(([p]) => p)).not.toContain('Hollis Barr');
    const joined = roles('Marisa Castellano has left Kessing & Lowe to join Hollis Barr as a partner.');
    expect(joined).toContainEqual(['Marisa Castellano', 'Hollis Barr', 'partner', 'current']);
    expect(joined.map(([p]) => p)).not.toContain('Hollis Barr');
  });
  it('reads "Firm lost X, its T, to Y" as X leaving the firm for Y', () => {
    const r = roles('Penrose Legal lost Nathan Greaves, its private equity co-chair, to Orrin Legal last year.');
    expect(r).toContainEqual(['Nathan Greaves', 'Penrose Legal', 'co-chair', 'former']);
    expect(r).toContainEqual(['Nathan Greaves', 'Orrin Legal', null, 'current']);
  });
  it('reads "left A for (rival) B" as joining B', () => {
    const r = roleKeys('A team of five led by Oliver Fennimore has left Ashworth Lyle for Harcourt Dunne.', 'en');
    expect(r).toContainEqual(['Oliver Fennimore', 'Ashworth Lyle', 'former']);
    expect(r).toContainEqual(['Oliver Fennimore', 'Harcourt Dunne', 'current']);
    const two = roleKeys('Oliver Fennimore and Ana Ruiz have left Ashworth Lyle for rival Harcourt Dunne.', 'en');
    expect(two).toContainEqual(['Ana Ruiz', 'Harcourt Dunne', 'current']);
    expect(roleKeys('Oliver Fennimore left Ashworth Lyle for health reasons.', 'en')).toEqual([['Oliver Fennimore', 'Ashworth Lyle', 'former']]);
  });
  it('reads "Firm T X has joined Y" as X leaving the firm named before the title', () => {
    const r = roles('Goldman Sachs managing director Laura Chen is joining JPMorgan as head of technology banking.');
    expect(r).toContainEqual(['Laura Chen', 'Goldman Sachs', 'managing director', 'former']);
    expect(r).toContainEqual(['Laura Chen', 'JPMorgan', 'head of technology banking', 'current']);
    expect(roleKeys('Kessing & Lowe partner Marisa Castellano has joined Velcor Legal.', 'en')).toContainEqual(['Marisa Castellano', 'Kessing & Lowe', 'former']);
    // (a board seat is held beside the post)
    expect(roleKeys('As part of the deal, Northvale partner Elin Sandqvist joins Frachtwerk\'s board.', 'en')).toContainEqual(['Elin Sandqvist', 'Northvale', 'current']);
  });
  it('reads a firm named like a person as the one hiring another firm\'s partner or joined past an aside', () => {
    const hired = roleKeys('Hollis Barr has hired Kessing & Lowe partner Marisa Castellano.', 'en');
    expect(hired).toContainEqual(['Marisa Castellano', 'Kessing & Lowe', 'former']);
    expect(hired).toContainEqual(['Marisa Castellano', 'Hollis Barr', 'current']);
    const joined = roleKeys('Marisa Castellano, a partner at Kessing & Lowe, is joining Hollis Barr.', 'en');
    expect(joined).toContainEqual(['Marisa Castellano', 'Hollis Barr', 'current']);
    expect(joined).toContainEqual(['Marisa Castellano', 'Kessing & Lowe', 'former']);
  });
});
