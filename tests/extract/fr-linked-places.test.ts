/**
 * A place whose first word folds to a function word ("Côte" like "côté") and that the lexicon
 * knows with its link: "Côte d'Ivoire" is one place, a title's scope or an office's town, not
 * the company "Ivoire". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows } from '../helpers/extract.js';

describe("places opened by a function word's capital", () => {
  it('reads "directeur Côte d\'Ivoire de X" as a scope', () => {
    expect(roleRows("Paul Roy, directeur Côte d'Ivoire de Vaxel, a commenté.", 'fr')).toEqual([['Paul Roy', 'Vaxel', "directeur Côte d'Ivoire", 'current']]);
  });
  it('reads an office in Côte d\'Ivoire', () => {
    expect(expansionRows("Vaxel ouvre un bureau en Côte d'Ivoire.", 'fr')).toEqual(["Vaxel | office | Côte d'Ivoire"]);
  });
  it('keeps "De son côté" no name', () => {
    expect(roleRows('De son côté, Paul Roy, directeur de Vaxel, a commenté.', 'fr')).toEqual([['Paul Roy', 'Vaxel', 'directeur', 'current']]);
  });
});
