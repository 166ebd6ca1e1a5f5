/**
 * A firm written as a modifier before a lowercase title and the holder's name ("Brave Fox
 * founder Nate Cobb") is that holder's employer, even when its name reads like a person's.
 * A named person before a title with no second name after it stays a person. Sentences of
 * our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('employer written before a title and a name', () => {
  it('reads the name before "managing director Gareth Pryce" as his firm', () => {
    const r = roleRows('Dutch dredger Velmond will build the dock. Carrow Civil managing director Tomas Reyd said the site office would open in January.', 'en');
    expect(r).toContainEqual(['Tomas Reyd', 'Carrow Civil', 'managing director', 'current']);
    expect(r.some(([person]) => person === 'Carrow Civil')).toBe(false);
  });
  it('reads a firm named like a person before "founder"', () => {
    const r = roleRows('Two creatives are leaving Wexler for Grant Fox. Grant Fox founder Nella Obi called them the best team in town.', 'en');
    expect(r).toContainEqual(['Nella Obi', 'Grant Fox', 'founder', 'current']);
  });
  it('keeps a person named to a title with no name after it', () => {
    const r = roleRows('Brellin Foods named Marta Lowe chief executive, replacing Tom Hale.', 'en');
    expect(r).toContainEqual(['Marta Lowe', 'Brellin Foods', 'chief executive', 'current']);
    expect(r.some(([, company]) => company === 'Marta Lowe')).toBe(false);
  });
});

describe('a former employer written before a trade word and a title', () => {
  it('gives "former ORG trading director X" its title at ORG, not at the firm appointing', () => {
    const r = roleRows('Harbury Foods has appointed former Corlinton Stores trading director Thea Marwick as its new chief executive.', 'en');
    expect(r).toContainEqual(['Thea Marwick', 'Corlinton Stores', 'trading director', 'former']);
    expect(r).toContainEqual(['Thea Marwick', 'Harbury Foods', 'chief executive', 'current']);
    expect(r.some(([, company, , status]) => company === 'Harbury Foods' && status === 'former')).toBe(false);
  });
  it('reads two trade words ("supply chain") and an apposition after the name', () => {
    const r = roleRows('Dalby Mills has recruited former Ostrava Steel supply chain director Petra Novakova as operations director.', 'en');
    expect(r).toContainEqual(['Petra Novakova', 'Ostrava Steel', 'supply chain director', 'former']);
    const s = roleRows('Felipe Arganda, a former Oakridge Homes buying director, joins Meridane as chief merchandising officer.', 'en');
    expect(s).toContainEqual(['Felipe Arganda', 'Oakridge Homes', 'buying director', 'former']);
  });
  it('keeps a deal word before "partner" out of a title', () => {
    const r = roleRows('Harbury Foods has signed Corlinton Stores as its distribution partner in Chile.', 'en');
    expect(r).toEqual([]);
  });
  it('leaves a firm that is the subject out of the title ("ORG elevates T X")', () => {
    const r = roleRows('Corlinton Stores elevates chief operating officer Thea Marwick to chief executive.', 'en');
    expect(r.some(([, , title]) => title?.startsWith('elevates') === true)).toBe(false);
  });
});
