/**
 * A board seat is held beside a job: the post in apposition to a person named to a board
 * stays current, while a person hired into an executive post leaves the one described.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a board seat does not end the job beside it', () => {
  it('keeps the described post current for a board appointment (fr, en)', () => {
    expect(roles("Le conseil d'administration de Brelvex a coopté Rita Moss, directrice générale de Quorvane, en qualité d'administratrice indépendante.", 'fr')).toEqual([
      ['Rita Moss', 'Quorvane', 'directrice générale', 'current'],
      ['Rita Moss', 'Brelvex', 'administratrice indépendante', 'current'],
    ]);
    expect(roles('Brelvex has appointed Rita Moss, chief executive of Quorvane, as a non-executive director.', 'en')).toEqual([
      ['Rita Moss', 'Quorvane', 'chief executive', 'current'],
      ['Rita Moss', 'Brelvex', 'non-executive director', 'current'],
    ]);
  });
  it('gives the board seat itself, title null, when no board title is written (fr, en)', () => {
    expect(roles('Brelvex a nommé Rita Moss, directrice générale de Quorvane, au conseil de surveillance.', 'fr')).toEqual([
      ['Rita Moss', 'Brelvex', null, 'current'],
      ['Rita Moss', 'Quorvane', 'directrice générale', 'current'],
    ]);
    expect(roles('Brelvex has appointed Rita Moss, chief executive of Quorvane, to its board.', 'en')).toEqual([
      ['Rita Moss', 'Brelvex', null, 'current'],
      ['Rita Moss', 'Quorvane', 'chief executive', 'current'],
    ]);
  });
  it('still reads an executive hire as leaving the described post', () => {
    expect(roles('Brelvex has hired Rita Moss, chief executive of Quorvane, as chief operating officer.', 'en')).toEqual([
      ['Rita Moss', 'Quorvane', 'chief executive', 'former'],
      ['Rita Moss', 'Brelvex', 'chief operating officer', 'current'],
    ]);
  });
});
