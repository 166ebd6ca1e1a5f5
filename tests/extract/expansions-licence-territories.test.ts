/**
 * Where a licence or an alliance works: the country as an adjective ("has licensed South
 * Korean rights to its antibody to Y", "to Y for the Korean market"), and not the partner's own
 * city ("an alliance with Y of Osaka for its lead candidate in Japan"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('licence and alliance territories', () => {
  it('reads a country written as an adjective before rights or market', () => {
    expect(rows('Aurelis Therapeutics has licensed South Korean rights to an eye drug to Daemyung Pharma for $40 million.', 'en')).toEqual([
      'Aurelis Therapeutics | partnership | South Korea | Daemyung Pharma',
      'Aurelis Therapeutics | market | South Korea',
    ]);
    expect(rows('Havkraft has licensed its technology to Hyundai for the Korean market.', 'en')).toEqual(['Havkraft | partnership | South Korea | Hyundai', 'Havkraft | market | South Korea']);
    expect(rows('Havkraft has licensed its technology to Hyundai.', 'en')).toEqual(['Havkraft | partnership | — | Hyundai']);
  });
  it("does not place a deal in the partner's own city", () => {
    expect(rows('Corvia Bio has signed an alliance with Mitsuka Seiyaku of Osaka for its lead candidate in Japan.', 'en')).toContain('Corvia Bio | partnership | Japan | Mitsuka Seiyaku');
    expect(rows('Corvia Bio has signed an alliance with Mitsuka Seiyaku of Osaka.', 'en')).toEqual(['Corvia Bio | partnership | — | Mitsuka Seiyaku']);
  });
});
