/**
 * A post held before a move in the same sentence is left: "X, T1 depuis 2018, devient T2",
 * "T1, X est promue T2", "named its T1, X, as T2", "until now T1, will take over as T2".
 * A board seat, an interim or an explicit "currently" keeps the first post. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

type Row = [person: string, title: string | null, status: string];

function roles(text: string, lang: 'fr' | 'en'): Row[] {
  return extract({ text, lang, published: '2025-02-01' }).roles.map((r) => [r.person, r.title, r.status]);
}

describe('a post left for another in the same sentence', () => {
  it('reads "X, T1 depuis N, devient T2" (fr)', () => {
    const r = roles('Chez Orvane, Julien Morvan, directeur général depuis 2017, devient président exécutif.', 'fr');
    expect(r).toContainEqual(['Julien Morvan', 'directeur général', 'former']);
    expect(r).toContainEqual(['Julien Morvan', 'président exécutif', 'current']);
  });
  it('reads "T1 depuis N, X est promue T2" (fr)', () => {
    const r = roles("Directrice marketing depuis 2020, Claire Vasseur est promue directrice générale d'Orvane.", 'fr');
    expect(r).toContainEqual(['Claire Vasseur', 'Directrice marketing', 'former']);
    expect(r).toContainEqual(['Claire Vasseur', 'directrice générale', 'current']);
  });
  it('reads "named its T1, X, as T2" and "poached C\'s T1, X, as its T2" (en)', () => {
    const r = roles('Tarvex named its chief operating officer, Laura Benton, as chief executive on Monday.', 'en');
    expect(r).toContainEqual(['Laura Benton', 'chief operating officer', 'former']);
    expect(r).toContainEqual(['Laura Benton', 'chief executive', 'current']);
  });
  it('reads "snapped up C\'s T1, X, as its first T2" and "lured C\'s scope T1, X, to become its T2" (en)', () => {
    const text = "Harlow & Finch has snapped up Brevo's head of buying, Tamsin Oduya, as its first chief merchandising officer.";
    const r = extract({ text, lang: 'en', published: '2025-02-01' }).roles.map((x) => [x.person, x.company, x.status]);
    expect(r).toContainEqual(['Tamsin Oduya', 'Brevo', 'former']);
    expect(r).toContainEqual(['Tamsin Oduya', 'Harlow & Finch', 'current']);
    const lured = "Pellworth Foods has lured Carvo's cheese category director, Idris Kallan, to become its commercial director.";
    const l = extract({ text: lured, lang: 'en', published: '2025-02-01' }).roles.map((x) => [x.person, x.company, x.status]);
    expect(l).toContainEqual(['Idris Kallan', 'Carvo', 'former']);
    expect(l).toContainEqual(['Idris Kallan', 'Pellworth Foods', 'current']);
  });
  it('reads "until now T1, will take over as T2" (en)', () => {
    const r = roles('Omar Keane, until now head of retail, will take over as chief operating officer of Tarvex.', 'en');
    expect(r).toContainEqual(['Omar Keane', 'head of retail', 'former']);
  });
  it('keeps the first post for a board seat, an interim or "currently" (en, fr)', () => {
    expect(roles('Julien Morvan, directeur général de Tarvex, devient administrateur indépendant de Velcor.', 'fr')).toContainEqual(['Julien Morvan', 'directeur général', 'current']);
    expect(roles('Tarvex named its chief financial officer, Laura Benton, as interim chief executive.', 'en')).toContainEqual(['Laura Benton', 'chief financial officer', 'current']);
    expect(roles('At Tarvex, Omar Keane, currently head of retail, will take over as chief operating officer.', 'en')).toContainEqual(['Omar Keane', 'head of retail', 'current']);
  });
  it('keeps the first post when the second is also held (fr)', () => {
    expect(roles('Julien Morvan, directeur général de Tarvex, devient aussi président du groupe.', 'fr')).toContainEqual(['Julien Morvan', 'directeur général', 'current']);
  });
  it('reads "who has been T1 since N and will become T2" (en)', () => {
    const r = roles('Tarvex named Laura Benton chief executive. She succeeds Omar Keane, who has been chief executive since 2016 and will become chief technology officer.', 'en');
    expect(r).toContainEqual(['Omar Keane', 'chief executive', 'former']);
    expect(r).toContainEqual(['Omar Keane', 'chief technology officer', 'current']);
  });
});

describe("the successor's company after a past stay", () => {
  it('takes the new employer, not the one where the successor rose before (en)', () => {
    const text = 'Tarvex has appointed Laura Benton as chief executive. Benton spent ten years at Velcor, where she rose to vice president of sales. She succeeds Omar Keane, who will become chairman.';
    const r = extract({ text, lang: 'en', published: '2025-02-01' }).roles.map((x) => [x.person, x.company, x.status]);
    expect(r).toContainEqual(['Omar Keane', 'Tarvex', 'former']);
    expect(r).not.toContainEqual(['Omar Keane', 'Velcor', 'former']);
  });
  it('takes the new employer, not the one where the successor worked before (fr)', () => {
    const text = "Tarvex a nommé Claire Vasseur directrice générale. Elle a passé dix ans chez Velcor, où elle était directrice commerciale. Elle succède à Julien Morvan, qui devient président.";
    const r = extract({ text, lang: 'fr', published: '2025-02-01' }).roles.map((x) => [x.person, x.company, x.status]);
    expect(r).toContainEqual(['Julien Morvan', 'Tarvex', 'former']);
    expect(r).not.toContainEqual(['Julien Morvan', 'Velcor', 'former']);
  });
});
