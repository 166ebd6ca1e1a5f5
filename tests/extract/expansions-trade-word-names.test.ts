/**
 * A firm named with a word that is also a given name ("Marina", "Clara", "Ambra") and a
 * trade word ("Aero", "Solar", "Wellness", "Santé", "Robotique"…) is the firm that expands,
 * not a person. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows } from '../helpers/extract.js';

describe('firms named with a given name and a trade word expand', () => {
  it('reads the office of "Marina Aero", "Ambra Wind", "Clara Wellness" (en)', () => {
    expect(expansionRows('Marina Aero opened a maintenance facility in Toulouse.', 'en')).toEqual(['Marina Aero | office | Toulouse']);
    expect(expansionRows('Ambra Wind has opened an engineering office in Porto.', 'en')).toEqual(['Ambra Wind | office | Porto']);
    expect(expansionRows('Clara Wellness launched in Spain in March.', 'en')).toEqual(['Clara Wellness | market | Spain']);
  });
  it('reads the office of "Maelis Santé", "Marlo Robotique" (fr)', () => {
    expect(expansionRows('Maelis Santé ouvre un bureau à Casablanca.', 'fr')).toEqual(['Maelis Santé | office | Casablanca']);
    expect(expansionRows('Marlo Robotique inaugure un centre de R&D à Montréal.', 'fr')).toEqual(['Marlo Robotique | office | Montréal']);
  });
  it('reads such a firm as the employer, not as a person (en)', () => {
    expect(roleRows('Anna Berg has joined Marlo Nutrition as chief executive.', 'en')).toEqual([['Anna Berg', 'Marlo Nutrition', 'chief executive', 'current']]);
  });
});
