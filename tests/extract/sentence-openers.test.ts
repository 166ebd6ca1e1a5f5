/**
 * Words that open a sentence without naming anything: press rubrics ("Carnet.", "Scoop:"),
 * participles ("Promu en…"), lowercase-tailed compounds ("Open-access", "K-pop"); and
 * "directrice administrative et financière" kept whole. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('sentence openers that are not names', () => {
  it('skips a rubric before the company (fr, en)', () => {
    expect(roles('Carnet. Le groupe Velmora Conseil étoffe sa direction. Julie Martin devient DRH.', 'fr')).toContainEqual(['Julie Martin', 'Velmora Conseil', 'DRH', 'current']);
    expect(roles('Scoop: Orvane Labs has hired Paul Brent as chief data officer.', 'en')).toContainEqual(['Paul Brent', 'Orvane Labs', 'chief data officer', 'current']);
    expect(roles('Mouvement chez les assureurs : Julie Martin devient directrice juridique de Velcor.', 'fr')).toContainEqual(['Julie Martin', 'Velcor', 'directrice juridique', 'current']);
  });
  it('skips a named column or source before a colon when a firm follows it (en, fr)', () => {
    expect(roles('The Chronicle: Brackley Foods, the Cumbrian baker, has named Tom Weller chief executive.', 'en')).toEqual([['Tom Weller', 'Brackley Foods', 'chief executive', 'current']]);
    expect(roles('Le Courrier : Maison Tessier, le chocolatier lyonnais, a nommé Julie Martin directrice générale.', 'fr')).toContainEqual(['Julie Martin', 'Maison Tessier', 'directrice générale', 'current']);
  });
  it('keeps a firm before a colon when no other firm follows it', () => {
    expect(roles('Brackley Foods: chief executive Tom Weller will step down in June.', 'en')).toContainEqual(['Tom Weller', 'Brackley Foods', 'chief executive', 'former']);
  });
  it('skips a lowercase-tailed compound before the name', () => {
    expect(roles('Open-source developer Quillbyte Software has appointed Paul Brent as chief executive.', 'en')).toContainEqual(['Paul Brent', 'Quillbyte Software', 'chief executive', 'current']);
  });
  it('keeps a romanised given name with a short lowercase syllable', () => {
    expect(roles('Velcor Labs a nommé Min-jun Park directeur général.', 'fr')).toContainEqual(['Min-jun Park', 'Velcor Labs', 'directeur général', 'current']);
  });
  it('keeps two adjectives of one title joined by et', () => {
    expect(roles('Julie Martin devient directrice administrative et financière de Velcor.', 'fr')).toContainEqual(['Julie Martin', 'Velcor', 'directrice administrative et financière', 'current']);
  });
  it('skips an English participle and its preposition, and keeps a name ending in -ed', () => {
    expect(roles('Founded in 2015, Quorvane sells payroll software. The company has appointed Daniel Frey chief financial officer.', 'en')).toEqual([['Daniel Frey', 'Quorvane', 'chief financial officer', 'current']]);
    expect(roles('Headquartered in Oslo, Quorvane sells payroll software. The firm named Daniel Frey chief executive.', 'en')).toEqual([['Daniel Frey', 'Quorvane', 'chief executive', 'current']]);
    expect(roles('Allied Weldings has appointed Daniel Frey chief executive.', 'en')).toEqual([['Daniel Frey', 'Allied Weldings', 'chief executive', 'current']]);
  });
  it('skips a French participle without an accent before its preposition, and keeps a short name ending in -u', () => {
    expect(roles('Acquise en 2019, Brelvex a nommé Lucie Martin-Royer directrice générale.', 'fr')).toEqual([['Lucie Martin-Royer', 'Brelvex', 'directrice générale', 'current']]);
    expect(roles('Reconnue pour ses fixations, Brelvex a nommé Lucie Martin-Royer directrice générale.', 'fr')).toEqual([['Lucie Martin-Royer', 'Brelvex', 'directrice générale', 'current']]);
    expect(roles('Lexmu pour sa part a nommé Lucie Martin-Royer directrice générale.', 'fr')).toEqual([['Lucie Martin-Royer', 'Lexmu', 'directrice générale', 'current']]);
  });
  it('reads a name ending in Rail or FC as a company', () => {
    expect(roles('Promu en National, le Racing Vernon FC se structure. Le club a recruté Paul Brent comme directeur général.', 'fr')).toContainEqual(['Paul Brent', 'Racing Vernon FC', 'directeur général', 'current']);
  });
});
