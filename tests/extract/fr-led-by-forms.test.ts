/**
 * A company's leader told in passing: "Sous la direction de X, Voltaïs…", "Emmenée par X,
 * Voltaïs…", "Voltaïs, avec à sa tête X,", "Voltaïs, qui a à sa tête X", "cornaquée par X",
 * "présidée depuis 2020 par X", "X tient les rênes de Voltaïs" (current, title null); and the
 * successor of someone who led: "Y remplace X, qui dirigeait (présidait) Z" (Y current at Z).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows } from '../helpers/extract.js';

describe('French leaders told in passing', () => {
  const led = [
    'Sous la direction de Rachid Amrani, Voltaïs a doublé ses ventes.',
    'Emmenée par Rachid Amrani, Voltaïs a doublé ses ventes.',
    'Voltaïs, avec à sa tête Rachid Amrani, a doublé ses ventes.',
    'Voltaïs, qui a à sa tête Rachid Amrani depuis 2020, a doublé ses ventes.',
    'Voltaïs, cornaquée par Rachid Amrani, a doublé ses ventes.',
    'Voltaïs, présidée depuis 2020 par Rachid Amrani, a doublé ses ventes.',
    'Rachid Amrani tient les rênes de Voltaïs depuis 2020.',
  ];
  for (const text of led) {
    it(`reads "${text}"`, () => {
      expect(roleKeys(text, 'fr')).toEqual([['Rachid Amrani', 'Voltaïs', 'current']]);
    });
  }
  it('reads the successor of someone who led', () => {
    for (const text of ['Ingrid Larsen succède à Paul Roy, qui présidait Brévia depuis 2012.', 'Ingrid Larsen remplace Paul Roy, qui était à la tête de Brévia depuis 2012.']) {
      const k = roleKeys(text, 'fr');
      expect(k).toContainEqual(['Ingrid Larsen', 'Brévia', 'current']);
      expect(k).toContainEqual(['Paul Roy', 'Brévia', 'former']);
    }
  });
  it('reads "l\'ONG" as the organisation of the story, not a name', () => {
    expect(roleKeys("Action contre la Soif nomme Awa Ngo directrice générale. Elle remplace Paul Roy, qui dirigeait l'ONG depuis 2016.", 'fr')).toContainEqual(['Paul Roy', 'Action contre la Soif', 'former']);
  });
});

describe('a unit located in a town, led by someone', () => {
  it('reads "Le site de Vaxel à Cholet, dirigé par X" at the firm, not the town', () => {
    expect(roleKeys('Le site de Vaxel à Cholet, dirigé par Marc Petit, emploie 400 salariés.', 'fr')).toEqual([['Marc Petit', 'Vaxel', 'current']]);
  });
});

describe('a unit led by someone after the participle that names it', () => {
  it('gives the lead to the entity "baptisée N" in the sentence before', () => {
    expect(roleRows("Orvanel et Telmarc créent une coentreprise dans le fret. Baptisée Fretline, la structure emploiera 40 personnes. Elle sera dirigée par Mathis Kellner.", 'fr')).toContainEqual(['Mathis Kellner', 'Fretline', null, 'current']);
    expect(roleRows("Orvanel et Telmarc créent une coentreprise, baptisée Fretline. Elle sera dirigée par Mathis Kellner.", 'fr')).toContainEqual(['Mathis Kellner', 'Fretline', null, 'current']);
  });
  it('keeps the text\'s firm when nothing is named so', () => {
    expect(roleRows("Orvanel rachète Fibrane. Elle sera dirigée par Mathis Kellner.", 'fr').map((x) => x[1])).not.toContain('Fretline');
  });
});
