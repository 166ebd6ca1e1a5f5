/**
 * English verbs of leaving: "quits X", "exits X", "resigned from X", "stepped down from X" name
 * the firm left (former, no title) — also after a name written family name first ("Xu Ming
 * has left X", "Tan Wei Ming retires as…"), which such a verb shows to be a person's. A firm
 * that quits or exits something is not a person leaving a job, and the firm left stays the
 * subject the rest of the sentence speaks of. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows as roles } from '../helpers/extract.js';

describe('English verbs of leaving', () => {
  it('reads quits, exits and resigned from as the firm left', () => {
    expect(roles('Anna Berg quits Harbour Glass, where she led marketing.', 'en')).toContainEqual(['Anna Berg', 'Harbour Glass', null, 'former']);
    expect(roles('Ole Brandt exits Solvane Energy after eight years.', 'en')).toContainEqual(['Ole Brandt', 'Solvane Energy', null, 'former']);
    expect(roles('Marta Novak resigned from Kelso Bank in March.', 'en')).toContainEqual(['Marta Novak', 'Kelso Bank', null, 'former']);
  });
  it('reads a name written family name first as a person before a verb of leaving', () => {
    const r = roles('Xu Ming has left Baiyun Logistics, where he was chief technology officer, to join Redfern Cloud.', 'en');
    expect(r).toContainEqual(['Xu Ming', 'Baiyun Logistics', 'chief technology officer', 'former']);
    expect(r).toContainEqual(['Xu Ming', 'Redfern Cloud', null, 'current']);
    expect(roles('Tan Wei Ming retires as chairman of Straits Marine at the end of June.', 'en')).toContainEqual(['Tan Wei Ming', 'Straits Marine', 'chairman', 'former']);
  });
  it('gives no one the firm a company quits', () => {
    expect(roles('Tom Reed said Pellam Foods had quit Norvik Holdings.', 'en')).toEqual([]);
  });
  it('keeps the firm left as the subject of the sentence', () => {
    const text = 'Chief financial officer Rosa Lind exits Marvik Group after four years, the Oslo-listed shipping company said on Thursday. Lind is joining Tessel Lines as head of investor relations.';
    expect(expansionRows(text, 'en')).toContain('Marvik Group | ipo | Oslo');
  });
  it('ends the post held "the last N as T" of a stay told with "after", at the stay\'s firm, not at a site', () => {
    const a = roles('Dafydd Brynach, Carrowmore Steel\'s most senior engineer, retired this week after 39 years at the Aberogwy hot-strip mill, the final nine as works manager.', 'en');
    expect(a).toContainEqual(['Dafydd Brynach', 'Carrowmore Steel', 'works manager', 'former']);
    expect(a.some(([, company]) => company.startsWith('Aberogwy'))).toBe(false);
    const b = roles('Ilona Varga retired from Brenhill Dairies on Friday after 30 years, the last ten as finance director.', 'en');
    expect(b).toContainEqual(['Ilona Varga', 'Brenhill Dairies', 'finance director', 'former']);
    const c = roles('Ilona Varga will join Varnholt Foods after 25 years at Brenhill Dairies, the last eight as its finance director.', 'en');
    expect(c).toContainEqual(['Ilona Varga', 'Brenhill Dairies', 'finance director', 'former']);
    expect(c.some(([, company, , status]) => company === 'Varnholt Foods' && status === 'former')).toBe(false);
  });
  it('keeps a post held "the last N as T" of a stay still going on', () => {
    const r = roles('Ilona Varga has been at Brenhill Dairies for 25 years, the last eight as chief executive.', 'en');
    expect(r).toContainEqual(['Ilona Varga', 'Brenhill Dairies', 'chief executive', 'current']);
  });
});
