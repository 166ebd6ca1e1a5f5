/**
 * A phrase fronted before the subject names a firm that is not the employer: the appointing
 * company is the one in the verb's own clause. An apposition after the subject still leaves
 * the subject in charge. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a fronted phrase does not lend its firm to the appointment', () => {
  it('takes the company of the verb clause (en, fr)', () => {
    expect(roles('Backed by Velcor Partners, Quorvane has appointed Daniel Frey chief executive.', 'en')).toEqual([['Daniel Frey', 'Quorvane', 'chief executive', 'current']]);
    expect(roles('Soutenue par Velcor Partners, Brelvex a nommé Lucie Martin-Royer directrice générale.', 'fr')).toEqual([['Lucie Martin-Royer', 'Brelvex', 'directrice générale', 'current']]);
  });
  it('keeps the subject before an apposition that names another firm', () => {
    expect(roles('Orbiqa, the Paris-based start-up backed by Velcor Partners, has hired Daniel Frey as chief executive.', 'en')).toEqual([['Daniel Frey', 'Orbiqa', 'chief executive', 'current']]);
    expect(roles('Quorvane, a Velcor Partners portfolio company, has appointed Daniel Frey chief executive.', 'en')).toEqual([['Daniel Frey', 'Quorvane', 'chief executive', 'current']]);
  });
});
