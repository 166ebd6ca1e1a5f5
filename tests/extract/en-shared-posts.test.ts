/**
 * One post given to several people at once ("will each take the title of co-CEO", "will both
 * become co-chief executive"): every person listed before the cue holds it, and the post each one
 * was described with at that company is the one left (conventions: a promotion makes the earlier
 * job former; a job told only by a leading verb is left with no title). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('a post given to each of several people', () => {
  it('gives the post to each title-first name and makes the titles held before former', () => {
    const r = roleRows('Velmora Foods said finance chief Ada Brisk and sales head Tom Ferrell will each take the title of co-CEO from May.', 'en');
    expect(r).toContainEqual(['Ada Brisk', 'Velmora Foods', 'co-CEO', 'current']);
    expect(r).toContainEqual(['Ada Brisk', 'Velmora Foods', 'finance chief', 'former']);
    expect(r).toContainEqual(['Tom Ferrell', 'Velmora Foods', 'co-CEO', 'current']);
  });
  it('reads appositions between commas, and a leading verb as a post left with no title', () => {
    const r = roleRows('Quillbrook Games said Lena Marsh, its chief operating officer, and Jonas Pike, who runs its Oslo studio, will both become co-chief executive on June 1.', 'en');
    expect(r).toContainEqual(['Lena Marsh', 'Quillbrook Games', 'co-chief executive', 'current']);
    expect(r).toContainEqual(['Lena Marsh', 'Quillbrook Games', 'chief operating officer', 'former']);
    expect(r).not.toContainEqual(['Lena Marsh', 'Quillbrook Games', 'chief operating officer', 'current']);
    expect(r).toContainEqual(['Jonas Pike', 'Quillbrook Games', 'co-chief executive', 'current']);
    expect(r).toContainEqual(['Jonas Pike', 'Quillbrook Games', null, 'former']);
  });
  it('does not spread a post given in a clause of its own ("where each will hold")', () => {
    const r = roleRows('Designers Mara Holt and Ivo Brandt are leaving Kestrel Studio for Northmoor Works, where each will hold the title of design director.', 'en');
    expect(r.filter((x) => x[0] === 'Mara Holt' && x[1] === 'Kestrel Studio' && x[3] === 'current')).toEqual([]);
  });
});
