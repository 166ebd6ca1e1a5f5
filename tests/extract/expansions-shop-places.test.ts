/**
 * Where a shop opening puts its shops when the place is not right after the noun: past a street
 * or district set off beside the city, in a relative clause after the shop, and in shops or
 * properties named again after the opening. Sentences written for these tests (invented
 * companies and streets).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('a street or district beside the city', () => {
  it('goes on past a street set off after the city', () => {
    expect(rows('Maison Orvelle ouvre une boutique à Milan, via Larenzo, puis à Turin en juin.', 'fr')).toEqual(['Maison Orvelle | market | Milan', 'Maison Orvelle | market | Turin']);
    expect(rows('Maison Orvelle ouvre une boutique à Lyon, rue des Tanneurs, puis une autre à Lille.', 'fr')).toContain('Maison Orvelle | market | Lyon');
  });
  it("reads the city of a possessive street or district", () => {
    expect(rows("Tarnwick will open its first stores in Ireland, with shops on Galway's Harrow Street and in Limerick.", 'en')).toEqual(['Tarnwick | market | Ireland', 'Tarnwick | market | Galway', 'Tarnwick | market | Limerick']);
  });
  it('does not go on past a company named with a possessive', () => {
    expect(rows("Tarnwick opened its first store in Dublin's Harrow Street.", 'en')).toEqual(['Tarnwick | market | Dublin']);
    expect(rows('Tarnwick will open its first store in Milan, via Brelt and Korvo.', 'en')).toEqual(['Tarnwick | market | Milan']);
  });
});

describe('shops opened in a relative clause', () => {
  it('reads the city after ", which will open", and not the country qualifying the noun', () => {
    expect(rows('Orsanne is preparing its first US boutique, which will open on Larch Avenue in New York in May.', 'en')).toEqual(['Orsanne | market | New York']);
    expect(rows('Orsanne prépare sa première boutique, qui ouvrira à Genève en mai.', 'fr')).toEqual(['Orsanne | market | Genève']);
  });
  it('needs an opening verb in the clause', () => {
    expect(rows('Orsanne is preparing its first boutique, which its founder designed in Paris.', 'en')).toEqual([]);
  });
});

describe('shops and properties named after an opening', () => {
  it('reads the places of the shops named again', () => {
    expect(rows('Velmont Hotels will open its first hotel in Japan next year, a 200-room property in Osaka.', 'en')).toEqual(['Velmont Hotels | market | Japan', 'Velmont Hotels | market | Osaka']);
    expect(rows('Velmont, which opened a hotel in Madrid last year, is to open its first property in Portugal, in Porto, next spring.', 'en')).toEqual(['Velmont | market | Madrid', 'Velmont | market | Portugal', 'Velmont | market | Porto']);
  });
  it('a property with no opening before it is no shop', () => {
    expect(rows('Velmont Estates bought a property in Osaka.', 'en')).toEqual([]);
  });
});

describe('an "adresse" and an earlier shop', () => {
  it('reads "sa première adresse" as a shop', () => {
    expect(rows('Le chocolatier Velane inaugure sa première adresse au Japon, à Osaka.', 'fr')).toEqual(['Velane | market | Japon', 'Velane | market | Osaka']);
    expect(rows("Merci d'écrire à l'adresse suivante pour tout renseignement sur Velane.", 'fr')).toEqual([]);
  });
  it('reads the city of an earlier shop after "après sa boutique de", "after its store in"', () => {
    expect(rows('Après sa boutique de Milan, le maroquinier Velane ouvre un magasin à Vienne.', 'fr')).toEqual(['Velane | market | Milan', 'Velane | market | Vienne']);
    expect(rows('After its store in Oslo, Velane will open a shop in Bergen.', 'en')).toEqual(['Velane | market | Oslo', 'Velane | market | Bergen']);
  });
});
