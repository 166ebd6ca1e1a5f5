/**
 * The per-token scan of careerRoles skips a token that holds none of the words its rules start at
 * (CAREER_STARTS, indexed like cues) and is no name. One sentence per rule behind the gate, so
 * that a start word left out of the list shows here. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('rule start words (careers)', () => {
  it('reads a stay ("spent eight years at"), a move from ("joined X from Y") and a run ("ran research at")', () => {
    expect(roleRows('Anna Velkov, who spent eight years at Brimwell Systems, joins Dorvane as chief financial officer.', 'en')).toContainEqual(['Anna Velkov', 'Brimwell Systems', null, 'former']);
    expect(roleRows('Tomas Riedl joined Qualtix in 2015 from Norvexa.', 'en')).toContainEqual(['Tomas Riedl', 'Norvexa', null, 'former']);
    expect(roleRows('Mark Dullan, who most recently ran research at Brightvale, becomes chief technology officer of Oskaro.', 'en')).toContainEqual(['Mark Dullan', 'Brightvale', null, 'former']);
  });
  it('reads employers listed after "Après", a lead taken ("prendra la présidence de") and a career cue ("Passée par")', () => {
    const after = roleRows('Après Orvelia, Tandisco et Brelmont, Léa Karvin rejoint Sotrima comme directrice financière.', 'fr');
    expect(after).toContainEqual(['Léa Karvin', 'Orvelia', null, 'former']);
    expect(after).toContainEqual(['Léa Karvin', 'Brelmont', null, 'former']);
    expect(roleRows('Claire Morvan prendra en janvier la présidence de Velistra.', 'fr')).toContainEqual(['Claire Morvan', 'Velistra', null, 'current']);
    expect(roleRows('Passée par Lumetra et Korvia, Julie Anders rejoint Pexaro comme directrice marketing.', 'fr')).toContainEqual(['Julie Anders', 'Korvia', null, 'former']);
  });
  it('reads an alumna named before her new post (a name, no start word)', () => {
    expect(roleRows('Pexaro hired Ruth Calder, a Velmora alumna, as its chief operating officer.', 'en')).toContainEqual(['Ruth Calder', 'Velmora', null, 'former']);
  });
});
