/**
 * The people a board just took in, listed after the news: "Brisk Motors has added two directors
 * to its board. The new directors are Ana Lind, a former chief executive of Tessel Rail, and Omar
 * Faruk, currently chief financial officer of Kelso Foods." Each named sits on the board of the
 * firm the text is about (no title), beside the jobs told in apposition. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English new members listed', () => {
  it('gives each person listed a seat at the firm the text is about', () => {
    const r = roles('Brisk Motors has added two directors to its board. The new directors are Ana Lind, a former chief executive of Tessel Rail, and Omar Faruk, currently chief financial officer of Kelso Foods.', 'en');
    expect(r).toContainEqual(['Ana Lind', 'Brisk Motors', null, 'current']);
    expect(r).toContainEqual(['Omar Faruk', 'Brisk Motors', null, 'current']);
    expect(r).toContainEqual(['Ana Lind', 'Tessel Rail', 'chief executive', 'former']);
    expect(r).toContainEqual(['Omar Faruk', 'Kelso Foods', 'chief financial officer', 'current']);
  });
});
