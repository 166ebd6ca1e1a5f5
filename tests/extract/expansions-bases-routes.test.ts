/**
 * Airline bases as offices (opened, first, or a crew base; planes stationed in a city) and
 * links opened past a qualifier, a departure point or "entre A et B". Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('airline bases', () => {
  it('reads a base installed or opened in a city as an office', () => {
    expect(facts("La compagnie Skarvo installera une base d'équipages à Nantes.", 'fr')).toEqual(['Skarvo | office | Nantes']);
    expect(facts('Skarvo installe une base à Lille, avec deux appareils.', 'fr')).toEqual(['Skarvo | office | Lille']);
    expect(facts('The low-cost carrier Skarvo said it will open a crew base in Porto in March.', 'en')).toEqual(['Skarvo | office | Porto']);
  });
  it('reads the city before "sa première base" and a "où" clause', () => {
    expect(facts("Skarvo ouvrira aussi à Nantes sa première base hors d'Espagne.", 'fr')).toEqual(['Skarvo | office | Nantes']);
    expect(facts("Jo Pike sera basé à Lisbonne, où Skarvo ouvrira une base d'équipages.", 'fr')).toEqual(['Skarvo | office | Lisbonne']);
  });
  it('reads planes stationed in a city as a base there', () => {
    expect(facts('Skarvo basera également deux appareils et leurs équipages à Brest.', 'fr')).toEqual(['Skarvo | office | Brest']);
    expect(facts('Skarvo will base three aircraft in Faro from May.', 'en')).toEqual(['Skarvo | office | Faro']);
  });
  it('leaves a customer base and a headquarters alone', () => {
    expect(facts("La base de clients de Skarvo en Espagne a doublé.", 'fr')).toEqual([]);
    expect(facts('Skarvo, based in Faro, grew its customer base in Spain.', 'en')).toEqual([]);
  });
  it('keeps a firm named "Air" and a word that is also a first name whole', () => {
    expect(facts('La compagnie régionale Air Émeraude lancera en avril des vols vers Porto.', 'fr')).toEqual(['Air Émeraude | market | Porto']);
  });
});

describe('links opened', () => {
  it('reads the destination past a qualifier and a departure point', () => {
    expect(facts('Skarvo lancera dès le 30 mars des vols directs au départ de Nantes vers Marrakech et Porto.', 'fr')).toEqual(['Skarvo | market | Marrakech', 'Skarvo | market | Porto']);
  });
  it('reads the second city of "entre A et B", and a second link added to an opened one', () => {
    expect(facts("Skarvo lancera le 1er avril des vols entre Rennes et Porto ainsi qu'une liaison saisonnière vers Cork.", 'fr')).toEqual(['Skarvo | market | Porto', 'Skarvo | market | Cork']);
    expect(facts('Ferrovia fera rouler ses premiers trains entre Paris et Bruxelles le 14 décembre.', 'fr')).toEqual(['Ferrovia | market | Bruxelles']);
  });
  it('leaves links flown but not opened alone', () => {
    expect(facts("Skarvo et Orla ont signé un accord de partage de codes sur leurs liaisons entre Rennes et Porto.", 'fr').filter((f) => f.includes('market'))).toEqual([]);
  });
});

describe('bases held and routes that go on', () => {
  it('reads the bases a carrier already has', () => {
    expect(facts('Le transporteur Azalia, qui dispose déjà de bases à Brest et à Lille, ouvrira à Tours sa troisième base.', 'fr')).toEqual([
      'Azalia | office | Brest',
      'Azalia | office | Lille',
      'Azalia | office | Tours',
    ]);
    expect(facts('The carrier Velair already has bases in Porto and Faro.', 'en')).toContain('Velair | office | Porto');
  });
  it('reads a destination after a time phrase and "puis vers"', () => {
    expect(facts('La compagnie Azalia lancera le 1er juin des vols entre Brest et Tunis, puis vers Djerba à partir de juillet.', 'fr')).toEqual([
      'Azalia | market | Tunis',
      'Azalia | market | Djerba',
    ]);
  });
});

describe('places that go on after a time phrase', () => {
  it('reads the next city after "puis" or "then"', () => {
    expect(facts('La start-up Velora lancera son service à Milan le 15 mai, puis à Rome à la rentrée.', 'fr')).toEqual(['Velora | market | Milan', 'Velora | market | Rome']);
    expect(facts('Velora will launch in Milan in June, then in Rome in September.', 'en')).toEqual(['Velora | market | Milan', 'Velora | market | Rome']);
  });
  it('stops at another verb after "puis"', () => {
    expect(facts('La start-up Velora lancera son service à Milan le 15 mai, puis recrutera à Rome.', 'fr')).toEqual(['Velora | market | Milan']);
  });
  it('reads a logistics platform as an office, not the platform a company is', () => {
    expect(facts('La plateforme de seconde main Velora ouvrira une plateforme logistique à Turin.', 'fr')).toEqual(['Velora | office | Turin']);
  });
  it('reads capitals a carrier adds flights to, past planes counted before them', () => {
    // "two Airbus A220s" are what is stationed, not who adds the flights.
    expect(facts('Nordwing will station three Airbus A321s at Faro from May and add flights to Tirana, Skopje and Baku.', 'en')).toEqual(['Nordwing | office | Faro', 'Nordwing | market | Tirana', 'Nordwing | market | Skopje', 'Nordwing | market | Baku']);
  });
});

describe('a route home', () => {
  it('is no new market for a carrier whose country the text gives', () => {
    const en = 'Tunisian carrier Carthago Air will open a crew base in Nantes and add flights from Nantes to Djerba and Monastir.';
    expect(facts(en, 'en')).toEqual(['Carthago Air | office | Nantes']);
    expect(facts('Irish airline Shannair will launch flights from Cork to Faro and Dublin.', 'en')).toEqual(['Shannair | market | Faro']);
  });
});

describe('a service linking two places', () => {
  it('reads the far end of "a service linking A with B", "un service reliant A à B"', () => {
    expect(facts('Zentro Logistics has launched a weekly service linking Rotterdam with Gdansk.', 'en')).toEqual(['Zentro Logistics | market | Gdansk']);
    expect(facts('La compagnie Brittline lancera en mai un service reliant Brest à Cork.', 'fr')).toEqual(['Brittline | market | Cork']);
    expect(facts('Brightjet launched new services to Faro and Malaga.', 'en')).toEqual(['Brightjet | market | Faro', 'Brightjet | market | Malaga']);
  });
});

describe('links run', () => {
  it('reads a line run between two cities, past a three-word qualifier and a dated aside', () => {
    expect(facts("Le transporteur Corvagne exploite depuis 2012 une liaison de fret roulier entre Sète et Tanger.", 'fr')).toEqual(['Corvagne | market | Tanger']);
    expect(facts("Le transporteur Corvagne assure chaque jour trois rotations entre Nantes et Porto.", 'fr')).toEqual(['Corvagne | market | Porto']);
  });
  it('reads the carrier a line is run with as a partner', () => {
    expect(withPartner("La compagnie Corvagne exploite une ligne entre Toulon et Gênes avec l'armateur grec Ligurmar.", 'fr')).toEqual(['Corvagne | market | Gênes', 'Corvagne | partnership | — | Ligurmar']);
    expect(facts("La compagnie Corvagne exploite une ligne entre Toulon et Gênes avec deux navires.", 'fr')).toEqual(['Corvagne | market | Gênes']);
  });
  it('reads a second town the lexicon does not know', () => {
    expect(facts("La compagnie Corvagne lancera en mai des vols entre Nantes et Tarvello, en Italie.", 'fr')).toEqual(['Corvagne | market | Tarvello']);
  });
});
