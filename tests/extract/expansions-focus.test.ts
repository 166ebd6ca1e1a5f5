/**
 * The company a pronoun or "the firm" stands for in expansion sentences: not a name given only
 * as someone's past employer, and a name that hires a person is a company. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('expansion focus', () => {
  it('is not a company named only as a past employer', () => {
    const en = 'Corvello Partners has hired Ana Ruiz, a veteran of Brantwick, to run its credit desk. Ruiz spent nine years at Brantwick. The firm is also opening an office in Lisbon.';
    expect(facts(en, 'en')).toEqual(['Corvello Partners | office | Lisbon']);
    const fr = "Le transporteur Varenne Fret a nommé Paul Mercier directeur général. Il a passé quinze ans à la Tolvane, puis chez Tolvane Logistique. La compagnie ouvrira un entrepôt à Nevers.";
    expect(facts(fr, 'fr')).toEqual(['Varenne Fret | office | Nevers']);
  });
  it('reads a name that hires someone as a company', () => {
    const fr = "Aubrac Conseil recrute Jean-Marc Ollier comme directeur associé. L'ancien consultant de Brenval prendra ses fonctions en mai. La société, qui a ouvert un bureau à Nantes l'an dernier, compte vingt salariés.";
    expect(facts(fr, 'fr')).toEqual(['Aubrac Conseil | office | Nantes']);
  });
});

describe('the name a pronoun stands for', () => {
  it('is the full name when the short form is no commoner', () => {
    const en = 'Tellmark Foods, the Leeds snack maker, has named Ruth Oyo as chief executive. She joined Tellmark in 2019. The company is also opening an office in Dublin.';
    expect(facts(en, 'en')).toEqual(['Tellmark Foods | office | Dublin']);
    const fr = "Brivane Santé, la medtech lilloise, nomme Léa Fort directrice générale. Elle avait rejoint Brivane en 2020. La société ouvrira un bureau à Porto.";
    expect(facts(fr, 'fr')).toEqual(['Brivane Santé | office | Porto']);
  });
  it('is the form the sentence itself gives', () => {
    const en = 'Tellmark Foods has named Ruth Oyo as chief executive. Tellmark also said it would open an office in Dublin.';
    expect(facts(en, 'en')).toEqual(['Tellmark | office | Dublin']);
  });
  it('is not a subsidiary named for its country', () => {
    const fr = "Le groupe Orvalis accélère en Pologne. Il y a créé une filiale, Orvalis Pologne, dirigée par Jan Nowak. Le groupe a ouvert un bureau à Cracovie.";
    expect(facts(fr, 'fr')).toContain('Orvalis | office | Cracovie');
  });
});

describe('names the mention stage misreads', () => {
  it('reads a described name that also hires as the company the text is about', () => {
    const en = 'Korean noodle chain Ruby Pine will open a store in Paris under a franchise agreement with Lyon-based operator Marvelle Group. Ruby Pine has also named Anna Kim as its head of Europe.';
    expect(facts(en, 'en')).toEqual(['Ruby Pine | market | Paris', 'Ruby Pine | partnership | Paris']);
  });
  it('does not read a unit after a number as a company', () => {
    expect(facts('Solvan Power has bought a 300 MW pipeline and will open an office in Perth.', 'en')).toEqual(['Solvan Power | office | Perth']);
  });
});

describe('who expands, past descriptions', () => {
  it('is not a company acquired through a described name', () => {
    expect(facts('Valdora Freight has entered Peru through the acquisition of Lima courier Rapido Andes and will open an office in Quito.', 'en')).toEqual(['Valdora Freight | market | Peru', 'Valdora Freight | office | Quito']);
  });
  it('is the company a description opening the sentence stands for, not a partner after the cue', () => {
    const fr = "Nuvo, la néobanque nantaise, recrute. La néobanque se lance en Italie grâce à un partenariat avec Banca Orsa.";
    expect(facts(fr, 'fr')).toContain('Nuvo | market | Italie');
  });
});

describe('a name read as a person that is the company', () => {
  it('is a company when an appositive describes it as a firm', () => {
    const en = 'Wendell Marsh, the Leeds private bank, has hired Ana Ruiz from Brantwick. She started out at Corlay. Wendell Marsh opened a Dublin branch last year.';
    expect(facts(en, 'en')).toEqual(['Wendell Marsh | office | Dublin']);
  });
  it('is a company when the name ends on a country', () => {
    const en = 'Ana Ruiz will join Tobias Fenwick India as president. Tobias Fenwick India opened a Pune office this year.';
    expect(facts(en, 'en')).toEqual(['Tobias Fenwick India | office | Pune']);
  });
  it('is the short name when a surname of the focus opens the sentence', () => {
    const en = 'Calzoleria Ferrante SpA has hired Marta Lenz as chief executive. She replaces Paolo Ferrante, who becomes chairman. Ferrante, which floated on Euronext Milan in 2020, opened a store in Osaka.';
    expect(facts(en, 'en')).toEqual(['Ferrante | ipo | Euronext Milan', 'Ferrante | market | Osaka']);
  });
});
