import { describe, expect, it } from 'vitest';
import {
  alignRoles,
  companyMatch,
  expandPredicted,
  fold,
  personMatch,
  placeMatch,
} from '../../src/eval/index.js';
import { expansion, role } from './fixtures.js';

describe('fold', () => {
  it('drops case, accents and punctuation', () => {
    expect(fold('  Solène Marchal-Kerbrat ')).toBe('solene marchal kerbrat');
    expect(fold('Søren Østergård')).toBe('soren ostergard');
    expect(fold("L'ŒUVRE  & Co.")).toBe('l oeuvre co');
  });
});

describe('personMatch', () => {
  it('matches after folding', () => {
    expect(personMatch('Solène Marchal-Kerbrat', 'solene marchal kerbrat')).toBe(2);
  });
  it('matches a surname-only or shorter form', () => {
    expect(personMatch('Porat', 'Ruth Porat')).toBe(1);
    expect(personMatch('Ruth Porat', 'Mme Porat')).toBe(1);
    expect(personMatch('Van der Linden', 'Femke van der Linden')).toBe(1);
    expect(personMatch('R. Porat', 'Ruth Porat')).toBe(1);
    expect(personMatch('Ortega', 'Joaquín Ortega Salinas')).toBe(1);
  });
  it('does not match a first name, a particle or another person', () => {
    expect(personMatch('Ruth', 'Ruth Porat')).toBe(0);
    expect(personMatch('van der', 'Femke van der Linden')).toBe(0);
    expect(personMatch('Ruth Porat', 'Ruth Marat')).toBe(0);
    expect(personMatch('Anne Porat', 'Ruth Porat')).toBe(0);
    expect(personMatch('Ruth Porat', 'R. P.')).toBe(0);
    expect(personMatch('Zhou Mingyue', 'Mingyue Zhou')).toBe(1);
  });
});

describe('companyMatch', () => {
  it('ignores legal suffixes and group words', () => {
    expect(companyMatch('Alibaba Group', 'Alibaba')).toBe(2);
    expect(companyMatch('Quento S.A.', 'Quento')).toBe(2);
    expect(companyMatch('Groupe Renault', 'Renault Group')).toBe(2);
    expect(companyMatch('Acme Holdings plc', 'ACME')).toBe(2);
  });
  it('counts a subsidiary written with its country as the company', () => {
    expect(companyMatch('Google France', 'Google')).toBe(1);
    expect(companyMatch('Google', 'Google France')).toBe(1);
    expect(companyMatch('Deutsche Telekom', 'Telekom')).toBe(1);
    expect(companyMatch('Salesforce Europe', 'Salesforce')).toBe(1);
  });
  it('does not drop a country from both sides', () => {
    expect(companyMatch('Air France', 'Air Canada')).toBe(0);
    expect(companyMatch('Google France', 'Google Germany')).toBe(0);
    expect(companyMatch('Alibaba Cloud', 'Alibaba')).toBe(0);
  });
  it('matches an acronym with its expansion', () => {
    expect(companyMatch('TCS', 'Tata Consultancy Services')).toBe(1);
    expect(companyMatch('Amazon Web Services', 'AWS')).toBe(1);
    expect(companyMatch('OCP', 'Office Chérifien des Phosphates')).toBe(1);
    expect(companyMatch('TCS', 'Tata Steel')).toBe(0);
  });
});

describe('placeMatch', () => {
  it('matches French and English names of a place', () => {
    expect(placeMatch('Allemagne', 'Germany')).toBe(2);
    expect(placeMatch("l'Allemagne", 'germany')).toBe(2);
    expect(placeMatch('Londres', 'London')).toBe(2);
    expect(placeMatch('Royaume-Uni', 'Britain')).toBe(2);
    expect(placeMatch('Lyon', 'Lyon, France')).toBe(1);
    expect(placeMatch('Lyon', 'Lille')).toBe(0);
    expect(placeMatch('Allemagne', 'Autriche')).toBe(0);
  });
  it('accepts part of an exchange name only for ipo', () => {
    expect(placeMatch('Euronext Paris', 'Euronext', true)).toBe(1);
    expect(placeMatch('New York Stock Exchange', 'NYSE', true)).toBe(2);
    expect(placeMatch('Euronext Paris', 'Euronext')).toBe(0);
  });
});

describe('alignRoles', () => {
  it('matches one-to-one on (person, company, status)', () => {
    const gold = [
      { person: 'Ada Lind', company: 'Norvik', title: 'CFO', status: 'current' as const },
      { person: 'Ada Lind', company: 'Norvik', title: 'COO', status: 'current' as const },
    ];
    const al = alignRoles(gold, [role('Lind', 'Norvik AB', 'current', 'COO')]);
    expect(al.pairs).toEqual([{ gold: 1, predicted: 0 }]); // title breaks the tie
    expect(al.missed).toEqual([0]);
    expect(alignRoles(gold, [role('Ada Lind', 'Norvik', 'former')]).pairs).toEqual([]);
  });
});

describe('expandPredicted', () => {
  it('turns a partnership with a partner into one fact per party', () => {
    const out = expandPredicted([expansion('Tolvaro', 'partnership', 'Maroc', 'Kestrel Bank')]);
    expect(out.map((e) => [e.company, e.kind, e.place])).toEqual([
      ['Tolvaro', 'partnership', 'Maroc'],
      ['Kestrel Bank', 'partnership', 'Maroc'],
    ]);
  });
  it('counts a pair listed both ways once per party, and ignores partner on other kinds', () => {
    const both = [expansion('A', 'partnership', null, 'B'), expansion('B', 'partnership', null, 'A')];
    expect(expandPredicted(both)).toHaveLength(2);
    expect(expandPredicted([expansion('A', 'office', 'Lyon', 'B')])).toHaveLength(1);
  });
  it('counts each party of a three-party deal once (A–B and A–C give A, B and C)', () => {
    const deal = [expansion('A', 'partnership', 'Lyon', 'B'), expansion('A', 'partnership', 'Lyon', 'C')];
    expect(expandPredicted(deal).map((e) => e.company)).toEqual(['A', 'B', 'C']);
    // Another place is another fact.
    expect(expandPredicted([...deal, expansion('A', 'partnership', 'Nantes', 'D')]).map((e) => e.company)).toEqual(['A', 'A', 'B', 'C', 'D']);
  });
});
