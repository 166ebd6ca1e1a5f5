/**
 * A company the text opens with by its full name and shortens afterwards: roles told without
 * its name, and the post a predecessor leaves, are held at the full name. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('the full name a text opens with', () => {
  it('holds "leaving the company" and a predecessor\'s post at the full name', () => {
    const k = roleKeys('Corvane Analytics today announced the appointment of Lia Brandt as chief marketing officer. Brandt joins Corvane from Pellam, where she was head of brand. She succeeds Tom Ashby, who is leaving the company. Corvane also opened an office in Leeds.', 'en');
    expect(k).toContainEqual(['Lia Brandt', 'Corvane Analytics', 'current']);
    expect(k).toContainEqual(['Tom Ashby', 'Corvane Analytics', 'former']);
    expect(k).not.toContainEqual(['Tom Ashby', 'Corvane', 'former']);
  });
  it('keeps the full name of the newcomer\'s employer for "He replaces X"', () => {
    const k = roleKeys('Pellam Freight Holdings has named Ida Sorel chief operating officer. Sorel joins Pellam from Ardo. She replaces Tom Ashby.', 'en');
    expect(k).toContainEqual(['Tom Ashby', 'Pellam Freight Holdings', 'former']);
  });
});
