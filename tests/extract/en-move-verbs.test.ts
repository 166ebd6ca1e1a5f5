/**
 * English move verbs and time phrases: "exits" leaves a post, "departed for X" joins X,
 * "naming X as T" appoints, "late of X" (British for "formerly of") names a past employer even
 * when it reads like a person's name, and a post at the Cabinet Office is a government one.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English move verbs', () => {
  it('reads "exits" as leaving the post, and "naming X as T" as the appointment', () => {
    const r = roles('Chief financial officer Ilse Varga exits Korrin Shipping after five years, the company said, naming Hans van Wijk, a former Maersk finance director, as interim CFO.', 'en');
    expect(r).toContainEqual(['Ilse Varga', 'Korrin Shipping', 'Chief financial officer', 'former']);
    expect(r).toContainEqual(['Hans van Wijk', 'Korrin Shipping', 'interim CFO', 'current']);
    expect(r).toContainEqual(['Hans van Wijk', 'Maersk', 'finance director', 'former']);
  });
  it('reads "has departed for X" as joining X', () => {
    expect(roles("Tallo's chief data officer, Ravi Sen, has departed for Spotify, where he will run search.", 'en')).toContainEqual(['Ravi Sen', 'Spotify', null, 'current']);
  });
  it('reads "late of X" as a past employer, even a name like a person\'s', () => {
    const r = roles('Korrin Studio has named Ada Pell, late of Bruno Weiss, creative director.', 'en');
    expect(r).toContainEqual(['Ada Pell', 'Bruno Weiss', null, 'former']);
    expect(r).toContainEqual(['Ada Pell', 'Korrin Studio', 'creative director', 'current']);
  });
  it('gives no role at the Cabinet Office', () => {
    const r = roles('Before joining Pellam, Ada Pell spent two years at the Cabinet Office as a special adviser.', 'en');
    expect(r.filter((row) => row[1] === 'Cabinet Office')).toEqual([]);
  });
  it('reads "is leaving for Y" as the move to Y, not only as leaving', () => {
    const r = roles("Kestrel Bank's head of credit, Ana Lind, is leaving for rival Orvane Capital.", 'en');
    expect(r).toContainEqual(['Ana Lind', 'Kestrel Bank', 'head of credit', 'former']);
    expect(r).toContainEqual(['Ana Lind', 'Orvane Capital', null, 'current']);
  });
});
