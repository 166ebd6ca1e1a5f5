/**
 * A person named with their firm and a noun for its people ("Statvik Energy executive Erik
 * Nygaard", "Orrin Bank dealmaker Lucia Ferri"): a job there now, no title; hired by another
 * firm it is the job left, unless the new post is a board seat held beside it. "hired former
 * Statvik executive X to run its wind business" is a hire with no title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English firm-people nouns', () => {
  it('reads "Firm executive X" as a current job there', () => {
    expect(roles('Statvik Energy executive Erik Nygaard said the project was on track.', 'en')).toContainEqual(['Erik Nygaard', 'Statvik Energy', null, 'current']);
  });
  it('reads the firm of someone hired away as the one left, and the hiring firm as the job', () => {
    const r = roles('Halvorsen Marine has poached Orrin Bank dealmaker Lucia Ferri.', 'en');
    expect(r).toContainEqual(['Lucia Ferri', 'Orrin Bank', null, 'former']);
    expect(r).toContainEqual(['Lucia Ferri', 'Halvorsen Marine', null, 'current']);
    const s = roles('Halvorsen Marine hired former Statvik Energy executive Erik Nygaard to run its offshore wind business.', 'en');
    expect(s).toContainEqual(['Erik Nygaard', 'Statvik Energy', null, 'former']);
    expect(s).toContainEqual(['Erik Nygaard', 'Halvorsen Marine', null, 'current']);
  });
  it('keeps the job of someone named to a board', () => {
    const r = roles("Tessel's board also named Orrin Bank executive Paolo Renn as an independent director.", 'en');
    expect(r).toContainEqual(['Paolo Renn', 'Orrin Bank', null, 'current']);
  });
});
