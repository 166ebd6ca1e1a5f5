/**
 * The name a person joins is an employer even when it reads like a person's name (a given name
 * and a word the lists miss: "Sahel Microfinance", "Kora Microfinance"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English names joined by a person', () => {
  it('reads the name after "has joined" / "joins" as the employer', () => {
    expect(roles('Fatoumata Diallo-Koné has joined Sahel Microfinance as chief risk officer.', 'en')).toContainEqual(['Fatoumata Diallo-Koné', 'Sahel Microfinance', 'chief risk officer', 'current']);
    expect(roles('Anna Berg joins Kora Microfinance as chief risk officer.', 'en')).toContainEqual(['Anna Berg', 'Kora Microfinance', 'chief risk officer', 'current']);
  });
});
