/**
 * 'Chair X said: "Y … leaves it stronger"': a departure told in the speech a person opens is
 * someone else's, not the speaker's. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a departure inside quoted speech', () => {
  it('leaves the speaker in post', () => {
    const r = roles('Velcor chief executive Jean Roussel will leave in April. Chairman Alastair Venn said: “Jean has transformed this business, and leaves it with a stronger balance sheet.”');
    expect(r).toContainEqual(['Alastair Venn', 'Velcor', 'Chairman', 'current']);
    expect(r).toContainEqual(['Jean Roussel', 'Velcor', 'chief executive', 'former']);
  });
  it('still reads a subject leaving outside quotes', () => {
    expect(roles('Velcor chairman Alastair Venn will leave the board in May.')).toContainEqual(['Alastair Venn', 'Velcor', 'chairman', 'former']);
  });
});
