/**
 * Several people leaving together, as one coordinated subject: "X, its general counsel, and Y,
 * its treasurer, would leave the company", "CFO X and COO Y are both leaving", "finance chief X
 * and its head of sales Y have resigned": each post is left. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English coordinated leavers', () => {
  it('gives the leaving to every person of the coordinated subject', () => {
    const r = roles('Velmora Systems said Rita Moreno, its general counsel, and Kenji Sato, its treasurer, would leave the company.', 'en');
    expect(r).toContainEqual(['Rita Moreno', 'Velmora Systems', 'general counsel', 'former']);
    expect(r).toContainEqual(['Kenji Sato', 'Velmora Systems', 'treasurer', 'former']);
    const s = roles('Chief financial officer Rita Moreno and chief operating officer Kenji Sato are both leaving Velmora Systems.', 'en');
    expect(s).toContainEqual(['Rita Moreno', 'Velmora Systems', 'Chief financial officer', 'former']);
    expect(s).toContainEqual(['Kenji Sato', 'Velmora Systems', 'chief operating officer', 'former']);
    expect(roles("Velmora's finance chief Rita Moreno and its head of sales Kenji Sato have resigned.", 'en')).toContainEqual(['Rita Moreno', 'Velmora', 'finance chief', 'former']);
  });
  it('keeps a person named after another clause out of the leaving', () => {
    const r = roles('Rita Moreno, chief executive of Velmora Systems, said that Kenji Sato, its treasurer, would leave.', 'en');
    expect(r).toContainEqual(['Rita Moreno', 'Velmora Systems', 'chief executive', 'current']);
  });
});
