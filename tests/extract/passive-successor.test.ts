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

describe('successor in the passive, the post written or the firm left untitled', () => {
  it('reads a post of several words in "remplacé au poste de T par Y"', () => {
    const r = roles("Le PDG de Grenadel, Olivier Sauvin, part à la retraite. Il sera remplacé au poste de directeur commercial adjoint par Inka Lorenz.", 'fr');
    expect(r).toContainEqual(['Inka Lorenz', 'Grenadel', 'directeur commercial adjoint', 'current']);
  });
  it('gives the newcomer the firm the one replaced leaves without a title', () => {
    const r = roles("Henri Marbel quitte la direction de Marbel & Fils, qu'il pilotait depuis 1995. Il sera remplacé au poste de directrice des opérations par Sonja Berglund.", 'fr');
    expect(r).toContainEqual(['Sonja Berglund', 'Marbel & Fils', 'directrice des opérations', 'current']);
    expect(roles("Henri Marbel quitte Vandrel. Il sera remplacé par Sonja Berglund.", 'fr')).toContainEqual(['Sonja Berglund', 'Vandrel', null, 'current']);
  });
});
