/**
 * An interim successor in the passive: "Il sera remplacé par intérim par Y, jusqu'ici
 * directrice des opérations" (Y current at the post left, former at the one in apposition).
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French interim successors', () => {
  it('reads "sera remplacé par intérim par Y"', () => {
    const k = roleKeys("Valorys a annoncé le départ de son directeur général délégué, Thomas Kerbrat. Il sera remplacé par intérim par Aurélie Marchand, jusqu'ici directrice des opérations.", 'fr');
    expect(k).toContainEqual(['Aurélie Marchand', 'Valorys', 'current']);
    expect(k).toContainEqual(['Aurélie Marchand', 'Valorys', 'former']);
  });
  it('reads "sera remplacée à titre intérimaire par Y"', () => {
    expect(roleKeys('Léa Morvan, directrice financière de Valorys, quitte le groupe. Elle sera remplacée à titre intérimaire par Paul Roy.', 'fr')).toContainEqual(['Paul Roy', 'Valorys', 'current']);
  });
});
