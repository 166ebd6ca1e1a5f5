/**
 * Places the expansion rules need to know: countries, cities and regions beyond the shared
 * tables. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { lookupPlace } from '../../src/lexicon/places.js';
import { expansionRows as facts } from '../helpers/extract.js';

describe('more places', () => {
  it('knows more countries, cities and regions in both languages', () => {
    expect(lookupPlace('Équateur')?.name).toBe('Ecuador');
    expect(lookupPlace('Gdansk')?.kind).toBe('CITY');
    expect(lookupPlace('Occitanie')).toMatchObject({ kind: 'REGION', countryCode: 'FR' });
    expect(lookupPlace('Gulf')).toMatchObject({ kind: 'REGION', countryCode: null });
  });
  it('reads them as expansion places', () => {
    expect(facts('Tarvell Mining has entered Ecuador and opened an office in Lima.', 'en')).toEqual(['Tarvell Mining | market | Ecuador', 'Tarvell Mining | office | Lima']);
    expect(facts('Brivane ouvre un bureau à Saint-Brieuc.', 'fr')).toEqual(['Brivane | office | Saint-Brieuc']);
  });
});

describe('a country in brackets', () => {
  it('only locates the city before it', () => {
    expect(facts('Velmora a ouvert un centre de R&D à Pune (Inde).', 'fr')).toEqual(['Velmora | office | Pune']);
    expect(facts('Velmora opened a research center in Porto (Portugal) this year.', 'en')).toEqual(['Velmora | office | Porto']);
  });
});

describe('a relative time phrase before "puis"/"then"', () => {
  it('goes on to the next place', () => {
    expect(facts("Velmora s'est lancé en Espagne l'an dernier, puis au Portugal.", 'fr')).toEqual(['Velmora | market | Espagne', 'Velmora | market | Portugal']);
    expect(facts("Velmora s'est implanté en Espagne il y a deux ans, puis en Italie.", 'fr')).toEqual(['Velmora | market | Espagne', 'Velmora | market | Italie']);
    expect(facts('Velmora launched in Spain last year, then in Portugal.', 'en')).toEqual(['Velmora | market | Spain', 'Velmora | market | Portugal']);
  });
});

describe('one place written twice', () => {
  it('is one market: "le marché italien" then "en Italie"', () => {
    const fr = "Le fabricant Kovra s'attaque au marché italien. Il s'installe en Italie avec le rachat d'un distributeur milanais.";
    expect(facts(fr, 'fr')).toEqual(['Kovra | market | Italy']);
  });
});
