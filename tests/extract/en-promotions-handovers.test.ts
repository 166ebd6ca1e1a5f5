/**
 * Posts left on a promotion or a handover, told after the new one: "promoting her from T",
 * "handing over to Y, the group's COO", "named Y, its T, as her successor"; an exit with an
 * adjective ("the sudden exit of X"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English promotions and handovers', () => {
  it('reads the post someone promoted at the firm "has been" holding as left, not an acting one', () => {
    const r = roles('Pluma Bank said Mira Castell will become chief executive in May. Castell has been head of retail banking since 2019.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma Bank', 'head of retail banking', 'former']);
    const acting = roles('Pluma Bank named Mira Castell acting chief executive. Castell has been head of retail banking since 2019.');
    expect(acting).toContainEqual(['Mira Castell', 'Pluma Bank', 'head of retail banking', 'current']);
  });
  it('reads "co-chief executive" as a title', () => {
    const r = roles('Pluma has hired Ada Renn as finance director. She will report to co-chief executive Jon Arve.');
    expect(r).toContainEqual(['Jon Arve', 'Pluma', 'co-chief executive', 'current']);
  });
  it('reads the post after "promoting her from" as left', () => {
    const r = roles('Pluma has elevated Mira Castell to chief operating officer, promoting her from head of sales for Europe.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'chief operating officer', 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'head of sales for Europe', 'former']);
  });
  it('gives the post handed over to the newcomer, whose own post is left', () => {
    const r = roles("Pluma chief executive Jon Arve is to step down, handing over to Mira Castell, the group's chief operating officer.");
    expect(r).toContainEqual(['Jon Arve', 'Pluma', 'chief executive', 'former']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'chief executive', 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'chief operating officer', 'former']);
  });
  it('gives the post of the one who leaves to the one named "as her successor"', () => {
    const r = roles('Pluma said its chief legal officer, Ada Renn, is stepping down at the end of the year. The company named Mira Castell, its deputy general counsel, as her successor.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'chief legal officer', 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'deputy general counsel', 'former']);
  });
  it('keeps the post a newcomer is named to in the handover sentence', () => {
    const r = roles('Ada Renn cède son fauteuil à Mira Castell, nommée présidente du directoire de Pluma.', 'fr');
    expect(r.some((x) => x[0] === 'Mira Castell' && x[3] === 'former')).toBe(false);
  });
  it('reads "the sudden exit of X" as a predecessor', () => {
    const r = roles('Pluma has appointed Mira Castell as interim chief financial officer following the sudden exit of Jon Arve.');
    expect(r.some((x) => x[0] === 'Jon Arve' && x[1] === 'Pluma' && x[3] === 'former')).toBe(true);
  });
  it('reads the post after "elevating him from the role of" and "moving her up from" as left', () => {
    const a = roles('Quarnel Systems on Monday named Ivo Brandl its chief technology officer, elevating him from the role of head of engineering.');
    expect(a).toContainEqual(['Ivo Brandl', 'Quarnel Systems', 'chief technology officer', 'current']);
    expect(a).toContainEqual(['Ivo Brandl', 'Quarnel Systems', 'head of engineering', 'former']);
    const b = roles('Pluma has named Mira Castell as its group finance director, moving her up from head of treasury.');
    expect(b).toContainEqual(['Mira Castell', 'Pluma', 'head of treasury', 'former']);
  });
  it('reads "promoted X from T to T2" as leaving T', () => {
    const r = roles('Quarnel Systems also promoted Ivo Brandl from vice president to senior vice president of sales.');
    expect(r).toContainEqual(['Ivo Brandl', 'Quarnel Systems', 'vice president', 'former']);
    expect(r).toContainEqual(['Ivo Brandl', 'Quarnel Systems', 'senior vice president of sales', 'current']);
  });
  it('reads "was promoted to" / "has been elevated to" as the post now held, not a past one', () => {
    for (const verb of ['was promoted to', 'has been promoted to', 'was elevated to']) {
      expect(roles(`Dov Kessler ${verb} chief operating officer of Pluma.`)).toEqual([['Dov Kessler', 'Pluma', 'chief operating officer', 'current']]);
    }
  });
  it('leaves the post named in the apposition of someone promoted, whatever stands before the verb', () => {
    const r = roles('Pluma named Mira Castell chief executive. Dov Kessler, the chief commercial officer, was promoted to chief operating officer.');
    expect(r).toContainEqual(['Dov Kessler', 'Pluma', 'chief commercial officer', 'former']);
    expect(r).toContainEqual(['Dov Kessler', 'Pluma', 'chief operating officer', 'current']);
    const fr = roles('Pluma a nommé Mira Castell directrice générale. Dov Kessler, directeur commercial, a pour sa part été promu directeur général délégué.', 'fr');
    expect(fr).toContainEqual(['Dov Kessler', 'Pluma', 'directeur commercial', 'former']);
    expect(fr).toContainEqual(['Dov Kessler', 'Pluma', 'directeur général délégué', 'current']);
  });
  it('reads a post told with "having been" as left', () => {
    const r = roles('At Pluma, Mira Castell was promoted to executive vice president, having been head of sales for Europe since 2020.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'executive vice president', 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma', 'head of sales for Europe', 'former']);
  });
  it('reads the post a replaced person "moves to the role of" or "will transition to" as held now, beside the post left', () => {
    for (const move of ['moves to the role of', 'will transition to the role of', 'will stay on the board and move to the role of']) {
      const r = roles(`Pluma has named Mira Castell chief executive. She succeeds co-founder Jon Arve, who ${move} chief product officer.`);
      expect(r).toContainEqual(['Jon Arve', 'Pluma', 'chief product officer', 'current']);
      expect(r.some((x) => x[0] === 'Jon Arve' && x[1] === 'Pluma' && x[3] === 'former')).toBe(true);
    }
  });
  it('reads "promoted to T from T2" as leaving T2, and a degree after the name as no employer', () => {
    const r = roles('Pelham Bio said that Yuri Tann, Ph.D., was promoted to Chief Technology Officer from Vice President, Platform Engineering.');
    expect(r).toContainEqual(['Yuri Tann', 'Pelham Bio', 'Chief Technology Officer', 'current']);
    expect(r).toContainEqual(['Yuri Tann', 'Pelham Bio', 'Vice President, Platform Engineering', 'former']);
    expect(r.some((x) => x[1].startsWith('Ph'))).toBe(false);
  });
  it('reads the active "promoted X to T from T2" as leaving T2, a lender\'s "credit officer" too', () => {
    const r = roles('Wendover Savings promoted Ilse Marchetti to chief lending officer from senior credit officer.');
    expect(r).toContainEqual(['Ilse Marchetti', 'Wendover Savings', 'chief lending officer', 'current']);
    expect(r).toContainEqual(['Ilse Marchetti', 'Wendover Savings', 'senior credit officer', 'former']);
    const s = roles('Marchbank Mutual has promoted Vesna Orlic to chief operating officer from head of claims, effective immediately.');
    expect(s).toContainEqual(['Vesna Orlic', 'Marchbank Mutual', 'head of claims', 'former']);
  });
  it('reads "named its T1, X, T2" as leaving T1, and keeps T1 beside an interim ("as interim T2")', () => {
    const r = roles('Brockley Pumps named its head of treasury, Oskar Lindgren, as interim finance director while the board looks for a permanent successor.');
    expect(r).toContainEqual(['Oskar Lindgren', 'Brockley Pumps', 'interim finance director', 'current']);
    expect(r).toContainEqual(['Oskar Lindgren', 'Brockley Pumps', 'head of treasury', 'current']);
    const s = roles('Brockley Pumps named its group controller, Oskar Lindgren, finance director.');
    expect(s).toContainEqual(['Oskar Lindgren', 'Brockley Pumps', 'group controller', 'former']);
    expect(s).toContainEqual(['Oskar Lindgren', 'Brockley Pumps', 'finance director', 'current']);
  });
  it('keeps an interim taken on top of a post named elsewhere in the sentence', () => {
    const r = roles('Oskar Lindgren, finance director of Brockley Pumps, will also serve as interim chief executive.');
    expect(r).toContainEqual(['Oskar Lindgren', 'Brockley Pumps', 'finance director', 'current']);
  });
  it('reads "is handing FIRM to her son" as the holder leaving the firm, and "handed FIRM a contract" as no handover', () => {
    const r = roles('Wilhelmina Strand is handing Strand Joinery to her daughter after three decades at the helm.');
    expect(r).toContainEqual(['Wilhelmina Strand', 'Strand Joinery', null, 'former']);
    const s = roles('Wilhelmina Strand is handing Strand Joinery to Oskar Lindgren, who joined in 2019.');
    expect(s).toContainEqual(['Wilhelmina Strand', 'Strand Joinery', null, 'former']);
    expect(s).toContainEqual(['Oskar Lindgren', 'Strand Joinery', null, 'current']);
    expect(roles('Strand Joinery handed Oskar Lindgren a contract.')).toEqual([]);
  });
});
