/**
 * Government bodies and schools are no employers (GUIDELINES: government posts and schools are
 * not role facts), whatever rule reads them. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English public bodies and schools', () => {
  it('reads no post at a ministry or department named by its last word', () => {
    expect(roles('The Health Ministry has appointed Ravi Kumaran as chief medical adviser.')).toEqual([]);
    expect(roles('The Commerce Department named Mara Lint as deputy general counsel.')).toEqual([]);
    expect(roles("Manitoba's Finance Minister on Monday named Ada Morr as deputy minister.")).toEqual([]);
  });
  it('reads no past post at a "Department for …"', () => {
    const r = roles('Pluma has hired Ada Morr as chief risk officer. Morr was previously director general for growth at the Department for Energy.');
    expect(r.some((x) => x[1].startsWith('Department'))).toBe(false);
    expect(r).toContainEqual(['Ada Morr', 'Pluma', 'chief risk officer', 'current']);
  });
  it('reads "the Centre" and the civil service as no employer, and a school before "alumnus" as no past employer', () => {
    expect(roles('NEW DELHI — The Centre has appointed Ravi Kumaran, an IIT Kanpur alumnus and former IAS officer, as secretary.')).toEqual([]);
    const r = roles('Pluma has hired Ada Morr, a Yale alumna and Stripe veteran, as chief product officer.');
    expect(r.some((x) => x[1] === 'Yale')).toBe(false);
    expect(r).toContainEqual(['Ada Morr', 'Stripe', null, 'former']);
  });
  it('reads no post at the last portfolio of a department named by two, nor at a party seat', () => {
    expect(roles('The Department for Energy and Industry has appointed Sir Hugh Brannock as its envoy to the Nordics. Brannock, a former Labour MP, will lead missions to Oslo.')).toEqual([]);
  });
  it("keeps a firm after a firm's own department", () => {
    const r = roles('Ada Morr, who ran the legal department of Tarvex, has joined Pluma as general counsel.');
    expect(r).toContainEqual(['Ada Morr', 'Tarvex', null, 'former']);
  });
});
