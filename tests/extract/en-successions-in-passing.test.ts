/**
 * Successions told in passing: "He will be succeeded by his deputy, Grace Mwangi" (the newcomer
 * after a possessive description takes the post left), "X hands the reins to Y" (X leaves), and
 * "Y will take the helm at Z when X retires" (the leaving is X's, not Y's). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English successions told in passing', () => {
  it('reads the successor named after "his deputy,"', () => {
    const r = roles('Lakeside Capital said managing partner Obi Eze would retire next month. He will be succeeded by his deputy, Grace Mwangi.', 'en');
    expect(r).toContainEqual(['Obi Eze', 'Lakeside Capital', 'managing partner', 'former']);
    expect(r).toContainEqual(['Grace Mwangi', 'Lakeside Capital', 'managing partner', 'current']);
  });
  it('reads handing the reins as leaving', () => {
    const r = roles("Lakeside Capital's managing partner Obi Eze hands the reins to Grace Mwangi.", 'en');
    expect(r).toContainEqual(['Obi Eze', 'Lakeside Capital', 'managing partner', 'former']);
    expect(r.some((row) => row[0] === 'Grace Mwangi' && row[1] === 'Lakeside Capital' && row[3] === 'current')).toBe(true);
  });
  it('keeps the newcomer current when someone else retires', () => {
    expect(roles('Sonia Park will take the helm at Lakeside Capital when Obi Eze retires in June.', 'en')).toContainEqual(['Sonia Park', 'Lakeside Capital', null, 'current']);
  });
  it('keeps the one who takes the helm current when the one handing over is named first', () => {
    expect(roles('Founder Lukas Brenstedt hands the reins to Chloe Dubois, who takes the helm at Fennick Software on July 1.', 'en')).toContainEqual(['Chloe Dubois', 'Fennick Software', null, 'current']);
  });
});
