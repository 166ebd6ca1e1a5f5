/**
 * Posts given inside the text's company without naming it, however far back it was named: a
 * promotion ("est promue", "promeut X, T, au poste de …", "devient associé"), a title opening the
 * sentence on a name ("La directrice juridique, X, …"); and an indefinite post announced before a
 * colon ("une directrice juridique recrutée chez un concurrent : X"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

const OPENING = "Le fabricant Velcor Industries change de capitaine. Anne Rivet a été nommée directrice générale du groupe. Elle succède à Paul Gorin, PDG depuis 2014, qui prend sa retraite. ";

describe('French posts given in house', () => {
  it("gives a promotion the text's company", () => {
    const r = roleRows(`${OPENING}La directrice juridique, Lise Caron, est promue secrétaire générale.`, 'fr');
    expect(r).toContainEqual(['Lise Caron', 'Velcor Industries', 'secrétaire générale', 'current']);
    expect(r).toContainEqual(['Lise Caron', 'Velcor Industries', 'directrice juridique', 'former']);
  });
  it('reads "promeut X, T, au poste de T2"', () => {
    const r = roleRows(`${OPENING}Velcor promeut par ailleurs Marc Tissot, directeur des achats, au poste de directeur des opérations.`, 'fr');
    expect(r).toContainEqual(['Marc Tissot', 'Velcor', 'directeur des opérations', 'current']);
  });
  it('reads "devient associé" as a post in the house', () => {
    const r = roleRows(`${OPENING}De son côté, Marc Tissot devient associé.`, 'fr');
    expect(r).toContainEqual(['Marc Tissot', 'Velcor Industries', 'associé', 'current']);
  });
  it("reads a title opening the sentence on a name as the house's officer", () => {
    const r = roleRows(`${OPENING}Le directeur juridique, Marc Tissot, a fait ses classes chez Brellin.`, 'fr');
    expect(r).toContainEqual(['Marc Tissot', 'Velcor Industries', 'directeur juridique', 'current']);
  });
});

describe('French posts announced before a colon', () => {
  it('gives the post to the person after the colon, not to the one the sentence opens on', () => {
    const r = roleRows("Le groupe Velcor change de tête. Son conseil a nommé Anne Rivet au poste de directrice générale. Elle succède à Paul Gorin, qui devient président du conseil. La nouvelle directrice générale de Velcor travaillera avec une directrice juridique recrutée chez un concurrent : Lise Caron, qui arrive de Brellin.", 'fr');
    expect(r.some((x) => x[0] === 'Anne Rivet' && x[2] === 'directrice juridique')).toBe(false);
    expect(r).toContainEqual(['Lise Caron', 'Velcor', 'directrice juridique', 'current']);
  });
});

describe('French leads told in apposition to a description', () => {
  it("reads \"L'entreprise, dirigée depuis 2015 par X, …\" as the lead of the text's company", () => {
    const r = roleRows("La Fromagerie de Kervanou signe un contrat avec le groupe Orvel. Les premiers lots partiront en mai. L'entreprise familiale, dirigée depuis 2015 par Anne Morel, vend la moitié de ses fromages à l'étranger.", 'fr');
    expect(r).toContainEqual(['Anne Morel', 'Fromagerie de Kervanou', null, 'current']);
  });
});
