/**
 * Expansion rules about names and noise: joined names, descriptions before names, towns
 * located by a country or state, reported "would", places looked at. Sentences written for
 * these tests, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('expansion names', () => {
  it('joins a place the mention stage cut at "d\'"', () => {
    expect(facts("La fintech Paymoa se lance en Côte d'Ivoire.", 'fr')).toEqual(["Paymoa | market | Côte d'Ivoire"]);
  });
  it('joins a company name written with "d\'" or "contre la"', () => {
    expect(facts("La brasserie Pot d'Étain ouvre un bureau à Lille.", 'fr')).toEqual(["Pot d'Étain | office | Lille"]);
    expect(facts('Aide contre la Soif ouvrira un bureau à Dakar.', 'fr')).toEqual(['Aide contre la Soif | office | Dakar']);
  });
  it('follows a joined name for the focus company ("l\'association")', () => {
    const text = "Aide contre la Soif nomme Jeanne Morel directrice. L'association ouvrira aussi un bureau à Dakar.";
    expect(facts(text, 'fr')).toEqual(['Aide contre la Soif | office | Dakar']);
  });
  it('reads "Cloud provider X" as X, in both languages', () => {
    expect(facts('Storage provider Brevik will open an office in Oslo.', 'en')).toEqual(['Brevik | office | Oslo']);
    expect(facts('Logistique plateforme Fretto ouvre un bureau à Tunis.', 'fr')).toEqual(['Fretto | office | Tunis']);
  });
  it('reads a person-like name after a company description as a company', () => {
    expect(facts('Outdoor brand Ferrow Lane is expanding into Norway.', 'en')).toEqual(['Ferrow Lane | market | Norway']);
  });
  it('takes a town located by a country or a state as a city, not the country', () => {
    expect(facts('Le verrier Calyx va ouvrir un bureau à Tremolo, en Slovaquie.', 'fr')).toEqual(['Calyx | office | Tremolo']);
    expect(facts('Ardent Foods will open an office in Harlow Springs, Ohio.', 'en')).toEqual(['Ardent Foods | office | Harlow Springs']);
    expect(facts('Le groupe Vantoux ouvre un centre de recherche à Gand, en Belgique.', 'fr')).toEqual(['Vantoux | office | Gand']);
  });
  it('does not read "factory robots" as a factory', () => {
    expect(facts('Orvane and Telmis have formed a joint venture in Turin to sell factory robots.', 'en')).toEqual(['Orvane | partnership | Turin | Telmis']);
  });
});

describe('expansion noise', () => {
  it('accepts what a company said it would do, not a hope', () => {
    expect(facts('Brindle said on Monday it would open an office in Lisbon.', 'en')).toEqual(['Brindle | office | Lisbon']);
    expect(facts('Brindle would open an office in Lisbon if demand grows.', 'en')).toEqual([]);
    expect(facts('Brindle said the hire would help it enter the Spanish market.', 'en')).toEqual([]);
  });
  it('ignores places looked at, considered or postponed', () => {
    expect(facts('Brindle had looked at sites in Porto and Lyon.', 'en')).toEqual([]);
    expect(facts('Une usine en Pologne a été envisagée par Brindle.', 'fr')).toEqual([]);
  });
});

describe('dates in a dateline', () => {
  it('does not read a month as a party', () => {
    expect(facts('BERLIN, Germany - Feb. 3, 2026 - Korvex Robotics today announced a partnership with Telmis.', 'en')).toEqual(['Korvex Robotics | partnership | — | Telmis']);
  });
});

describe('a Nordic legal form in capitals', () => {
  it('keeps "AS" and "A/S" in the name, like "ASA"', () => {
    expect(facts('Norwegian payments firm Kvitpay AS will open an office in Dublin.', 'en')).toEqual(['Kvitpay AS | office | Dublin']);
    expect(facts('Le salmonicole Brenna Sjømat ASA ouvre un bureau à Madrid.', 'fr')).toEqual(['Brenna Sjømat ASA | office | Madrid']);
    expect(facts('Skovgaard Automation A/S, the Danish robot maker, will open a centre in Singapore.', 'en')).toEqual(['Skovgaard Automation A/S | office | Singapore']);
  });
});

describe('a sentence opening with "Rival" or "Competitor" (round 20)', () => {
  it('leaves the word out of the name after it', () => {
    expect(facts('Rival Quenta, which went public on the NYSE in 2023, has also grown.', 'en')).toEqual(['Quenta | ipo | NYSE']);
    expect(facts('Competitor Quenta opened an office in Porto last year.', 'en')).toEqual(['Quenta | office | Porto']);
  });
});

describe('a sentence opening with "Unlike" or "Like" (round 20)', () => {
  it('leaves the word out of the name after it', () => {
    expect(facts('Unlike Quenta, which launched in Osaka in 2019, Morvik has no office in Japan.', 'en')).toEqual(['Quenta | market | Osaka']);
  });
});
