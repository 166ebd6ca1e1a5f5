/**
 * French expansion phrasings beyond the common verbs: listings said as a first session, an
 * entry or an admission to trading on a named exchange; intentions ("compte s'implanter"),
 * renouncements and doors left open, which state no fact. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('listings', () => {
  it('reads a first session on an exchange, under a rubric opener', () => {
    const rows = expansionRows("Premiers pas réussis pour Kalvo. Le spécialiste de l'eau a vu son titre bondir pour sa première séance sur Euronext Growth Paris.", 'fr');
    expect(rows).toEqual(['Kalvo | ipo | Euronext Growth Paris']);
  });
  it('reads an entry with a time word before the exchange', () => {
    expect(expansionRows('Kalvo a fait son entrée jeudi à la Bourse de Casablanca.', 'fr')).toContain('Kalvo | ipo | Bourse de Casablanca');
  });
  it('reads "son introduction à la X" and an admission to trading', () => {
    expect(expansionRows('Kalvo a réussi son introduction à la BRVM, en cédant 20 % du capital.', 'fr')).toContain('Kalvo | ipo | BRVM');
    expect(expansionRows('La foncière Kalvo a été admise aux négociations sur Euronext Access.', 'fr')).toContain('Kalvo | ipo | Euronext Access');
  });
  it('reads "Introduite <day> sur X" without taking the participle for a company', () => {
    expect(expansionRows('Introduite mercredi sur Euronext Paris, la biotech Kalvo a bondi de 9 %.', 'fr')).toEqual(['Kalvo | ipo | Euronext Paris']);
  });
  it('reads a second exchange after an aside', () => {
    const rows = expansionRows("Le laboratoire Kalvo, coté sur Euronext Paris et, sous forme d'ADS, au Nasdaq, touchera des redevances.", 'fr');
    expect(rows).toContain('Kalvo | ipo | Nasdaq');
  });
});

describe('intentions and renouncements', () => {
  it('reads "compte (aussi) + infinitive" as a plan', () => {
    expect(expansionRows("Le réseau de cliniques Kalvo compte aussi s'implanter à Dakar.", 'fr')).toEqual([]);
    expect(expansionRows("Sa directrice compte utiliser le produit de l'opération pour ouvrir un centre de R&D à Pune.", 'fr')).toEqual([]);
  });
  it('still counts shops after "compte" with a number', () => {
    expect(expansionRows('Le groupe Kalvo compte 22 magasins et ouvre un bureau à Madrid.', 'fr')).toContain('Kalvo | office | Madrid');
  });
  it('reads "a renoncé à s\'implanter" and a door left open as no fact', () => {
    expect(expansionRows("Le groupe Kalvo, qui a renoncé à s'implanter en Pologne, construit une usine.", 'fr')).toEqual([]);
    expect(expansionRows("La licorne Kalvo n'a pas fermé la porte à une cotation à New York.", 'fr')).toEqual([]);
  });
});
