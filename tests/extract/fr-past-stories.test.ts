/**
 * French career stories: "a piloté X avant de rejoindre Y comme T" tells a past post at Y;
 * "celle-ci quitte Z" after a new post leaves Z, not the post; "X coopte à son conseil
 * d'administration P" gives P a seat at X. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French career stories', () => {
  it('reads a post joined "avant de" after a past stay as past', () => {
    const r = roleRows("De 2015 à 2020, Léa Morand a piloté les ventes d'Orvel, avant de rejoindre Tandis comme directrice commerciale.", 'fr');
    expect(r).toContainEqual(['Léa Morand', 'Tandis', 'directrice commerciale', 'former']);
    const s = roleRows("Brellin nomme Léa Morand directrice financière. Elle a occupé divers postes chez Orvel avant de devenir, en 2021, directrice financière de Tandis.", 'fr');
    expect(s).toContainEqual(['Léa Morand', 'Tandis', 'directrice financière', 'former']);
  });
  it('keeps a new post when the clause after it leaves another named company', () => {
    const r = roleRows("Brellin annonce l'arrivée de Léa Morand comme directrice de la création ; celle-ci quitte Orvel après six ans.", 'fr');
    expect(r).toContainEqual(['Léa Morand', 'Brellin', 'directrice de la création', 'current']);
    expect(r).toContainEqual(['Léa Morand', 'Orvel', null, 'former']);
  });
  it('reads "X coopte à son conseil d\'administration P" as a seat at X', () => {
    const r = roleRows("Le cabinet Brellin coopte à son conseil d'administration Paul Morin, président d'Orvel jusqu'en 2023.", 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Brellin', null, 'current']);
    expect(r).toContainEqual(['Paul Morin', 'Orvel', 'président', 'former']);
  });
});

describe('French employers told indirectly', () => {
  it('reads "son directeur général" in a fronted phrase as the main clause\'s company', () => {
    const r = roleRows("Après le départ surprise de son directeur général, Paul Morin, parti rejoindre Orvel, le conseil d'administration de Tandis a nommé Léa Morand.", 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Tandis', 'directeur général', 'former']);
    expect(r.some((x) => x[0] === 'Paul Morin' && x[1] === 'Orvel' && x[3] === 'former')).toBe(false);
  });
  it('reads "a dirigé X pour le compte de Y" as a past job at Y', () => {
    const r = roleRows('Paul Morin, qui a dirigé le Grand Hôtel Orvel pour le compte de Tandis Collection, rejoindra Brellin comme directeur des opérations.', 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Tandis Collection', null, 'former']);
    expect(r.some((x) => x[1].includes('Orvel'))).toBe(false);
  });
});

describe('French descriptions of the person just met', () => {
  it('reads "Cet ingénieur … de 44 ans, …" opening a sentence as that person', () => {
    const r = roleRows("Tandis a recruté Paul Morin comme directeur industriel. Cet ingénieur franco-suisse de 44 ans, diplômé de l'École des Mines, a dirigé pendant quatre ans l'usine d'Orvel près de Lyon.", 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Orvel', null, 'former']);
  });
  it('reads the titles of a career told after a new job elsewhere as past', () => {
    const r = roleRows("Velcor nomme Léa Morand au poste de directrice financière. Cette ancienne de Brellin a ensuite occupé les fonctions de directrice de la trésorerie chez Orvel, puis de DAF de la biotech Tandis.", 'fr');
    expect(r).toContainEqual(['Léa Morand', 'Velcor', 'directrice financière', 'current']);
    expect(r).toContainEqual(['Léa Morand', 'Orvel', 'directrice de la trésorerie', 'former']);
    expect(r).toContainEqual(['Léa Morand', 'Tandis', 'DAF', 'former']);
  });
  it('keeps a post told in the present after "et"', () => {
    const r = roleRows("Velcor nomme Léa Morand directrice financière. Elle a été directrice générale d'Orvel de 2015 à 2020 et siège comme membre du conseil d'administration de Tandis.", 'fr');
    expect(r).toContainEqual(['Léa Morand', 'Tandis', "membre du conseil d'administration", 'current']);
  });
  it('reads "a ensuite gravi … avant de devenir" as a story told in the past', () => {
    const r = roleRows("Velcor nomme Paul Brent directeur général. Entré chez Orvel en 1998, il a ensuite gravi les échelons chez Brellin avant de devenir en 2021 directeur général Europe de l'équipementier Tandis.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Tandis', 'directeur général Europe', 'former']);
  });
  it('reads "La quadragénaire était…" as that person', () => {
    const r = roleRows('Léa Morand devient directrice marketing de Tandis. La quadragénaire était en dernier lieu directrice des marques de Brellin.', 'fr');
    expect(r).toContainEqual(['Léa Morand', 'Brellin', 'directrice des marques', 'former']);
  });
});

describe('French career idioms', () => {
  it('reads "a jeté son dévolu sur", "a roulé sa bosse chez" and a "où il était" past an aside', () => {
    const r = roleRows("Velcor a jeté son dévolu sur Paul Brent pour diriger sa future usine. Il a roulé sa bosse chez Orvel puis chez Brellin, où il était, il y a encore quelques semaines, directeur d'usine.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Orvel', null, 'former']);
    expect(r).toContainEqual(['Paul Brent', 'Brellin', "directeur d'usine", 'former']);
  });
  it('reads "prend le relais d\'X" as a succession and "abandonne ce poste" as leaving it', () => {
    const r = roleRows("Chez Velcor, Ana Lind devient directrice générale. Elle prend le relais d'Hugo Marin, remercié en mars.", 'fr');
    expect(r).toContainEqual(['Hugo Marin', 'Velcor', null, 'former']);
    const s = roleRows("Son cofondateur, Paul Brent, PDG de Velcor depuis 2018, abandonne ce poste pour se consacrer au produit.", 'fr');
    expect(s).toContainEqual(['Paul Brent', 'Velcor', 'PDG', 'former']);
  });
});

describe('French sector acronyms and successions', () => {
  it('reads "le groupe de BTP X" as X, "en lieu et place d\'Y" as a succession and "a grandi chez" as a past employer', () => {
    const r = roleRows("Le groupe de BTP Orvel nomme Paul Brent directeur général en lieu et place d'Hugo Marin. M. Brent a grandi chez Brellin.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Orvel', 'directeur général', 'current']);
    expect(r).toContainEqual(['Hugo Marin', 'Orvel', null, 'former']);
    expect(r).toContainEqual(['Paul Brent', 'Brellin', null, 'former']);
  });
});

describe('"X, dont il devient T"', () => {
  it('reads T at the company before "dont"', () => {
    const r = roleRows("Paul Brent, directeur des programmes, a été débauché par la start-up Orvel, dont il devient directeur technique.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Orvel', 'directeur technique', 'current']);
  });
});

describe('a dated entry told as the start of a story', () => {
  it('reads the post a dated entry gave as past ("Entré chez X en 1998 comme T, …")', () => {
    const r = roleRows("Le groupe Arvelle nomme Bastien Loret directeur des achats. Entré chez Norlac en 1998 comme technicien, il y a passé vingt ans.", 'fr');
    expect(r).toContainEqual(['Bastien Loret', 'Norlac', 'technicien', 'former']);
    expect(r).not.toContainEqual(['Bastien Loret', 'Norlac', 'technicien', 'current']);
  });
  it('reads "était entré chez X en 2010" and "est entré chez X en 2010" as a past join beside a post elsewhere', () => {
    const a = roleRows("Ilya Sorokin rejoint Pramelle en tant que directeur technique. Il était entré chez Quintarel en 2010 comme consultant.", 'fr');
    expect(a).toContainEqual(['Ilya Sorokin', 'Quintarel', 'consultant', 'former']);
    expect(a.filter((x) => x[1] === 'Quintarel' && x[3] === 'current')).toEqual([]);
    expect(roleRows("Ilya Sorokin rejoint Pramelle en tant que directeur technique. Il est entré chez Quintarel en 2010.", 'fr')).toContainEqual(['Ilya Sorokin', 'Quintarel', null, 'former']);
  });
  it('keeps a post entered now', () => {
    expect(roleRows("Ilya Sorokin est entré chez Quintarel comme directeur général le mois dernier.", 'fr')).toContainEqual(['Ilya Sorokin', 'Quintarel', 'directeur général', 'current']);
  });
});
