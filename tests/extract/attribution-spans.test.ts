/**
 * Where a company name is cut or taken from the wrong words: a rubric heading a column entry,
 * a description with its own complement before the name, a league or trade noun before the
 * name, a word for France. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('names read whole', () => {
  it('takes the name after a description and its complement ("la société de services numériques X")', () => {
    const r = roles('Karim Dussaud était auparavant DAF de la société de services numériques Telvane.', 'fr');
    expect(r).toContainEqual(['Karim Dussaud', 'Telvane', 'DAF', 'former']);
  });
  it('reads "l\'enseigne de hard-discount X" the same way', () => {
    const r = roles('Marc Olier, directeur général de l\'enseigne de hard-discount Pricelo depuis 2019, quitte ses fonctions.', 'fr');
    expect(r).toContainEqual(['Marc Olier', 'Pricelo', 'directeur général', 'former']);
  });
  it('does not take a one-word rubric before a dash for the employer', () => {
    const r = roles('Santé – Le laboratoire Corvilab nomme Jeanne Ardant directrice médicale.', 'fr');
    expect(r).toContainEqual(['Jeanne Ardant', 'Corvilab', 'directrice médicale', 'current']);
  });
  it('reads "Premier League club X" and "Indie shop X" as descriptions of X', () => {
    expect(roles('Premier League club Stanbrook Rovers has appointed Tom Reyes as chief executive.')).toContainEqual(['Tom Reyes', 'Stanbrook Rovers', 'chief executive', 'current']);
    expect(roles('Indie shop Fern & Moss has hired Ana Dirce as its head of strategy.')).toContainEqual(['Ana Dirce', 'Fern & Moss', 'head of strategy', 'current']);
  });
  it('does not take "l\'Hexagone" (France) for a company', () => {
    const r = roles('L\'enseigne belge Velmora ouvre trois magasins. Le distributeur réalise déjà 20 % de ses ventes dans l\'Hexagone, indique son directeur général, Paul Arnaud.', 'fr');
    expect(r).toContainEqual(['Paul Arnaud', 'Velmora', 'directeur général', 'current']);
  });
  it('leaves a two-word place out of "San Francisco-based X"', () => {
    expect(roles('San Francisco-based Lumora has hired Jane Okoro as chief financial officer.')).toContainEqual(['Jane Okoro', 'Lumora', 'chief financial officer', 'current']);
  });
});

describe('the company the text is about', () => {
  it('keeps its own name after the text names its unit (the name and a place)', () => {
    const r = roles('Fin d\'une époque pour Vellora. Le studio a annoncé le départ de son PDG. Elle pilotait depuis 2022 sa filiale canadienne, Vellora Québec. L\'autre cofondateur, Marc Ducasse, reste directeur de la création.', 'fr');
    expect(r).toContainEqual(['Marc Ducasse', 'Vellora', 'directeur de la création', 'current']);
  });
  it('does not take a work named in guillemets for the employer of "son PDG"', () => {
    const r = roles('Le studio Vellora change de patron. Le studio, connu pour la série « Les Ombres de Brocéliande », a annoncé le départ de son PDG, Luc Hervé.', 'fr');
    expect(r).toContainEqual(['Luc Hervé', 'Vellora', 'PDG', 'former']);
  });
});
