/**
 * A successor named in the passive takes the post the predecessor leaves. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('successor in the passive', () => {
  it('gives the post to the one named after "will be succeeded by" (en)', () => {
    const r = roles('Quillbyte Energy will open an office in Lyon. Chief executive Paul Brent, who is due to retire in June, will be succeeded by Anna Lind.', 'en');
    expect(r).toContainEqual(['Paul Brent', 'Quillbyte Energy', 'Chief executive', 'former']);
    expect(r).toContainEqual(['Anna Lind', 'Quillbyte Energy', 'Chief executive', 'current']);
  });
  it('gives the post to the one named after "sera remplacée par" (fr)', () => {
    const r = roles('La directrice générale de Velcor, Anna Lind, qui part à la retraite, sera remplacée par Paul Brent.', 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velcor', 'directrice générale', 'current']);
  });
});

describe('a predecessor named after an untitled lead', () => {
  it('left the firm the successor now leads', () => {
    expect(roles('Le conseil de surveillance de Dorvenne Capital sera désormais présidé par Olivier Marchal, qui succède à Bernard Lenoir.', 'fr')).toEqual([
      ['Olivier Marchal', 'Dorvenne Capital', null, 'current'],
      ['Bernard Lenoir', 'Dorvenne Capital', null, 'former'],
    ]);
    expect(roles('Dorvenne Capital has hired Oliver Marsh, who succeeds Bernard Lowe.')).toEqual([
      ['Oliver Marsh', 'Dorvenne Capital', null, 'current'],
      ['Bernard Lowe', 'Dorvenne Capital', null, 'former'],
    ]);
  });
});
