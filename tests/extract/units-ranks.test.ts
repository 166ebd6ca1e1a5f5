/**
 * A company with its 's after another describes it ("Y, Z's freight arm"); a named unit inside
 * a title ("director of the X imprint"); a rank before a name ("Air Vice-Marshal"). Sentences
 * of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('units, owners and ranks', () => {
  it("does not list the owner named with its 's", () => {
    const r = roles("Quillbyte has named Anna Lind chief financial officer, replacing Paul Brent, who is leaving to become CFO of Velto Freight, Orvane Rail's cargo arm.");
    expect(r).toContainEqual(['Paul Brent', 'Velto Freight', 'CFO', 'current']);
    expect(r.filter((x) => x[1].startsWith('Orvane'))).toEqual([]);
  });
  it('keeps a named unit in the title and takes the employer from "where"', () => {
    expect(roles('Quillbyte has named Anna Lind publisher, poaching her from Orvane Books, where she was editorial director of the Kestrel imprint.')).toContainEqual(['Anna Lind', 'Orvane Books', 'editorial director of the Kestrel imprint', 'former']);
  });
  it('leaves a rank out of the name', () => {
    expect(roles('Quillbyte has named retired Air Vice-Marshal Peter Hale as chair.')).toContainEqual(['Peter Hale', 'Quillbyte', 'chair', 'current']);
  });
});
