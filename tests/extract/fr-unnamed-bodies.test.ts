/**
 * A title ending in a body left unnamed ("élu président de la fédération", "président du comité
 * de pilotage", "de l'association") holds no job at the firm named elsewhere in the sentence,
 * and does not end the person's post there. Named, the body is the employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows } from '../helpers/extract.js';

describe('titles of unnamed bodies', () => {
  for (const body of ['de la fédération', "de l'association", 'du comité de pilotage']) {
    it(`does not read "président ${body}" as a post at the firm`, () => {
      expect(roleRows(`Paul Roy, PDG de Vaxel, a été élu président ${body}.`, 'fr')).toEqual([['Paul Roy', 'Vaxel', 'PDG', 'current']]);
    });
  }
  it('reads a named body', () => {
    expect(roleKeys('Paul Roy, PDG de Vaxel, a été élu président de la Fédération des industries mécaniques.', 'fr')).toContainEqual(['Paul Roy', 'Fédération des industries mécaniques', 'current']);
  });
  it('keeps the firm\'s own boards', () => {
    expect(roleKeys('Paul Roy, président du conseil de surveillance de Vaxel, a réagi.', 'fr')).toEqual([['Paul Roy', 'Vaxel', 'current']]);
  });
});
