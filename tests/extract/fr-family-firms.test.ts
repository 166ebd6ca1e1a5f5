/**
 * Family firms named with a plural head after "les" / "des" ("les Établissements Morel", "des
 * Laboratoires Vidal"): the lead taken or held there is a post at that firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('family firms with a plural head', () => {
  it('reads the lead taken "des Établissements X"', () => {
    expect(roleKeys('Fille du fondateur, Elodie Marchal prend la tête des Établissements Marchal.', 'fr')).toEqual([['Elodie Marchal', 'Établissements Marchal', 'current']]);
  });
  it('reads the lead held "les Établissements X"', () => {
    expect(roleKeys("Elodie Marchal dirige les Établissements Marchal, l'entreprise familiale fondée en 1921.", 'fr')).toContainEqual(['Elodie Marchal', 'Établissements Marchal', 'current']);
  });
  it('reads a past stay "chez les Laboratoires X"', () => {
    expect(roleKeys('Elodie Marchal a passé dix ans chez les Laboratoires Sorel avant de rejoindre Vantelis.', 'fr')).toContainEqual(['Elodie Marchal', 'Laboratoires Sorel', 'former']);
  });
  it('keeps the lead of a unit read with its firm', () => {
    expect(roleKeys('Elodie Marchal prend la tête des ventes de Vantelis.', 'fr')).toEqual([['Elodie Marchal', 'Vantelis', 'current']]);
  });
});

describe('cooperatives named by a plural and their place', () => {
  it.each([
    ['Aurélien Kermarrec est nommé directeur de Fleurs de Bretagne.', 'Fleurs de Bretagne'],
    ['Aurélien Kermarrec devient président des Maîtres Laitiers du Cotentin.', 'Maîtres Laitiers du Cotentin'],
    ['Aurélien Kermarrec est nommé président des Vergers de la Vallée.', 'Vergers de la Vallée'],
    ['Aurélien Kermarrec prend la direction des Vergers de la Vallée.', 'Vergers de la Vallée'],
  ])('"%s" names %s whole', (text, company) => {
    expect(roleKeys(text, 'fr').map((r) => r[1])).toEqual([company]);
  });
});

describe('a firm named after the family member who runs it', () => {
  it.each([
    ['Agathe Vaucheret prend la direction générale de Vaucheret, le fabricant de robinets fondé par son grand-père.'],
    ['Agathe Vaucheret est nommée présidente de Vaucheret.'],
    ['Hélène Vaucheret, fille du fondateur, prend la présidence de Vaucheret.'],
    ['Fille du fondateur, Agathe Vaucheret dirige Vaucheret depuis 2015.'],
  ])('"%s" puts the post at the firm, not at the person', (text) => {
    expect(roleKeys(text, 'fr').map((r) => r[1])).toEqual(['Vaucheret']);
  });
});

describe('a successor naming the kin succeeded', () => {
  it.each([
    ['Agathe Vaucheret succède à son père Bernard Vaucheret à la présidence de Valmor.', 'Bernard Vaucheret'],
    ['Agathe Vaucheret succède à son père, Bernard Vaucheret, à la présidence de Valmor.', 'Bernard Vaucheret'],
    ['Agathe Vaucheret remplace son oncle Paul Vaucheret à la direction générale de Valmor.', 'Paul Vaucheret'],
    ['Agathe Vaucheret prend la succession de sa mère Hélène Vaucheret à la tête de Valmor.', 'Hélène Vaucheret'],
  ])('"%s": the successor leads now, the kin did before', (text, kin) => {
    expect(roleKeys(text, 'fr')).toEqual([['Agathe Vaucheret', 'Valmor', 'current'], [kin, 'Valmor', 'former']]);
  });
});

describe('a lead taken with its firm fronting the sentence', () => {
  it.each([
    ['Chez Valmor, Agathe Vaucheret prend la présidence.', 'Valmor'],
    ['Chez Vaucheret, Agathe Vaucheret prend la présidence.', 'Vaucheret'],
    ['Valmor : Agathe Vaucheret prend la direction générale.', 'Valmor'],
    ["Valmor annonce qu'Agathe Vaucheret prendra la présidence en juin.", 'Valmor'],
  ])('"%s" -> a post at %s', (text, company) => {
    expect(roleKeys(text, 'fr')).toEqual([['Agathe Vaucheret', company, 'current']]);
  });
  it('reads no lead in a rumour', () => {
    expect(roleKeys('Chez Valmor, Agathe Vaucheret pourrait prendre la présidence.', 'fr')).toEqual([]);
  });
});

describe('the family firm taken over and led now', () => {
  it.each([
    ["Marc Vaucheret a repris l'entreprise familiale, Vaucheret Robinetterie, en 2019.", 'Vaucheret Robinetterie'],
    ["Marc Vaucheret reprendra l'entreprise de son père, Valmor Transports, en janvier.", 'Valmor Transports'],
    ["Vaucheret Robinetterie fête ses cent ans. Marc Vaucheret a repris l'entreprise familiale en 2019.", 'Vaucheret Robinetterie'],
    ['Fondée en 1921, Vaucheret Robinetterie est aujourd\'hui dirigée par Marc Vaucheret.', 'Vaucheret Robinetterie'],
    ['Vaucheret Robinetterie est désormais dirigée par Marc Vaucheret.', 'Vaucheret Robinetterie'],
  ])('"%s" -> Marc Vaucheret current at %s', (text, company) => {
    expect(roleKeys(text, 'fr')).toEqual([['Marc Vaucheret', company, 'current']]);
  });
  it('reads no post in a rumour', () => {
    expect(roleKeys("Marc Vaucheret pourrait reprendre l'entreprise familiale, Valmor.", 'fr')).toEqual([]);
  });
});
