/**
 * Lateral moves in the professional firms (law, advertising, consulting, banking): "Firm has
 * hired (field) partner X from Y" gives the hirer, even a firm named like a person; "is
 * joining"; a group move ("X and Y, both partners at W, join Z"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('English lateral moves', () => {
  it('gives the hirer a partner hired "from" a rival, the rank staying with the firm left', () => {
    const r = roleKeys('Ashwell Lyme has hired restructuring partner Priya Ramesh, who joins from rival Penrose & Vane.', 'en');
    expect(r).toContainEqual(['Priya Ramesh', 'Ashwell Lyme', 'current']);
    expect(r).toContainEqual(['Priya Ramesh', 'Penrose & Vane', 'former']);
  });
  it('reads a firm named like a person as the hirer of a partner', () => {
    const r = roleKeys('Morgan Vale has hired private equity partner Derek Sohn from Tessing & Lowe.', 'en');
    expect(r).toContainEqual(['Derek Sohn', 'Morgan Vale', 'current']);
    expect(r).toContainEqual(['Derek Sohn', 'Tessing & Lowe', 'former']);
    expect(r.map(([p]) => p)).not.toContain('Morgan Vale');
  });
  it('reads "is joining" as a move', () => {
    const r = roleKeys('Lucy Penwarden, executive creative director at Brimble, is joining Ostler Gray.', 'en');
    expect(r).toContainEqual(['Lucy Penwarden', 'Ostler Gray', 'current']);
    expect(r).toContainEqual(['Lucy Penwarden', 'Brimble', 'former']);
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
    expect(roleKeys('Nathan Greenhalgh, co-chair of the private equity practice at Penrose & Vane, has moved to Latham Orr.', 'en')).toContainEqual(['Nathan Greenhalgh', 'Penrose & Vane', 'former']);
  });
  it('reads a firm named like a person by its practice, and by "join X as T"', () => {
    const r = roleKeys('Nathan Greenhalgh, who co-chaired Morgan Vale\'s private equity practice, moves to Latham Orr.', 'en');
    expect(r).toContainEqual(['Nathan Greenhalgh', 'Morgan Vale', 'former']);
    expect(r.map(([p]) => p)).not.toContain('Morgan Vale');
    const joined = roles('Marisa Ventrella has left Tessing & Lowe to join Morgan Vale as a partner.');
    expect(joined).toContainEqual(['Marisa Ventrella', 'Morgan Vale', 'partner', 'current']);
    expect(joined.map(([p]) => p)).not.toContain('Morgan Vale');
  });
  it('reads "Firm lost X, its T, to Y" as X leaving the firm for Y', () => {
    const r = roles('Penrose Legal lost Nathan Greenhalgh, its private equity co-chair, to Orrin Legal last year.');
    expect(r).toContainEqual(['Nathan Greenhalgh', 'Penrose Legal', 'co-chair', 'former']);
    expect(r).toContainEqual(['Nathan Greenhalgh', 'Orrin Legal', null, 'current']);
  });
  it('reads "left A for (rival) B" as joining B', () => {
    const r = roleKeys('A team of five led by Oliver Fenwright has left Ashwell Lyme for Halcott Dunmore.', 'en');
    expect(r).toContainEqual(['Oliver Fenwright', 'Ashwell Lyme', 'former']);
    expect(r).toContainEqual(['Oliver Fenwright', 'Halcott Dunmore', 'current']);
    const two = roleKeys('Oliver Fenwright and Ana Ruiz have left Ashwell Lyme for rival Halcott Dunmore.', 'en');
    expect(two).toContainEqual(['Ana Ruiz', 'Halcott Dunmore', 'current']);
    expect(roleKeys('Oliver Fenwright left Ashwell Lyme for health reasons.', 'en')).toEqual([['Oliver Fenwright', 'Ashwell Lyme', 'former']]);
  });
  it('reads "Firm T X has joined Y" as X leaving the firm named before the title', () => {
    const r = roles('Goldman Sachs managing director Laura Chen is joining JPMorgan as head of technology banking.');
    expect(r).toContainEqual(['Laura Chen', 'Goldman Sachs', 'managing director', 'former']);
    expect(r).toContainEqual(['Laura Chen', 'JPMorgan', 'head of technology banking', 'current']);
    expect(roleKeys('Tessing & Lowe partner Marisa Ventrella has joined Velcor Legal.', 'en')).toContainEqual(['Marisa Ventrella', 'Tessing & Lowe', 'former']);
    // (a board seat is held beside the post)
    expect(roleKeys('As part of the deal, Northvale partner Elin Marstrand joins Frachtwerk\'s board.', 'en')).toContainEqual(['Elin Marstrand', 'Northvale', 'current']);
  });
  it('reads a firm named like a person as the one hiring another firm\'s partner or joined past an aside', () => {
    const hired = roleKeys('Morgan Vale has hired Tessing & Lowe partner Marisa Ventrella.', 'en');
    expect(hired).toContainEqual(['Marisa Ventrella', 'Tessing & Lowe', 'former']);
    expect(hired).toContainEqual(['Marisa Ventrella', 'Morgan Vale', 'current']);
    const joined = roleKeys('Marisa Ventrella, a partner at Tessing & Lowe, is joining Morgan Vale.', 'en');
    expect(joined).toContainEqual(['Marisa Ventrella', 'Morgan Vale', 'current']);
    expect(joined).toContainEqual(['Marisa Ventrella', 'Tessing & Lowe', 'former']);
  });
});
