/**
 * Board seats and internal moves with no title beside the name: "has turned to X to chair its
 * board", "is moving to a new role at parent Y". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('board seats and moves without a title', () => {
  it('gives the subject company to a person turned to "to chair its board"', () => {
    const r = roles('Pluma has turned to the former Ondrel boss Mira Castell to chair its board.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma', null, 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', null, 'former']);
  });
  it('reads "moving to a new role at parent X" as a current job at X', () => {
    const r = roles('Pluma Energy has appointed Mira Castell as head of trading, replacing Jon Arve, who is moving to a new role at parent Ondrel.');
    expect(r).toContainEqual(['Jon Arve', 'Ondrel', null, 'current']);
    expect(r).toContainEqual(['Jon Arve', 'Pluma Energy', 'head of trading', 'former']);
  });
  it('gives a board seat to a person appointed with a civility ("appointed Dr. X")', () => {
    const r = roles('Pluma Bio has appointed Dr. Mira Castell, who was chief medical officer at Ondrel until 2022, to its board.');
    expect(r).toContainEqual(['Mira Castell', 'Pluma Bio', null, 'current']);
    expect(r).toContainEqual(['Mira Castell', 'Ondrel', 'chief medical officer', 'former']);
  });
});
