/**
 * A post announced before its holder ("X a une nouvelle directrice générale. Anne Y, …") or lost
 * before the one leaving it is named ("X perd son directeur artistique. Paul Y rejoint…"), and
 * the post a predecessor moves to ("Il remplace X, partie chez Y comme T"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('a post announced before its holder', () => {
  it('gives the post to the person opening the next sentence (fr, en)', () => {
    expect(roles("La mutuelle Velcor a trouvé son directeur général. Paul Brent, 51 ans, a passé vingt ans chez Orvane.", 'fr')).toContainEqual(['Paul Brent', 'Velcor', 'directeur général', 'current']);
    expect(roles('Quillbyte has hired its first chief data officer. Anna Lind was most recently head of data at Orvane.', 'en')).toContainEqual(['Anna Lind', 'Quillbyte', 'chief data officer', 'current']);
  });
  it('gives a post lost to the person opening the next sentence, as a past one (fr)', () => {
    const r = roles("Le studio Velmont Games perd son directeur artistique. Paul Brent rejoint Orvane, où il dirigera un nouveau jeu. Le studio a confié l'intérim à sa productrice exécutive, Anna Lind.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velmont Games', 'directeur artistique', 'former']);
    expect(r).toContainEqual(['Paul Brent', 'Orvane', null, 'current']);
    expect(r).toContainEqual(['Anna Lind', 'Velmont Games', 'productrice exécutive', 'current']);
  });
  it('does not give a post that is only sought', () => {
    const r = roles("Velcor chercherait un nouveau directeur financier. Le nom de Paul Brent, pressenti, circule.", 'fr');
    expect(r.filter((x) => x[0] === 'Paul Brent' && x[1] === 'Velcor')).toEqual([]);
  });
});

describe('a predecessor who moves', () => {
  it('keeps the post gone to current and does not give it to the successor', () => {
    const r = roles('Velcor a nommé Paul Brent directeur commercial. Il remplace Anna Lind, partie chez Orvane comme directrice générale adjointe.', 'fr');
    expect(r).toContainEqual(['Anna Lind', 'Orvane', 'directrice générale adjointe', 'current']);
    expect(r.filter((x) => x[0] === 'Paul Brent' && x[2] === 'directrice générale adjointe')).toEqual([]);
  });
});
