/**
 * The passive with its post between the verb and the agent: "X will step down and be succeeded
 * as CEO by Y". The post is Y's from now on, X's before; a post told in apposition to Y at the
 * same company is the one Y leaves. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English "succeeded as T by Y"', () => {
  it('gives the post to the agent, not to the pronoun subject', () => {
    const r = roles('Chief executive Mira Castell of Dorvane Foods leaves in June; she will be succeeded as CEO by Jon Arve, the former chief executive of Pellam.');
    expect(r).toContainEqual(['Jon Arve', 'Dorvane Foods', 'CEO', 'current']);
    expect(r).toContainEqual(['Jon Arve', 'Pellam', 'chief executive', 'former']);
    expect(r.some((x) => x[0] === 'Mira Castell' && x[3] === 'current')).toBe(false);
  });
  it('reads the newcomer\'s post in apposition at the same company as left', () => {
    const r = roles('Dorvane Foods CEO Mira Castell retires in May and is to be succeeded as chief executive by Jon Arve, the company\'s head of operations.');
    expect(r).toContainEqual(['Jon Arve', 'Dorvane Foods', 'chief executive', 'current']);
    expect(r).toContainEqual(['Jon Arve', 'Dorvane Foods', 'head of operations', 'former']);
    expect(r).toContainEqual(['Mira Castell', 'Dorvane Foods', 'chief executive', 'former']);
  });
});
