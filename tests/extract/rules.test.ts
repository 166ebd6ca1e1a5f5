/**
 * One rule, one or two sentences of our own, in French and English: what each relation rule
 * is for. The goldens check whole articles; these say which rule a change broke.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

type Row = [person: string, company: string, status: string];

function roles(text: string, lang: 'fr' | 'en'): Row[] {
  return extract({ text, lang, published: '2025-02-01' }).roles.map((r) => [r.person, r.company, r.status]);
}

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
