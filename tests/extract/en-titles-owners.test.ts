/**
 * Whose title it is, in English: "Brandco's former head of growth, X" (the firm before the 's,
 * past), "a senior adviser at X" and "site head" (titles), "a spokesperson confirmed" (no one's),
 * a public body that appoints or employs (no role). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English title owners', () => {
  it("gives the title after \"X's former\" to X, as a past job", () => {
    const r = roles("Pluma has hired Ondrel's former head of growth, Mira Castell, as chief marketing officer.");
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', 'head of growth', 'former']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'chief marketing officer', 'current']);
  });
  it('reads a senior adviser as a current role', () => {
    expect(roles('Pluma has named Mira Castell to its board. Castell is a senior adviser at Ondrel Partners.')).toContainEqual(['Mira Castell', 'Ondrel Partners', 'senior adviser', 'current']);
  });
  it('reads a quoted analyst as a current role at the broker', () => {
    const r = roles('"The timing is odd," said Corin Vaile, an analyst at Marsh Tindall. "A fair price," said Bexley analyst Ilona Parr.');
    expect(r).toContainEqual(['Corin Vaile', 'Marsh Tindall', 'analyst', 'current']);
    expect(r).toContainEqual(['Ilona Parr', 'Bexley', 'analyst', 'current']);
  });
  it('reads "the outgoing editor-in-chief of Y" as a past post', () => {
    expect(roles('Quillmoor Media has hired Ines Varga, the outgoing editor-in-chief of Harbour Weekly, as its chief content officer.')).toContainEqual(['Ines Varga', 'Harbour Weekly', 'editor-in-chief', 'former']);
  });
  it('reads "had been executive creative director" as one title', () => {
    const r = roles('Harrow & Pike has promoted Tobin Marsh to chief creative officer. Marsh had been executive creative director at the agency since 2021.');
    expect(r).toContainEqual(['Tobin Marsh', 'Harrow & Pike', 'executive creative director', 'former']);
    expect(r.some((x) => x[2] === 'executive')).toBe(false);
  });
  it('reads "site head" as a title', () => {
    expect(roles('Pluma Bio has named Mira Castell as its site head.')).toEqual([['Mira Castell', 'Pluma Bio', 'site head', 'current']]);
  });
  it('gives an unnamed spokesperson to no one', () => {
    const r = roles("Pluma's chief technology officer, Mira Castell, has left the company, a spokesperson confirmed.");
    expect(r).toEqual([['Mira Castell', 'Pluma', 'chief technology officer', 'former']]);
  });
  it('gives no role for a post a public body appoints to', () => {
    expect(roles('The Treasury has appointed Mira Castell as chair of its new advisory panel.')).toEqual([]);
  });
  it('gives no role at a public body written after its country', () => {
    expect(roles('Mira Castell holds an MBA from the Wharton School and earlier served as a senior adviser at the U.S. Treasury Department.')).toEqual([]);
  });
});
