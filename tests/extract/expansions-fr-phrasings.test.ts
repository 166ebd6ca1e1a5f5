/**
 * French trade-press ways of saying a company expands: idioms for entering a market, shops
 * written in several words, listings with a time before the exchange, deals phrased as an
 * opening adverbial, and closures with a time phrase before the office. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, expansionRowsWithPartner } from '../helpers/extract.js';

describe('market idioms', () => {
  it('reads "pousse (aussi) ses pions en" as a market', () => {
    expect(expansionRows('La fintech Paylo pousse aussi ses pions en Autriche.', 'fr')).toContain('Paylo | market | Autriche');
    expect(expansionRows('Paylo pousse ses pions au Danemark.', 'fr')).toContain('Paylo | market | Danemark');
  });
  it('reads "a pignon sur rue à" as a market', () => {
    expect(expansionRows('La chocolaterie Brunel a désormais pignon sur rue à Lille.', 'fr')).toContain('Brunel | market | Lille');
  });
  it('reads "étend son réseau avec N magasins en" as a market', () => {
    expect(expansionRows("L'enseigne Jardiloo étend son réseau avec quatre magasins en Suisse.", 'fr')).toContain('Jardiloo | market | Suisse');
  });
});

describe('shops', () => {
  it('takes "un point de vente à X" and "un comptoir à X" as shops', () => {
    expect(expansionRows('La brasserie Ourcq ouvrira un point de vente à Dijon en mai.', 'fr')).toContain('Ourcq | market | Dijon');
    expect(expansionRows('Le torréfacteur Mokalo ouvre un comptoir à Reims.', 'fr')).toContain('Mokalo | market | Reims');
  });
  it('takes the city of a ", où" clause for a shop opened there', () => {
    expect(expansionRows('Mokalo arrive à Metz, où il inaugure sa première boutique.', 'fr')).toContain('Mokalo | market | Metz');
  });
  it('reads a closure with a time phrase before the office as no fact', () => {
    expect(expansionRows("Le réseau Bativo a fermé l'an dernier ses agences de Caen et de Rouen.", 'fr')).toEqual([]);
  });
  it('still reads an opening after a closure in another clause', () => {
    expect(expansionRows('Bativo ferme Caen et ouvre une agence à Rouen.', 'fr')).toContain('Bativo | office | Rouen');
  });
});

describe('listings', () => {
  it('reads "coté depuis <time> sur X"', () => {
    expect(expansionRows('Le chimiste Polvane, coté depuis mardi sur Euronext Paris, gagne 8 %.', 'fr')).toContain('Polvane | ipo | Euronext Paris');
  });
  it('knows the French names of Euronext markets', () => {
    expect(expansionRows('Polvane est coté sur Euronext Bruxelles depuis 2012.', 'fr')).toContain('Polvane | ipo | Euronext Bruxelles');
  });
  it('does not take a rubric word opening the sentence for the company', () => {
    const rows = expansionRows('Introduction en Bourse réussie pour Polvane, désormais coté sur Euronext Growth.', 'fr');
    expect(rows).toContain('Polvane | ipo | Euronext Growth');
    expect(rows.some((r) => r.startsWith('Introduction'))).toBe(false);
  });
});

describe('deals', () => {
  it('reads "main dans la main avec X, Y …" with Y as the subject', () => {
    const rows = expansionRowsWithPartner('Main dans la main avec Orvel et la start-up lilloise Brill, Sotrane équipera le port de Dunkerque.', 'fr');
    expect(rows).toContain('Sotrane | partnership | Dunkerque | Orvel');
    expect(rows).toContain('Sotrane | partnership | Dunkerque | Brill');
  });
  it('reads a described second partner after "et"', () => {
    const rows = expansionRowsWithPartner('Sotrane noue un partenariat avec Orvel et la start-up lilloise Brill.', 'fr');
    expect(rows).toContain('Sotrane | partnership | — | Brill');
  });
});

describe('present in a plural country', () => {
  it('reads "présente aux" like "présente en"', () => {
    expect(expansionRows('Le fabricant lyonnais Sotrane recrute. Sotrane est aussi présente aux États-Unis.', 'fr')).toEqual(['Sotrane | market | États-Unis']);
  });
});

describe('a share of revenue drawn from a country', () => {
  it('reads "de ses revenus en / des"', () => {
    expect(expansionRows('Le spécialiste lyonnais Sotrane recrute. Sotrane tire désormais 55 % de ses revenus des États-Unis.', 'fr')).toEqual(['Sotrane | market | États-Unis']);
    expect(expansionRows('Le spécialiste lyonnais Sotrane recrute. Sotrane réalise 20 % de ses revenus en Allemagne.', 'fr')).toEqual(['Sotrane | market | Allemagne']);
    expect(expansionRows('Le spécialiste lyonnais Sotrane recrute. Sotrane tire 20 % de ses revenus des licences.', 'fr')).toEqual([]);
  });
});
