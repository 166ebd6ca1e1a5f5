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
