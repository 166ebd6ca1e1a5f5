/**
 * French press forms: a partner named in full before its acronym and before the deal noun, a
 * compass compound ending a sentence ("Sud-Est."), studies in progress, footholds and doors
 * opened by an acquisition, presence verbs, property that is no office, and an office noun
 * that describes the firm named before it. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';
import { splitSentences } from '../../src/extract/index.js';

describe('French press forms', () => {
  it('reads a partner written in full with its acronym before the deal noun', () => {
    const fr = "Le groupe Solvane, déjà présent au Mali, a signé avec la Société malienne d'énergie (SME) un contrat d'achat d'électricité sur vingt ans pour une centrale solaire à Kayes.";
    expect(withPartner(fr, 'fr')).toContain("Solvane | partnership | Kayes | Société malienne d'énergie");
  });
  it('ends a sentence after a compass compound', () => {
    const parts = splitSentences("Il vend en Asie du Sud-Est. En revanche, le projet a été abandonné.");
    expect(parts).toHaveLength(2);
  });
  it('reads a study in progress as no fact', () => {
    expect(facts("Ludora étudie désormais l'ouverture d'un bureau à Berlin ou à Amsterdam.", 'fr')).toEqual([]);
  });
  it('reads a foothold, a door opened by an acquisition and a presence', () => {
    expect(facts('Glaciane ouvrira deux magasins à Genève, deux ans après avoir pris pied en Belgique.', 'fr')).toEqual(['Glaciane | market | Genève', 'Glaciane | market | Belgique']);
    expect(facts("Le groupe Varnel a finalisé l'acquisition de Hydrova, qui lui ouvre les portes du Canada.", 'fr')).toEqual(['Varnel | market | Canada']);
    expect(facts('Colivra, qui opère déjà à Bruxelles, se lancera à Copenhague en septembre.', 'fr')).toEqual(['Colivra | market | Bruxelles', 'Colivra | market | Copenhague']);
  });
  it('reads a foothold in the infinitive or the future ("lui permet de prendre pied en")', () => {
    expect(facts("Le groupe Torvane a racheté son rival Belmix, une opération qui lui permet de prendre pied en Hongrie.", 'fr')).toEqual(['Torvane | market | Hongrie']);
    expect(facts('Avec ce rachat, Quintel prendra pied au Portugal dès juin.', 'fr')).toEqual(['Quintel | market | Portugal']);
    expect(facts('Quintel pourrait prendre pied au Portugal.', 'fr')).toEqual([]);
  });
  it('reads "s\'installera à" as a market, like "s\'installe à"', () => {
    expect(facts('La maison Corvane s\'installera à Milan début 2027.', 'fr')).toEqual(['Corvane | market | Milan']);
  });
  it('reads office buildings held as property, not offices', () => {
    expect(facts('La foncière Peralis, qui détient des immeubles de bureaux à Paris et à Lyon, s\'est implantée en Espagne.', 'fr')).toEqual(['Peralis | market | Espagne']);
    expect(facts('Brookvale bought two office buildings in Madrid.', 'en')).toEqual([]);
  });
  it('reads an office noun describing the firm named before it as no office', () => {
    expect(facts("Le groupe Nuvira s'implante au Brésil avec le rachat de Casa Lume, une agence de São Paulo.", 'fr')).toEqual(['Nuvira | market | Brésil']);
    expect(facts("Nordavi a annoncé l'acquisition de Kessel Ingénierie SA, un bureau d'études de Liège.", 'fr')).toEqual([]);
  });
});
