/**
 * A relative clause about a person ("Doyle, who began her career at Orvane, …", "Martin, qui a
 * fait ses armes chez Orvane, …") tells that person's past: the firm in it does not employ the
 * title someone else holds after it ("will report to chief executive X"). The clause's own
 * person keeps it, and a title inside the clause stays at its firm. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a relative clause about a person', () => {
  it('does not give its firm to another person titled after it (en)', () => {
    const r = roles('Quarrow & Pike has hired Jane Doyle from Orvane to become its chief creative officer. Doyle, who began her career as a copywriter at Brell & Brell, will report to chief executive Tom Ashby.');
    expect(r).toContainEqual(['Tom Ashby', 'Quarrow & Pike', 'chief executive', 'current']);
    expect(r).not.toContainEqual(['Tom Ashby', 'Brell & Brell', 'chief executive', 'current']);
  });
  it('does not give its firm to another person titled after it (fr)', () => {
    const r = roles('Maison Tessier a recruté Julie Martin comme directrice marketing. Martin, qui a fait ses armes chez Orvane Conseil, sera épaulée par le directeur financier Paul Vernier.', 'fr');
    expect(r).toContainEqual(['Paul Vernier', 'Maison Tessier', 'directeur financier', 'current']);
  });
  it("keeps the firm for the clause's own person", () => {
    expect(roles('Faisal Brenn, who has run Orvane since 2011, will hand over to Ida Moen and become deputy chairman.')).toContainEqual(['Faisal Brenn', 'Orvane', 'deputy chairman', 'current']);
  });
  it('keeps a title written inside the clause at its firm', () => {
    expect(roles('Tarnhill has hired Jane Doyle. Doyle, who spent a decade at Orvane, most recently as head of sales, will join in May.')).toContainEqual(['Jane Doyle', 'Orvane', 'head of sales', 'former']);
  });
});
