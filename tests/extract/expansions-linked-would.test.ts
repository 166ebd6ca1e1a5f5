/**
 * A firm statement followed by a linked "would" clause: "will enter Peru in May, with a depot
 * in Lima, and would then hire drivers" states the entry
 * and the centre; only the linked clause is a plan. A "would" opening the statement still
 * blocks it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('a linked "would" clause blocks only itself', () => {
  it('keeps what was stated before "and would"', () => {
    const rows = expansionRows('Its boss Ana Ruiz said Qasr Freight will enter Peru in May, opening a service centre in Lima, and would then hire 40 drivers.', 'en');
    expect(rows).toEqual(['Qasr Freight | market | Peru', 'Qasr Freight | office | Lima']);
  });
  it('still blocks a plan stated with "would" from the start', () => {
    expect(expansionRows('Qasr Freight would open an office in Cairo and would hire 20 people.', 'en')).toEqual([]);
    expect(expansionRows('Qasr Freight is in talks with DP World and would open an office in Cairo.', 'en')).toEqual([]);
  });
});
