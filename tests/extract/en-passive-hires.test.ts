/**
 * A hire told in the passive with no title: "was poached by X from Y", "who was recruited by X",
 * "has been tapped by X to lead…", "was brought in by X" -> X current, no title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English passive hires', () => {
  it('reads the agent of a passive hire as the employer', () => {
    const r = roles('Anna Berg was poached by Velmora Systems from Brisk Motors last year.', 'en');
    expect(r).toContainEqual(['Anna Berg', 'Velmora Systems', null, 'current']);
    expect(r).toContainEqual(['Anna Berg', 'Brisk Motors', null, 'former']);
    expect(roles('Anna Berg has been tapped by Velmora Systems to lead its Asian expansion.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', null, 'current']);
    expect(roles('Anna Berg was brought in by Velmora Systems to fix its supply chain.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', null, 'current']);
  });
});

describe('the firm that hires in the passive, before "comme" / "as"', () => {
  it('gives the title to the firm after "recrutée par" / "débauché par", not to a firm told before (fr)', () => {
    const r = roles("Les mouvements de la semaine. Dalbret nomme Hugues Lamarre directeur financier. Solveig Arnesen est recrutée par le cabinet Sextant Conseil comme directrice associée.", 'fr');
    expect(r).toContainEqual(['Solveig Arnesen', 'Sextant Conseil', 'directrice associée', 'current']);
    expect(r.filter((x) => x[0] === 'Solveig Arnesen' && x[1] === 'Dalbret')).toEqual([]);
    const s = roles("Maison Ferrand a nommé Bérénice Lhomme directrice générale, en remplacement de Rodrigue Valmy, débauché par Vertana comme directeur de l'exploitation.", 'fr');
    expect(s).toContainEqual(['Rodrigue Valmy', 'Vertana', "directeur de l'exploitation", 'current']);
    expect(s.some((x) => x[0] === 'Rodrigue Valmy' && x[1] === 'Maison Ferrand' && x[3] === 'former')).toBe(true);
  });
});
