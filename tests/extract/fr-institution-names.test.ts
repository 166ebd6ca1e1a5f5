/**
 * French typography capitalises only the first word of an institution's name ("Société
 * générale", "Crédit agricole", "Caisse des dépôts", "Caisse d'épargne"): the whole name is the
 * employer, never a truncated head or the next firm in the sentence. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

const hire = (employer: string) => roles(`Marc Vidal, ex-directeur financier ${employer}, rejoint Alcyon Partners comme associé.`, 'fr');

describe('a French institution named with lowercase words', () => {
  it.each([
    ['de la Société générale', 'Société générale'],
    ['du Crédit agricole', 'Crédit agricole'],
    ['de la Banque populaire', 'Banque populaire'],
    ['de la Caisse des dépôts', 'Caisse des dépôts'],
    ["de la Caisse d'épargne Île-de-France", "Caisse d'épargne Île-de-France"],
  ])('"%s" is the former employer %s', (phrase, company) => {
    const r = hire(phrase);
    expect(r).toContainEqual(['Marc Vidal', company, 'directeur financier', 'former']);
    expect(r).not.toContainEqual(['Marc Vidal', 'Alcyon Partners', 'directeur financier', 'former']);
  });
  it('keeps the capitalised form read as before ("Banque Populaire du Nord")', () => {
    expect(hire('de la Banque Populaire du Nord')).toContainEqual(['Marc Vidal', 'Banque Populaire du Nord', 'directeur financier', 'former']);
  });
});

describe('a firm named after a seat of government', () => {
  it('is a firm when more words follow ("Bercy Partners"), a ministry alone', () => {
    expect(roles('Bercy Partners recrute Lukas Brenstedt comme associé.', 'fr')).toEqual([['Lukas Brenstedt', 'Bercy Partners', 'associé', 'current']]);
    expect(roles('Matignon Conseil nomme Lukas Brenstedt directeur général.', 'fr')).toEqual([['Lukas Brenstedt', 'Matignon Conseil', 'directeur général', 'current']]);
  });
});

describe('cooperative names with two heads or a "Pays de" head', () => {
  it.each([
    ["Anne Vidal est nommée présidente d'Eaux et Forêts du Morvan.", 'Eaux et Forêts du Morvan'],
    ['Anne Vidal devient directrice de Vergers et Jardins de la Drôme.', 'Vergers et Jardins de la Drôme'],
    ["Anne Vidal, directrice générale de Pays de Savoie Fromages, annonce un plan d'investissement.", 'Pays de Savoie Fromages'],
  ])('"%s" names %s whole', (text, company) => {
    expect(roles(text, 'fr').map((r) => r[1])).toEqual([company]);
  });
});

describe('names holding "de", "des" or "du" after a generic head', () => {
  const companies = (text: string) => roles(text, 'fr').map((r) => r[1]);
  it.each([
    ['Après vingt ans à la tête de la cave coopérative Vignerons de Sarrans, Henri Malbec part à la retraite.', 'Vignerons de Sarrans'],
    ['Les Producteurs de la Vallée Verte ont nommé Marc Roy directeur commercial.', 'Producteurs de la Vallée Verte'],
    ["Éric Vidal rejoint les Transports de Kerbrivan comme directeur d'exploitation.", 'Transports de Kerbrivan'],
    ['La Cave de Tain a nommé Luc Mazerolle directeur commercial.', 'Cave de Tain'],
    ["Marc Lenoir rejoint la Caisse d'Épargne de Pontlouvel comme directeur financier.", "Caisse d'Épargne de Pontlouvel"],
    ['La Mutuelle des Artisans de Gascogne nomme Claire Viguier directrice générale.', 'Mutuelle des Artisans de Gascogne'],
    ['La Niçoise des Transports a nommé Julie Martin directrice du marketing.', 'Niçoise des Transports'],
    ['Hugo Balmain, directeur général de la Lyonnaise des Eaux, quitte ses fonctions.', 'Lyonnaise des Eaux'],
  ])('"%s" names %s whole', (text, company) => {
    expect(companies(text)).toEqual([company]);
  });
  it('leaves a department after a title and a plant town outside the name', () => {
    expect(roles('Claire Mouret, directrice des Opérations de Kervia, rejoint Talmont.', 'fr').map((r) => r[1])).toEqual(['Kervia', 'Talmont']);
    expect(roles("Erwan Goasdoué, jusqu'alors directeur de l'usine Vernax de Ploërmel, rejoint Talmont.", 'fr').map((r) => r[1])).toContain('Vernax');
  });
});
