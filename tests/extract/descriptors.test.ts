/**
 * Company names after a description of the company: a sector noun before the name, a
 * sentence-initial capitalised description, a name ending in a sector word, and a name that
 * reads as a person's before ", where she was". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys as roles } from '../helpers/extract.js';

function companies(text: string, lang: 'fr' | 'en'): string[] {
  return roles(text, lang).map(([, c]) => c);
}

describe('descriptions before a company name', () => {
  it('drops a capitalised sector noun at the head of the name (en)', () => {
    const r = roles('Broker Quentley Marsh has appointed Laura Benton as chief executive.', 'en');
    expect(r).toContainEqual(['Laura Benton', 'Quentley Marsh', 'current']);
  });
  it('drops a capitalised sector noun at the head of the name (fr)', () => {
    const r = roles('Réassureur Calvane Re nomme Julien Morvan directeur général.', 'fr');
    expect(r).toContainEqual(['Julien Morvan', 'Calvane Re', 'current']);
  });
  it('keeps a sector word that starts a name before "of"', () => {
    expect(companies('Bank of Tarvel has appointed Laura Benton as chief executive.', 'en')).toContain('Bank of Tarvel');
  });
  it('skips a sentence-initial description ending in a sector noun (en)', () => {
    expect(roles('Pet-food retailer Brindle has hired Omar Keane as chief operating officer.', 'en')).toEqual([['Omar Keane', 'Brindle', 'current']]);
    expect(roles('Cycling apparel brand Velotte named Ruth Amsel as head of Europe.', 'en')).toEqual([['Ruth Amsel', 'Velotte', 'current']]);
    expect(roles('Nordic shipping group Havlund has appointed Eva Lind as chief financial officer.', 'en')).toEqual([['Eva Lind', 'Havlund', 'current']]);
  });
  it("skips a description after a dateline and after a name's 's (en)", () => {
    const r = roles("OSLO, May 2 (Reuters) - Corrand's insurer Pellam Holdings on Monday named Tom Riley as chief executive.", 'en');
    expect(r).toEqual([['Tom Riley', 'Pellam Holdings', 'current']]);
  });
  it('skips a compound adjective opening the description (en)', () => {
    expect(roles('Mid-tier software house Quarnell Systems has appointed Ines Barlow as chief operating officer.', 'en')).toEqual([['Ines Barlow', 'Quarnell Systems', 'current']]);
    expect(roles('Family-run brewer Oakhollow has hired Ted Varga as finance director.', 'en')).toEqual([['Ted Varga', 'Oakhollow', 'current']]);
  });
  it('keeps a romanised given name with a short syllable after its hyphen (en)', () => {
    expect(roles('Tarvex has appointed Kang Min-seo as chief executive.', 'en')).toEqual([['Kang Min-seo', 'Tarvex', 'current']]);
  });
  it('keeps a sentence-initial company that is the subject (en, fr)', () => {
    expect(companies('Tarvex has appointed Laura Benton as chief executive.', 'en')).toEqual(['Tarvex']);
    expect(companies('Tarvex nomme Laura Benton directrice générale.', 'fr')).toEqual(['Tarvex']);
  });
  it('keeps the company before a job noun and a person (en)', () => {
    expect(roles('Tarvex Rovers manager Daniel Ostrander said the squad was ready.', 'en')).toContainEqual(['Daniel Ostrander', 'Tarvex Rovers', 'current']);
  });
  it('reads a lowercase French description before the name (fr)', () => {
    const r = roles("L'assureur Calvane nomme Julien Morvan directeur général.", 'fr');
    expect(r).toContainEqual(['Julien Morvan', 'Calvane', 'current']);
  });
});

describe('sector words that end company names', () => {
  it('reads "X Resources", "X Hospitality" as companies (en, fr)', () => {
    expect(roles('Varnok Resources has named Jane Holt chief executive.', 'en')).toContainEqual(['Jane Holt', 'Varnok Resources', 'current']);
    expect(roles('Merivel Hospitality nomme Julien Morvan directeur général.', 'fr')).toContainEqual(['Julien Morvan', 'Merivel Hospitality', 'current']);
  });
});

describe('a place of work that reads as a person', () => {
  it('takes the name before ", where she was" as the employer (en)', () => {
    const r = roles('Varnok Resources has named Jane Holt chief executive. She was previously at Marco Ferrand, where she was deputy general counsel.', 'en');
    expect(r).toContainEqual(['Jane Holt', 'Marco Ferrand', 'former']);
  });
  it('takes the name before ", où elle était" as the employer (fr)', () => {
    const r = roles("Merivel Hospitality nomme Anne Morvan directrice générale. Elle vient de chez Marco Ferrand, où elle était directrice financière.", 'fr');
    expect(r).toContainEqual(['Anne Morvan', 'Marco Ferrand', 'former']);
  });
});

describe('a name that reads as a person after a career phrase', () => {
  it('reads "ancien de X" as a past employer (fr)', () => {
    const r = roles('Velcor a nommé Julien Morvan directeur des opérations. Ce polytechnicien, ancien de Marco Ferrand, supervisera les sites du groupe.', 'fr');
    expect(r).toContainEqual(['Julien Morvan', 'Marco Ferrand', 'former']);
    expect(r.some(([p]) => p === 'Marco Ferrand')).toBe(false);
  });
  it('reads "a veteran of X" as a past employer (en)', () => {
    const r = roles('Velcor named Jane Holt chief operating officer. Holt, a veteran of Marco Ferrand, will oversee the group sites.', 'en');
    expect(r).toContainEqual(['Jane Holt', 'Marco Ferrand', 'former']);
    expect(r.some(([p]) => p === 'Marco Ferrand')).toBe(false);
  });
});
