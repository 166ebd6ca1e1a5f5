/**
 * The one whose leaving dates a move: "Y will take the helm at Z when X retires in June", "Y has
 * been promoted to managing partner at Z after X retired" -> X leaves Z (no title), when the
 * sentence names only that firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English leaver in a time clause', () => {
  it('reads the person retiring in a "when / after" clause as leaving the firm named', () => {
    const r = roles('Sonia Park will take the helm at Lakeside Capital when Obi Eze retires in June.', 'en');
    expect(r).toContainEqual(['Sonia Park', 'Lakeside Capital', null, 'current']);
    expect(r).toContainEqual(['Obi Eze', 'Lakeside Capital', null, 'former']);
    expect(roles('Grace Mwangi has been promoted to managing partner at Lakeside Capital after Obi Eze retired.', 'en')).toContainEqual(['Obi Eze', 'Lakeside Capital', null, 'former']);
  });
  it('gives no firm when the sentence names two', () => {
    const r = roles('Sonia Park will move from Orvane Bank to Lakeside Capital when Obi Eze retires in June.', 'en');
    expect(r.filter((row) => row[0] === 'Obi Eze')).toEqual([]);
  });
});
