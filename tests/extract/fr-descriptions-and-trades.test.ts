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
