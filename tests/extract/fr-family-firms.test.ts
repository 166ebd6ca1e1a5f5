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
    ['Agathe Perrichon prend la direction générale de Perrichon, le fabricant de robinets fondé par son grand-père.'],
    ['Agathe Perrichon est nommée présidente de Perrichon.'],
    ['Hélène Perrichon, fille du fondateur, prend la présidence de Perrichon.'],
    ['Fille du fondateur, Agathe Perrichon dirige Perrichon depuis 2015.'],
  ])('"%s" puts the post at the firm, not at the person', (text) => {
    expect(roleKeys(text, 'fr').map((r) => r[1])).toEqual(['Perrichon']);
  });
});

describe('a successor naming the kin succeeded', () => {
  it.each([
    ['Agathe Perrichon succède à son père Bernard Perrichon à la présidence de Valmor.', 'Bernard Perrichon'],
    ['Agathe Perrichon succède à son père, Bernard Perrichon, à la présidence de Valmor.', 'Bernard Perrichon'],
    ['Agathe Perrichon remplace son oncle Paul Perrichon à la direction générale de Valmor.', 'Paul Perrichon'],
    ['Agathe Perrichon prend la succession de sa mère Hélène Perrichon à la tête de Valmor.', 'Hélène Perrichon'],
  ])('"%s": the successor leads now, the kin did before', (text, kin) => {
    expect(roleKeys(text, 'fr')).toEqual([['Agathe Perrichon', 'Valmor', 'current'], [kin, 'Valmor', 'former']]);
  });
});

describe('a lead taken with its firm fronting the sentence', () => {
  it.each([
    ['Chez Valmor, Agathe Perrichon prend la présidence.', 'Valmor'],
    ['Chez Perrichon, Agathe Perrichon prend la présidence.', 'Perrichon'],
    ['Valmor : Agathe Perrichon prend la direction générale.', 'Valmor'],
    ["Valmor annonce qu'Agathe Perrichon prendra la présidence en juin.", 'Valmor'],
  ])('"%s" -> a post at %s', (text, company) => {
    expect(roleKeys(text, 'fr')).toEqual([['Agathe Perrichon', company, 'current']]);
  });
  it('reads no lead in a rumour', () => {
    expect(roleKeys('Chez Valmor, Agathe Perrichon pourrait prendre la présidence.', 'fr')).toEqual([]);
  });
});

describe('the family firm taken over and led now', () => {
  it.each([
    ["Marc Perrichon a repris l'entreprise familiale, Perrichon Robinetterie, en 2019.", 'Perrichon Robinetterie'],
    ["Marc Perrichon reprendra l'entreprise de son père, Valmor Transports, en janvier.", 'Valmor Transports'],
    ["Perrichon Robinetterie fête ses cent ans. Marc Perrichon a repris l'entreprise familiale en 2019.", 'Perrichon Robinetterie'],
    ['Fondée en 1921, Perrichon Robinetterie est aujourd\'hui dirigée par Marc Perrichon.', 'Perrichon Robinetterie'],
    ['Perrichon Robinetterie est désormais dirigée par Marc Perrichon.', 'Perrichon Robinetterie'],
  ])('"%s" -> Marc Perrichon current at %s', (text, company) => {
    expect(roleKeys(text, 'fr')).toEqual([['Marc Perrichon', company, 'current']]);
  });
  it('reads no post in a rumour', () => {
    expect(roleKeys("Marc Perrichon pourrait reprendre l'entreprise familiale, Valmor.", 'fr')).toEqual([]);
  });
});
