/**
 * French leaders told in the present, often in passing: "X dirige Soltech depuis 2020",
 * "estime X, qui préside Brévia", "aux commandes de X", "reprend la présidence de X",
 * "assure la direction générale de X". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French leaders told in the present', () => {
  it('reads "X dirige Y depuis…"', () => {
    expect(roleKeys('Rania Haddad dirige Soltech depuis 2020.', 'fr')).toContainEqual(['Rania Haddad', 'Soltech', 'current']);
  });
  it('reads a quoted speaker "…, qui dirige Y"', () => {
    expect(roleKeys('« Le marché est porteur », estime Rania Haddad, qui dirige Soltech.', 'fr')).toContainEqual(['Rania Haddad', 'Soltech', 'current']);
  });
  it('reads "qui dirige les activités européennes de Y"', () => {
    expect(roleKeys('Kofi Mensah, qui dirige les activités européennes de Baobab Logistics, se dit serein.', 'fr')).toContainEqual(['Kofi Mensah', 'Baobab Logistics', 'current']);
  });
  it('reads "préside le conseil de surveillance de Y"', () => {
    expect(roleKeys('Sophie Durand préside le conseil de surveillance de Brévia depuis 2019.', 'fr')).toContainEqual(['Sophie Durand', 'Brévia', 'current']);
  });
  it('reads a leader who leaves as former', () => {
    expect(roleKeys('Hugo Petit, qui dirige Belcor depuis 2015, quittera ses fonctions en juin.', 'fr')).toContainEqual(['Hugo Petit', 'Belcor', 'former']);
  });
  it('does not read "se dirige vers" nor a deal led', () => {
    expect(roleKeys('Paul Martin se dirige vers une sortie de Belcor.', 'fr')).toEqual([]);
    expect(roleKeys('Sophie Durand dirige le projet de rachat de Vanteo par Orsini.', 'fr')).toEqual([]);
  });
});

describe('French lead idioms', () => {
  it('reads "aux commandes de Y"', () => {
    expect(roleKeys('Désormais aux commandes de Ferrandi Industries, Luc Bertin pilotera la restructuration.', 'fr')).toContainEqual(['Luc Bertin', 'Ferrandi Industries', 'current']);
  });
  it('reads "reprend la présidence de Y"', () => {
    expect(roleKeys("Awa N'Diaye reprend la présidence de Sintel.", 'fr')).toContainEqual(["Awa N'Diaye", 'Sintel', 'current']);
  });
  it('reads "assure la direction générale de Y"', () => {
    expect(roleKeys('Depuis janvier, Piotr Zielinski assure la direction générale de Calvane.', 'fr')).toContainEqual(['Piotr Zielinski', 'Calvane', 'current']);
  });
  it('does not read "assure que la direction de Y…"', () => {
    expect(roleKeys('Piotr Zielinski assure que la direction de Calvane reste unie.', 'fr')).toEqual([]);
  });
  it('reads a lead of the group held until a retirement as former', () => {
    expect(roleKeys('Jean Okoro cède son fauteuil à la Banque du Midi. À la tête de la banque régionale depuis 2016, le président prend sa retraite.', 'fr')).toContainEqual(['Jean Okoro', 'Banque du Midi', 'former']);
  });
});

describe('French leads told in the future', () => {
  it('reads "dirigera", "présidera", "va diriger"', () => {
    expect(roleKeys('Anne Morin dirigera la filiale marocaine de Vaxel.', 'fr')).toEqual([['Anne Morin', 'Vaxel', 'current']]);
    expect(roleKeys('Anne Morin présidera Vaxel Maroc.', 'fr')).toEqual([['Anne Morin', 'Vaxel Maroc', 'current']]);
    expect(roleKeys('Anne Morin va diriger Vaxel Maroc.', 'fr')).toEqual([['Anne Morin', 'Vaxel Maroc', 'current']]);
  });
  it('keeps a lead to come current when the person leaves another firm', () => {
    const k = roleKeys('Paul Roy, qui dirigera Vaxel Maroc, quitte Orvel.', 'fr');
    expect(k).toContainEqual(['Paul Roy', 'Vaxel Maroc', 'current']);
    expect(k).toContainEqual(['Paul Roy', 'Orvel', 'former']);
  });
  it('does not read "va diriger ses efforts"', () => {
    expect(roleKeys('Le groupe va diriger ses efforts vers Vaxel, selon Paul Roy.', 'fr')).toEqual([]);
  });
});

describe('French leaders after an apposition', () => {
  const both: Array<[string, string]> = [
    ["Anne Roy, arrivée d'Orvel en janvier, dirige désormais les achats de Vaxel.", 'Orvel'],
    ["Anne Roy, une ancienne d'Orvel, dirige les achats de Vaxel.", 'Orvel'],
    ["Anne Roy, qui a quitté Orvel l'an dernier, dirige les achats de Vaxel.", 'Orvel'],
    ["Anne Roy, partie d'Orvel l'an dernier, dirige les achats de Vaxel.", 'Orvel'],
  ];
  for (const [text, left] of both) {
    it(`reads "${text}"`, () => {
      const k = roleKeys(text, 'fr');
      expect(k).toContainEqual(['Anne Roy', 'Vaxel', 'current']);
      expect(k).toContainEqual(['Anne Roy', left, 'former']);
    });
  }
  it('reads "nouvelle recrue de X" and "fraîchement débarquée de Y"', () => {
    expect(roleKeys('Anne Roy, nouvelle recrue de Vaxel, a présenté le plan.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'current']]);
    expect(roleKeys("Anne Roy, fraîchement débarquée d'Orvel, a présenté le plan de Vaxel.", 'fr')).toEqual([['Anne Roy', 'Orvel', 'former']]);
  });
});
