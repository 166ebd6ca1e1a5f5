/**
 * The press's short word for a firm's head: "Pellam Retail chief Ruth Adlam said…", "Ruth
 * Adler, the longtime Pellam Retail chief, said…", "Former Pellam Retail chief X has joined Y".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "Firm chief X"', () => {
  it('reads "chief" between a firm and a person, or closing an apposition, as the title', () => {
    expect(roles('Pellam Retail chief Ruth Adlam said sales rose.', 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', 'chief', 'current']);
    expect(roles('Ruth Adlam, the longtime Pellam Retail chief, said sales rose.', 'en')).toContainEqual(['Ruth Adlam', 'Pellam Retail', 'chief', 'current']);
    const r = roles('Former Pellam Retail chief Ruth Adlam has joined Orvane as chair.', 'en');
    expect(r).toContainEqual(['Ruth Adlam', 'Pellam Retail', 'chief', 'former']);
    expect(r).toContainEqual(['Ruth Adlam', 'Orvane', 'chair', 'current']);
  });
});
