/**
 * Departures told as an ouster, a resignation announced or a search for a successor: "was
 * sacked", "have parted ways", "removed X as CEO", "a successor to X, who announced her
 * resignation as CFO", "X's departure as chief executive of Y". The post is left. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English ousters and resignations', () => {
  it('reads passive ousters and parting ways as the post left', () => {
    expect(roles("Anna Berg, Velmora's chief executive, was sacked on Monday.", 'en')).toContainEqual(['Anna Berg', 'Velmora', 'chief executive', 'former']);
    expect(roles('Velmora Systems and its chief executive Anna Berg have parted ways.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', 'chief executive', 'former']);
    expect(roles('The board of Velmora Systems removed Anna Berg as chief executive.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', 'chief executive', 'former']);
  });
  it('reads a resignation announced, a successor sought and a possessive departure as the post left', () => {
    expect(roles('Velmora Systems is searching for a successor to Anna Berg, who announced her resignation as CFO in March.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', 'CFO', 'former']);
    expect(roles("Anna Berg's departure as chief executive of Velmora Systems was announced on Monday.", 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', 'chief executive', 'former']);
  });
});
