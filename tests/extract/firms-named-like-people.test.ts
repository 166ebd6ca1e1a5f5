/**
 * Firms whose names read like a first name and a surname ("Hollis Grange"-style: a first-name
 * list word then a capitalised word), shown to be firms by what the sentence says of them: the
 * subject that opens a sentence and appoints someone, or an apposition describing a firm.
 * Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { roleRows } from '../helpers/extract.js';

describe('firms named like people', () => {
  it('reads a first name before a trade word ("Medical") as a firm, not a person', () => {
    const r = roleRows('Device maker Marlow Medical is closing its plant in Athlone. Its chief executive told staff on Monday.', 'en');
    expect(r.some(([person]) => person === 'Marlow Medical')).toBe(false);
  });
  it('reads the subject that appoints a named person as the hiring firm (en)', () => {
    const r = roleRows('Marlow Fenwick has appointed Ines Oduya as chief risk officer. She joins from Brellin Bank.', 'en');
    expect(r).toContainEqual(['Ines Oduya', 'Marlow Fenwick', 'chief risk officer', 'current']);
    expect(r.some(([person]) => person === 'Marlow Fenwick')).toBe(false);
  });
  it('reads the subject that appoints a named person as the hiring firm (fr)', () => {
    const r = roleRows('Marlow Fenwick a nommé Inès Oduya directrice des risques. Elle était auparavant chez Brellin.', 'fr');
    expect(r).toContainEqual(['Inès Oduya', 'Marlow Fenwick', 'directrice des risques', 'current']);
  });
  it('reads a name described as a firm in an apposition as that firm, in later sentences too', () => {
    const r = roleRows('Hollis Penrose, the Edinburgh private bank, has poached Ines Oduya from Brellin Bank. Hollis Penrose named her chief client officer.', 'en');
    expect(r.some(([person]) => person === 'Hollis Penrose')).toBe(false);
    expect(r.some(([person, company, , status]) => person === 'Ines Oduya' && company === 'Hollis Penrose' && status === 'current')).toBe(true);
  });
  it('keeps a person described by a firm possessive, or quoted with "the firm said", a person', () => {
    const officer = roleRows("Marie Tassel, Orvane Bank's chief executive, has appointed Paul Ardent as finance director.", 'en');
    expect(officer).toContainEqual(['Marie Tassel', 'Orvane Bank', 'chief executive', 'current']);
    expect(officer.some(([, company]) => company === 'Marie Tassel')).toBe(false);
    const quoted = roleRows('The team is led by partner Oluchi Benn, the firm said Monday. Benn becomes co-head of litigation at Kestrel Vane LLP.', 'en');
    expect(quoted).toContainEqual(['Oluchi Benn', 'Kestrel Vane LLP', 'co-head of litigation', 'current']);
  });
  it('keeps a founder named before a fronted description a person', () => {
    const r = roleRows("Fondée en 2021 par Awa Perrin et Lucas Ferrand, la plateforme de recrutement Jobvia s'installe à Lisbonne, où elle ouvre un bureau.", 'fr');
    expect(r.some(([person]) => person === 'Lucas Ferrand')).toBe(false);
    expect(r.some(([, company]) => company === 'Lucas Ferrand')).toBe(false);
  });
  it('keeps a person described as a director "in the same group" a person', () => {
    const r = roleRows("Emma Stroud, Orvane's head of credit, and Raj Menon, a managing director in the same group, will join Brellin in London.", 'en');
    expect(r.some(([person]) => person === 'Raj Menon')).toBe(true);
    expect(r.some(([, company]) => company === 'Raj Menon')).toBe(false);
  });
});

describe('firm words of the lexicon', () => {
  it('reads a name after "cosmetics group" or "la coopérative" as the firm', () => {
    expect(roleRows('Anna Keller, the incoming chief marketing officer at cosmetics group Ines Rowan, began her career at Unilever.', 'en')).toContainEqual(['Anna Keller', 'Ines Rowan', 'chief marketing officer', 'current']);
    const coop = roleRows('Marie-Anne Ruz a été élue présidente de la coopérative Lise Blanche.', 'fr');
    expect(coop.some(([person, company, , status]) => person === 'Marie-Anne Ruz' && company === 'Lise Blanche' && status === 'current')).toBe(true);
  });
  it('reads a sector word ending a name ("Beauty", "Dairies", "Coffee") as a firm', () => {
    const r = roleRows('Tom Ashby, who is leaving to chair Hollis Dairies, is replaced by Nina Cole.', 'en');
    expect(r.some(([person, company]) => person === 'Tom Ashby' && company === 'Hollis Dairies')).toBe(true);
  });
  it('knows well-known firms named after people', () => {
    const r = roleRows('Dana Moor, who spent ten years at Wells Fargo, joins Orvane Capital as chief financial officer.', 'en');
    expect(r).toContainEqual(['Dana Moor', 'Wells Fargo', null, 'former']);
    expect(r).toContainEqual(['Dana Moor', 'Orvane Capital', 'chief financial officer', 'current']);
  });
  it('reads a lowercase brand opening a sentence as the firm when it appoints or is described as one', () => {
    expect(roleRows('qorvel has appointed Jason Windle as chief executive.', 'en')).toContainEqual(['Jason Windle', 'qorvel', 'chief executive', 'current']);
    const r = roleRows('vantly, the open-source database startup, has hired Mateo Alves as chief marketing officer.', 'en');
    expect(r).toContainEqual(['Mateo Alves', 'vantly', 'chief marketing officer', 'current']);
  });
  it('reads a name ending on "Freight" or "Dynamics" as a firm', () => {
    const r = roleRows('Joanna Pike, who ran Kestrel Freight, joins Orvane as chief operating officer.', 'en');
    expect(r.some(([person, company]) => person === 'Joanna Pike' && company === 'Kestrel Freight')).toBe(true);
  });
  it('reads a family firm named before a family member as the firm, not as her surname', () => {
    const r = roleRows("Le biscuitier breton Trébaol a annoncé jeudi la nomination de Gaël Morvan au poste de directeur général. « C'est un grand jour », a déclaré Anne Trébaol, présidente du conseil de surveillance.", 'fr');
    expect(r).toContainEqual(['Gaël Morvan', 'Trébaol', 'directeur général', 'current']);
    expect(r.some(([person, , title]) => person === 'Anne Trébaol' && title === 'directeur général')).toBe(false);
  });
  it('reads a place that is no given name in the press as the first word of a firm', () => {
    expect(roleRows('Anne Vautrin rejoint Alsace Tuiles.', 'fr')).toContainEqual(['Anne Vautrin', 'Alsace Tuiles', null, 'current']);
    expect(roleRows('Anne Vautrin dirige Provence Ruchers.', 'fr')).toContainEqual(['Anne Vautrin', 'Provence Ruchers', null, 'current']);
  });
  it('keeps places that are common given names as names', () => {
    expect(roleRows('Florence Vautrin rejoint Orvaline.', 'fr')).toContainEqual(['Florence Vautrin', 'Orvaline', null, 'current']);
    expect(roleRows('Nancy Pelwick joins Orvaline as chair.', 'en')).toContainEqual(['Nancy Pelwick', 'Orvaline', 'chair', 'current']);
  });
});
