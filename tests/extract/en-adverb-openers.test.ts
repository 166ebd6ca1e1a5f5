/**
 * An adverb opening a sentence before a participle describes the firm after it ("Privately held
 * Orvane Foods…", "Newly listed Tessel Robotics…"): the adverb is no firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English adverb openers', () => {
  it('reads the firm after "Privately held" / "Newly listed" as the employer', () => {
    expect(roles('Privately held Orvane Foods promoted Sara Holt to chief operating officer.', 'en')).toContainEqual(['Sara Holt', 'Orvane Foods', 'chief operating officer', 'current']);
    expect(roles('Newly listed Tessel Robotics named Arjun Rao chief technology officer.', 'en')).toContainEqual(['Arjun Rao', 'Tessel Robotics', 'chief technology officer', 'current']);
  });
});
