/**
 * A stand-in keeps the post they hold: "X named Y acting chief executive … Y, the firm's chief
 * operating officer, will stay in that job too" -> the COO post told after the appointment stays
 * current; after a permanent appointment it is the post left. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English acting appointments', () => {
  it('keeps the post of someone named acting chief executive', () => {
    const r = roles("Blackmoor Asset Management has named Fiona Grey acting chief executive after Richard Vale resigned. Grey, the firm's chief operating officer, will stay in that job too until a permanent boss is hired.", 'en');
    expect(r).toContainEqual(['Fiona Grey', 'Blackmoor Asset Management', 'acting chief executive', 'current']);
    expect(r).toContainEqual(['Fiona Grey', 'Blackmoor Asset Management', 'chief operating officer', 'current']);
  });
  it('still reads the post told after a permanent appointment as left', () => {
    const r = roles("Blackmoor named Fiona Grey chief executive. Grey, the firm's chief operating officer since 2019, takes over in May.", 'en');
    expect(r).toContainEqual(['Fiona Grey', 'Blackmoor', 'chief operating officer', 'former']);
  });
});
