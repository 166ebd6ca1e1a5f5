/**
 * Long English articles: one fact per (person, company, status), jobs left told many sentences
 * after the hire, firms named like people, the focus company's form at a mention. Sentences and
 * mini-articles of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English long articles', () => {
  it('keeps the post an officer made acting or interim chief holds beside the stand-in post', () => {
    for (const text of [
      'Quellbrook Retail said its chief executive Ada Renn will leave in May. Chief financial officer Jon Arve will serve as interim chief executive while the board searches for a successor.',
      'Quellbrook Retail said its chief executive Ada Renn will leave in May. Chief operating officer Jon Arve will take over as acting CEO from June 1.',
    ]) {
      const r = roles(text).filter((x) => x[0] === 'Jon Arve' && x[3] === 'current');
      expect(r).toHaveLength(2);
      expect(r.map((x) => x[2]).join(' | ')).toMatch(/interim|acting/);
      expect(r.map((x) => x[2]).join(' | ')).toMatch(/officer/);
    }
  });
  it('tells an officer promoted to a full post once, with the new post', () => {
    const r = roles('Quellbrook Retail said its chief executive Ada Renn will leave in May. Chief operating officer Jon Arve will take over as chief executive from June 1.');
    expect(r.filter((x) => x[0] === 'Jon Arve' && x[3] === 'current').map((x) => x[2])).toEqual(['chief executive']);
  });
  it('reads a name like a person\'s as a firm when it hires posts, owns a post or takes "which"', () => {
    const hires = roles('Tamsin Oakes has hired three restructuring partners from Brellin Vane. The team is led by Ada Renn, who becomes Tamsin Oakes\'s head of restructuring.');
    expect(hires.some(([person]) => person === 'Tamsin Oakes')).toBe(false);
    expect(hires).toContainEqual(['Ada Renn', 'Tamsin Oakes', 'head of restructuring', 'current']);
    const owns = roles('"This hire gives us real depth," said Jon Arve, Tamsin Oakes\'s managing partner.');
    expect(owns).toContainEqual(['Jon Arve', 'Tamsin Oakes', 'managing partner', 'current']);
    const which = roles('Tamsin Oakes, which has grown to 300 lawyers, will open an office in Oslo to be led by Ada Renn, a former partner at Brellin Vane.');
    expect(which.some(([person]) => person === 'Tamsin Oakes')).toBe(false);
    const also = roles('Tamsin Oakes also hired Ada Renn from Brellin Vane in 2023.');
    expect(also).toContainEqual(['Ada Renn', 'Tamsin Oakes', null, 'current']);
  });
  it('reads the post a newly hired person "has been" holding at another firm as left', () => {
    for (const text of [
      'Quellbrook Bank said it had appointed Ada Renn as chief financial officer. Renn, 51, has been finance director at Brellin & Vane since 2020 and previously worked at Barclays.',
      'Quellbrook Bank has hired Ada Renn to run its marine book as head of underwriting. Renn has been head of marine at Brellin & Vane since 2019.',
    ]) {
      const r = roles(text);
      expect(r.some(([p, c, , s]) => p === 'Ada Renn' && c === 'Brellin & Vane' && s === 'former')).toBe(true);
      expect(r.some(([p, c, , s]) => p === 'Ada Renn' && c === 'Brellin & Vane' && s === 'current')).toBe(false);
    }
  });
  it('keeps a board seat, and a post "currently" held, beside the new job', () => {
    const seat = roles('Quellbrook Bank said it had appointed Ada Renn as chief financial officer. Renn has been a non-executive director of Brellin & Vane since 2020.');
    expect(seat.some(([p, c, , s]) => p === 'Ada Renn' && c === 'Brellin & Vane' && s === 'current')).toBe(true);
    const now = roles('Quellbrook Bank named Ada Renn chief financial officer. Renn is currently deputy CFO at Brellin & Vane.');
    expect(now).toContainEqual(['Ada Renn', 'Brellin & Vane', 'deputy CFO', 'current']);
  });
});
