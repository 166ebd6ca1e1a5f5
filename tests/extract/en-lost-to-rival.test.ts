/**
 * A firm losing someone to a rival: "Kestrel Labs has lost its chief scientific officer, Ana
 * Ruiz, to rival Brisk Bio", "Kestrel Labs lost Ana Ruiz to rival Brisk Bio" -> the rival is the
 * new employer (no title), the firm that loses the one left. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "lost X to rival Y"', () => {
  it('reads the rival as the new employer and the loser as the one left', () => {
    const r = roles('Venture-backed Kestrel Labs has lost its chief scientific officer, Ana Ruiz, to rival Brisk Bio.', 'en');
    expect(r).toContainEqual(['Ana Ruiz', 'Kestrel Labs', 'chief scientific officer', 'former']);
    expect(r).toContainEqual(['Ana Ruiz', 'Brisk Bio', null, 'current']);
    const s = roles('Kestrel Labs lost Ana Ruiz to rival Brisk Bio last month.', 'en');
    expect(s).toContainEqual(['Ana Ruiz', 'Kestrel Labs', null, 'former']);
    expect(s).toContainEqual(['Ana Ruiz', 'Brisk Bio', null, 'current']);
  });
  it('gives no job for market share lost to a rival', () => {
    const r = roles('Kestrel Labs lost market share to rival Brisk Bio, chief executive Ana Ruiz said.', 'en');
    expect(r.filter((row) => row[1] === 'Brisk Bio')).toEqual([]);
  });
});
