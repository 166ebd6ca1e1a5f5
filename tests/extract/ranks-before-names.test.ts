/**
 * A rank written right before a given name, as the legal and investing press writes it:
 * "Orrin Vale partner Ruth Kamara", "led by partner X and included counsel Y". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('ranks before names', () => {
  it('reads "Firm partner Name" and "by partner Name"', () => {
    expect(roles('The deal was advised by Orrin Vale partner Ruth Kamara.')).toEqual([['Ruth Kamara', 'Orrin Vale', 'partner', 'current']]);
    expect(roles('The Corlan Vance team was led by partner Ada Brisk and included counsel Ravi Menon.')).toEqual([
      ['Ada Brisk', 'Corlan Vance', 'partner', 'current'],
      ['Ravi Menon', 'Corlan Vance', 'counsel', 'current'],
    ]);
  });
  it('gives the lead of a team hired from a firm that rank there, as left', () => {
    expect(roles('Corvel Hart has added a three-partner tax team from Brandell Pike, led by partner Tom Ferrell.')).toContainEqual(['Tom Ferrell', 'Brandell Pike', 'partner', 'former']);
  });
  it('does not give the hiring firm a rank told right after its hiring verb', () => {
    const r = roles('Brandt Ives LLP has poached tax partner Dario Okon from Selden Rowe.');
    expect(r.some((x) => x[1] === 'Brandt Ives LLP' && x[2] === 'partner')).toBe(false);
  });
  it('leaves a business partner that is a firm alone', () => {
    expect(roles('Velcor signed a supply deal with its partner Brandell Foods.')).toEqual([]);
  });
});
