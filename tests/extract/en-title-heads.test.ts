/**
 * Title heads of finance, consulting and product teams: "financial controller", "a principal
 * at Y", "product lead" (never the verb "will lead the"); and the French "venue du X" career
 * phrase; a number two written short ("the No. 2 at X", "le n°2 de X"); a post named
 * before its holder takes it ("chair-designate", "CEO-elect"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English title heads', () => {
  it('reads "(group) financial controller at Y" as a past post, not the new post\'s employer', () => {
    const r = roles('Marnow Bio has lost its finance chief. Ellen Ruddy, previously group financial controller at Pelham Foods, has been named acting CFO.');
    expect(r).toContainEqual(['Ellen Ruddy', 'Pelham Foods', 'group financial controller', 'former']);
    expect(r.some((x) => x[0] === 'Ellen Ruddy' && x[1] === 'Pelham Foods' && x[3] === 'current')).toBe(false);
  });
  it('reads "principal" alone as a consulting rank', () => {
    const a = roles('Before that, Ines Marr was a principal at Halvorsen Consulting.');
    expect(a).toContainEqual(['Ines Marr', 'Halvorsen Consulting', 'principal', 'former']);
    const b = roles('Torvale Advisory today announced that Sam Okri joins as Principal from Brightwell Partners.');
    expect(b.some((x) => x[0] === 'Sam Okri' && x[1] === 'Torvale Advisory' && x[3] === 'current')).toBe(true);
  });
  it('reads "product lead" as a title and "will lead the" as a verb', () => {
    const a = roles('Ines Marr was previously a product lead at Kestova.');
    expect(a.some((x) => x[1] === 'Kestova' && x[2] === 'product lead' && x[3] === 'former')).toBe(true);
    const b = roles('Ines Marr will lead the sales team at Kestova.');
    expect(b.some((x) => x[2] !== null && /lead/.test(x[2]))).toBe(false);
  });
  it('reads "venue du X" as a past employer', () => {
    const r = roles('Nominations chez Ardane : Lina Vasseur, venue du Crédit Orvel, est nommée principal.', 'fr');
    expect(r.some((x) => x[0] === 'Lina Vasseur' && x[1] === 'Crédit Orvel' && x[3] === 'current')).toBe(false);
    expect(r).toContainEqual(['Lina Vasseur', 'Crédit Orvel', null, 'former']);
  });
  it('reads a domain word before a trailing "chief" when it opens the sentence with a capital', () => {
    const r = roles('Halvorne Freight named Asha Venn chief executive. Finance chief Tomas Reed had been running the company on an interim basis.', 'en');
    expect(r).toContainEqual(['Tomas Reed', 'Halvorne Freight', 'Finance chief', 'current']);
  });
  it('keeps a function written with an ampersand in the title ("head of R&D at Y", "head of M&A")', () => {
    const r = roles('Pluma Bio has hired Mira Castell, head of R&D at Ondrel Pharma, as chief scientific officer.');
    expect(r).toContainEqual(['Mira Castell', 'Ondrel Pharma', 'head of R&D', 'former']);
    const k = roles('Jon Arve, global head of M&A at Dalbery Bank, joins Pluma.');
    expect(k).toContainEqual(['Jon Arve', 'Dalbery Bank', 'global head of M&A', 'former']);
  });
  it('reads "corporate", "area", "divisional" before a head as part of the title', () => {
    const a = roles('Corvix Inc. said its chief financial officer, Dan Hollis, has resigned, and that corporate controller Mia Tarrant will serve as interim CFO.');
    expect(a.some((x) => x[0] === 'Mia Tarrant' && x[2] === 'corporate controller' && x[3] === 'current')).toBe(true);
    const b = roles('Ines Marr, previously Area Vice President at Kestova, joins Torvale as chief revenue officer.');
    expect(b.some((x) => x[1] === 'Area')).toBe(false);
    expect(b.some((x) => x[0] === 'Ines Marr' && x[1] === 'Kestova' && x[3] === 'former')).toBe(true);
  });
  it('reads a number two written short ("the No. 2 at X", "le n°2 de X") and "second-in-command at X"', () => {
    expect(roles('Sophie Garvel, the No. 2 at Orvaline Capital, is leaving the firm.')).toContainEqual(['Sophie Garvel', 'Orvaline Capital', 'No. 2', 'former']);
    expect(roles('Paul Renick, second-in-command at Orvaline Capital, was named chief executive of Tessaly Health.')).toContainEqual(['Paul Renick', 'Orvaline Capital', 'second-in-command', 'former']);
    expect(roles('Paul Roubier, le n°2 de Talvane Conseil, est nommé directeur général de Lumina Santé.', 'fr')).toContainEqual(['Paul Roubier', 'Talvane Conseil', 'n°2', 'former']);
  });
  it('does not read "No one" or a seed as a rank', () => {
    expect(roles('No one at Orvaline Capital commented.')).toEqual([]);
  });
  it('reads a post named before its holder takes it ("-designate", "-elect") as the post, held now', () => {
    expect(roles('Halvorne Foods said chair-designate Lena Quillet will take over in May.')).toEqual([['Lena Quillet', 'Halvorne Foods', 'chair-designate', 'current']]);
    expect(roles('Lena Quillet, chief executive-designate of Halvorne Foods, met investors on Tuesday.')).toEqual([['Lena Quillet', 'Halvorne Foods', 'chief executive-designate', 'current']]);
    expect(roles('Lena Quillet, CEO-elect of Halvorne Foods, said the deal made sense.')).toEqual([['Lena Quillet', 'Halvorne Foods', 'CEO-elect', 'current']]);
    expect(roles('Lena Quillet, directrice générale-désignée de Halvorne, a rencontré les syndicats.', 'fr')).toEqual([['Lena Quillet', 'Halvorne', 'directrice générale-désignée', 'current']]);
  });
});
