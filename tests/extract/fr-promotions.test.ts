/**
 * French promotions and ousters: "troque sa casquette de X contre celle de Y", "hisse son X, P,
 * au poste de Y" leave X; "est évincé" ends the post named beside the person; a post opening a
 * sentence with its span, told of someone named to another one before, is left. Sentences of our
 * own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French promotions and ousters', () => {
  it('reads the post traded for another as left', () => {
    const r = roleRows('Chez Velcor, Ana Lind troque sa casquette de directrice des achats contre celle de directrice générale.', 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'directrice des achats', 'former']);
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'directrice générale', 'current']);
  });
  it('reads the post someone is raised from as left', () => {
    const r = roleRows('Velcor hisse sa directrice des achats, Ana Lind, au poste de directrice générale.', 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'directrice des achats', 'former']);
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'directrice générale', 'current']);
    expect(roleRows('Velcor promeut sa directrice des achats, Ana Lind, au rang de directrice générale.', 'fr')).toContainEqual(['Ana Lind', 'Velcor', 'directrice des achats', 'former']);
  });
  it('reads an ousted executive as former', () => {
    expect(roleRows("Le directeur général de Velcor, Paul Brent, est évincé par l'actionnaire.", 'fr')).toEqual([['Paul Brent', 'Velcor', 'directeur général', 'former']]);
  });
});

describe('"lui succède"', () => {
  it('gives the deputy the post left by the person met before, at that company', () => {
    const r = roleRows("Anne Roux s'en va. La directrice de la publication de L'Écho du Vantail quitte le quotidien pour prendre la direction de Radio Orvel. Le directeur adjoint de la publication, Paul Brent, lui succède. Radio Orvel vient d'ouvrir un bureau à Lyon.", 'fr');
    expect(r).toContainEqual(['Anne Roux', "L'Écho du Vantail", 'directrice de la publication', 'former']);
    expect(r).toContainEqual(['Anne Roux', 'Radio Orvel', null, 'current']);
    expect(r).toContainEqual(['Paul Brent', "L'Écho du Vantail", 'directeur adjoint de la publication', 'former']);
    expect(r.filter(([p, c, , s]) => p === 'Paul Brent' && c === "L'Écho du Vantail" && s === 'current')).toHaveLength(1);
    expect(r.some(([p, c]) => p === 'Paul Brent' && c === 'Radio Orvel')).toBe(false);
  });
});

describe('"celle qui cumulait"', () => {
  it('reads "celle qui" as the last woman named and "cumulait" as a past tense', () => {
    const r = roleRows("Chez Velcor, Anne Roux cède la direction générale à Paul Brent, qui est nommé directeur général. Elle reste dans la maison : celle qui cumulait depuis 2012 les fonctions de présidente-directrice générale conservera le titre de présidente du conseil d'administration.", 'fr');
    expect(r).toContainEqual(['Anne Roux', 'Velcor', 'présidente-directrice générale', 'former']);
    expect(r).toContainEqual(['Anne Roux', 'Velcor', "présidente du conseil d'administration", 'current']);
    expect(r.some(([p, , t]) => p === 'Paul Brent' && t === "présidente du conseil d'administration")).toBe(false);
  });
});

describe('posts taken from a rival and written successors', () => {
  it('reads "a chipé à X sa T" as a post at X', () => {
    const r = roleRows('Velcor a chipé à Orvel sa directrice des ventes, Ana Lind, qui devient directrice commerciale.', 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Orvel', 'directrice des ventes', 'former']);
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'directrice commerciale', 'current']);
  });
  it('gives the newcomer the post written in "remplacé au poste de T par"', () => {
    const r = roleRows('Chez Velcor, son PDG et cofondateur, Paul Brent, quitte le studio. Il est remplacé au poste de PDG par Ana Lind.', 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velcor', 'PDG et cofondateur', 'former']);
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'PDG', 'current']);
  });
});

describe('a post handed over with its name', () => {
  it('leaves the title told beside the newcomer for the post handed', () => {
    const r = roleRows('Paul Brent cède son fauteuil de PDG de Velcor à sa fille, Ana Brent, directrice générale déléguée depuis 2020.', 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velcor', 'PDG', 'former']);
    expect(r).toContainEqual(['Ana Brent', 'Velcor', 'PDG', 'current']);
    expect(r).toContainEqual(['Ana Brent', 'Velcor', 'directrice générale déléguée', 'former']);
    const s = roleRows('Le directeur général de Velcor, Paul Brent, a quitté ses fonctions ; le conseil a confié la direction générale à Ana Lind, directrice financière du groupe depuis 2019.', 'fr');
    expect(s).toContainEqual(['Ana Lind', 'Velcor', null, 'current']);
    expect(s).toContainEqual(['Ana Lind', 'Velcor', 'directrice financière', 'former']);
  });
  it('reads the lead handed to someone "jusqu\'ici" in another post there, actively or passively', () => {
    const r = roleRows("Orvane a confié la direction générale à Ana Lind, jusqu'ici directrice générale déléguée.", 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Orvane', null, 'current']);
    expect(r).toContainEqual(['Ana Lind', 'Orvane', 'directrice générale déléguée', 'former']);
    const p = roleRows("Nouvelle gouvernance chez Orvane. La présidence du conseil est confiée à Paul Brent, jusqu'ici administrateur indépendant.", 'fr');
    expect(p).toContainEqual(['Paul Brent', 'Orvane', null, 'current']);
    expect(p).toContainEqual(['Paul Brent', 'Orvane', 'administrateur indépendant', 'former']);
  });
  it('reads "après le départ en janvier de son X, P" as P leaving X', () => {
    const r = roleRows("Après le départ en janvier de son directeur financier, Paul Brent, l'enseigne Orvane a nommé Ana Lind au poste de DAF.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Orvane', 'directeur financier', 'former']);
    expect(r).toContainEqual(['Ana Lind', 'Orvane', 'DAF', 'current']);
  });
  it('keeps the title beside an interim', () => {
    const r = roleRows("Après le départ de son PDG, Paul Brent, le conseil de Velcor a confié la direction générale par intérim à Ana Lind, administratrice indépendante depuis 2020.", 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'administratrice indépendante', 'current']);
  });
});

describe('"le poste était vacant depuis le départ de X"', () => {
  it('reads X as the one who held the post filled', () => {
    const r = roleRows('Velcor nomme Paul Brent directeur général. Le poste était vacant depuis le départ en juin d\'Ana Lind.', 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Velcor', null, 'former']);
  });
});

describe('"la directrice financière, qui assurait l\'intérim"', () => {
  it('keeps the written post and leaves the interim, untitled', () => {
    const r = roleRows("Velcor a annoncé la nomination de Paul Brent au poste de directeur général. Il succède à Ana Lind, la directrice financière, qui assurait l'intérim depuis le printemps.", 'fr');
    expect(r).toContainEqual(['Ana Lind', 'Velcor', 'directrice financière', 'current']);
    expect(r).toContainEqual(['Ana Lind', 'Velcor', null, 'former']);
  });
  it('reads a post opening the next sentence with its span as the one left for the post named before', () => {
    const r = roleRows("Velcor a nommé Paul Dufort directeur général. Directeur général adjoint chargé des ventes depuis 2020, il succède à Anne Lorin.", 'fr');
    expect(r).toContainEqual(['Paul Dufort', 'Velcor', 'directeur général', 'current']);
    expect(r).toContainEqual(['Paul Dufort', 'Velcor', 'Directeur général adjoint chargé des ventes', 'former']);
    // (a post told with its span of someone named to nothing before is kept)
    expect(roleRows("Directrice financière de Velcor depuis 2020, Anne Lorin défend les comptes.", 'fr')).toContainEqual(['Anne Lorin', 'Velcor', 'Directrice financière', 'current']);
  });
});

describe('a post left for the chair kept or a lead taken', () => {
  it('ends a combined PDG post when only the chair is kept', () => {
    const r = roleRows("Tarvelle sépare les rôles de président et de directeur général. Gérald Moranne, PDG depuis 2009, gardera la présidence du conseil d'administration et Laure Dubief deviendra directrice générale en mai.", 'fr');
    expect(r).toContainEqual(['Gérald Moranne', 'Tarvelle', 'PDG', 'former']);
    expect(r).toContainEqual(['Gérald Moranne', 'Tarvelle', null, 'current']);
    expect(r).toContainEqual(['Laure Dubief', 'Tarvelle', 'directrice générale', 'current']);
  });
  it('ends the post in apposition when its holder takes the lead of a firm or unit', () => {
    const r = roleRows("Tarvelle reprend Kelpane. Paul Grosjean, directeur des achats de Tarvelle depuis 2011, va prendre la tête de Kelpane dès l'été.", 'fr');
    expect(r).toContainEqual(['Paul Grosjean', 'Tarvelle', 'directeur des achats', 'former']);
    expect(r).toContainEqual(['Paul Grosjean', 'Kelpane', null, 'current']);
  });
  it('keeps the post beside a chair taken elsewhere or a lead shared with someone else', () => {
    expect(roleRows("Paul Grosjean, PDG de Tarvelle, prendra la tête du conseil de surveillance de Velmarin.", 'fr')).toContainEqual(['Paul Grosjean', 'Tarvelle', 'PDG', 'current']);
    expect(roleRows("Paul Grosjean, directeur général de Velmarin, prend la présidence de Kelpane.", 'fr')).toContainEqual(['Paul Grosjean', 'Velmarin', 'directeur général', 'current']);
  });
});

describe('a title before a name after "tandis que"', () => {
  it('gives "tandis que la directrice financière, X, deviendra T2" to X, not to the subject before', () => {
    const r = roleRows("Tarvelle sépare les rôles. Gérald Moranne restera président du conseil d'administration tandis que la directrice financière, Laure Dubief, deviendra directrice générale en mai.", 'fr');
    expect(r).toContainEqual(['Laure Dubief', 'Tarvelle', 'directrice financière', 'former']);
    expect(r.filter((x) => x[0] === 'Gérald Moranne' && x[2] === 'directrice financière')).toEqual([]);
  });
  it('still reads "en tant que T" as the post given', () => {
    expect(roleRows("Paul Rivet rejoint Tarvelle en tant que directeur financier.", 'fr')).toContainEqual(['Paul Rivet', 'Tarvelle', 'directeur financier', 'current']);
  });
});
