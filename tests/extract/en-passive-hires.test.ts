/**
 * A hire told in the passive with no title: "was poached by X from Y", "who was recruited by X",
 * "has been tapped by X to lead…", "was brought in by X" -> X current, no title. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('English passive hires', () => {
  it('reads the agent of a passive hire as the employer', () => {
    const r = roles('Anna Berg was poached by Velmora Systems from Brisk Motors last year.', 'en');
    expect(r).toContainEqual(['Anna Berg', 'Velmora Systems', null, 'current']);
    expect(r).toContainEqual(['Anna Berg', 'Brisk Motors', null, 'former']);
    expect(roles('Anna Berg has been tapped by Velmora Systems to lead its Asian expansion.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', null, 'current']);
    expect(roles('Anna Berg was brought in by Velmora Systems to fix its supply chain.', 'en')).toContainEqual(['Anna Berg', 'Velmora Systems', null, 'current']);
  });
});
