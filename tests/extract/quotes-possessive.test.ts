/**
 * A quotation closes the clause a time word may come from ("'…was…,' said chief executive X");
 * "its founder" after the name is held at the company the text is about, not at a company
 * named later in the sentence. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('quotes and possessives', () => {
  it('does not read a time word inside a quote', () => {
    expect(roles("Quillbyte has launched in Spain. 'Spain was a natural step,' said chief executive Anna Lind, a former Orvane engineer.")).toContainEqual(['Anna Lind', 'Quillbyte', 'chief executive', 'current']);
  });
  it('holds "its founder" at the company the text is about', () => {
    const r = roles('Quillbyte Health has signed a deal with Velcor. The start-up is led by Anna Lind, its founder and CEO and a former nurse at Orvane Clinic.');
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte Health', 'founder and CEO', 'current']);
  });
});
