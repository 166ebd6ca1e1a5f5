/**
 * Statuses told by spans and promotions: "after nine years as T", "from 2012 to 2019, T of Y",
 * "…from 2018 to 2022 and then a T at Z", a COO named to succeed the CEO, "will take over as
 * CEO on Jan. 1 from X", a past tense that is not the post's ("alongside CFO Y"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('English statuses from spans and promotions', () => {
  it('does not give the post of someone named "alongside" the subject the subject\'s past tense', () => {
    const r = roles('Pluma Bank named Mira Castell chief executive. Castell had been seen as the favourite alongside chief financial officer Jon Arve.');
    expect(r).toContainEqual(['Jon Arve', 'Pluma Bank', 'chief financial officer', 'current']);
  });
  it('reads "who is retiring after nine years as T" as a past post', () => {
    const r = roles('Pluma said Mira Castell will become chief executive. She succeeds Jon Arve, who is retiring after eleven years as chief executive.');
    expect(r).toContainEqual(['Jon Arve', 'Pluma', 'chief executive', 'former']);
    expect(r.some((x) => x[0] === 'Jon Arve' && x[3] === 'current')).toBe(false);
  });
  it('reads a date range opening an apposition as the span of that post', () => {
    const k = roleKeys('Mira Castell was treasurer of Dalbery until 2021 and, from 2009 to 2016, chief financial officer of Orvanne Mutual.', 'en');
    expect(k).toContainEqual(['Mira Castell', 'Orvanne Mutual', 'former']);
    expect(k).not.toContainEqual(['Mira Castell', 'Orvanne Mutual', 'current']);
  });
  it('gives "and then a T at Z" the time of the post listed before it', () => {
    const r = roles('Pluma has hired Mira Castell as general counsel. Castell was senior counsel at Dalbery from 2015 to 2020 and then a partner at Orvane & Pike.');
    expect(r).toContainEqual(['Mira Castell', 'Orvane & Pike', 'partner', 'former']);
  });
  it('makes the post of a promoted officer the one left', () => {
    const r = roles('Pluma Mining said chief operating officer Mira Castell will succeed Jon Arve as chief executive when Arve retires in May.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma Mining', 'chief executive', 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Pluma Mining', 'chief operating officer', 'former']);
  });
  it('keeps a post held beside an acting one', () => {
    const r = roles('Pluma named its chief financial officer, Mira Castell, acting chief executive.');
    expect(r.filter((x) => x[0] === 'Mira Castell' && x[3] === 'former')).toEqual([]);
  });
  it('reads "will take over as CEO on Jan. 1 from X" as a succession, and no month as a company', () => {
    const k = roleKeys('Pluma said its president, Jon Arve, will take over as CEO on Jan. 1 from co-founder Mira Castell, who will become executive chair.', 'en');
    expect(k).toContainEqual(['Mira Castell', 'Pluma', 'former']);
    expect(k).toContainEqual(['Mira Castell', 'Pluma', 'current']);
    expect(k.some((x) => x[1] === 'Jan')).toBe(false);
  });
  it('does not give "became T" the time word of the aside before it', () => {
    expect(roleKeys('Ana Ruiz, a former banker, became chief executive of Velcor.', 'en')).toEqual([['Ana Ruiz', 'Velcor', 'current']]);
    expect(roleKeys('Mei Tanaka, the mayor\'s former adviser, became chief executive of Kobe Harbour Logistics.', 'en')).toEqual([['Mei Tanaka', 'Kobe Harbour Logistics', 'current']]);
  });
  it('reads the post someone "started as" at a firm as a past one', () => {
    const r = roleKeys('Marcus Adeyemi, who started as an analyst at Goldman Sachs, is now chief executive of Orsel.', 'en');
    expect(r).toContainEqual(['Marcus Adeyemi', 'Goldman Sachs', 'former']);
    expect(r).toContainEqual(['Marcus Adeyemi', 'Orsel', 'current']);
  });
  it('reads a post followed by "before leaving" as past', () => {
    expect(roleKeys('Anjali Vartak rose to chief operating officer of Vindhya Infotech before leaving in 2021.', 'en')).toEqual([['Anjali Vartak', 'Vindhya Infotech', 'former']]);
    expect(roleKeys('Tom Reed will be chief executive of Velcor until his retirement in 2030.', 'en')).toEqual([['Tom Reed', 'Velcor', 'current']]);
  });
});
