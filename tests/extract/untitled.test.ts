/**
 * Posts given without a title: a unit "led by" someone, a hire with no title, and a hire
 * whose title comes in a later sentence (one job). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows as roles } from '../helpers/extract.js';

describe('posts without a title', () => {
  it('reads taking the chair of a board as a current post at the company (fr)', () => {
    expect(roles('Paul Vernet prendra la présidence du directoire de Brelvex.', 'fr')).toEqual([['Paul Vernet', 'Brelvex', null, 'current']]);
    expect(roles('Jeanne Morel prend la présidence du conseil de surveillance de Brelvex.', 'fr')).toEqual([['Jeanne Morel', 'Brelvex', null, 'current']]);
    expect(roles("Paul Vernet a pris la présidence du conseil d'administration de Brelvex.", 'fr')).toEqual([['Paul Vernet', 'Brelvex', null, 'current']]);
  });
  it('gives a unit led by someone to the company (en, fr)', () => {
    expect(roles('Quillbyte will open an office in Leeds next year. The new office will be run by Anna Lind, who was previously head of sales at Orvane.', 'en')).toContainEqual(['Anna Lind', 'Quillbyte', null, 'current']);
    expect(roles('Le cabinet Velcor Partners ouvre un bureau à Porto. Il sera dirigé par Paul Brent.', 'fr')).toContainEqual(['Paul Brent', 'Velcor Partners', null, 'current']);
  });
  it('does not give a joint venture to the company', () => {
    const r = roles('Quillbyte has formed a joint venture with Orvane. The venture will be led by Anna Lind.', 'en');
    expect(r.filter((x) => x[0] === 'Anna Lind')).toEqual([]);
  });
  it('gives a hire without a title to the company that hires', () => {
    expect(roles("Pour conquérir l'Allemagne, Velcor a recruté Anna Lind, jusqu'ici directrice commerciale d'Orvane.", 'fr')).toContainEqual(['Anna Lind', 'Velcor', null, 'current']);
  });
  it('keeps one job when the title comes later', () => {
    const r = roles('Velcor a recruté Anna Lind. Elle est nommée directrice générale de Velcor.', 'fr');
    expect(r).toContainEqual(['Anna Lind', 'Velcor', 'directrice générale', 'current']);
    expect(r).not.toContainEqual(['Anna Lind', 'Velcor', null, 'current']);
  });
  it('reads a company "run by", "est dirigé par" or "chaired by" someone as that person\'s post there', () => {
    expect(roles('Orvane a signé avec Distrivel. Distrivel est dirigé par Luc Andrel.', 'fr')).toContainEqual(['Luc Andrel', 'Distrivel', null, 'current']);
    expect(roles('The fund owns Brellin Valves, which is run by Tom Quarry.', 'en')).toContainEqual(['Tom Quarry', 'Brellin Valves', null, 'current']);
    expect(roles('Orvane Bank is chaired by Dame Lena Brack.', 'en')).toContainEqual(['Lena Brack', 'Orvane Bank', null, 'current']);
  });
  it('reads a unit "sera piloté / animé / dirigé / présidé par" someone as a post at the company (fr)', () => {
    expect(roles("Brelvex s'installe à Lille. Le pôle Benelux sera piloté par Paul Andrel, ancien directeur commercial de Norvane.", 'fr')).toContainEqual(['Paul Andrel', 'Brelvex', null, 'current']);
    expect(roles('Velcor ouvre une base à Brest. La base sera dirigée par Anna Lindel.', 'fr')).toContainEqual(['Anna Lindel', 'Velcor', null, 'current']);
    expect(roles('Orvane et Distrivel créent une coentreprise. Baptisée Orvel, la nouvelle entité sera présidée par Luc Marest.', 'fr')).toContainEqual(['Luc Marest', 'Orvel', null, 'current']);
  });
  it('reads "Company, présidée par X," and "Company, que dirige X," as a post there (fr)', () => {
    expect(roles("Le groupe Velmont, présidé par Claire Dorval, rachète Norvane.", 'fr')).toContainEqual(['Claire Dorval', 'Velmont', null, 'current']);
    expect(roles("Brelvex a signé avec Distrivel. Distrivel, que dirige Luc Andrel, distribuera ses produits.", 'fr')).toContainEqual(['Luc Andrel', 'Distrivel', null, 'current']);
  });
  it('gives "the board is chaired by" to the company the text is about, past a regional adjective', () => {
    const r = roles('Cornish lithium explorer Trevarn Minerals has named Tom Ashby chief executive. The board is chaired by Sir Alan Pike.', 'en');
    expect(r).toContainEqual(['Alan Pike', 'Trevarn Minerals', null, 'current']);
    expect(r.some(([, company]) => company === 'Cornish')).toBe(false);
  });
  it('reads "dirigées respectivement par X et par Y", a fronted "Dirigée depuis 2019 par X" and "est dirigée depuis 2022 par X" (fr)', () => {
    const r = roles("La banque Velcor ouvre une succursale à Lyon et un bureau à Nice. Les deux entités seront dirigées respectivement par Paul Brent, un ancien d'Orvane, et par Anna Lind.", 'fr');
    expect(r).toContainEqual(['Paul Brent', 'Velcor', null, 'current']);
    expect(r).toContainEqual(['Anna Lind', 'Velcor', null, 'current']);
    expect(roles("Le chocolatier Velmont entre en Bourse. Dirigée depuis 2019 par Luc Marest, ex-directeur commercial d'Orvane, la maison vend déjà au Japon.", 'fr')).toContainEqual(['Luc Marest', 'Velmont', null, 'current']);
    expect(roles("Velmont a signé un partenariat avec Orvane. Velmont est dirigée depuis 2022 par Luc Marest, un ancien de Brellin.", 'fr')).toContainEqual(['Luc Marest', 'Velmont', null, 'current']);
  });
  it('reads "Baptisée Ciments de X, la nouvelle société sera dirigée par P" as a lead of the new company (fr)', () => {
    expect(roles("Velcor et Orvane ont créé une coentreprise. Baptisée Ciments de la Varenne, la nouvelle société sera dirigée par Anna Lind, jusqu'alors directrice industrielle de Velcor.", 'fr')).toContainEqual(['Anna Lind', 'Ciments de la Varenne', null, 'current']);
  });
  it('reads a company or its description "qui …, est dirigée par X" past the relative clause (fr)', () => {
    expect(roles("Brellin ouvre un magasin à Lyon. Velmont, qui compte 40 magasins, est dirigé par Luc Marest.", 'fr')).toContainEqual(['Luc Marest', 'Velmont', null, 'current']);
    expect(roles("L'enseigne Velmont ouvre un magasin à Lyon. L'enseigne, qui compte 40 magasins, est dirigée depuis 2021 par Luc Marest.", 'fr')).toContainEqual(['Luc Marest', 'Velmont', null, 'current']);
    expect(roles("L'enseigne Velmont ouvre un magasin à Lyon. Le réseau, qui compte 40 magasins, est dirigé depuis 2021 par Luc Marest.", 'fr')).toContainEqual(['Luc Marest', 'Velmont', null, 'current']);
    // (a clause naming someone else is no relative of the subject)
    expect(roles("Velmont ouvre un magasin à Lyon. Le projet, selon Anne Lorin, est dirigé par Luc Marest.", 'fr').filter((r) => r[0] === 'Luc Marest')).toEqual([]);
  });
});
