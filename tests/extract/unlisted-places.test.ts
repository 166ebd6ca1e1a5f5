/**
 * Towns no place list holds, written as places ("in Brackford, Ohio", "the port of Qaltan",
 * "Cambridge, Mass.-based"): never the employer of a person named beside them, in that sentence
 * or another. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys as roles } from '../helpers/extract.js';

describe('towns no list holds', () => {
  it('reads "in X, <state>" as a town, and the town alone later as no employer', () => {
    const r = roles('Drone maker Velkor Dynamics has opened a test site in Brackford, Ohio. The Brackford operation will be led by Nadia Ferris, who spent ten years at Boeing.', 'en');
    expect(r).toContainEqual(['Nadia Ferris', 'Velkor Dynamics', 'current']);
    expect(r.some(([, c]) => c === 'Brackford')).toBe(false);
  });
  it('reads "the port of X" as a town', () => {
    const r = roles("Shipping group Morvane Lines will build a terminal at the port of Qaltan. Morvane's chief executive, Idris Kell, said the Qaltan berth would open in 2027.", 'en');
    expect(r.some(([, c]) => c === 'Qaltan')).toBe(false);
  });
  it('reads a US state abbreviation after a town as a place, not a firm', () => {
    const r = roles('Trelli Bio has hired a chief scientific officer. The Cambridge, Mass.-based company said chief scientific officer Ana Royce would start in May.', 'en');
    expect(r.some(([, c]) => c === 'Mass')).toBe(false);
  });
  it('keeps a firm named after "in" when no place follows its comma', () => {
    const r = roles('Kelmark Ventures invested in Brackford, a payments start-up, last year. Brackford has hired Ruth Amsel as chief financial officer.', 'en');
    expect(r).toContainEqual(['Ruth Amsel', 'Brackford', 'current']);
  });
});
