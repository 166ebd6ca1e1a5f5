/**
 * French career openers and lists: "Transfuge d'X", "En provenance d'X", "Débauchée chez X",
 * "dont le CV affiche A, B et la banque C", a "Communiqué —" rubric, and a public inspectorate
 * that is no employer. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French career openers', () => {
  it('reads "Transfuge d\'X" and "En provenance d\'X" opening the sentence as a past employer', () => {
    expect(roleRows("Transfuge d'Orvalis, Lucie Bardet est nommée directrice générale de Tramino.", 'fr')).toContainEqual(['Lucie Bardet', 'Orvalis', null, 'former']);
    expect(roleRows("En provenance d'Orvalis, où elle a passé dix ans, Lucie Bardet est nommée directrice générale de Tramino.", 'fr')).toContainEqual(['Lucie Bardet', 'Orvalis', null, 'former']);
  });
  it('reads "Débauchée chez X" as a past employer', () => {
    expect(roleRows('Débauchée chez Orvalis, où elle dirigeait la régie, Lucie Bardet est nommée directrice générale de Tramino.', 'fr')).toContainEqual(['Lucie Bardet', 'Orvalis', null, 'former']);
  });
  it('reads "dont le CV affiche A, B et la banque C" as three past employers', () => {
    const r = roleRows('Tramino a recruté comme directeur financier Paul Morin, dont le CV affiche Orvalis, Bertin et la banque Kessel.', 'fr');
    for (const c of ['Orvalis', 'Bertin', 'Kessel']) expect(r).toContainEqual(['Paul Morin', c, null, 'former']);
  });
  it('takes no company from a "Communiqué —" rubric', () => {
    const r = roleRows('Communiqué — Le conseil de surveillance de Tramino a nommé Paul Morin président du directoire. Il succède à Anne Roche, qui part à la retraite.', 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Tramino', 'président du directoire', 'current']);
    expect(r).toContainEqual(['Anne Roche', 'Tramino', null, 'former']);
    expect(r.some((x) => x[1].startsWith('Communiqu'))).toBe(false);
  });
  it('gives no role at a government inspectorate', () => {
    expect(roleRows("Ancienne préfète, Lucie Bardet a été nommée à la tête de Tramino. Son prédécesseur rejoint l'Inspection générale des finances.", 'fr').some((x) => x[1].startsWith('Inspection'))).toBe(false);
  });
});

describe('French career openers: rubrics, lists and departures', () => {
  it('reads "Après A, B et la banque C, X …" as three past employers', () => {
    const r = roleRows('Après Orvel, Tandis et la banque Kessel, Léa Morand rejoint Brellin.', 'fr');
    for (const c of ['Orvel', 'Tandis', 'Kessel']) expect(r).toContainEqual(['Léa Morand', c, null, 'former']);
    expect(r).toContainEqual(['Léa Morand', 'Brellin', null, 'current']);
  });
  it('takes no company from a rubric or a participle opening the sentence', () => {
    const r = roleRows('Hôtellerie : le groupe Tandis recrute Paul Morin comme directeur financier.', 'fr');
    expect(r).toContainEqual(['Paul Morin', 'Tandis', 'directeur financier', 'current']);
    const s = roleRows("Issue de Tandis, Léa Morand devient DRH de Brellin.", 'fr');
    expect(s).toContainEqual(['Léa Morand', 'Tandis', null, 'former']);
  });
  it('reads the name after "du distributeur d\'électroménager" as the employer', () => {
    expect(roleRows("Léa Morand devient DRH du distributeur d'électroménager Orvane.", 'fr')).toContainEqual(['Léa Morand', 'Orvane', 'DRH', 'current']);
  });
  it('reads "pose ses valises chez X" and "partie présider X" as current posts', () => {
    expect(roleRows('Léa Morand pose ses valises chez Brellin.', 'fr')).toContainEqual(['Léa Morand', 'Brellin', null, 'current']);
    expect(roleRows('Paul Morin remplace Léa Morand, partie présider le fonds Orvane Capital.', 'fr')).toContainEqual(['Léa Morand', 'Orvane Capital', null, 'current']);
  });
  it('reads "a été remercié" as a departure', () => {
    expect(roleRows('Coup de froid chez Tandis : le PDG, Paul Morin, a été remercié lundi par le conseil.', 'fr')).toContainEqual(['Paul Morin', 'Tandis', 'PDG', 'former']);
  });
});

describe('a new post is not held at the firm of a past stay', () => {
  it.each([
    ['Passée par Orvalis, Nadia Ferrouk est nommée directrice de la qualité.'],
    ['Ancien de Orvalis, Paul Girard devient directeur industriel.'],
    ['Après dix ans chez Orvalis, Paul Girard est nommé directeur des achats.'],
    ['Nadia Ferrouk, qui a travaillé quinze ans chez Orvalis, est nommée directrice de la qualité.'],
    ['Venu de Orvalis, Paul Girard est nommé directeur de la création.'],
    ['Ex-Orvalis, Paul Girard devient directeur industriel.'],
    ['Passé chez Orvalis puis chez Tramino, Paul Girard devient directeur industriel.'],
    ["Léa Fournier devient directrice commerciale. Elle travaillait jusqu'ici chez Orvalis."],
  ])('"%s": the firm left is past, and no firm holds the new post', (text) => {
    const rows = roleRows(text, 'fr');
    expect(rows.filter((r) => r[3] === 'current')).toEqual([]);
    expect(rows.map((r) => [r[1], r[3]])).toContainEqual(['Orvalis', 'former']);
  });
  it('puts the new post at the text\'s company when there is one', () => {
    const rows = roleRows("Tramino annonce deux nominations. Ancienne de Vexa, Sophie Bertin devient directrice marketing. Passé par Orvalis, Marc Roux est nommé directeur industriel.", 'fr');
    expect(rows).toContainEqual(['Sophie Bertin', 'Tramino', 'directrice marketing', 'current']);
    expect(rows).toContainEqual(['Marc Roux', 'Tramino', 'directeur industriel', 'current']);
    expect(rows).toContainEqual(['Marc Roux', 'Orvalis', null, 'former']);
  });
});

describe('"passé(e) chez" opening the sentence, and the move "est passée chez"', () => {
  it('keeps "est passée chez Y comme T" a post held now', () => {
    expect(roleRows('Léa Roux est passée chez Orvalis en janvier comme directrice industrielle.', 'fr')).toContainEqual(['Léa Roux', 'Orvalis', 'directrice industrielle', 'current']);
  });
});
