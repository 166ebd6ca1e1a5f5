/**
 * A founder noun beside a post held now at the same company. GUIDELINES: "one fact per job" and
 * "founder or co-founder as a noun is a role, status current"; the development set lists
 * "co-founder" and "chairman", both current, for a replaced co-founder who becomes chairman. So
 * the founder noun stays a fact of its own beside the new post, although it shares the scoring
 * key (person, company, status) with it. Several blind sets were written under a brief that
 * allowed one fact per key, and count it as a false hit there: that is the brief's convention,
 * not the guidelines'. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows, type RoleRow } from '../helpers/extract.js';

const roleKeys = (text: string) => roleRows(text, 'en').map(([p, c, , st]) => [p, c, st]);

const currentTitles = (r: RoleRow[], person: string) => r.filter((x) => x[0] === person && x[3] === 'current').map((x) => x[2]);

describe('a founder given a post', () => {
  it('keeps a replaced co-founder as co-founder beside the new board title (en)', () => {
    const r = roleRows('Quarrymoor Foods has appointed Lena Vasquez as chief executive, replacing co-founder Tobias Renn, who will become non-executive chair.', 'en');
    expect(currentTitles(r, 'Tobias Renn').sort()).toEqual(['co-founder', 'non-executive chair']);
  });
  it('keeps a co-founder who becomes chair as cofondatrice and présidente (fr)', () => {
    const r = roleRows('Chez Velbranche, la cofondatrice, Odile Marsan, devient présidente.', 'fr');
    expect(currentTitles(r, 'Odile Marsan').sort()).toEqual(['cofondatrice', 'présidente']);
  });
  it('keeps a founder alone when no other post is held there (en)', () => {
    expect(roleRows('Quarrymoor Foods co-founder Tobias Renn said sales rose.', 'en')).toContainEqual(['Tobias Renn', 'Quarrymoor Foods', 'co-founder', 'current']);
  });
});

describe('a relative of a founder', () => {
  it('does not give X the title of the one X is related to (en)', () => {
    const r = roleRows('Brantholm Foods said Chief Executive Ada Brant will step down. Ms. Brant, the granddaughter of the company\'s founder, will remain on the board as vice chair.', 'en');
    expect(r.some((x) => x[0] === 'Ada Brant' && x[2] === 'founder')).toBe(false);
    expect(r).toContainEqual(['Ada Brant', 'Brantholm Foods', 'vice chair', 'current']);
  });
  it('gives the post named after a kinship aside to the subject, not the relative (en)', () => {
    expect(roleKeys('Kenji Ota, grandson of founder Hiroshi Ota, was named president of Ota Brewing.')).toContainEqual(['Kenji Ota', 'Ota Brewing', 'current']);
    expect(roleKeys('Kenji Ota, a nephew of Hiroshi Ota, was named president of Ota Brewing.')).toEqual([['Kenji Ota', 'Ota Brewing', 'current']]);
  });
});
