/**
 * The press's short word for a firm's head: "Pellam Retail chief Ruth Adler said…", "Ruth
 * Adler, the longtime Pellam Retail chief, said…", "Former Pellam Retail chief X has joined Y".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "Firm chief X"', () => {
  it('reads "chief" between a firm and a person, or closing an apposition, as the title', () => {
    expect(roles('Pellam Retail chief Ruth Adler said sales rose.', 'en')).toContainEqual(['Ruth Adler', 'Pellam Retail', 'chief', 'current']);
    expect(roles('Ruth Adler, the longtime Pellam Retail chief, said sales rose.', 'en')).toContainEqual(['Ruth Adler', 'Pellam Retail', 'chief', 'current']);
    const r = roles('Former Pellam Retail chief Ruth Adler has joined Orvane as chair.', 'en');
    expect(r).toContainEqual(['Ruth Adler', 'Pellam Retail', 'chief', 'former']);
    expect(r).toContainEqual(['Ruth Adler', 'Orvane', 'chair', 'current']);
  });
});
