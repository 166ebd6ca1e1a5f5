/**
 * French firm names built on a trade noun and a link ("Brasserie du Vexin", "Caisse des
 * Marées", "Banque Mutuelle du Sud"): the whole name is the employer or the party, not its
 * first word. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows } from '../helpers/extract.js';

describe('trade noun + de/du/des + name', () => {
  it('keeps "Brasserie du Vexin" whole as an employer', () => {
    const r = roleRows('Paul Ardant, directeur général de la Brasserie du Vexin, quitte ses fonctions.', 'fr');
    expect(r).toContainEqual(['Paul Ardant', 'Brasserie du Vexin', 'directeur général', 'former']);
  });
  it('keeps "Caisse des Marées" whole after "ancien de"', () => {
    const r = roleRows('Olivier Dumas, un ancien de la Caisse des Marées, rejoint Ondivo comme directeur financier.', 'fr');
    expect(r.map((x) => x[1])).toContain('Caisse des Marées');
    expect(r.map((x) => x[1])).not.toContain('Caisse');
  });
  it('takes one capitalised word between the head and its link ("Banque Mutuelle du Sud")', () => {
    const r = roleRows('Léon Varin prend la présidence de la Banque Mutuelle du Sud.', 'fr');
    expect(r).toContainEqual(['Léon Varin', 'Banque Mutuelle du Sud', null, 'current']);
  });
  it('names the party of a deal in full', () => {
    expect(expansionRows('Les Vignobles de Sarrance signent un partenariat avec Ondivo.', 'fr')).toContain('Vignobles de Sarrance | partnership | —');
  });
});
