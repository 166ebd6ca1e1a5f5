/**
 * An elided preposition ("d'", "l'") after a title's complement links to the employer; it is
 * not part of the title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('elided prepositions after a title complement', () => {
  it('ends the title before "d\'" and takes the company after it (fr)', () => {
    const r = roles("Julie Martin, ex-directrice des opérations d'Orvane en Espagne, est nommée directrice générale de Velcor.", 'fr');
    expect(r).toContainEqual(['Julie Martin', 'Orvane', 'directrice des opérations', 'former']);
    expect(r).toContainEqual(['Julie Martin', 'Velcor', 'directrice générale', 'current']);
  });
  it('keeps a lowercase complement written without elision (fr, en)', () => {
    expect(roles('Julie Martin est nommée directrice des opérations de Velcor.', 'fr')).toContainEqual(['Julie Martin', 'Velcor', 'directrice des opérations', 'current']);
    expect(roles('Velcor named Julie Martin head of global operations.', 'en')).toContainEqual(['Julie Martin', 'Velcor', 'head of global operations', 'current']);
  });
});
