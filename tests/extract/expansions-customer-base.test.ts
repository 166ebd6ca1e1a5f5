/**
 * A customer base counted in a country is a market there; the company's own country is home.
 * Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as rows } from '../helpers/extract.js';

describe('customers counted in a country', () => {
  it('reads each country after "N clients"', () => {
    const fr = "Le fabricant lyonnais Tarvex recrute un directeur. Tarvex revendique 4 000 clients en Belgique et en Suisse.";
    expect(rows(fr, 'fr')).toEqual(['Tarvex | market | Belgique', 'Tarvex | market | Suisse']);
  });
  it('reads a fronted count and a count in millions', () => {
    const fronted = "La néobanque belge Vornix lance son offre en France. Forte de 300 000 abonnés aux Pays-Bas et au Luxembourg, elle vise 100 000 comptes.";
    expect(rows(fronted, 'fr')).toEqual(['Vornix | market | France', 'Vornix | market | Pays-Bas', 'Vornix | market | Luxembourg']);
    expect(rows('Lyon-based Tarvex hired a new chief. Tarvex has 2 million users in Brazil and Mexico.', 'en')).toEqual(['Tarvex | market | Brazil', 'Tarvex | market | Mexico']);
  });
  it('needs a count, and leaves the home country alone', () => {
    expect(rows("Le fabricant lyonnais Tarvex recrute un directeur. Tarvex accompagne ses clients en Espagne.", 'fr')).toEqual([]);
    expect(rows("Le fabricant lyonnais Tarvex recrute un directeur. Tarvex compte 3 millions de clients en France.", 'fr')).toEqual([]);
  });
});

describe('customers counted with a word between', () => {
  it('reads "120 sociétés clientes en" and "2 million active users in"', () => {
    expect(rows("Kovra, qui compte 120 sociétés clientes en France et en Espagne, vient d'ouvrir une antenne à Madrid.", 'fr')).toEqual(['Kovra | market | Espagne', 'Kovra | office | Madrid']);
    expect(rows('Le danois Kovra compte 120 sociétés clientes en France et en Espagne.', 'fr')).toEqual(['Kovra | market | France', 'Kovra | market | Espagne']);
    expect(rows('Payora now has 2 million active users in Spain and Portugal.', 'en')).toEqual(['Payora | market | Spain', 'Payora | market | Portugal']);
  });
  it('reads the share of volumes made in a country', () => {
    expect(rows('Le courtier Halvor réalise déjà un tiers de ses volumes en Argentine.', 'fr')).toEqual(['Halvor | market | Argentine']);
  });
});

describe('a share of the customers or of the business counted in a country after ", dont"', () => {
  it('reads a fraction, a count or a percentage after "dont"', () => {
    expect(rows("La start-up nantaise Quorvel compte désormais 400 clients, dont un quart en Allemagne.", 'fr')).toEqual(['Quorvel | market | Allemagne']);
    expect(rows("L'éditeur Sabrino revendique 3 000 entreprises clientes, dont 500 en Belgique et 200 au Luxembourg.", 'fr')).toEqual(['Sabrino | market | Belgique', 'Sabrino | market | Luxembourg']);
    expect(rows("La plateforme Ulvane revendique 2 millions d'utilisateurs, dont 400 000 en Italie.", 'fr')).toEqual(['Ulvane | market | Italie']);
    expect(rows("Le fabricant Brovel affiche un chiffre d'affaires de 80 millions d'euros, dont 20 % au Mexique.", 'fr')).toEqual(['Brovel | market | Mexique']);
    expect(rows("La société Tessony a dégagé des revenus de 40 M$, dont près de la moitié au Mexique.", 'fr')).toEqual(['Tessony | market | Mexique']);
  });
  it('reads a share of the production or the business going "vers" a country', () => {
    expect(rows("Le chocolatier Morvelle écoule 40 % de sa production à l'étranger, dont un tiers vers le Japon.", 'fr')).toEqual(['Morvelle | market | Japon']);
  });
  it('needs a customer count or a business noun before, and leaves "en France" alone', () => {
    expect(rows("Le groupe Quorvel emploie 300 personnes, dont 50 en Espagne.", 'fr')).toEqual([]);
    expect(rows("Quorvel a réalisé un chiffre d'affaires de 30 millions d'euros, dont 80 % en France.", 'fr')).toEqual([]);
    expect(rows("Le groupe Quorvel, dont le siège est en Suisse, a recruté un directeur.", 'fr')).toEqual([]);
  });
});
