/**
 * "Norland Bank Financial analyst X": a capitalised word before a title head written in
 * lowercase ends the firm's name, not the title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a firm named before a lowercase title', () => {
  it('keeps the capitalised word in the firm', () => {
    expect(roles('Norland Bank Financial analyst Jean Roussel said the deal was fair.')).toContainEqual(['Jean Roussel', 'Norland Bank Financial', 'analyst', 'current']);
    expect(roles('Tamesis Research analyst Clive Barnaby said the timing was odd.')).toContainEqual(['Clive Barnaby', 'Tamesis Research', 'analyst', 'current']);
  });
  it('keeps a capitalised title whole, and a modifier opening the sentence', () => {
    expect(roles('Velcor Chief Executive Jean Roussel said the deal was fair.')).toContainEqual(['Jean Roussel', 'Velcor', 'Chief Executive', 'current']);
    expect(roles('Research analyst Clive Barnaby of Tamesis said the timing was odd.')).toContainEqual(['Clive Barnaby', 'Tamesis', 'Research analyst', 'current']);
  });
});
