/**
 * French departures and team moves: staff who follow a newcomer ("Deux collaborateurs de X, A
 * et B, la suivent"), a departure written with its effect ("le départ avec effet immédiat de son
 * DG, X"), a passive replacement with a date before its agent, a handover by "laisse sa place à".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows as roles } from '../helpers/extract.js';

describe('French team moves', () => {
  it('moves the staff listed after "collaborateurs de X" when they follow the newcomer', () => {
    const k = roleKeys("Le cabinet Orvel Avocats accueille Marie Castel en qualité d'associée. Elle était counsel au sein de Velcor Partners. Deux collaborateurs de Velcor, Jean Dupuis et Anne Morel, la suivent.", 'fr');
    for (const p of ['Jean Dupuis', 'Anne Morel']) {
      expect(k).toContainEqual([p, 'Velcor', 'former']);
      expect(k).toContainEqual([p, 'Orvel Avocats', 'current']);
    }
  });
  it('reads "arrive avec trois collaboratrices de X, A, B et C"', () => {
    const k = roleKeys("Le cabinet Orvel Avocats accueille Paul Castel en qualité d'associé. Il arrive avec trois collaboratrices de Velcor, Jeanne Dupuis, Anne Morel et Lucie Marchand.", 'fr');
    for (const p of ['Jeanne Dupuis', 'Anne Morel', 'Lucie Marchand']) {
      expect(k).toContainEqual([p, 'Velcor', 'former']);
      expect(k).toContainEqual([p, 'Orvel Avocats', 'current']);
    }
  });
  it('moves no one when the list tells of no move', () => {
    const k = roleKeys('Deux collaborateurs de Velcor, Jean Dupuis et Anne Morel, ont conseillé la vente.', 'fr');
    expect(k).not.toContainEqual(['Jean Dupuis', 'Velcor', 'former']);
  });
});

describe('French departures', () => {
  it('reads "le départ avec effet immédiat de son directeur général, X" as a departure', () => {
    expect(roles("Le groupe Velcor a annoncé lundi le départ avec effet immédiat de son directeur général, Paul Arnoux, en désaccord avec le conseil.", 'fr')).toContainEqual(['Paul Arnoux', 'Velcor', 'directeur général', 'former']);
  });
  it('keeps the agent of "sera remplacé, à une date, par Y" as the newcomer', () => {
    expect(roles("Le studio Velcor a annoncé le départ de Paul Arnoux. Il sera remplacé à compter du 1er mars par Marie Castel, qui occupera le poste de directrice générale.", 'fr')).toContainEqual(['Marie Castel', 'Velcor', 'directrice générale', 'current']);
  });
  it('reads "X laisse sa place à Y" as X leaving', () => {
    expect(roles("Le studio Velcor se réorganise. Le directeur général Paul Arnoux laisse sa place à Marie Castel, jusqu'ici directrice de production.", 'fr')).toContainEqual(['Paul Arnoux', 'Velcor', 'directeur général', 'former']);
  });
});
