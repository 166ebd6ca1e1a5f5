/**
 * Board members listed after a colon ("a coopté trois administratrices : X, …, Y, … et Z") each
 * take a seat at the company whose board it is, beside the job their apposition gives;
 * "associée du fonds Y" is a post at Y; "siège aussi au conseil de Y" is a seat at Y.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French board lists', () => {
  it('seats every person listed after "trois administratrices :"', () => {
    const r = roleRows("Velcor renouvelle sa gouvernance. Velcor a coopté trois administratrices : Lise Berg, qui fut directrice financière de Vestor, Rania Saleh, associée du fonds Orvel Capital, et Nora Tissot.", 'fr');
    expect(r).toContainEqual(['Lise Berg', 'Velcor', null, 'current']);
    expect(r).toContainEqual(['Rania Saleh', 'Velcor', null, 'current']);
    expect(r).toContainEqual(['Rania Saleh', 'Orvel Capital', 'associée', 'current']);
    expect(r).toContainEqual(['Nora Tissot', 'Velcor', null, 'current']);
  });
  it('reads "la nomination de deux administrateurs : X et Y, qui siège aussi au conseil de Z"', () => {
    const r = roleRows("Velcor tenait lundi son assemblée générale. Les actionnaires ont approuvé la nomination de deux administrateurs : Anne Diallo et Birgit Holm, qui siège aussi au conseil de Brellin.", 'fr');
    expect(r).toContainEqual(['Anne Diallo', 'Velcor', null, 'current']);
    expect(r).toContainEqual(['Birgit Holm', 'Velcor', null, 'current']);
    expect(r).toContainEqual(['Birgit Holm', 'Brellin', null, 'current']);
  });
  it('lists no one after a colon that counts no board members', () => {
    const r = roleRows('Velcor a nommé deux experts : Anne Diallo et Birgit Holm.', 'fr');
    expect(r.some((x) => x[0] === 'Birgit Holm' && x[1] === 'Velcor')).toBe(false);
  });
});

describe('new board members listed after a colon', () => {
  it('seats each name of the list', () => {
    expect(roleRows('Trois administratrices font leur entrée au conseil de Mirabeau Capital : Odile Garnier, Léa Morin et Fatou Diallo.', 'fr')).toEqual([
      ['Odile Garnier', 'Mirabeau Capital', null, 'current'],
      ['Léa Morin', 'Mirabeau Capital', null, 'current'],
      ['Fatou Diallo', 'Mirabeau Capital', null, 'current'],
    ]);
    expect(roleRows('Three new members join the board of Kelsworth Bank: Amanda Greer, Rahul Mehta and Clarisse Dumontel.')).toEqual([
      ['Amanda Greer', 'Kelsworth Bank', null, 'current'],
      ['Rahul Mehta', 'Kelsworth Bank', null, 'current'],
      ['Clarisse Dumontel', 'Kelsworth Bank', null, 'current'],
    ]);
  });
});

describe("a board's make-up", () => {
  it('seats each name the board includes', () => {
    expect(roleRows("Kelsworth Bank's new board includes Amanda Greer, a former chief executive of Polder Insurance, and Rahul Mehta.")).toEqual([
      ['Amanda Greer', 'Kelsworth Bank', null, 'current'],
      ['Amanda Greer', 'Polder Insurance', 'chief executive', 'former'],
      ['Rahul Mehta', 'Kelsworth Bank', null, 'current'],
    ]);
    expect(roleRows('Le conseil de Mirabeau Capital compte désormais Odile Garnier et Hugues Lenormand.', 'fr')).toEqual([
      ['Odile Garnier', 'Mirabeau Capital', null, 'current'],
      ['Hugues Lenormand', 'Mirabeau Capital', null, 'current'],
    ]);
  });
});
