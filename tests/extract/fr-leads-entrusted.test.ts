/**
 * French current posts told without a title: "X, que dirige Y depuis…", "confie la direction
 * de sa nouvelle filiale, Z, à Y", "nommé Y à la tête de sa filiale française, Z", "quitte X
 * pour prendre la direction financière de Z", "appelé à d'autres fonctions au sein du groupe
 * (W)". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleKeys, roleRows } from '../helpers/extract.js';

describe('French untitled current posts', () => {
  it('reads "X, que dirige Y depuis sa création"', () => {
    expect(roleRows('Orvane, que dirige Claire Tassin depuis sa création, a recruté Hugo Marin.', 'fr')).toContainEqual(['Claire Tassin', 'Orvane', null, 'current']);
  });
  it('reads "confie la direction de sa nouvelle filiale espagnole, Z, à Y"', () => {
    expect(roleRows('Le groupe Orvane confie la direction de sa nouvelle filiale espagnole, Orvane Iberia, à Claire Tassin.', 'fr')).toContainEqual(['Claire Tassin', 'Orvane Iberia', null, 'current']);
  });
  it('reads "a nommé Y à la tête de sa filiale française, Z"', () => {
    expect(roleRows('Le groupe suisse Velmont a nommé Claire Tassin à la tête de sa filiale française, Velmont France.', 'fr')).toContainEqual(['Claire Tassin', 'Velmont France', null, 'current']);
  });
  it('reads "quitte le navire pour prendre la direction financière de Z" as the new job', () => {
    const r = roleRows('Hugo Marin rejoint Orvane. Il succède à Claire Tassin, qui quitte le navire pour prendre la direction financière de Brellin.', 'fr');
    expect(r).toContainEqual(['Claire Tassin', 'Brellin', null, 'current']);
    expect(r).toContainEqual(['Claire Tassin', 'Orvane', null, 'former']);
  });
  it('reads "appelé à d\'autres fonctions au sein du groupe W" as a post in W, and nothing without "au sein"', () => {
    expect(roleRows('Claire Tassin est nommée directrice financière de Velmont Sud. Elle succède à Hugo Marin, appelé à d\'autres fonctions au sein du groupe Brellin.', 'fr')).toContainEqual(['Hugo Marin', 'Brellin', null, 'current']);
    const r = roleRows('Claire Tassin est nommée directrice financière de Velmont Sud. Elle succède à Hugo Marin, appelé à d\'autres fonctions.', 'fr');
    expect(r.filter(([p, , , st]) => p === 'Hugo Marin' && st === 'current')).toEqual([]);
  });
});

describe('a partner named with the year the partnership began', () => {
  it('reads "X, associé depuis 2018" as a title at the firm the text is about', () => {
    const r = roleRows('Le cabinet Varenne & Associés ouvre un bureau à Lille, qu\'elle codirigera avec Paul Ressac, associé depuis 2018.', 'fr');
    expect(r).toContainEqual(['Paul Ressac', 'Varenne & Associés', 'associé', 'current']);
  });
});

describe('a lead taken beside a firm left', () => {
  it('keeps the lead taken current whichever comes first', () => {
    for (const text of ['Anne Roy quitte Orvel et prend la tête de Vaxel.', 'Anne Roy prend la tête de Vaxel et quitte Orvel.', "Anne Roy, qui a quitté Orvel l'an dernier, prend la tête de Vaxel."]) {
      const k = roleKeys(text, 'fr');
      expect(k).toContainEqual(['Anne Roy', 'Vaxel', 'current']);
      expect(k).toContainEqual(['Anne Roy', 'Orvel', 'former']);
    }
  });
  it('still ends a lead held until a leaving', () => {
    expect(roleKeys('À la tête de Vaxel depuis 2012, Anne Roy passe la main.', 'fr')).toEqual([['Anne Roy', 'Vaxel', 'former']]);
  });
});

describe('a lead "assurée par" someone', () => {
  it('reads "la présidence sera assurée par X" as a current post at the text\'s firm', () => {
    expect(roleRows("Le fabricant Oskelan change de gouvernance. La présidence sera assurée par Lena Hartwig.", 'fr')).toContainEqual(['Lena Hartwig', 'Oskelan', null, 'current']);
    expect(roleRows("Chez Oskelan, la présidence du conseil d'administration est désormais assurée par Lena Hartwig.", 'fr')).toContainEqual(['Lena Hartwig', 'Oskelan', null, 'current']);
    expect(roleRows("Le groupe Velmarin détient Oskelan. La direction générale d'Oskelan sera assurée par Tomas Wendt.", 'fr')).toContainEqual(['Tomas Wendt', 'Oskelan', null, 'current']);
  });
  it('reads no post in a service "assuré par" someone', () => {
    expect(roleRows("Oskelan réorganise sa logistique. La livraison sera assurée par Tomas Wendt.", 'fr')).toEqual([]);
  });
});

describe('a lead taken or kept without its firm named', () => {
  it('reads "prendra la direction générale" and "conservera la présidence du conseil" as a lead at the text\'s firm', () => {
    expect(roleRows("Oskelan scinde en deux le poste de PDG. Clarisse Vidot prendra la direction générale le 1er mars.", 'fr')).toContainEqual(['Clarisse Vidot', 'Oskelan', null, 'current']);
    expect(roleRows("Oskelan dissocie les fonctions. Pierre Auzan conservera la présidence du conseil.", 'fr')).toContainEqual(['Pierre Auzan', 'Oskelan', null, 'current']);
    expect(roleRows("Oskelan dissocie les fonctions. Pierre Auzan garde la présidence du conseil de surveillance.", 'fr')).toContainEqual(['Pierre Auzan', 'Oskelan', null, 'current']);
  });
  it('keeps the firm a lead names, and reads no lead of a committee of another body', () => {
    expect(roleRows("Oskelan se réorganise. Clarisse Vidot prendra la présidence du conseil de surveillance de Velmarin.", 'fr')).toContainEqual(['Clarisse Vidot', 'Velmarin', null, 'current']);
    expect(roleRows("Oskelan se réorganise. Clarisse Vidot prend la présidence du comité d'éthique de la fédération.", 'fr')).toEqual([]);
  });
});
