/**
 * French institutions whose names are capitalised on their first word only, with a lowercase
 * tail: "Union des coopératives agricoles du Sud", "Mutuelle générale des cheminots", "Banque
 * sahélienne", "Chambre de commerce et d'industrie de Lyon", "Caisse régionale du Crédit
 * agricole de Bretagne", "Aéroports de Paris", "Fédération nationale des travaux publics", "Union
 * des transports publics et ferroviaires". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French institution names with a lowercase tail', () => {
  const cases: Array<[string, string]> = [
    ["Jean-Marc Dupuis est nommé directeur général de l'Union des coopératives agricoles du Sud.", 'Union des coopératives agricoles du Sud'],
    ['Oumou Diallo, directrice de la Banque sahélienne, a annoncé la hausse.', 'Banque sahélienne'],
    ['Oumou Diallo, directrice générale de la Caisse régionale du Crédit agricole de Bretagne, a présenté les comptes.', 'Caisse régionale du Crédit agricole de Bretagne'],
    ['Paul Roy est nommé directeur de la Mutuelle générale des cheminots.', 'Mutuelle générale des cheminots'],
    ["Paul Roy, président de la Chambre de commerce et d'industrie de Lyon, a réagi.", "Chambre de commerce et d'industrie de Lyon"],
    ["Paul Roy, directeur général d'Aéroports de Paris, a réagi.", 'Aéroports de Paris'],
    ['Pieter Van Acker devient président de la Fédération nationale des travaux publics.', 'Fédération nationale des travaux publics'],
    ["Ibrahim Sall est élu président de l'Union des industries textiles.", 'Union des industries textiles'],
    ["Ibrahim Sall est élu président de l'Union des transports publics et ferroviaires.", 'Union des transports publics et ferroviaires'],
  ];
  for (const [text, company] of cases) {
    it(`reads "${company}"`, () => {
      expect(roleKeys(text, 'fr').map(([, c]) => c)).toEqual([company]);
    });
  }
  it('keeps an adjective of the sentence out of the name', () => {
    expect(roleKeys('Paul Roy, directeur de la Banque populaire de Lorraine depuis 2019, a réagi.', 'fr').map(([, c]) => c)).toEqual(['Banque populaire de Lorraine']);
  });
});
