/**
 * A grande école or business school named beside a career ("ingénieure Supaéro", "passé par
 * Sciences Po et McKinsey", "diplômée de l'Essec") is where the person studied, never an
 * employer (GUIDELINES: schools are no role facts). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('grandes écoles are no employers', () => {
  it('drops a school read as a title\'s firm', () => {
    expect(roleKeys('Ingénieure Supaéro, Lina Okafor est nommée directrice technique de Vantelis.', 'fr')).toEqual([['Lina Okafor', 'Vantelis', 'current']]);
  });
  it('drops a school listed among past employers, keeping the firms', () => {
    const rows = roleKeys('Passé par Sciences Po et McKinsey, Hugo Brandt rejoint Vantelis.', 'fr');
    expect(rows).toContainEqual(['Hugo Brandt', 'McKinsey', 'former']);
    expect(rows).toContainEqual(['Hugo Brandt', 'Vantelis', 'current']);
    expect(rows.map((r) => r[1])).not.toContain('Sciences Po');
  });
});
