/**
 * French career phrasings: "passée successivement par", "Après N ans passés chez", "elle vient
 * de X", "Cet ancien de X était …", a company that "se sépare de son DG", and a title whose
 * complement must stop at the subject's verb; "un passage chez", "avait démarré chez", "débuté
 * comme collaboratrice chez"; the civility "Dre" and the descriptor "ESN". Sentences of our own.
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
  it('reads "un passage chez X", "avait démarré chez X" and "débuté comme collaboratrice chez X" as past jobs', () => {
    const r = roleRows("Velcor a nommé Lise Carmon directrice juridique. Elle rejoint le groupe après huit ans chez Orvel et un passage chez Tandis. Elle avait démarré chez Brellin.", 'fr');
    expect(r).toContainEqual(['Lise Carmon', 'Tandis', null, 'former']);
    expect(r).toContainEqual(['Lise Carmon', 'Brellin', null, 'former']);
    expect(roleRows('Le cabinet Orvel accueille Lise Carmon comme associée. Elle avait débuté comme collaboratrice chez Tandis & Brellin.', 'fr')).toContainEqual(['Lise Carmon', 'Tandis & Brellin', 'collaboratrice', 'former']);
  });
  it('drops the "Dre" before a name and the "ESN" before a company', () => {
    expect(roleRows('Le laboratoire Velcor a nommé la Dre Lise Carmon au poste de directrice médicale.', 'fr')).toEqual([['Lise Carmon', 'Velcor', 'directrice médicale', 'current']]);
    expect(roleRows("L'ESN Orvelis a recruté Marc Dolan, nommé directeur général Inde.", 'fr')).toContainEqual(['Marc Dolan', 'Orvelis', 'directeur général Inde', 'current']);
  });
  it('reads a career spent at a firm ("l\'essentiel de son parcours chez", "fait carrière chez", "au sein de")', () => {
    expect(roleRows("Vantelis nomme Sunita Rao directrice financière. Elle a effectué l'essentiel de son parcours chez Corvane.", 'fr')).toContainEqual(['Sunita Rao', 'Corvane', null, 'former']);
    const r = roleRows('Vantelis nomme Sunita Rao directrice financière. Elle a fait carrière chez Corvane et Bellfort.', 'fr');
    expect(r).toContainEqual(['Sunita Rao', 'Corvane', null, 'former']);
    expect(r).toContainEqual(['Sunita Rao', 'Bellfort', null, 'former']);
    expect(roleRows('Vantelis nomme Sunita Rao directrice financière. Elle a effectué tout son parcours au sein de Corvane.', 'fr')).toContainEqual(['Sunita Rao', 'Corvane', null, 'former']);
  });
});
