/**
 * French career openers and lists: "Transfuge d'X", "En provenance d'X", "Débauchée chez X",
 * "dont le CV affiche A, B et la banque C", a "Communiqué —" rubric, and a public inspectorate
 * that is no employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French career openers', () => {
  it('reads "Transfuge d\'X" and "En provenance d\'X" opening the sentence as a past employer', () => {
    expect(roleRows("Transfuge d'Orvalis, Lucie Bardet est nommée directrice générale de Tramino.", 'fr')).toContainEqual(['Lucie Bardet', 'Orvalis', null, 'former']);
    expect(roleRows("En provenance d'Orvalis, où elle a passé dix ans, Lucie Bardet est nommée directrice générale de Tramino.", 'fr')).toContainEqual(['Lucie Bardet', 'Orvalis', null, 'former']);
  });
  it('reads "Débauchée chez X" as a past employer', () => {
    expect(roleRows('Débauchée chez Orvalis, où elle dirigeait la régie, Lucie Bardet est nommée directrice générale de Tramino.', 'fr')).toContainEqual(['Lucie Bardet', 'Orvalis', null, 'former']);
  });
  it('reads "dont le CV affiche A, B et la banque C" as three past employers', () => {
    const r = roleRows('Tramino a recruté comme directeur financier Paul Morin, dont le CV affiche Orvalis, Bertin et la banque Kessel.', 'fr');
    for (const c of ['Orvalis', 'Bertin', 'Kessel']) expect(r).toContainEqual(['Paul Morin', c, null, 'former']);
  });
  it('takes no company from a "Communiqué —" rubric', () => {
    const r = roleRows('Communiqué — Le conseil de surveillance de Tramino a nommé Paul Morin président du directoire. Il succède à Anne Roche, qui part à la retraite.', 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Tramino', 'président du directoire', 'current']);
    expect(r).toContainEqual(['Anne Roche', 'Tramino', null, 'former']);
    expect(r.some((x) => x[1].startsWith('Communiqu'))).toBe(false);
  });
  it('gives no role at a government inspectorate', () => {
    expect(roleRows("Ancienne préfète, Lucie Bardet a été nommée à la tête de Tramino. Son prédécesseur rejoint l'Inspection générale des finances.", 'fr').some((x) => x[1].startsWith('Inspection'))).toBe(false);
  });
});
