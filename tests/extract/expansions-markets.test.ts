/**
 * Expansion rules for markets, shops and subsidiaries: sales in a country, being present in a
 * city, quoted markets ("its largest market"), launches with a possessive, shops and hotels,
 * a first service, earlier markets after "après"/"after", subsidiaries with an adjective, and
 * the office's city that is no market. Sentences written for these tests, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('markets', () => {
  it('reads a share of sales in a country as a market', () => {
    expect(facts("La marque Olvéa réalise déjà un quart de ses ventes en Italie.", 'fr')).toEqual(['Olvéa | market | Italie']);
    expect(facts('Olvea makes a third of its sales in Spain.', 'en')).toEqual(['Olvea | market | Spain']);
  });
  it('reads "déjà présente à" a city as a market', () => {
    expect(facts('La société Trivel est déjà présente à Tunis depuis 2020.', 'fr')).toEqual(['Trivel | market | Tunis']);
  });
  it('reads "its/son … market" as a quoted market, not a home market', () => {
    expect(facts('Korrin says Brazil is now its largest market.', 'en')).toEqual(['Korrin | market | Brazil']);
    expect(facts("Pour Korrin, l'Espagne est désormais son deuxième marché.", 'fr')).toEqual(['Korrin | market | Espagne']);
    expect(facts('Korrin says Sweden is its home market.', 'en')).toEqual([]);
  });
  it('reads "to launch its service in X" as the main subject launching there', () => {
    expect(facts('Lendix has joined forces with Visa to launch its credit service in Peru.', 'en')).toContain('Lendix | market | Peru');
    expect(facts('Lendix lance son offre de crédit au Pérou.', 'fr')).toEqual(['Lendix | market | Pérou']);
  });
  it('adds the earlier market after "après"/"after"', () => {
    expect(facts('Après le Portugal, Lendix se lance en Grèce.', 'fr')).toEqual(['Lendix | market | Portugal', 'Lendix | market | Grèce']);
    expect(facts('After Chile, Lendix is expanding into Peru.', 'en')).toEqual(['Lendix | market | Chile', 'Lendix | market | Peru']);
  });
  it('does not read the city of an office as a market', () => {
    expect(facts('Lendix is expanding into Peru, starting with an office in Lima.', 'en')).toEqual(['Lendix | market | Peru', 'Lendix | office | Lima']);
  });
});

describe('shops, hotels and subsidiaries', () => {
  it('reads hotels and restaurants opened in a city as markets', () => {
    expect(facts('La chaîne Hôtels Amarre ouvrira en juin un établissement à Nantes.', 'fr')).toEqual(['Hôtels Amarre | market | Nantes']);
    expect(facts('Grainhouse will open two restaurants in Leeds.', 'en')).toEqual(['Grainhouse | market | Leeds']);
  });
  it('reads the country of "first Canada stores" too, but lets the city say "first Canadian stores in Toronto"', () => {
    expect(facts('Lumetta will open its first Canadian stores in Toronto.', 'en')).toEqual(['Lumetta | market | Toronto']);
    expect(facts('Lumetta will open its first Canada stores in Toronto.', 'en')).toEqual(['Lumetta | market | Canada', 'Lumetta | market | Toronto']);
  });
  it('reads a first service in a city as a market', () => {
    expect(facts("Rouli se lance en Espagne, avec un premier service à Séville dès mai.", 'fr')).toEqual(['Rouli | market | Espagne', 'Rouli | market | Séville']);
  });
  it('reads a subsidiary with an adjective in a country as a market', () => {
    expect(facts('Le groupe Vantoux dispose d\'une filiale commerciale au Chili.', 'fr')).toEqual(['Vantoux | market | Chili']);
    expect(facts('Vantoux has a local subsidiary in Chile.', 'en')).toEqual(['Vantoux | market | Chile']);
  });
});

describe('more ways to say a market', () => {
  it('reads launching, strengthening a presence and expansion in a country', () => {
    expect(facts('Corlin Pay is launching in Kenya next month.', 'en')).toEqual(['Corlin Pay | market | Kenya']);
    expect(facts('Corlin Pay strengthens its presence in Spain.', 'en')).toEqual(['Corlin Pay | market | Spain']);
    expect(facts('Ana Ruiz will oversee the expansion in Austria of Corlin Pay.', 'en')).toEqual(['Corlin Pay | market | Austria']);
    expect(facts('Brevane muscle sa présence en Italie avec dix recrues.', 'fr')).toEqual(['Brevane | market | Italie']);
  });
  it('reads entering and refocusing on places (fr)', () => {
    expect(facts('Le tisseur Brevane entre au Mexique avec un distributeur local.', 'fr')).toEqual(['Brevane | market | Mexique']);
    expect(facts('La plateforme Mangalo quitte Nice pour se concentrer sur Rennes et Nantes.', 'fr')).toEqual(['Mangalo | market | Rennes', 'Mangalo | market | Nantes']);
  });
  it('reads beginning to sell a product in a country', () => {
    expect(facts('Corvent Analytics will begin selling its flood models in Mexico in 2026.', 'en')).toEqual(['Corvent Analytics | market | Mexico']);
  });
  it('does not read a project being studied', () => {
    expect(facts("La filiale Brevane étudie l'ouverture d'un bureau à Dubaï.", 'fr')).toEqual([]);
  });
});

describe('markets that are no news', () => {
  it('drops the company’s own country', () => {
    expect(facts('Le lunetier espagnol Ondarra arrive en France. Ondarra exploite 200 magasins en Espagne et au Portugal.', 'fr')).toEqual(['Ondarra | market | France', 'Ondarra | market | Portugal']);
    expect(facts('Danish furniture chain Holmvik already operates in Denmark, Norway and Finland.', 'en')).toEqual(['Holmvik | market | Norway', 'Holmvik | market | Finland']);
  });
  it('drops a city where the sentence opens an office', () => {
    expect(facts("La plateforme Jobvio s'installe à Porto, où elle ouvre son premier bureau hors de France.", 'fr')).toEqual(['Jobvio | office | Porto']);
  });
});

describe('a debut in a place', () => {
  it('reads "its UK debut" as a market', () => {
    expect(facts('Lisbon hotel brand Casa Anil is making its UK debut with a property in Leeds.', 'en')).toEqual(['Casa Anil | market | UK']);
    expect(facts('Solvik plans nothing else; Solvik is making its European debut.', 'en')).toEqual([]);
  });
});

describe('a region inside a country as a market', () => {
  it('reads US states and foreign regions entered', () => {
    expect(facts('London insurer Velmo Group has expanded into Ohio and Oregon.', 'en')).toEqual(['Velmo Group | market | Ohio', 'Velmo Group | market | Oregon']);
    expect(facts("L'enseigne lilloise Velmo se lance en Catalogne.", 'fr')).toEqual(['Velmo | market | Catalogne']);
  });
  it('leaves out a broad region and a region of the home country', () => {
    expect(facts('Velmo Group has expanded into Europe.', 'en')).toEqual([]);
    expect(facts("L'enseigne lilloise Velmo se lance en Bretagne.", 'fr')).toEqual([]);
  });
});

describe('places that are not where a company expands', () => {
  it('leaves out a place "beyond" which an outpost lies', () => {
    expect(facts('Creative agency Velmo & Pike has opened in Lisbon, its first outpost beyond London.', 'en')).toEqual(['Velmo & Pike | office | Lisbon']);
  });
  it('leaves out a deal or talks entered in a country', () => {
    expect(facts('The London law firm Velmo & Pike has entered a formal association in Indonesia with a local firm.', 'en')).toEqual([]);
  });
  it('reads "the Baltic" as a region, not a company', () => {
    expect(facts('Velmo Energi will bid for wind leases in the Baltic and has opened an office in Gdańsk.', 'en')).toEqual(['Velmo Energi | office | Gdańsk']);
  });
});

describe('a market quoted in apposition or with "comme"', () => {
  it('reads ", son premier marché" and "comme premier marché"', () => {
    expect(facts("Le spécialiste lyonnais Velmora recrute. Velmora réalise 20 % de ses revenus au Japon, son premier marché à l'export.", 'fr')).toEqual(['Velmora | market | Japon']);
    expect(facts("Le spécialiste lyonnais Velmora recrute. Velmora compte l'Allemagne comme premier marché.", 'fr')).toEqual(['Velmora | market | Allemagne']);
    expect(facts('Lyon-based Velmora hired a chief. Velmora sells most in Japan, its largest export market.', 'en')).toEqual(['Velmora | market | Japan']);
  });
  it('leaves the home market and a comparison alone', () => {
    expect(facts('Le spécialiste lyonnais Velmora recrute. Velmora a son siège à Lyon, son marché historique.', 'fr')).toEqual([]);
    expect(facts('Le spécialiste lyonnais Velmora recrute. Le Japon, comme la Corée, reste un marché difficile.', 'fr')).toEqual([]);
  });
  it('reads the shops a company already has in cities as markets, not a network in a country', () => {
    expect(facts('Corvane will open boutiques in Dubai this year, extending a presence that already includes stores in Paris and Tokyo.', 'en')).toEqual(['Corvane | market | Dubai', 'Corvane | market | Paris', 'Corvane | market | Tokyo']);
    expect(facts("L'enseigne Corvane, qui a déjà des magasins à Lyon et à Lille, s'implante en Espagne.", 'fr')).toEqual(['Corvane | market | Lyon', 'Corvane | market | Lille', 'Corvane | market | Espagne']);
    // Shops in a country may be its home network; branches are no shops of their own.
    expect(facts("L'enseigne Corvane, qui compte déjà des magasins en France, s'implante en Espagne.", 'fr')).toEqual(['Corvane | market | Espagne']);
  });
});
