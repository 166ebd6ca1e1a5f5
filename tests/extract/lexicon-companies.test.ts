/**
 * Companies the lexicon must know because their names read as something else: a person's
 * name ("Estée Lauder", "Aston Martin") or an article and a word ("L'Oréal" opening a
 * sentence). People and start-ups are made up.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('companies that read as something else', () => {
  it('does not take a company named after someone for a person (fr, en)', () => {
    expect(roles("Varnelle nomme Inès Dalgar directrice marketing. Cette ancienne d'Estée Lauder a aussi travaillé chez Hermès.", 'fr')).toEqual([
      ['Inès Dalgar', 'Varnelle', 'directrice marketing', 'current'],
      ['Inès Dalgar', 'Estée Lauder', null, 'former'],
      ['Inès Dalgar', 'Hermès', null, 'former'],
    ]);
    expect(roles('Shares in Aston Martin rose after the carmaker named Tom Ellery chief executive.', 'en')).toEqual([
      ['Tom Ellery', 'Aston Martin', 'chief executive', 'current'],
    ]);
  });

  it("keeps L'Oréal whole when it opens a sentence, and still elides an article", () => {
    expect(roles("L'Oréal nomme Inès Dalgar directrice générale de sa filiale belge.", 'fr')).toContainEqual(["Inès Dalgar", "L'Oréal", 'directrice générale', 'current']);
    expect(roles("L'agence Varnelle nomme Inès Dalgar directrice générale.", 'fr')).toEqual([['Inès Dalgar', 'Varnelle', 'directrice générale', 'current']]);
  });

  it('keeps a firm named "Maison(s) du X" whole', () => {
    expect(roles('Chez Maisons du Valbreuil, Léa Dorval est promue directrice générale.', 'fr')).toEqual([['Léa Dorval', 'Maisons du Valbreuil', 'directrice générale', 'current']]);
    expect(roles('Léa Dorval rejoint la Maison du Thé Bleu comme directrice générale.', 'fr')).toEqual([['Léa Dorval', 'Maison du Thé Bleu', 'directrice générale', 'current']]);
  });
});
