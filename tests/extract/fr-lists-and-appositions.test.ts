/**
 * Several people sharing one title or one past ("Les cofondateurs de X, A, B et C, tous
 * anciens de Y"), a holder in apposition after "du président", a person named after a post
 * who leaves another company, imperfect "dirigeait … de X", taking the lead of a described
 * company, and a few French words (associée-gérante, "Constructions", "n'exclut pas").
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, roleRows } from '../helpers/extract.js';

describe('lists of people', () => {
  it('gives a plural founder title to every person listed after it', () => {
    const r = roleRows('Les deux cofondateurs de Pellio, Anaïs Roux et Hugo Benali, lèvent 3 millions.', 'fr');
    expect(r).toContainEqual(['Anaïs Roux', 'Pellio', 'cofondateurs', 'current']);
    expect(r).toContainEqual(['Hugo Benali', 'Pellio', 'cofondateurs', 'current']);
  });
  it('gives "tous anciens de X" to every person listed before it', () => {
    const r = roleRows('Anaïs Roux, Hugo Benali et Lina Said, tous anciens de Brellin, fondent une agence.', 'fr');
    for (const p of ['Anaïs Roux', 'Hugo Benali', 'Lina Said']) expect(r).toContainEqual([p, 'Brellin', null, 'former']);
  });
  it('does not read "tous anciens de X" as the time of a later post', () => {
    const r = roleRows('Les cofondateurs de Pellio, Anaïs Roux et Hugo Benali, tous anciens de Brellin, recrutent leur directeur technique : Lina Said.', 'fr');
    expect(r).toContainEqual(['Lina Said', 'Pellio', 'directeur technique', 'current']);
  });
  it('leaves a crowd of founders without a company alone', () => {
    expect(roleRows('Réunis à Lille, plusieurs fondateurs ont parlé de croissance.', 'fr')).toEqual([]);
  });
});

describe('appositions and departures', () => {
  it('names the holder in apposition after "du président,"', () => {
    expect(roleRows('Chez Pellio, elle travaillera aux côtés du président, Hugo Benali.', 'fr')).toContainEqual(['Hugo Benali', 'Pellio', 'président', 'current']);
  });
  it('keeps a post current when the person named after it leaves another company', () => {
    const r = roleRows('Pellio recrute sa directrice juridique : Lina Said, qui quitte Brellin après six ans.', 'fr');
    expect(r).toContainEqual(['Lina Said', 'Pellio', 'directrice juridique', 'current']);
    expect(r).toContainEqual(['Lina Said', 'Brellin', null, 'former']);
  });
  it('still reads leaving the post\'s own company as a departure', () => {
    expect(roleRows('La directrice juridique de Pellio, Lina Said, quitte Pellio.', 'fr')).toContainEqual(['Lina Said', 'Pellio', 'directrice juridique', 'former']);
  });
  it('reads an imperfect "dirigeait … de X" as a past job', () => {
    expect(roleRows('Lina Said rejoint Pellio. Elle dirigeait jusque-là les ventes de Brellin en Espagne.', 'fr')).toContainEqual(['Lina Said', 'Brellin', null, 'former']);
  });
  it('reads "nommée à la tête de l\'entreprise" as the lead of the company named before', () => {
    expect(roleRows("Nouvelle direction chez Pellio. Lina Said est nommée à la tête de l'entreprise.", 'fr')).toContainEqual(['Lina Said', 'Pellio', null, 'current']);
  });
});

describe('French words', () => {
  it('knows "associée-gérante" as a title', () => {
    expect(roleRows('Le cabinet Roux & Associés désigne Lina Said comme associée-gérante.', 'fr')).toContainEqual(['Lina Said', 'Roux & Associés', 'associée-gérante', 'current']);
  });
  it('ends a firm name on "Constructions"', () => {
    const r = roleRows('Lina Said devient secrétaire générale de Benali Constructions.', 'fr');
    expect(r).toContainEqual(['Lina Said', 'Benali Constructions', 'secrétaire générale', 'current']);
  });
  it('reads "n\'exclut pas une cotation à X" as no listing', () => {
    expect(expansionRows("Pellio n'exclut pas une cotation à Londres.", 'fr')).toEqual([]);
  });
});
