/**
 * French descriptions that are not posts and trade words that make names firms: a training
 * ("ingénieure de formation") or an age ("cet ingénieur de 52 ans") describes the person; a
 * relative ("et petit-fils du fondateur") ends a board title; "Courtage" ends a company name
 * and "Biscuiterie de …" opens one; "le courtier" is a company. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('French descriptions of a person', () => {
  it('reads no post in a training or an age', () => {
    const r = roleRows('Ingénieure de formation, Anne Morel était directrice des achats de Velcor. Cette ingénieure de 47 ans conseille aussi Brellin.', 'fr');
    expect(r.some((x) => x[2] !== null && /formation|ingénieur/.test(x[2]))).toBe(false);
    expect(r).toContainEqual(['Anne Morel', 'Velcor', 'directrice des achats', 'former']);
  });
  it('ends a board title before a relative', () => {
    const r = roleRows("Maison Velour a recruté Anne Morel. Cette ancienne de Danone a travaillé dix ans en Asie. Elle aime le thé. Paul Velour, président du directoire et neveu du fondateur, salue son arrivée.", 'fr');
    expect(r).toContainEqual(['Paul Velour', 'Maison Velour', 'président du directoire', 'current']);
  });
});

describe('French trade words in company names', () => {
  it('reads a first name before "Courtage" as a brokerage', () => {
    const r = roleRows("Aurore Courtage change de patron. Paul Morin a rejoint Aurore Courtage en 2016 en venant de Brellin.", 'fr');
    expect(r.some((x) => x[0] === 'Aurore Courtage')).toBe(false);
    expect(r).toContainEqual(['Paul Morin', 'Aurore Courtage', null, 'current']);
  });
  it('reads "La Biscuiterie de Kervanou" as one company', () => {
    const r = roleRows("La Biscuiterie de Kervanou a recruté Anne Morel comme directrice commerciale.", 'fr');
    expect(r).toContainEqual(['Anne Morel', 'Biscuiterie de Kervanou', 'directrice commerciale', 'current']);
  });
  it('keeps "du courtier lyonnais" out of a founder title', () => {
    const r = roleRows('Le fondateur du courtier lyonnais Velcor Courtage, Paul Morin, reste président.', 'fr');
    expect(r.some((x) => x[2] === 'fondateur du courtier lyonnais')).toBe(false);
  });
});

describe('French trades given as a first post', () => {
  it('reads a trade after "comme", a copula or before "chez" as a past post', () => {
    const a = roleRows("Le transporteur Vaudrel a nommé Olek Marsan directeur général. Il avait commencé comme chauffeur chez Trivalis.", 'fr');
    expect(a).toContainEqual(['Olek Marsan', 'Trivalis', 'chauffeur', 'former']);
    const b = roleRows("Brenvel annonce l'arrivée de Sadia Koné comme directrice financière. Elle avait débuté comme auditrice chez Carmalon.", 'fr');
    expect(b).toContainEqual(['Sadia Koné', 'Carmalon', 'auditrice', 'former']);
    const c = roleRows("Nadège Ferrau est nommée présidente de Colbrine. Elle a été juriste chez Tamarel.", 'fr');
    expect(c).toContainEqual(['Nadège Ferrau', 'Tamarel', 'juriste', 'former']);
  });
  it('reads a post held "au" a named firm', () => {
    const r = roleRows("L'AS Verlaine a officialisé l'arrivée de Tiago Sarmento au poste de directeur sportif. Il a été entraîneur adjoint au SC Barvento.", 'fr');
    expect(r).toContainEqual(['Tiago Sarmento', 'SC Barvento', 'entraîneur adjoint', 'former']);
  });
  it('reads no post in a participle or a lawyer acting for a firm', () => {
    expect(roleRows("Le chantier sera piloté par Rémi Vasson, nommé directeur de Velcor Sud.", 'fr').some((x) => x[2] === 'pilote' || x[2] === 'piloté')).toBe(false);
    expect(roleRows("L'avocat de Tamarel, Jean Dussol, fera appel.", 'fr')).toEqual([]);
  });
});
