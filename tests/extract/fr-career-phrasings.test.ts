/**
 * French career phrasings: "passée successivement par", "Après N ans passés chez", "elle vient
 * de X", "Cet ancien de X était …", a company that "se sépare de son DG", and a title whose
 * complement must stop at the subject's verb. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French career phrasings', () => {
  it('reads "passée successivement par A, B puis C" as three past employers', () => {
    const r = roleRows('Lise Carmon, passée successivement par Orvel, Tandis puis Brellin, rejoint Sotrane.', 'fr');
    for (const c of ['Orvel', 'Tandis', 'Brellin']) expect(r).toContainEqual(['Lise Carmon', c, null, 'former']);
  });
  it('reads "Après N ans passés chez X" as a past stay', () => {
    expect(roleRows('Après douze ans passés chez Orvel, Lise Carmon rejoint Sotrane.', 'fr')).toContainEqual(['Lise Carmon', 'Orvel', null, 'former']);
  });
  it('reads "elle vient de X" as a past employer', () => {
    expect(roleRows('Sotrane nomme Lise Carmon directrice financière ; elle vient de Brellin.', 'fr')).toContainEqual(['Lise Carmon', 'Brellin', null, 'former']);
  });
  it('reads "Cet ancien de X était T de Y" as the person met before', () => {
    const r = roleRows('Sotrane accueille Marc Dolan. Cet ancien de la Caisse des Marées était depuis 2018 directeur des risques de Brellin.', 'fr');
    expect(r).toContainEqual(['Marc Dolan', 'Brellin', 'directeur des risques', 'former']);
  });
  it('reads "se sépare de son directeur général, X" as a departure', () => {
    expect(roleRows('Le groupe Tandis se sépare de son directeur général, Marc Dolan, après trois exercices difficiles.', 'fr')).toContainEqual(['Marc Dolan', 'Tandis', 'directeur général', 'former']);
  });
  it('ends a title complement at the verb of its subject', () => {
    const r = roleRows('Marc Dolan cède son fauteuil chez Tandis. Le président du directoire prend sa retraite.', 'fr');
    expect(r).toContainEqual(['Marc Dolan', 'Tandis', 'président du directoire', 'former']);
  });
});
