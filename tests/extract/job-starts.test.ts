/**
 * Starting a job, told without a title: "starts at Y on Monday", "takes up her new role at Y",
 * "prendra ses fonctions chez Y", "débutera chez Y". The firm is held now (a start in the
 * future is an announced post, current per GUIDELINES). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('starting a job', () => {
  it('reads English start verbs as a current post', () => {
    for (const s of [
      'Ruth Pellam starts at Velmora on Monday.',
      'Ruth Pellam takes up her new role at Velmora next month.',
      'Ruth Pellam is due to start at Velmora in the spring.',
      'Ruth Pellam begins her new job at Velmora on Monday.',
    ]) expect(roles(s)).toEqual([['Ruth Pellam', 'Velmora', null, 'current']]);
  });
  it('reads French start verbs as a current post, where "fonctions chez" alone had made it past', () => {
    for (const s of [
      'Ruth Pellam prendra ses fonctions chez Velmora le 1er septembre.',
      'Ruth Pellam débutera chez Velmora en septembre.',
      'Ruth Pellam entrera en fonction chez Velmora au printemps.',
    ]) expect(roles(s, 'fr')).toEqual([['Ruth Pellam', 'Velmora', null, 'current']]);
  });
  it('keeps a career that started somewhere in the past', () => {
    expect(roles('Ruth Pellam started at Orsel as a trainee in 1998.')).toEqual([['Ruth Pellam', 'Orsel', null, 'former']]);
  });
});
