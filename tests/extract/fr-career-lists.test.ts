/**
 * French career lists and past stays: a list going on after "et … puis par", a firm named like
 * a person inside that list ("passée par Orvel et Jean Brodier"), "et à la Banque de X",
 * "jusqu'à présent chez", "a aussi officié chez", "a ensuite piloté … chez", "avant de diriger
 * … de X"; a post held "depuis N" by someone who joins another house; joining a committee of
 * the same house; a handover by a co-founder and chief executive. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French career lists', () => {
  it('reads a firm named like a person inside a career list', () => {
    const r = roleRows('Sotrane nomme Lise Carmon directrice générale. Cette ancienne de Tandis, passée par Orvel et Jean Brodier puis par Melvane, remplace Hugo Tassin.', 'fr');
    for (const c of ['Orvel', 'Jean Brodier', 'Melvane']) expect(r).toContainEqual(['Lise Carmon', c, null, 'former']);
  });
  it('keeps a person after a career list and a comma a person', () => {
    const r = roleRows('Passé par Orvel et Melvane, Hugo Tassin rejoint Sotrane.', 'fr');
    expect(r).toContainEqual(['Hugo Tassin', 'Orvel', null, 'former']);
    expect(r).toContainEqual(['Hugo Tassin', 'Melvane', null, 'former']);
  });
  it('reads "chez X et à la Banque de Y"', () => {
    const r = roleRows('Lise Carmon rejoint Sotrane. Elle avait auparavant travaillé chez Orvel et à la Banque de Calvane.', 'fr');
    expect(r).toContainEqual(['Lise Carmon', 'Banque de Calvane', null, 'former']);
  });
  it('reads "jusqu\'à présent chez X" and "a aussi officié chez X" as past stays', () => {
    expect(roleRows('Sotrane a recruté comme directeur financier Marc Dolan, jusqu\'à présent chez Brellin.', 'fr')).toContainEqual(['Marc Dolan', 'Brellin', null, 'former']);
    expect(roleRows('Marc Dolan, un ancien de Tandis qui a aussi officié chez Brellin, est nommé directeur des risques de Sotrane.', 'fr')).toContainEqual(['Marc Dolan', 'Brellin', null, 'former']);
  });
  it('reads "a ensuite piloté … chez X" and "avant de diriger … de X" as past jobs', () => {
    expect(roleRows('Sotrane nomme Lise Carmon. Elle a ensuite piloté la transformation chez Brellin.', 'fr')).toContainEqual(['Lise Carmon', 'Brellin', null, 'former']);
    expect(roleRows('Lise Carmon a fait ses armes chez Orvel avant de diriger une usine de Brellin en Alsace.', 'fr')).toContainEqual(['Lise Carmon', 'Brellin', null, 'former']);
  });
});

describe('French posts left or kept', () => {
  it('reads a post held "depuis N" by someone who joins another house as left', () => {
    const r = roleRows('Sotrane étoffe son équipe. Lise Carmon, associée chez Brellin depuis 2019, rejoint la banque en tant que directrice associée.', 'fr');
    expect(r).toContainEqual(['Lise Carmon', 'Brellin', 'associée', 'former']);
    expect(r).toContainEqual(['Lise Carmon', 'Sotrane', 'directrice associée', 'current']);
  });
  it('keeps the post of someone who joins the executive committee', () => {
    const r = roleRows('Sotrane remanie sa direction. Lise Carmon, secrétaire générale depuis 2021, intègre le comité exécutif.', 'fr');
    expect(r).toContainEqual(['Lise Carmon', 'Sotrane', 'secrétaire générale', 'current']);
  });
  it('hands a co-founder and chief executive\'s post to the newcomer', () => {
    const r = roleRows('Le fabricant Orvane change de pilote. Son cofondateur et président-directeur général, Paul Ressac, cède son fauteuil à Léa Mounier.', 'fr');
    expect(r).toContainEqual(['Paul Ressac', 'Orvane', 'cofondateur et président-directeur général', 'former']);
    expect(r).toContainEqual(['Léa Mounier', 'Orvane', 'président-directeur général', 'current']);
  });
  it('reads "Son directeur général, X, cède son fauteuil à Y"', () => {
    const r = roleRows('La maison Velmont change de capitaine. Son directeur général, Paul Ressac, cède son fauteuil à Léa Mounier.', 'fr');
    expect(r).toContainEqual(['Paul Ressac', 'Velmont', 'directeur général', 'former']);
    expect(r).toContainEqual(['Léa Mounier', 'Velmont', 'directeur général', 'current']);
  });
  it('reads a later item of the list described as a firm ("et par le cabinet X")', () => {
    const r = roleRows('Léo Tanguy a rejoint Kermarrec en 2024. Il était passé par Orvel et par le cabinet Brisson & Company.', 'fr');
    expect(r).toContainEqual(['Léo Tanguy', 'Brisson & Company', null, 'former']);
  });
});

describe('a list of past employers ends before the clause subject', () => {
  it('does not read the subject after "anciens de X," as one more past employer', () => {
    const r = roleRows("Créée en 2019 par Tomás Reyes et Aiko Tanabe, deux anciens de Pellicar, Vestaro lève 8 millions d'euros.", 'fr');
    expect(r).toContainEqual(['Tomás Reyes', 'Pellicar', null, 'former']);
    expect(r.filter((x) => x[1] === 'Vestaro')).toEqual([]);
  });
  it('keeps a list written with commas only', () => {
    const r = roleRows("Paul Rivet rejoint Orvanel. Il est passé par Danvelle, Nestoria, Unibrel.", 'fr');
    expect(r).toContainEqual(['Paul Rivet', 'Nestoria', null, 'former']);
    expect(r).toContainEqual(['Paul Rivet', 'Unibrel', null, 'former']);
  });
});
