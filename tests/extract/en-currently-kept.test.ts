/**
 * "currently T at Y" in apposition to someone another firm appoints or hires: GUIDELINES let the
 * explicit time word decide ("currently" -> current), so the post is kept beside the new one; the
 * same apposition without the time word is the post left. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('a post told as held "currently" by a newcomer', () => {
  it('stays current after "named X, currently T of Y, as its T2"', () => {
    const r = roleRows('Brellin Foods named Kevin Tarrow, currently treasurer of Lumora Health, as its chief financial officer.', 'en');
    expect(r).toContainEqual(['Kevin Tarrow', 'Lumora Health', 'treasurer', 'current']);
    expect(r).toContainEqual(['Kevin Tarrow', 'Brellin Foods', 'chief financial officer', 'current']);
  });
  it('stays current after "has hired X, currently T of Y, to lead"', () => {
    const r = roleRows('Brellin Foods has hired Kevin Tarrow, currently treasurer of Lumora Health, to lead its finance team.', 'en');
    expect(r).toContainEqual(['Kevin Tarrow', 'Lumora Health', 'treasurer', 'current']);
  });
  it('is left without the time word', () => {
    const r = roleRows('Brellin Foods named Kevin Tarrow, treasurer of Lumora Health, as its chief financial officer.', 'en');
    expect(r).toContainEqual(['Kevin Tarrow', 'Lumora Health', 'treasurer', 'former']);
  });
});
