/**
 * One rule, one or two sentences of our own, in French and English: what each relation rule
 * is for. The goldens check whole articles; these say which rule a change broke.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { roleKeys as roles } from '../helpers/extract.js';

describe('successions', () => {
  it('makes the predecessor former where the newcomer now works, a sentence later (fr)', () => {
    const r = roles('Brevalis a nommé Jeanne Morvan directrice générale. Elle succède à Paul Kerbrat, qui part à la retraite.', 'fr');
    expect(r).toContainEqual(['Jeanne Morvan', 'Brevalis', 'current']);
    expect(r).toContainEqual(['Paul Kerbrat', 'Brevalis', 'former']);
  });
  it('reads "takes over from" with a description before the name (en)', () => {
    const r = roles('Quillon Systems has hired Dana Whitlow as chief executive. She takes over from co-founder Ivo Marsh, who will stay on as chairman.', 'en');
    expect(r).toContainEqual(['Ivo Marsh', 'Quillon Systems', 'former']);
    expect(r).toContainEqual(['Ivo Marsh', 'Quillon Systems', 'current']);
  });
  it('puts the predecessor\'s apposition title at the newcomer\'s company, former', () => {
    const r = roles('Corvane a promu Hélène Barsac directrice financière. Elle remplace Marc Ouvrard, directeur financier depuis 2017, parti chez Tellis.', 'fr');
    expect(r).toContainEqual(['Marc Ouvrard', 'Corvane', 'former']);
    expect(r).toContainEqual(['Marc Ouvrard', 'Tellis', 'current']);
    expect(r).not.toContainEqual(['Marc Ouvrard', 'Corvane', 'current']);
  });
  it('does not swap the people of a passive "will be replaced by"', () => {
    const r = roles('Tom Fenwick, head of sales at Orlo, is leaving. He will be replaced in May by Rita Okoye.', 'en');
    expect(r).toContainEqual(['Tom Fenwick', 'Orlo', 'former']);
    expect(r.some(([p, , s]) => p === 'Rita Okoye' && s === 'former')).toBe(false);
  });
  it('reads an appointment made after someone departed', () => {
    const r = roles('Haldane Insurance named Mia Castell interim chief executive after Owen Pryor resigned to become chairman of Velt.', 'en');
    expect(r).toContainEqual(['Owen Pryor', 'Haldane Insurance', 'former']);
  });
});

describe('names with initials', () => {
  it('keeps "J.-P. Name" and "A.K. Name" as persons and the sentence whole', () => {
    expect(roles('J.-P. Lestrade, ancien PDG de Norvel, est nommé président de Calisto.', 'fr')).toEqual([
      ['J.-P. Lestrade', 'Norvel', 'former'],
      ['J.-P. Lestrade', 'Calisto', 'current'],
    ]);
    const r = roles('Tarvik said B.K. Somers-Lynd has been named chief operating officer. Somers-Lynd joined Tarvik from Ostra.', 'en');
    expect(r).toContainEqual(['B.K. Somers-Lynd', 'Tarvik', 'current']);
    expect(r).toContainEqual(['B.K. Somers-Lynd', 'Ostra', 'former']);
  });
});

describe('press-release conventions', () => {
  it('skips a wire dateline and reads "the Group" as the company', () => {
    const r = roles('LYON--(BUSINESS WIRE)--Ferrix SA today announced that Nadia Colson will join the Group as Chief Financial Officer.', 'en');
    expect(r).toEqual([['Nadia Colson', 'Ferrix', 'current']]);
  });
});

describe('what is not a role', () => {
  it('drops government bodies (fr, en)', () => {
    expect(roles('Claire Dumesnil, directrice générale du Trésor, a présenté le budget.', 'fr')).toEqual([]);
    expect(roles('Former Treasury official Mark Olsen joined Pellar as an adviser.', 'en').some(([, c]) => c === 'Treasury')).toBe(false);
  });
  it('drops candidates for a post', () => {
    expect(roles('Lena Voss is among candidates being considered to lead Orvanto.', 'en')).toEqual([]);
  });
  it('reads "served as" as a past job', () => {
    expect(roles('Anna Lind joins Brekko from Velora, where she served as CFO from 2019.', 'en')).toContainEqual(['Anna Lind', 'Velora', 'former']);
  });
});

describe('status words', () => {
  it('reads the post someone steps down from or leaves as former (en, fr)', () => {
    expect(roles('Hanna Grove steps down as chief executive of Pellion Foods after ten years.', 'en')).toEqual([['Hanna Grove', 'Pellion Foods', 'former']]);
    expect(roles('Louis Mercadier is leaving as finance director of Ardane.', 'en')).toEqual([['Louis Mercadier', 'Ardane', 'former']]);
    expect(roles('Sarah Benhamou quitte ses fonctions de directrice générale de Velmont.', 'fr')).toEqual([['Sarah Benhamou', 'Velmont', 'former']]);
  });
  it('reads a past end date after the company as former', () => {
    const r = roles('Directrice juridique de Norelle jusqu\'en 2021, Inès Carvalho est aujourd\'hui administratrice indépendante de Baltis.', 'fr');
    expect(r).toContainEqual(['Inès Carvalho', 'Norelle', 'former']);
    expect(r).toContainEqual(['Inès Carvalho', 'Baltis', 'current']);
  });
  it('does not take time words from quoted speech or from an aside before "as"', () => {
    expect(roles('"We were ready for this," said chief executive Lars Ekdahl of Vantor.', 'en')).toEqual([['Lars Ekdahl', 'Vantor', 'current']]);
    const r = roles('Orsino named Grace Tully, formerly of Belmark, as chief people officer.', 'en');
    expect(r).toContainEqual(['Grace Tully', 'Orsino', 'current']);
    expect(r).toContainEqual(['Grace Tully', 'Belmark', 'former']);
  });
});

describe('titles', () => {
  it('keeps one fact per job when a shorter title repeats a longer one', () => {
    const r = extract({ text: 'Tarka Energy has hired Ben Ashford as executive vice president for Asia.', lang: 'en' }).roles;
    expect(r.map((x) => x.title)).toEqual(['executive vice president for Asia']);
  });
  it('reads a part of a stay ("dont quatre comme", "including three as") at that company', () => {
    expect(roles('Noémie Castaing, nommée chez Brolin, a passé douze ans chez Marvelle, dont quatre comme directrice des achats.', 'fr')).toContainEqual(['Noémie Castaing', 'Marvelle', 'former']);
    expect(roles('Ian Moss spent a decade at Kelvar, including three as head of sales.', 'en')).toEqual([['Ian Moss', 'Kelvar', 'former']]);
  });
  it('reads a department between commas and the company after it', () => {
    expect(roles('Mr Ward was previously senior vice president, legal, at Corlis.', 'en')).toEqual([['Ward', 'Corlis', 'former']]);
  });
  it('reads weak heads after "as a" and after a copula', () => {
    expect(roles('Hallam & Price has hired Nora Delaney as a partner in its Dublin office.', 'en')).toEqual([['Nora Delaney', 'Hallam & Price', 'current']]);
    const r = roles('Tellane recrute Camille Roux comme associée. Elle arrive de Brisset Avocats, où elle était counsel depuis 2018.', 'fr');
    expect(r).toContainEqual(['Camille Roux', 'Brisset Avocats', 'former']);
    expect(extract({ text: 'Tellane recrute Camille Roux comme associée. Elle arrive de Brisset Avocats, où elle était counsel depuis 2018.', lang: 'fr' }).roles.map((x) => x.title)).toContain('counsel');
  });
});

describe('names', () => {
  it('keeps a capitalised short word inside a name', () => {
    const r = roles('Tarvo also named Aoife Ní Dhuibhir, formerly of Lindqvist, as head of people.', 'en');
    expect(r).toContainEqual(['Aoife Ní Dhuibhir', 'Tarvo', 'current']);
  });
  it('does not read a department after a title as a person', () => {
    const r = roles('Dr. Omar Sterling was Senior Vice President, Clinical Development at Maxon. Earlier, he was an associate at Brightwell.', 'en');
    expect(r).toContainEqual(['Omar Sterling', 'Brightwell', 'former']);
  });
});

describe('career phrases without a title', () => {
  it('reads stints, experience and arrivals as past employers (en, fr)', () => {
    const en = roles('Brask named Leo Hart chief operating officer. Hart joined Brask in 2016 after stints at Velda and Orrin, and brings experience from Talbot.', 'en');
    for (const c of ['Velda', 'Orrin', 'Talbot']) expect(en).toContainEqual(['Leo Hart', c, 'former']);
    const fr = roles('Nadia Ferrand, formée chez Lusard, rejoint Ostrel. Elle arrive de Piveteau.', 'fr');
    expect(fr).toContainEqual(['Nadia Ferrand', 'Lusard', 'former']);
    expect(fr).toContainEqual(['Nadia Ferrand', 'Piveteau', 'former']);
  });
  it('reads running part of a company as a past job, not "led by" nor "has led"', () => {
    expect(roles('Before that, Iris Moen ran the consumer unit at Caldor.', 'en')).toEqual([['Iris Moen', 'Caldor', 'former']]);
    expect(roles('Paul Vidal, après avoir dirigé les éditions de Norvel pendant six ans, rejoint Castel.', 'fr')).toContainEqual(['Paul Vidal', 'Norvel', 'former']);
    expect(roles('Omar Diallo said the round was led by Harbor Ventures.', 'en')).toEqual([]);
  });
  it('reads a joiner\'s past employer after a long title ("joins X as T from Y")', () => {
    expect(roles('Rhea Stone joins Mavick as senior vice president for northern markets from Ulta Labs.', 'en')).toContainEqual(['Rhea Stone', 'Ulta Labs', 'former']);
    expect(roles('Selwyn Retail has appointed Joan Pike as buying director, hiring her from Fenwright Group.', 'en')).toContainEqual(['Joan Pike', 'Fenwright Group', 'former']);
  });
});

describe('more holders and employers', () => {
  it('reads a demonstrative description as the person just named (fr, en)', () => {
    const fr = roles('Le conseil de Velnor a nommé Hugo Brissac président. Ancien directeur de cabinet du ministre de l\'Industrie, ce polytechnicien était depuis 2020 directeur général adjoint de Castrel.', 'fr');
    expect(fr).toEqual([['Hugo Brissac', 'Velnor', 'current'], ['Hugo Brissac', 'Castrel', 'former']]);
    const en = roles('Pellar hired Joanna Fisk as chief risk officer. The 54-year-old was previously head of credit at Marden Bank.', 'en');
    expect(en).toContainEqual(['Joanna Fisk', 'Marden Bank', 'former']);
  });
  it('gives no employer to a title "of an unnamed start-up"', () => {
    const r = roles('Halix has promoted Eva Brun to chief operating officer. She succeeds Tom Reyes, COO since 2019, who is leaving to become chief executive of a small start-up.', 'en');
    expect(r).toContainEqual(['Tom Reyes', 'Halix', 'former']);
    expect(r).not.toContainEqual(['Tom Reyes', 'Halix', 'current']);
  });
  it('puts "will succeed him as chair" where the predecessor held it', () => {
    const r = roles('Orlen & Hart said chair Peter Vance will retire in May. Ruth Cole, a director at Tamsin Group, will succeed him as chair.', 'en');
    expect(r).toContainEqual(['Peter Vance', 'Orlen & Hart', 'former']);
    expect(r).toContainEqual(['Ruth Cole', 'Orlen & Hart', 'current']);
    expect(r).not.toContainEqual(['Peter Vance', 'Tamsin Group', 'former']);
  });
  it('reads a named title right after a civility ("co-founder Dr. X")', () => {
    const r = roles('Harwell Bio named Tom Adair chief executive. He succeeds co-founder Dr. Lena Marsh, who returns to her role as chief scientific officer.', 'en');
    expect(r).toContainEqual(['Lena Marsh', 'Harwell Bio', 'current']);
    expect(r).toContainEqual(['Lena Marsh', 'Harwell Bio', 'former']);
  });
  it('keeps one fact when a joined company is a shorter form of the titled one', () => {
    const r = roles('Corvel Hotels International said Amy Tran has been named president, Europe. Tran, who joined Corvel Hotels in 2012, succeeds Rob Dale.', 'en');
    expect(r.filter(([p]) => p === 'Amy Tran')).toEqual([['Amy Tran', 'Corvel Hotels International', 'current']]);
  });
  it('reads a person particle without a known first name, and the surname after it', () => {
    const r = roles('Velda has poached Wilhelmina van der Stel from Orrin to become its head of sales. Van der Stel spent ten years at Orrin.', 'en');
    expect(r).toContainEqual(['Wilhelmina van der Stel', 'Velda', 'current']);
    expect(r).toContainEqual(['Wilhelmina van der Stel', 'Orrin', 'former']);
  });
  it('keeps "Sainsbury\'s"-style names whole before punctuation', () => {
    expect(roles("Tarlo hired Mia Hale as CFO from Bentley's, where she ran finance.", 'en')).toContainEqual(['Mia Hale', "Bentley's", 'former']);
  });
  it('reads "avant de rejoindre X comme T" in a past story as past', () => {
    const r = roles('Paul Ravel avait débuté chez Cortil, avant de rejoindre Amberg Finance comme directeur des investissements.', 'fr');
    expect(r).toContainEqual(['Paul Ravel', 'Amberg Finance', 'former']);
  });
  it('keeps a division named by its trade inside the title', () => {
    const r = extract({ text: 'Jusqu\'alors directrice de la division nutrition de Brenval, Anne Soret rejoint Pomelle.', lang: 'fr' }).roles;
    expect(r.map((x) => [x.company, x.status, x.title])).toContainEqual(['Brenval', 'former', 'directrice de la division nutrition']);
  });
});

describe('names at the start and unnamed officers', () => {
  it('reads a sentence-initial name ending in -ant before its comma as a name', () => {
    const r = roles('Brigant, the Leeds-based maker, said co-founder and chief executive Ola Brandt will step down.', 'en');
    expect(r.some(([p, c]) => p === 'Ola Brandt' && c === 'Brigant')).toBe(true);
  });
  it('does not give "Company\'s chief executive" to the last person named', () => {
    const r = roles('Tamsin Group named Eli Ward chief executive. Orvane\'s chief executive attended the signing.', 'en');
    expect(r).toEqual([['Eli Ward', 'Tamsin Group', 'current']]);
  });
});

describe('houses named after people', () => {
  it('reads "directeur de Prénom Nom" and "chez Prénom Nom" as employers (fr, en)', () => {
    const fr = roles('Paul Garnier, jusqu\'ici directeur commercial de Jean Dumas, après des passages chez Hermine et Salto, rejoint Velours.', 'fr');
    expect(fr).toContainEqual(['Paul Garnier', 'Jean Dumas', 'former']);
    expect(fr.some(([p]) => p === 'Jean Dumas')).toBe(false);
    expect(roles('Anna Berg was previously head of design at Paul Lemaire.', 'en')).toEqual([['Anna Berg', 'Paul Lemaire', 'former']]);
  });
});
