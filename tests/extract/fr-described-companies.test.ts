/**
 * Companies named like people and described: "la medtech lyonnaise Lina Sorel" (a descriptor
 * past a place adjective), the same name read as the company elsewhere in the text, "présidente
 * de la medtech X" (the descriptor ends the title), and "l'ex-patronne de la filiale belge de
 * X" (the group after its subsidiary). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('described companies named like people', () => {
  it('reads a name after "la medtech lyonnaise" as the company, here and in later sentences', () => {
    const r = roleRows('« Le Japon est notre premier marché », explique Claire Tassin, la nouvelle présidente de la medtech lyonnaise Lina Sorel. Lina Sorel, qui vient d\'ouvrir un bureau à Osaka, recrute.', 'fr');
    expect(r).toContainEqual(['Claire Tassin', 'Lina Sorel', 'présidente', 'current']);
    expect(r.some(([person]) => person === 'Lina Sorel')).toBe(false);
  });
  it('reads the group after "la filiale belge de"', () => {
    const r = roleRows('Orvane nomme Claire Tassin présidente. L\'ex-patronne de la filiale belge de Brellin prend la suite de Hugo Marin.', 'fr');
    expect(r).toContainEqual(['Claire Tassin', 'Brellin', 'patronne', 'former']);
    expect(r).toContainEqual(['Hugo Marin', 'Orvane', null, 'former']);
  });
});

describe('announced posts and schools', () => {
  it('reads "X s\'offre une nouvelle directrice …. Y, …" as Y\'s post at X', () => {
    const r = roleRows('Orvane s\'offre une nouvelle directrice de la création. Claire Tassin, une ancienne de Brellin, arrive de Melvane.', 'fr');
    expect(r).toContainEqual(['Claire Tassin', 'Orvane', 'directrice de la création', 'current']);
  });
  it('never takes the school of "diplômé de X" for the employer', () => {
    const r = roleRows('Orvane débauche chez Brellin. Hugo Marin, 48 ans, diplômé de l\'Ecolia, arrive chez le constructeur comme directeur des achats.', 'fr');
    expect(r.some(([, company]) => company === 'Ecolia')).toBe(false);
    expect(r).toContainEqual(['Hugo Marin', 'Orvane', 'directeur des achats', 'current']);
  });
  it('reads a name after "l\'agence" as the company', () => {
    const r = roleRows("L'agence Marie Sauvage fait appel à Ana Lind, qui sera sa directrice de la création. Celle-ci quitte Orvel, où elle était directrice artistique.", 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Marie Sauvage', 'directrice de la création', 'current']);
    expect(r).toContainEqual(['Ana Lind', 'Orvel', 'directrice artistique', 'former']);
  });
});

describe('newsroom heads and cooperatives', () => {
  it('reads "rédactrice en chef" as a title and "du mensuel X", "de la coopérative Y" as the employer', () => {
    const r = roleRows("Léa Morand est nommée rédactrice en chef du mensuel Vallées d'Orvel. Elle était rédactrice en chef adjointe de Brellin Hebdo.", 'fr');
    expect(r).toContainEqual(['Léa Morand', "Vallées d'Orvel", 'rédactrice en chef', 'current']);
    expect(r).toContainEqual(['Léa Morand', 'Brellin Hebdo', 'rédactrice en chef adjointe', 'former']);
    expect(roleRows("Anne Roux a été élue présidente de la coopérative Terres d'Orvel.", 'fr')).toContainEqual(['Anne Roux', "Terres d'Orvel", 'présidente', 'current']);
  });
});

describe('a sentence opening on "Son PDG"', () => {
  it('speaks of the company the sentence before opens on', () => {
    const r = roleRows("Le distributeur Velcor Retail a fait son entrée en Bourse mardi. Son PDG, Paul Brent, a annoncé une coentreprise avec le français Orvel. Orvel est dirigé par Ana Lind.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velcor Retail', 'PDG', 'current']);
    expect(r.some(([p, c]) => p === 'Paul Brent' && c === 'Orvel')).toBe(false);
  });
});

describe('the chair of the board', () => {
  it('is at the company the text is about, however far from its name', () => {
    const r = roleRows("Le conseil d'administration de Velcor a tranché. Après six mois de recherche, le groupe a annoncé la nomination d'Ana Lind. Elle succède à Hugo Marin. Agée de 52 ans, elle a fait carrière dans l'automobile. Le président du conseil, Paul Brent, salue « un profil solide ».", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velcor', 'président du conseil', 'current']);
  });
});
