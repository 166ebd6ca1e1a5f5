/**
 * English career steps: "after leading X at Y", "moves over from Y", "an earlier stint at Y",
 * "an early spell at Y", "is moving to Y", "formerly SVP of EMEA sales at Y", "added former Y
 * executive Z". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('English career steps', () => {
  it('reads "after leading X at Y" and "after running Y\'s X business" as past jobs', () => {
    expect(roleKeys('Chief executive Lia Brandt, who co-founded Pellam in 2019 after leading logistics at Ardo, rang the bell.', 'en')).toContainEqual(['Lia Brandt', 'Ardo', 'former']);
    expect(roleKeys('Chief executive Lia Brandt, who set up Pellam after running Ardo\'s card business, spoke on Monday.', 'en')).toContainEqual(['Lia Brandt', 'Ardo', 'former']);
  });
  it('reads "moves over from", "an earlier stint at" and "an early spell at" as past employers', () => {
    expect(roleKeys('Pellam named Lia Brandt chief executive. Brandt, 46, moves over from Ardo, where she ran the Irish unit.', 'en')).toContainEqual(['Lia Brandt', 'Ardo', 'former']);
    expect(roleKeys('Pellam adds Lia Brandt as chief strategy officer. Brandt joins from Ardo and did an earlier stint at Corvane.', 'en')).toContainEqual(['Lia Brandt', 'Corvane', 'former']);
    expect(roleKeys('Pellam named Lia Brandt chief executive. Brandt had an early spell at Corvane Bank.', 'en')).toContainEqual(['Lia Brandt', 'Corvane Bank', 'former']);
  });
  it('reads "who is moving to Y" as the job gone to', () => {
    expect(roleKeys('Pellam named Lia Brandt finance chief. She replaces Tom Ashby, who is moving to Ardo.', 'en')).toContainEqual(['Tom Ashby', 'Ardo', 'current']);
  });
  it('reads "formerly SVP of EMEA sales at Y" as a past post at Y, and the new post at the hirer', () => {
    const k = roleKeys('Pellam Grid has hired two executives. Lia Brandt, formerly SVP of EMEA sales at Ardo, becomes head of EMEA.', 'en');
    expect(k).toContainEqual(['Lia Brandt', 'Ardo', 'former']);
    expect(k).toContainEqual(['Lia Brandt', 'Pellam Grid', 'current']);
    expect(k).not.toContainEqual(['Lia Brandt', 'Ardo', 'current']);
  });
  it('gives "former Y executive Z" to Z, not to the person named before', () => {
    const k = roleKeys('Pellam has brought on Dr. Lia Brandt as chief scientific officer and added former Ardo executive Nora Vance to its board.', 'en');
    expect(k).toContainEqual(['Nora Vance', 'Ardo', 'former']);
    expect(k).not.toContainEqual(['Lia Brandt', 'Ardo', 'former']);
  });
});

describe('English employers kept apart from side jobs and product lines', () => {
  it('holds a predecessor at the company that named the newcomer, not at a board seat the newcomer keeps', () => {
    const k = roleKeys('Pellam Energy has appointed Ivo Marek as non-executive chair. Marek, who sits on the boards of Ardo Group and Corvane Water, led a wind business for six years. He replaces Nora Vance, who is stepping down after a decade in the role.', 'en');
    expect(k).toContainEqual(['Nora Vance', 'Pellam Energy', 'former']);
    expect(k).not.toContainEqual(['Nora Vance', 'Corvane Water', 'former']);
  });
  it('reads "vice president of Nimbus security at Y" as a post at Y', () => {
    const k = roleKeys('Pellam has tapped Lia Brandt as its chief operating officer. Brandt was most recently vice president of Nimbus security at Corvane.', 'en');
    expect(k).toContainEqual(['Lia Brandt', 'Corvane', 'former']);
    expect(k.some((x) => x[1] === 'Nimbus')).toBe(false);
  });
});
