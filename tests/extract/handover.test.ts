/**
 * Successions told from the one who leaves: a handover ("cède son fauteuil à Y", "hands over to
 * Y"), a passive with a pronoun for the leaver under a fronted company ("À X, elle est remplacée
 * par Y"), a newcomer who "succède à" a titled predecessor, and "après le départ de".
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('a post handed over', () => {
  it('gives the one who hands over a post to the newcomer (fr)', () => {
    const r = roleRows('Jusqu\'ici directeur général de Norvane, Paul Ressac cède son fauteuil à Léa Mounier.', 'fr');
    expect(r).toContainEqual(['Paul Ressac', 'Norvane', 'directeur général', 'former']);
    expect(r).toContainEqual(['Léa Mounier', 'Norvane', 'directeur général', 'current']);
  });
  it('reads "hands over to" and "steps back" (en)', () => {
    const r = roleRows('Tarvex chief executive Omar Keane hands over to Nina Brandt in March.', 'en');
    expect(r).toContainEqual(['Omar Keane', 'Tarvex', 'chief executive', 'former']);
    expect(r).toContainEqual(['Nina Brandt', 'Tarvex', 'chief executive', 'current']);
    const s = roleRows('Tarvex has promoted COO Ruth Alban to chief executive, as co-founder and chief executive Devin Carro steps back to become executive chairman.', 'en');
    expect(s).toContainEqual(['Ruth Alban', 'Tarvex', 'COO', 'former']);
    expect(s).toContainEqual(['Ruth Alban', 'Tarvex', 'chief executive', 'current']);
    expect(s).toContainEqual(['Devin Carro', 'Tarvex', 'co-founder and chief executive', 'former']);
    expect(s).toContainEqual(['Devin Carro', 'Tarvex', 'executive chairman', 'current']);
  });
  it('puts a successor named without a post at the company the sentence opens on (fr)', () => {
    const r = roleRows('Claire Vasseur quitte Orvane. À Orvane, elle est remplacée par Hugo Lannes, jusqu\'alors directeur des ventes.', 'fr');
    expect(r).toContainEqual(['Hugo Lannes', 'Orvane', null, 'current']);
    expect(r).toContainEqual(['Hugo Lannes', 'Orvane', 'directeur des ventes', 'former']);
  });
});

describe('a newcomer takes the post the predecessor leaves', () => {
  it('reads "Y succède à X, T depuis N" (fr)', () => {
    const r = roleRows('Le transporteur Velmont change de tête. Inès Carrel, passée par Geodis, succède à Marc Tollet, directeur général depuis 2012, qui part à la retraite.', 'fr');
    expect(r).toContainEqual(['Marc Tollet', 'Velmont', 'directeur général', 'former']);
    expect(r).toContainEqual(['Inès Carrel', 'Velmont', 'directeur général', 'current']);
  });
  it('reads "après le départ de X" as a predecessor (fr)', () => {
    const r = roleRows('Orbiqa : Jules Ferrand nommé directeur des ventes. Il prend le poste après le départ de Nora Vidal, partie rejoindre Criteo.', 'fr');
    expect(r).toContainEqual(['Nora Vidal', 'Orbiqa', null, 'former']);
    expect(r).toContainEqual(['Nora Vidal', 'Criteo', null, 'current']);
  });
});

describe('successors named by a pronoun or a vacated post', () => {
  it('gives "T X will succeed him" the post the one before leaves, and leaves T (en)', () => {
    const r = roleRows('Veldor Systems said that chief executive Henk Zout would step down at the end of the year. Chief operating officer Aya Sidd will succeed him.', 'en');
    expect(r).toContainEqual(['Henk Zout', 'Veldor Systems', 'chief executive', 'former']);
    expect(r).toContainEqual(['Aya Sidd', 'Veldor Systems', 'Chief operating officer', 'former']);
    expect(r).toContainEqual(['Aya Sidd', 'Veldor Systems', 'chief executive', 'current']);
  });
  it('reads "the slot vacated by X" as a predecessor (en)', () => {
    const r = roleRows('Aldor Pharma has promoted Luis Cast to chief commercial officer. He fills the slot vacated by Joan Whit, who resigned in September.', 'en');
    expect(r).toContainEqual(['Joan Whit', 'Aldor Pharma', null, 'former']);
  });
  it('reads "la société perd X, associé fondateur" as a founder who leaves (fr)', () => {
    const r = roleRows('Tramor perd en revanche Grégoire Lam, associé fondateur, qui part chez Eurazor comme managing director.', 'fr');
    expect(r).toContainEqual(['Grégoire Lam', 'Tramor', 'associé fondateur', 'former']);
    expect(r).toContainEqual(['Grégoire Lam', 'Eurazor', 'managing director', 'current']);
  });
});
