/**
 * More French successions and board seats: "prendra la succession de X", "depuis le départ à la
 * retraite de X" name the one who left; "nomme au sein de son conseil de surveillance X,
 * présidente de Y" is a seat beside X's job; "la foncière lyonnaise X" is a company; "président
 * du conseil et confie…" ends the title before the verb. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French successions', () => {
  it('reads "prendra la succession de X" as X leaving the post', () => {
    const r = roleRows('Velcor a nommé Anne Rivet directrice générale. Elle prendra la succession de Paul Gorin en juin.', 'fr');
    expect(r).toContainEqual(['Paul Gorin', 'Velcor', null, 'former']);
  });
  it('reads "depuis le départ à la retraite de X" told of the one who stood in', () => {
    const r = roleRows("Velcor a nommé Anne Rivet directrice générale. Elle succède à Marc Tissot, qui tenait la barre depuis le départ à la retraite de Paul Gorin.", 'fr');
    expect(r).toContainEqual(['Paul Gorin', 'Velcor', null, 'former']);
  });
});

describe('French board seats and company descriptions', () => {
  it('seats a person named "au sein de son conseil" beside the job in apposition', () => {
    const r = roleRows('La société Velcor Immobilier nomme au sein de son conseil de surveillance Anne Rivet, présidente de la foncière lyonnaise Brellin Pierre.', 'fr');
    expect(r).toContainEqual(['Anne Rivet', 'Velcor Immobilier', null, 'current']);
    expect(r).toContainEqual(['Anne Rivet', 'Brellin Pierre', 'présidente', 'current']);
  });
  it('ends a title before "et confie"', () => {
    const r = roleRows("Paul Gorin, PDG de Velcor, devient président du conseil d'administration et confie les rênes opérationnelles à Anne Rivet.", 'fr');
    expect(r.some((x) => x[2] !== null && x[2].includes('confie'))).toBe(false);
  });
});

describe('the owner who chooses a successor is not the employer', () => {
  it('gives the post to the text\'s firm when its shareholder or a succession opener chooses', () => {
    const a = roleRows("Le PDG de Fontelle, Marius Dorval, part à la retraite. Pour lui succéder, l'actionnaire, le fonds Cobalt Capital, a choisi comme directrice générale Yasmine Aït-Ali.", 'fr');
    expect(a).toContainEqual(['Yasmine Aït-Ali', 'Fontelle', 'directrice générale', 'current']);
    expect(a.filter((x) => x[1] === 'Cobalt Capital')).toEqual([]);
    const b = roleRows("Fontelle change de patron. Son actionnaire, le fonds Cobalt Capital, a nommé Yasmine Aït-Ali directrice générale.", 'fr');
    expect(b).toContainEqual(['Yasmine Aït-Ali', 'Fontelle', 'directrice générale', 'current']);
  });
  it('keeps a fund hiring for itself', () => {
    expect(roleRows("Le fonds Cobalt Capital renforce son équipe. Il a recruté Yasmine Aït-Ali comme directrice associée.", 'fr')).toContainEqual(['Yasmine Aït-Ali', 'Cobalt Capital', 'directrice associée', 'current']);
  });
});
