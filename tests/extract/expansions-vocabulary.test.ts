/**
 * Expansion vocabulary and noise: more market, office, deal and listing words in both
 * languages, French conditionals and hopes as noise, places given up, head offices, and a
 * company named only by its appositive. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('expansion vocabulary', () => {
  it('reads more market phrases', () => {
    expect(facts("L'application Tramea est désormais disponible en Autriche.", 'fr')).toEqual(['Tramea | market | Autriche']);
    expect(facts('La start-up Tramea fait ses premiers pas au Canada.', 'fr')).toEqual(['Tramea | market | Canada']);
    expect(facts('Tramea is now available in Austria.', 'en')).toEqual(['Tramea | market | Austria']);
    expect(facts('Tramea has pushed into Poland.', 'en')).toEqual(['Tramea | market | Poland']);
    expect(facts('Tramea has received a licence to operate in Kenya.', 'en')).toEqual(['Tramea | market | Kenya']);
    expect(facts("Tramea s'allie à Zentro pour conquérir le marché allemand.", 'fr')).toEqual(['Tramea | partnership | Germany | Zentro', 'Tramea | market | Germany']);
    expect(facts("Après l'Espagne et l'Italie, Tramea arrive en Grèce.", 'fr')).toEqual(['Tramea | market | Espagne', 'Tramea | market | Italie', 'Tramea | market | Grèce']);
  });
  it('reads branches, labs and facilities with a place as offices, head offices not', () => {
    expect(facts('Banque Ravel ouvre une succursale à Genève.', 'fr')).toEqual(['Banque Ravel | office | Genève']);
    expect(facts('Ravelo has opened a research lab in Toronto.', 'en')).toEqual(['Ravelo | office | Toronto']);
    expect(facts('Ravelo will build a manufacturing facility in Tijuana.', 'en')).toEqual(['Ravelo | office | Tijuana']);
    expect(facts('Ravelo moved its head office in Leeds to a new building.', 'en')).toEqual([]);
  });
  it('reads more deal and listing words', () => {
    expect(facts('Ravelo collaborates with Zentro on imaging.', 'en')).toEqual(['Ravelo | partnership | — | Zentro']);
    expect(facts('Ravelo has agreed a tie-up with Kalvik.', 'en')).toEqual(['Ravelo | partnership | — | Kalvik']);
    expect(facts('Ravelo a débuté en Bourse sur Euronext Growth.', 'fr')).toEqual(['Ravelo | ipo | Euronext Growth']);
    expect(facts('Ravelo made its market debut on the Nasdaq.', 'en')).toEqual(['Ravelo | ipo | Nasdaq']);
  });
  it('names the company of an appositive opening the sentence', () => {
    expect(facts('Harbeck, the Leeds-based payroll software maker, will open an office in Boston.', 'en')).toEqual(['Harbeck | office | Boston']);
  });
});

describe('expansion noise, continued', () => {
  it('ignores French conditionals and hopes', () => {
    expect(facts('Ravelo ouvrirait un bureau à Madrid, selon un journal.', 'fr')).toEqual([]);
    expect(facts('Ravelo hopes to open an office in Madrid.', 'en')).toEqual([]);
  });
  it('blocks only the aside when a relative clause weighs a plan', () => {
    expect(facts('Klarvo, which is considering a listing in Oslo, opened an office in Sydney.', 'en')).toEqual(['Klarvo | office | Sydney']);
    expect(facts("Klarvo, qui envisage une cotation à Oslo, ouvre un bureau à Sydney.", 'fr')).toEqual(['Klarvo | office | Sydney']);
    expect(facts('Klarvo is considering a listing in Oslo and an office in Sydney.', 'en')).toEqual([]);
  });
  it('drops a place given up but keeps the rest of the sentence', () => {
    expect(facts('Après avoir renoncé à Prague, Ravelo ouvre un bureau à Vienne.', 'fr')).toEqual(['Ravelo | office | Vienne']);
  });
  it('keeps "devraient" (an expectation) and nouns that only look like conditionals', () => {
    expect(facts('Ravelo investit la Pologne. Deux bureaux (à Lyon et Varsovie) devraient ouvrir.', 'fr')).toEqual(['Ravelo | market | Pologne', 'Ravelo | office | Lyon', 'Ravelo | office | Varsovie']);
    expect(facts("Portrait d'une ambition : Ravelo ouvre un bureau à Vienne.", 'fr')).toEqual(['Ravelo | office | Vienne']);
  });
});

describe('inflections of everyday English cues (round 20)', () => {
  it('reads the tenses and aspects of market verbs', () => {
    for (const verb of ['sets foot in', 'forays into', 'is breaking into', 'has gone live in', 'is setting up shop in', 'has begun operations in', 'opened for business in', 'is establishing a presence in', 'extended its reach into', 'makes inroads into']) {
      expect(facts(`Trevona ${verb} Uruguay.`, 'en')).toEqual(['Trevona | market | Uruguay']);
    }
  });
  it('reads a global capability centre, going public on an exchange, and deal verbs', () => {
    expect(facts('Trevona established a global capability centre in Coimbra.', 'en')).toEqual(['Trevona | office | Coimbra']);
    expect(facts('Trevona is going public on the Nasdaq.', 'en')).toEqual(['Trevona | ipo | Nasdaq']);
    expect(facts('Trevona plans to go public on the Nasdaq next year.', 'en')).toEqual([]);
    for (const verb of ['will partner with', 'teamed with', 'is cooperating with']) {
      expect(facts(`Trevona ${verb} Balvik Bank.`, 'en')).toEqual(['Trevona | partnership | — | Balvik Bank']);
    }
  });
});
