/**
 * A sentence opened by a common noun and its adjective about the firm after "chez" ("Semaine
 * chargée chez X :", "Rentrée mouvementée chez Y.") names no company in its first word; the
 * firm's "son directeur" is the one after "chez". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French headline openers before "chez"', () => {
  it('reads the firm after "chez" as the subject', () => {
    expect(roleKeys('Semaine chargée chez Valorys : le groupe a annoncé mardi le départ de son directeur général délégué, Thomas Kerbrat.', 'fr')).toEqual([['Thomas Kerbrat', 'Valorys', 'former']]);
  });
  it('keeps a company followed by its verb', () => {
    expect(roleKeys('Stellantis débauche chez Renault son nouveau directeur des achats, Paul Roy.', 'fr')).toContainEqual(['Paul Roy', 'Stellantis', 'current']);
  });
});
