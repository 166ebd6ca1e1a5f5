/**
 * Offices named by a city before the noun, studios, a country that only locates the city,
 * an office named after its city, and the description a relative clause hangs on.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('office forms', () => {
  it('gives each office the city written before its noun', () => {
    expect(facts('Kessel Law, which opened a Paris office last year, will open a Milan office in the autumn.', 'en')).toEqual(['Kessel Law | office | Paris', 'Kessel Law | office | Milan']);
  });
  it('reads a studio opened in a city named before it', () => {
    expect(facts('Tarvo, the Oslo agency, will open a Lisbon studio in January.', 'en')).toEqual(['Tarvo | office | Lisbon']);
  });
  it('reads "City, the Country" as the city only, and the country is not where a deal is made', () => {
    expect(withPartner('Tarvo opened a design centre in Eindhoven, the Netherlands, and signed a partnership with Orbel.', 'en')).toEqual(['Tarvo | office | Eindhoven', 'Tarvo | partnership | — | Orbel']);
  });
  it('gives an office named after its city to the company', () => {
    expect(facts("Ana Ruiz remplace Jo Pike, partie diriger l'agence lisboète du réseau, Tarvo Lisbonne, ouverte en mai.", 'fr')).toEqual(['Tarvo | office | Lisbon']);
    expect(facts('Banque de Luxembourg opened an office in Luxembourg.', 'en')).toEqual(['Banque de Luxembourg | office | Luxembourg']);
  });
  it('reads a description before ", which" as the company the text is about, not a past employer', () => {
    const en = "Harbor & Pike poaches Quill's Ana Ruiz as strategy chief. Ruiz exits Quill after six years and joins the independent agency, which opened a Berlin outpost in March.";
    expect(facts(en, 'en')).toEqual(['Harbor & Pike | office | Berlin']);
  });
});

describe('an office the company has, named with its city', () => {
  it('reads it inside a title', () => {
    expect(facts('Paris-based agency Plume & Carton has hired Jo Pike as managing director of its Lisbon office.', 'en')).toEqual(['Plume & Carton | office | Lisbon']);
  });
  it('reads "its new X studio"', () => {
    expect(facts('Tokyo-based game maker Kiboshi Games has recruited Ada Lind to run its new Montreal studio.', 'en')).toEqual(['Kiboshi Games | office | Montreal']);
  });
  it('leaves a plant in a title alone', () => {
    expect(facts('Velmo named Jo Pike director of its Lyon plant.', 'en')).toEqual([]);
  });
});

describe('showrooms', () => {
  it('reads a showroom opened in a city as an office, a shop beside it as a market', () => {
    expect(facts('German robot maker Kranwerk opened a showroom in Detroit to court suppliers.', 'en')).toEqual(['Kranwerk | office | Detroit']);
    expect(facts('La maroquinerie Maison Ferval ouvre un showroom à Milan et une première boutique à Doha.', 'fr')).toEqual(['Maison Ferval | office | Milan', 'Maison Ferval | market | Doha']);
    expect(facts('Le fabricant de cuisines Arvelle inaugure son showroom de Lyon.', 'fr')).toEqual(['Arvelle | office | Lyon']);
  });
  it('reads no office back past a place adjective that places the noun ("the Portuguese hub")', () => {
    expect(facts('Tovik, which already lends in Norway and Sweden, wants the Spanish hub to house 50 engineers.', 'en')).toEqual(['Tovik | market | Norway', 'Tovik | market | Sweden']);
  });
  it('reads the sites taken for shops as markets, not offices', () => {
    expect(facts('Homeware chain Norby will open its first stores in Germany next spring, taking sites in Munich and Cologne.', 'en')).toEqual(['Norby | market | Germany', 'Norby | market | Munich', 'Norby | market | Cologne']);
    // With no shop before it, a site is still no shop.
    expect(facts('Norby is taking sites in Munich and Cologne.', 'en')).not.toContain('Norby | market | Munich');
  });
});

describe('an office in a relative clause', () => {
  it('reads "le bureau que X a ouvert à", "the office X opened in"', () => {
    expect(facts('Les équipes travailleront depuis le bureau que Valtéo a ouvert en 2022 à Lisbonne.', 'fr')).toEqual(['Valtéo | office | Lisbonne']);
    expect(facts('The project will be run from the office Valteo opened in Lisbon in 2023.', 'en')).toEqual(['Valteo | office | Lisbon']);
    expect(facts('The work will be led from the office that Valteo opened in Lisbon last year.', 'en')).toEqual(['Valteo | office | Lisbon']);
  });
});

describe('a town named like a region of another country (round 21)', () => {
  it('reads "à Wales, dans le Wisconsin" as the town, and a distribution centre as an office', () => {
    expect(facts('La coopérative Marvelle ouvre un centre de distribution à Wales, dans le Wisconsin.', 'fr')).toEqual(['Marvelle | office | Wales']);
  });
  it('leaves the region itself alone', () => {
    expect(facts('La coopérative Marvelle a ouvert un bureau en Toscane.', 'fr')).toEqual([]);
  });
});

describe('an office named in a relative clause without "that"', () => {
  it('gives the office to the firm as the clause writes it', () => {
    const text = `On Quorran Risk Group's second-quarter call, chief executive Ilse Marwick said the insurer's new unit had written $50 million. "Canada has become our fastest-growing market," Marwick said, pointing to the Toronto office Quorran opened last year.`;
    expect(facts(text, 'en')).toContain('Quorran | office | Toronto');
  });
});
