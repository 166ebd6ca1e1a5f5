/**
 * A firm statement followed by a linked "would" clause: "will enter Egypt next year, opening a
 * distribution centre in Cairo, and would use the proceeds to build warehouses" states the entry
 * and the centre; only the linked clause is a plan. A "would" opening the statement still
 * blocks it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('a linked "would" clause blocks only itself', () => {
  it('keeps what was stated before "and would"', () => {
    const rows = expansionRows('Chief executive Faisal Amari said Qasr Freight will enter Egypt next year, opening a distribution centre in Cairo, and would use the proceeds to build new warehouses.', 'en');
    expect(rows).toEqual(['Qasr Freight | market | Egypt', 'Qasr Freight | office | Cairo']);
  });
  it('still blocks a plan stated with "would" from the start', () => {
    expect(expansionRows('Qasr Freight would open an office in Cairo and would hire 20 people.', 'en')).toEqual([]);
    expect(expansionRows('Qasr Freight is in talks with DP World and would open an office in Cairo.', 'en')).toEqual([]);
  });
});
