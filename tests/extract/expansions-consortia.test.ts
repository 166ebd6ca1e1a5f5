/**
 * Consortia: "en groupement avec", members listed after the group noun ("le groupement formé
 * par A, le belge B et C", "le consortium réunissant A et B"), the project's place as the deal's
 * ("le marché de la ligne de tramway de X", "le futur CHU de X", "au large de l'île d'X"), and a
 * deal stated twice keeping its place. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('consortia', () => {
  it('reads "en groupement avec" and an engineering firm described before its name', () => {
    const fr = "Le groupe de BTP Marvello a remporté, en groupement avec Dastier Travaux et le bureau d'études Quorel, le marché de la nouvelle ligne de tramway de Grenoble.";
    expect(withPartner(fr, 'fr')).toEqual(['Marvello | partnership | Grenoble | Dastier Travaux', 'Marvello | partnership | Grenoble | Quorel']);
  });
  it('prefers the project place to a place opening the sentence', () => {
    const fr = "En France, Nordavi a déjà remporté, en groupement avec l'ingénieriste Tressol, la maîtrise d'œuvre de la deuxième ligne de tramway de Rennes.";
    expect(withPartner(fr, 'fr')).toEqual(['Nordavi | partnership | Rennes | Tressol']);
  });
  it('reads the place at the end of a project named as one name', () => {
    expect(withPartner('Bâtiloire construira en groupement avec Crevane Construction le futur CHU de Nantes.', 'fr')).toEqual(['Bâtiloire | partnership | Nantes | Crevane Construction']);
  });
  it('reads the members listed after the group noun', () => {
    const fr = "Le groupement formé par Dorvane, le belge Kessels Bouw NV et l'ingénieriste Telmaro a remporté le contrat du nouveau pont sur la Loire à Blois.";
    const rows = withPartner(fr, 'fr');
    expect(rows).toContain('Dorvane | partnership | Blois | Kessels Bouw NV');
    expect(rows).toContain('Dorvane | partnership | Blois | Telmaro');
    const wind = "Le consortium réunissant Orvène Énergies et Windmark Nord GmbH construira un parc éolien flottant au large de l'île d'Ouessant.";
    expect(withPartner(wind, 'fr')).toEqual(["Orvène Énergies | partnership | île d'Ouessant | Windmark Nord GmbH"]);
  });
  it('states a deal once, at the town of the plant it runs', () => {
    const fr = "Kervala et Tidor SAC s'associent au sein d'une coentreprise qui exploitera l'usine de dessalement de Chilca, au sud de Lima.";
    expect(withPartner(fr, 'fr')).toEqual(['Kervala | partnership | Chilca | Tidor SAC']);
  });
});

describe('a consortium named in an aside after the winning verb', () => {
  it('reads "won, together with X," and "remporter, avec X,"', () => {
    const en = 'Tidewell Power said it had won, together with Portugal\'s Marvento, a tender to build a 900 MW wind farm off the coast of Brittany.';
    expect(withPartner(en, 'en')).toEqual(['Tidewell Power | partnership | Brittany | Marvento']);
    const fr = "Le groupe Dorvane vient de remporter, avec Kessels Bouw, la concession du futur pont de Blois.";
    expect(withPartner(fr, 'fr')).toEqual(['Dorvane | partnership | Blois | Kessels Bouw']);
  });
  it('leaves a bare "avec" that follows no winning verb', () => {
    expect(withPartner("Dorvane a présenté, avec Kessels Bouw, ses résultats annuels.", 'fr')).toEqual([]);
  });
});

describe('a joint venture for a project or an upgrade', () => {
  it("places the deal where the project is", () => {
    const en = "Brackley Civil, in joint venture with Hoorn Infra BV, begins work on the £200m upgrade of the A55 in Conwy.";
    expect(withPartner(en, 'en')).toEqual(['Brackley Civil | partnership | Conwy | Hoorn Infra BV']);
    const mine = "Tavora Mining signed a joint venture with Zambia's Lusenga Metals for the Kalindi copper project near Chingola.";
    expect(withPartner(mine, 'en')).toEqual(['Tavora Mining | partnership | Chingola | Lusenga Metals']);
  });
});

describe('a list of described partners', () => {
  it('reads every partner of "avec l\'ingénieriste X et l\'agence Y", and the place after them', () => {
    expect(withPartner("Kerbat a signé un partenariat avec l'ingénieriste Sintra et l'agence Atelier Noé.", 'fr')).toEqual(['Kerbat | partnership | — | Sintra', 'Kerbat | partnership | — | Atelier Noé']);
    const fr = "Le constructeur Kerbat a noué un partenariat avec l'ingénieriste Sintra et l'agence Atelier Noé pour le futur stade de Tours.";
    expect(withPartner(fr, 'fr')).toEqual(['Kerbat | partnership | Tours | Sintra', 'Kerbat | partnership | Tours | Atelier Noé']);
  });
});
