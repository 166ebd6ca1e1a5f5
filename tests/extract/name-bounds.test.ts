/**
 * Where person and company names end: title words glued after a name, possessives and "+"
 * inside firms' names, place tails, elided words, units and departments that are not firms,
 * lone first names and schools that are not employers. Names and sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner, roleRows as roles } from '../helpers/extract.js';

describe('title words after a name', () => {
  it('keeps a capitalised title out of the person name', () => {
    expect(roles('Velmora also named Brigitte von Alsen Executive Vice President, Global Operations.')).toEqual([['Brigitte von Alsen', 'Velmora', 'Executive Vice President, Global Operations', 'current']]);
  });
  it('reads the department after a title as its scope, not as the employer', () => {
    expect(roles('Kestra named Jo Lindqvist Senior Vice President, Clinical Development, effective today.')).toEqual([['Jo Lindqvist', 'Kestra', 'Senior Vice President, Clinical Development', 'current']]);
  });
  it('splits a Title Case headline at its verb', () => {
    expect(roles('Quellon Health Appoints Marc Dupré as Chief Executive Officer')).toEqual([['Marc Dupré', 'Quellon Health', 'Chief Executive Officer', 'current']]);
  });
});

describe('company names with inner punctuation', () => {
  it("keeps an 's inside a firm's name", () => {
    expect(roles("Tomás Ferreira joins from Halden's Analytics, where he was head of data.")).toContainEqual(['Tomás Ferreira', "Halden's Analytics", 'head of data', 'former']);
    expect(roles("Quorvo said Eva Lind, a former Southern Halvers's Wine & Spirits executive, will join as chief operating officer.")).toContainEqual(['Eva Lind', "Southern Halvers's Wine & Spirits", null, 'former']);
  });
  it("keeps an 's that a verb follows: the brand is written with it", () => {
    expect(expansionRowsWithPartner("UK grocer Halden's will open 12 stores in Ireland this year.", 'en')).toEqual(["Halden's | market | Ireland"]);
    // A noun after the 's: the possessive of a name ("Velmo's head of sales").
    expect(roles("Ada Lind, Velmo's head of sales, will join Pelham Foods as chief executive.")).toContainEqual(['Ada Lind', 'Velmo', 'head of sales', 'former']);
  });
  it('keeps a capitalised function word that closes a name', () => {
    const text = "Halvane Re opened an office in Singapore. It also agreed a reinsurance partnership with China's Wing On in August.";
    expect(expansionRowsWithPartner(text, 'en')).toContain('Halvane Re | partnership | — | Wing On');
  });
  it('keeps a trailing plus sign', () => {
    expect(roles('Léa Morin quitte la direction marketing de Flixo+ pour rejoindre Vidora.', 'fr')).toContainEqual(['Léa Morin', 'Flixo+', null, 'former']);
  });
  it('keeps a place written with a link at the end of a subsidiary', () => {
    expect(roles('Nadia Ferrand était directrice financière de Vermaud Amérique du Nord.', 'fr')).toEqual([['Nadia Ferrand', 'Vermaud Amérique du Nord', 'directrice financière', 'former']]);
  });
  it("joins an elided last word (\"Moulin d'Ambre\") and a place with \"de l'\" inside a title", () => {
    expect(roles("Camille Berthon, directeur du développement de Moulin d'Ambre, prépare l'ouverture.", 'fr')).toEqual([['Camille Berthon', "Moulin d'Ambre", 'directeur du développement', 'current']]);
    expect(roles("Laure Vidal était jusqu'ici directrice marketing Europe de l'Ouest de Pernaud.", 'fr')).toEqual([['Laure Vidal', 'Pernaud', "directrice marketing Europe de l'Ouest", 'former']]);
  });
  it('reads a club written with a two-letter prefix in capitals', () => {
    expect(roles("Luc Besnard était depuis 2020 directeur général adjoint de l'AS Villemont.", 'fr')).toEqual([['Luc Besnard', 'AS Villemont', 'directeur général adjoint', 'former']]);
  });
});

describe('words that are not the employer', () => {
  it('does not read a press contact rubric as a company', () => {
    const text = 'Quorvo Systems opens an office in Lyon.\nMedia contact: Jane Porter, Head of Communications, Quorvo Systems';
    expect(roles(text)).toEqual([['Jane Porter', 'Quorvo Systems', 'Head of Communications', 'current']]);
  });
  it('does not read a unit acronym as a company', () => {
    expect(roles("Qandor's head of VR partnerships, Lena Hartz, is leaving the company.").map((r) => r[1])).toEqual(['Qandor']);
    expect(roles('Jo Lindqvist joins from Credit Suisse, where she was co-head of European ECM.').map((r) => r[1])).toEqual(['Credit Suisse']);
    expect(roles('Oliver Brandt, currently head of European M&A at Deutsche Bank, joins Citi.').map((r) => r[1])).toEqual(['Deutsche Bank', 'Citi']);
  });
  it('does not read a demonstrative pronoun as a company', () => {
    const r = roles('Vostra crée une filiale au Canada. Celle-ci sera dirigée par Paul Mercier, un ancien de Brixel.', 'fr');
    expect(r.map((x) => x[1])).not.toContain('Celle-ci');
  });
  it('does not read a sentence-opening common noun as the company', () => {
    expect(roles('Coup de tonnerre chez Vostra : son PDG, Marc Delorme, quitte ses fonctions.', 'fr')).toEqual([['Marc Delorme', 'Vostra', 'PDG', 'former']]);
  });
  it('does not read a first name opening a quote as the employer', () => {
    expect(roles('Tovana named Dan Ekholm as chief executive. "Dan has built great teams," said chair Ana Pires.')).toEqual([
      ['Dan Ekholm', 'Tovana', 'chief executive', 'current'],
      ['Ana Pires', 'Tovana', 'chair', 'current'],
    ]);
  });
});

describe('persons, brands and schools', () => {
  it('reads a brand named after someone after a sector noun', () => {
    expect(roles('Korean coffee chain Rosa Bean has named Anna Lind as its head of Europe.')).toEqual([['Anna Lind', 'Rosa Bean', 'head of Europe', 'current']]);
  });
  it('reads a name in the place of a workplace as a firm named after its founders', () => {
    expect(roles('Tovaro has named Nadia Brunel general counsel. Brunel previously practiced at Simon Delacroix for nine years.')).toContainEqual(['Nadia Brunel', 'Simon Delacroix', null, 'former']);
    const text = 'Le cabinet Varenne Associés ouvre un bureau à Lille. Me Claire Vidal, qui rejoint le cabinet en provenance de Simon Delacroix, en prend la direction.';
    expect(roles(text, 'fr')).toContainEqual(['Claire Vidal', 'Simon Delacroix', null, 'former']);
  });
  it('does not read a school as a person', () => {
    expect(roles('A graduate of Harvard Business School, Anna Lind was previously chief executive of Tovana.')).toEqual([['Anna Lind', 'Tovana', 'chief executive', 'former']]);
  });
  it('reads an Irish surname with an apostrophe beside a title', () => {
    const text = "Le réseau de cliniques Vetoria entre en Bourse. Son DG, Ruairí O'Brennan-Lavel, ancien associé de Bain Capital, revendique 40 cliniques.";
    expect(roles(text, 'fr')).toEqual([
      ["Ruairí O'Brennan-Lavel", 'Vetoria', 'DG', 'current'],
      ["Ruairí O'Brennan-Lavel", 'Bain Capital', 'associé', 'former'],
    ]);
  });
  it('finds the employer after a description ("at French start-up X", "chez le rival X")', () => {
    expect(roles('Jessica Varga was previously chief revenue officer at French start-up Pennylo.')).toEqual([['Jessica Varga', 'Pennylo', 'chief revenue officer', 'former']]);
    const text = "Tandry named Mia Sorensen as head of sales. Sorensen was most recently chief revenue officer at French start-up Pennylo. 'Europe matters,' said Tandry's chief executive, Tom Vale.";
    expect(roles(text)).toContainEqual(['Mia Sorensen', 'Pennylo', 'chief revenue officer', 'former']);
    expect(roles('Tandry a nommé Mia Sorensen directrice commerciale. Elle était directrice des ventes chez le rival Brosko.', 'fr')).toContainEqual(['Mia Sorensen', 'Brosko', 'directrice des ventes', 'former']);
  });
});

describe('names written with lowercase links, and what stands alone', () => {
  it('reads an association named with link words when it appoints', () => {
    expect(roles('Secours pour la Terre nomme Hélène Vasseur directrice générale.', 'fr')).toEqual([['Hélène Vasseur', 'Secours pour la Terre', 'directrice générale', 'current']]);
    expect(roles('Friends of the Harbour UK has appointed Owen Pryce as chief people officer.')).toEqual([['Owen Pryce', 'Friends of the Harbour UK', 'chief people officer', 'current']]);
  });
  it('does not read a legal form or a department alone as a company', () => {
    expect(roles('Tandry, Inc. today announced that Mia Sorensen will join as chief financial officer.')).toEqual([['Mia Sorensen', 'Tandry', 'chief financial officer', 'current']]);
    expect(roles('Tandry named Mia Sorensen as chief executive. She was previously Vice President of Sales at Orkly.')).toContainEqual(['Mia Sorensen', 'Orkly', 'Vice President of Sales', 'former']);
  });
  it('reads a firm ending in "Companies" as a firm', () => {
    expect(roles('Mia Sorensen has held senior marketing roles at Estelle Varon Companies.')).toEqual([['Mia Sorensen', 'Estelle Varon Companies', null, 'former']]);
  });
  it('gives no post at a regional council', () => {
    expect(roles("Le président de la Région Bretagne a salué l'arrivée de Paul Gaudin chez Brivex.", 'fr').map((r) => r[1])).not.toContain('Région Bretagne');
  });
});

describe('speakers', () => {
  it('gives a speaker the sentence subject, not the last firm named', () => {
    const text = 'Lima-based startup Tovaro has acquired courier Andes Rápido and will open an office in Quito, co-founder and CEO Lucía Pardo said.';
    expect(roles(text)).toEqual([['Lucía Pardo', 'Tovaro', 'co-founder and CEO', 'current']]);
  });
});

describe('more name shapes', () => {
  it('reads a firm ending in "Gestion" and the employer after a title\'s scope words', () => {
    const text = "Lucile Gestion recrute Paul Ferrand au poste de directeur des investissements. L'ancien gérant actions européennes de Brixam prendra ses fonctions en janvier.";
    expect(roles(text, 'fr')).toEqual([
      ['Paul Ferrand', 'Lucile Gestion', 'directeur des investissements', 'current'],
      ['Paul Ferrand', 'Brixam', 'gérant', 'former'],
    ]);
  });
  it('reads "du Havre" as the city Le Havre, not an employer', () => {
    const text = "Marc Vellec, 51 ans, a débuté chez Ervane avant de rejoindre Siemtra, dont il a dirigé l'usine du Havre pendant six ans.";
    expect(roles(text, 'fr').map((r) => r[1])).toEqual(['Ervane', 'Siemtra']);
  });
  it('reads a person written with a middle initial', () => {
    expect(roles('Tovaro has named Dana K. Whitfield as chief executive.')).toEqual([['Dana K. Whitfield', 'Tovaro', 'chief executive', 'current']]);
  });
});

describe('brands, units and numbers', () => {
  it('gives the firm after "at", not the brand after "for"', () => {
    const text = 'Shirova has appointed Anna Lind as its EMEA CMO. She was previously global brand director for Velane at Orvelle.';
    expect(roles(text)).toContainEqual(['Anna Lind', 'Orvelle', 'global brand director', 'former']);
  });
  it('keeps a number that is part of a name, so the list after it is read', () => {
    const text = 'Israeli start-up Tamar Labs is opening an office in Austin. Co-founder and CEO Noa Ben-Ami, a veteran of Unit 8200 and Brisk Point, said the company would grow.';
    expect(roles(text)).toContainEqual(['Noa Ben-Ami', 'Brisk Point', null, 'former']);
  });
});
