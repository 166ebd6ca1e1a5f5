/**
 * The name a person joins is an employer even when it reads like a person's name (a given name
 * and a word the lists miss: "Sahel Microfinance", "Kora Microfinance"); so is the name a person
 * leaves or spent a decade at. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English names joined by a person', () => {
  it('reads the name after "has joined" / "joins" as the employer', () => {
    expect(roles('Mariam Sangaré-Koné has joined Sahel Microfinance as chief risk officer.', 'en')).toContainEqual(['Mariam Sangaré-Koné', 'Sahel Microfinance', 'chief risk officer', 'current']);
    expect(roles('Anna Berg joins Kora Microfinance as chief risk officer.', 'en')).toContainEqual(['Anna Berg', 'Kora Microfinance', 'chief risk officer', 'current']);
  });
  it('reads the name a person leaves, or spent a decade at, as the employer', () => {
    expect(roles('Anna Berg left Kora Microfinance last year.', 'en')).toContainEqual(['Anna Berg', 'Kora Microfinance', null, 'former']);
    const r = roles('Anna Berg, who spent a decade at Kora Microfinance, joins Tessel Bank.', 'en');
    expect(r).toContainEqual(['Anna Berg', 'Kora Microfinance', null, 'former']);
    expect(r).toContainEqual(['Anna Berg', 'Tessel Bank', null, 'current']);
  });
});
