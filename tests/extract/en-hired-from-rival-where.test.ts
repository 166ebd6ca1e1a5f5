/**
 * "hired X from rival Y, where she has been deputy CFO for three years": the post told after "where"
 * at the firm left is the one left, also with a short description before the firm's name.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "from rival Y, where she has been T"', () => {
  it('reads the post at the firm left as former', () => {
    const r = roles('Orvane Bank has appointed Lena Fors as finance director, poaching her from rival Kessel Group, where she has been deputy CFO for three years.', 'en');
    expect(r).toContainEqual(['Lena Fors', 'Kessel Group', 'deputy CFO', 'former']);
    expect(r).toContainEqual(['Lena Fors', 'Orvane Bank', 'finance director', 'current']);
    const s = roles('Orvane Bank has hired Lena Fors from rival Kessel Group, where she has been deputy CFO for three years.', 'en');
    expect(s).toContainEqual(['Lena Fors', 'Kessel Group', 'deputy CFO', 'former']);
    expect(s).toContainEqual(['Lena Fors', 'Orvane Bank', null, 'current']);
  });
});
