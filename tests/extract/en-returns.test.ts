/**
 * Returns to a former employer: "has rehired X as T, four years after she left to join Y". The
 * leaving told in the time clause is an earlier move, so the post given now is current and the
 * firm joined back then is a past employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English returns after an earlier departure', () => {
  it('keeps the post of a rehired person current', () => {
    const r = roles('Dorvane Foods took Mira Castell back as chief financial officer in May, two years after she left to join Pellam.');
    expect(r).toContainEqual(['Mira Castell', 'Dorvane Foods', 'chief financial officer', 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pellam', null, 'former']);
    expect(r.some((x) => x[0] === 'Mira Castell' && x[1] === 'Pellam' && x[3] === 'current')).toBe(false);
  });
  it('reads the firm run after that departure as past', () => {
    const r = roles('Jon Arve returns to Dorvane Foods as chief executive, five years after he left to run Pellam\'s dairy unit.');
    expect(r).toContainEqual(['Jon Arve', 'Dorvane Foods', 'chief executive', 'current']);
    expect(r).toContainEqual(['Jon Arve', 'Pellam', null, 'former']);
  });
  it('still reads a present departure as the end of the post', () => {
    const r = roles('Dorvane Foods said chief executive Jon Arve will leave after the merger closes.');
    expect(r).toContainEqual(['Jon Arve', 'Dorvane Foods', 'chief executive', 'former']);
  });
  it('reads a firm someone left to run as the new job', () => {
    const r = roles('Mira Castell left Dorvane Foods in March to run Pellam\'s dairy unit.');
    expect(r).toContainEqual(['Mira Castell', 'Pellam', null, 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Dorvane Foods', null, 'former']);
  });
});
