/**
 * French sites in a relative clause on a firm name their town after "de": "Il quitte Y, où il
 * dirigeait l'usine de X", "la mine de X", "les usines de X et de Y". Such a town is no
 * employer; the firm that runs the site is. Without the "où" ("a dirigé l'usine d'Orvel") the
 * name may be the firm's; a site noun written with a capital is part of a firm's name.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys } from '../helpers/extract.js';

describe('French sites and their towns', () => {
  it('reads "Il quitte X, où il dirigeait l\'usine de T" without the town as an employer', () => {
    const k = roleKeys("Paul Castel est nommé directeur industriel de Tarvane. Il quitte Velcor, où il dirigeait depuis 2019 l'usine de Morvillac.", 'fr');
    expect(k).toContainEqual(['Paul Castel', 'Velcor', 'former']);
    expect(k.some(([, company]) => company === 'Morvillac')).toBe(false);
  });
  it('reads "la mine de T" and "les usines de T et de U" as towns', () => {
    const k = roleKeys("Léna Morvan rejoint Tarvane. Elle a travaillé pour Velcor, où elle dirigeait la mine de Sangoura, puis pour Orvel, où elle supervisait les usines de Brécourt et de Valdrac.", 'fr');
    for (const town of ['Sangoura', 'Brécourt', 'Valdrac']) expect(k.some(([, company]) => company === town)).toBe(false);
  });
  it('keeps the firm of "a dirigé l\'usine de X" when no firm was named before', () => {
    expect(roleKeys("Paul Castel est nommé directeur industriel de Tarvane. Il a dirigé pendant quatre ans l'usine de Velcor.", 'fr')).toContainEqual(['Paul Castel', 'Velcor', 'former']);
  });
  it('keeps a firm whose name starts with a site noun', () => {
    const k = roleKeys("Paul Castel a été nommé directeur général des Chantiers de Morvillac.", 'fr');
    expect(k.some(([, company]) => company.includes('Morvillac'))).toBe(true);
  });
});
