/**
 * A branch in a city-state ("une succursale au Luxembourg", "a Singapore branch"), a bank's
 * representation office opened in a city, a media outlet's edition for a country, and a name
 * after "auprès de la" that is no subject. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('branches, representations and editions', () => {
  it('reads a branch in a city-state as an office there', () => {
    expect(facts('La banque privée Orsel, qui a ouvert une succursale au Luxembourg en 2020, se renforce.', 'fr')).toEqual(['Orsel | office | Luxembourg']);
    expect(facts('Ardenza opened a Singapore branch in May.', 'en')).toEqual(['Ardenza | office | Singapore']);
  });
  it('reads a representation opened in a city as an office, and no other representation', () => {
    expect(facts('La banque Kelvane a ouvert en mars une représentation à Niamey.', 'fr')).toEqual(['Kelvane | office | Niamey']);
    expect(facts('La représentation des femmes chez Kelvane à Paris progresse.', 'fr')).toEqual([]);
  });
  it("reads an outlet's edition for a country as a market", () => {
    expect(facts('Vigie Matin lancera en septembre une édition pour la Belgique.', 'fr')).toEqual(['Vigie Matin | market | Belgique']);
    expect(facts('The magazine Veyra launched a UK edition in May.', 'en')).toEqual(['Veyra | market | UK']);
  });
  it('reads a name after "auprès de la" as no subject', () => {
    expect(facts('La néobanque Kwarto a obtenu son agrément auprès de la Banque de Lorraine et lancera son offre en France le 15 mai.', 'fr')).toEqual(['Kwarto | market | France']);
  });
});

describe('an edition with a qualifier', () => {
  it('reads "une édition régionale à Brest" as a market', () => {
    expect(facts('Le quotidien Ouestmedia lance une édition régionale à Brest.', 'fr')).toEqual(['Ouestmedia | market | Brest']);
  });
});

describe('a branch opened by a company described with a shop noun (round 21)', () => {
  it('reads the branch as an office when "L\'établissement" opens the sentence as its subject', () => {
    expect(facts("La banque Verlano recrute. L'établissement, qui emploie 400 personnes, a inauguré une succursale à Zurich.", 'fr')).toEqual(['Verlano | office | Zurich']);
    expect(facts("La banque Verlano recrute. L'établissement a ouvert en 2015 une succursale à Bâle.", 'fr')).toEqual(['Verlano | office | Bâle']);
  });
  it('still reads branches after shops opened, and a described hotel that opens', () => {
    expect(facts("L'enseigne Brivello a ouvert un magasin à Lille et des succursales à Gand et Liège.", 'fr')).toEqual(['Brivello | market | Lille', 'Brivello | market | Gand', 'Brivello | market | Liège']);
    expect(facts("Le groupe hôtelier Sorvano recrute. L'établissement de 60 chambres ouvrira à Porto en mai.", 'fr')).toEqual(['Sorvano | market | Porto']);
  });
});
