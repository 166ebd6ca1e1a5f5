/**
 * Given names from the regions the trade press covers, beyond the French and English lists:
 * a person named only by such a name (no civility, the title after the name) is still a person,
 * and not taken for the company that opens an office.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { isFirstName, nameGender } from '../../src/lexicon/first-names.js';

const roles = (text: string, lang: 'fr' | 'en') =>
  extract({ text, lang, published: '2025-06-01' }).roles.map((r) => `${r.person} @ ${r.company} ${r.status}`);

describe('international given names', () => {
  it('knows Dutch, Nordic, Swiss, West African, Indian, Japanese and Korean given names, with their gender', () => {
    for (const n of ['femke', 'wouter', 'sverre', 'reto', 'olusegun', 'wanjiru', 'venkatesh', 'hiroko', 'min-jun', 'ji-woo']) expect(isFirstName(n), n).toBe(true);
    expect(nameGender('femke')).toBe('f');
    expect(nameGender('sverre')).toBe('m');
  });

  it('finds a person named by such a name before an apposition, and her past employer', () => {
    expect(roles('Femke Visser, a former Rabobank banker, has joined Tulpwerk as chief financial officer.', 'en')).toEqual([
      'Femke Visser @ Rabobank former',
      'Femke Visser @ Tulpwerk current',
    ]);
  });

  it('does not take a person who will lead an office for the company that opens it', () => {
    const facts = extract({ text: 'Lindholm Marine said Sverre Aalvik will lead its new office in Bergen.', lang: 'en', published: '2025-06-01' });
    expect(facts.expansions.map((e) => `${e.company} ${e.kind} ${e.place}`)).toEqual(['Lindholm Marine office Bergen']);
  });
});

describe("a name unknown to the lists before the post of a firm named by a noun", () => {
  it("reads 'X, the studio's head of art' as a person, never the employer of the people after", () => {
    const r = roles("Brightmoss Games has reshuffled its leadership. Baek Do-yun, the studio's head of art, will become chief creative officer, succeeding founder Tom Lindell, who will become chairman.", 'en');
    expect(r).toContain('Baek Do-yun @ Brightmoss Games current');
    expect(r).toContain('Tom Lindell @ Brightmoss Games current');
    expect(r.some((x) => x.includes('@ Baek Do-yun'))).toBe(false);
  });
  it("keeps a firm described by a possessive apposition that holds no post", () => {
    const r = roles("Kelmark Ventures, the group's investment arm, has hired Ruth Amsel as partner.", 'en');
    expect(r).toEqual(['Ruth Amsel @ Kelmark Ventures current']);
  });
});

describe('Vietnamese family names that fold to a stopword', () => {
  it('keeps "Lê" at the head of the name', () => {
    expect(roles('Saigon Dairy also named Lê Thanh Vu, previously at Masan Group, as CFO.', 'en')).toContain('Lê Thanh Vu @ Saigon Dairy current');
  });
  it('still reads the French article "Le" before a name as no part of it', () => {
    const r = roles('Le groupe Tarvex nomme Julien Morvan directeur général.', 'fr');
    expect(r).toContain('Julien Morvan @ Tarvex current');
  });
});
