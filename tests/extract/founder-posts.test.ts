/**
 * A founder noun beside a post held now at the same company: the post is the fact, as the
 * scoring key is one per person, company and status. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('a founder given a post', () => {
  it('lists a replaced founder by the new board title, not the founder noun (en)', () => {
    const r = roleRows('Quarrymoor Foods has appointed Lena Vasquez as chief executive, replacing co-founder Tobias Renn, who will become non-executive chair.', 'en');
    expect(r).toContainEqual(['Tobias Renn', 'Quarrymoor Foods', 'non-executive chair', 'current']);
    expect(r.filter((x) => x[0] === 'Tobias Renn' && x[3] === 'current')).toHaveLength(1);
  });
  it('lists a founder who keeps a post by that post (fr)', () => {
    const r = roleRows('Chez Velbranche, la cofondatrice, Odile Marsan, devient présidente.', 'fr');
    expect(r.filter((x) => x[0] === 'Odile Marsan' && x[3] === 'current').map((x) => x[2])).toEqual(['présidente']);
  });
  it('keeps a founder alone when no other post is held there (en)', () => {
    expect(roleRows('Quarrymoor Foods co-founder Tobias Renn said sales rose.', 'en')).toContainEqual(['Tobias Renn', 'Quarrymoor Foods', 'co-founder', 'current']);
  });
});
