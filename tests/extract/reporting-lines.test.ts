/**
 * The person a newcomer reports to, named by a title with no employer of its own, works where
 * the newcomer was hired (under the name the hire gave), not at the last firm the sentence
 * names; a title that names its employer ("du groupe") keeps it. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('reporting lines', () => {
  it('puts the chief executive reported to at the hiring firm (en)', () => {
    const r = roleRows('Velcor Capital has hired Tara Quint as head of credit. Quint will be based in Leeds, where Velcor opened an office last year, and report to chief executive Marco Lunn.', 'en');
    expect(r).toContainEqual(['Tara Quint', 'Velcor Capital', 'head of credit', 'current']);
    expect(r).toContainEqual(['Marco Lunn', 'Velcor Capital', 'chief executive', 'current']);
  });
  it('keeps the employer a title names itself (fr)', () => {
    const r = roleRows("Brellin France nomme Paul Mercadier directeur commercial. Il rapportera à Léa Vonnet, directrice Europe du groupe Brellin.", 'fr');
    expect(r.some(([person, company]) => person === 'Léa Vonnet' && company === 'Brellin France')).toBe(false);
  });
});
