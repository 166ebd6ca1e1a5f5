/**
 * A title right before a name belongs to that name, also when a comma and another name come
 * before it — the speaker closing a sentence: "Brisk Motors has hired Anna Berg, chief executive
 * Tom Reed said", "…approval from the Tidewater Securities Commission, co-founder and chief executive
 * Goh Kai Wen told reporters". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English title before the speaker', () => {
  it('gives the title to the name after it, not to the one before the comma', () => {
    const r = roles('Brisk Motors has hired Anna Berg, chief executive Tom Reed said.', 'en');
    expect(r).toContainEqual(['Tom Reed', 'Brisk Motors', 'chief executive', 'current']);
    expect(r.filter((row) => row[0] === 'Anna Berg' && row[2] === 'chief executive')).toEqual([]);
  });
  it('does not make a body before the comma a person', () => {
    const r = roles('Wealth platform Mirai Vault has started operating in Taiwan after winning approval from the Tidewater Securities Commission, co-founder and chief executive Goh Kai Wen told reporters.', 'en');
    expect(r).toContainEqual(['Goh Kai Wen', 'Mirai Vault', 'co-founder and chief executive', 'current']);
  });
});
