/**
 * Several people hired by one verb: "Vaxel a recruté X et Y", "Vaxel accueille X et Y au sein
 * de son comité exécutif", "Vaxel recrute deux directeurs : X, ex-Orvel, …, et Y, ancien de
 * Safran, …" (each current at the hiring firm, title null). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French hires listed after one verb', () => {
  it('reads "Vaxel a recruté X et Y"', () => {
    expect(roleKeys('Vaxel a recruté Anne Roy et Paul Lenoir.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current'], ['Paul Lenoir', 'Vaxel', 'current']]);
  });
  it('reads a counted list after a colon, appositions between', () => {
    const k = roleKeys('Vaxel recrute deux directeurs : Anne Roy, ex-Orvel, pour les ressources humaines, et Paul Lenoir, ancien de Safran, pour la finance.', 'fr');
    expect(k).toContainEqual(['Anne Roy', 'Vaxel', 'current']);
    expect(k).toContainEqual(['Paul Lenoir', 'Vaxel', 'current']);
    expect(k).toContainEqual(['Anne Roy', 'Orvel', 'former']);
  });
  it('does not hire a name after the clause', () => {
    expect(roleKeys("Vaxel a recruté Anne Roy, et Paul Lenoir, son ancien patron chez Orvel, s'en félicite.", 'fr')).not.toContainEqual(['Paul Lenoir', 'Vaxel', 'current']);
  });
});
