/**
 * Sites told in passing: "pose ses valises à Montréal", "un centre technique / logistique à X"
 * (the French adjective after the noun), "a call centre / test centre in X", and the office of
 * a firm written with 's in a sentence about a person ("will run Cobalt's new office in Lagos").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('site phrasings', () => {
  it('reads "pose ses valises à" a city as a market (fr)', () => {
    expect(expansionRows('Le spécialiste lyonnais de la robotique Vardel pose ses valises à Montréal.', 'fr')).toEqual(['Vardel | market | Montréal']);
  });
  it('reads centres named by a French adjective after the noun', () => {
    expect(expansionRows('La PME Ostrel crée un centre technique à Casablanca.', 'fr')).toEqual(['Ostrel | office | Casablanca']);
    expect(expansionRows('Ostrel dispose d\'un centre logistique à Saragosse.', 'fr')).toEqual(['Ostrel | office | Saragosse']);
    expect(expansionRows('Le centre commercial de Lyon accueille Ostrel.', 'fr')).toEqual([]);
  });
  it('reads call, test and service centres (en)', () => {
    expect(expansionRows('Cobalt Energy is opening a service centre in Leeds and a call centre in Glasgow.', 'en')).toEqual(['Cobalt Energy | office | Leeds', 'Cobalt Energy | office | Glasgow']);
    expect(expansionRows('Cobalt Energy has built a test centre in Phoenix.', 'en')).toEqual(['Cobalt Energy | office | Phoenix']);
  });
  it("gives the office to the firm written with 's when a person is the subject", () => {
    expect(expansionRows("Ade Bello will run Cobalt Energy's new office in Lagos.", 'en')).toEqual(['Cobalt Energy | office | Lagos']);
  });
  it('reads the country of a "where" clause that opens an office in one of its cities', () => {
    expect(expansionRows("La fintech Payvo veut grandir en Allemagne, où elle a ouvert une agence à Berlin en mars.", 'fr')).toEqual(['Payvo | market | Allemagne', 'Payvo | office | Berlin']);
  });
  it('keeps an office told in a relative clause before a main verb of study', () => {
    expect(expansionRows('Hélior, qui dispose depuis mars d\'un bureau à Lomé, étudie aussi une usine au Bénin.', 'fr')).toEqual(['Hélior | office | Lomé']);
    expect(expansionRows('Le site de Dunkerque, étudié un temps, a été écarté par Vardel.', 'fr')).toEqual([]);
  });
  it('reads a lab "de recherche" and a city opened in before a dated aside', () => {
    expect(expansionRows("Genova, installée à Lyon, possède un laboratoire de recherche à Boston.", 'fr')).toEqual(['Genova | office | Boston']);
    expect(expansionRows('Genova a en outre inauguré à Boston, en mai, une antenne pour ses ventes.', 'fr')).toEqual(['Genova | office | Boston']);
  });
  it("reads a subsidiary set up with a country's name before the noun", () => {
    expect(expansionRows('Brava Foods set up a US subsidiary last year.', 'en')).toEqual(['Brava Foods | market | US']);
    expect(expansionRows('Brava Foods sold its UK subsidiary.', 'en')).toEqual([]);
  });
  it('reads the city chosen for an office named with a region, not the one it beat', () => {
    expect(expansionRows('Zeta Robotics has chosen Lyon for its first European office.', 'en')).toEqual(['Zeta Robotics | office | Lyon']);
    expect(expansionRows('Zeta Robotics picked Lyon for its European R&D centre, ahead of Munich.', 'en')).toEqual(['Zeta Robotics | office | Lyon']);
  });
});


describe('a site bought', () => {
  it('is land, not premises', () => {
    expect(expansionRows('Tamar Homes bought a site in Surabaya for 400 homes.', 'en')).toEqual([]);
    expect(expansionRows('Le promoteur Orchid a acquis un site à Nantes pour y bâtir 300 logements.', 'fr')).toEqual([]);
    expect(expansionRows('Orchid Estates opened a site in Leeds.', 'en')).toEqual(['Orchid Estates | office | Leeds']);
  });
});
