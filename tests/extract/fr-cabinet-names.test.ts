/**
 * French firms named after "cabinet": law and advisory firms are often two surnames
 * ("le cabinet Morel Lebrun"), which read like a person's name without the noun. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

const roles = (text: string) => roleRows(text, 'fr');

describe('firms named after "cabinet"', () => {
  it('reads two surnames after "cabinet" as the firm', () => {
    expect(roles("L'opération a été pilotée par Karine Vasseur, associée du cabinet Morel Lebrun.")).toEqual([['Karine Vasseur', 'Morel Lebrun', 'associée', 'current']]);
  });
  it('finds no firm in a minister\'s cabinet', () => {
    expect(roles('Le ministre a réuni son cabinet. Jean Dupont, directeur de cabinet, a démissionné.')).toEqual([]);
  });
});
