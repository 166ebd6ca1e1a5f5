/**
 * French names with particles: a first name ending in "é" opening the sentence before its
 * particle ("Zoé d'Ormesson", "André de Villiers"), and a second particle after an elided one
 * ("Hélène d'Astier de La Vigerie"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French names with particles', () => {
  it('reads a first name in "é" before its particle', () => {
    expect(roleKeys("Zoé d'Ormesson, directrice de Vaxel, a commenté.", 'fr')).toEqual([["Zoé d'Ormesson", 'Vaxel', 'current']]);
    expect(roleKeys('André de Villiers, directeur de Vaxel, a commenté.', 'fr')).toEqual([['André de Villiers', 'Vaxel', 'current']]);
  });
  it('reads a second particle after an elided one', () => {
    expect(roleKeys("Hélène d'Astier de La Vigerie, directrice de Vaxel, a commenté.", 'fr')).toEqual([["Hélène d'Astier de La Vigerie", 'Vaxel', 'current']]);
  });
  it('still reads an opening participle as no name', () => {
    expect(roleKeys('Passée par Orvel, Claire Roy dirige Vaxel.', 'fr')).toContainEqual(['Claire Roy', 'Orvel', 'former']);
  });
});

describe('double nationalities before a name', () => {
  it('keeps "Le Franco-Marocain" out of the name', () => {
    expect(roleKeys('Le Franco-Marocain Paul Roy rejoint Vaxel.', 'fr')).toEqual([['Paul Roy', 'Vaxel', 'current']]);
    expect(roleKeys('La Germano-Suisse Anna Keller prend la tête de Vaxel.', 'fr')).toEqual([['Anna Keller', 'Vaxel', 'current']]);
  });
});

describe('a firm named like a person after a French move or past stay', () => {
  it('reads "rejoint / quitte X Y" with a person subject as a firm', () => {
    expect(roleKeys('Anne Vidal rejoint Martin Morvaux comme analyste.', 'fr')).toEqual([['Anne Vidal', 'Martin Morvaux', 'current']]);
    expect(roleKeys('Anne Vidal quitte Martin Morvaux pour Valmor.', 'fr')).toEqual([['Anne Vidal', 'Martin Morvaux', 'former'], ['Anne Vidal', 'Valmor', 'current']]);
  });
  it('reads a list after "passée par" as firms', () => {
    expect(roleKeys('Passée par Martin Morvaux et Oddo, Anne Vidal rejoint Valmor.', 'fr')).toContainEqual(['Anne Vidal', 'Martin Morvaux', 'former']);
  });
  it('does not join "de" and a firm to the surname before it', () => {
    expect(roleKeys('Valmor débauche Anne Vidal de Martin Morvaux.', 'fr').map((r) => r[0])).toEqual(['Anne Vidal']);
  });
});
