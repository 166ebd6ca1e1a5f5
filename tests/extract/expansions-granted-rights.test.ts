/**
 * Rights granted to a partner named before the deal noun ("a accordé au laboratoire X une
 * licence"), a distribution entrusted to a partner ("a confié la distribution de ses produits
 * au Japon à X", "dont la commercialisation sera confiée à X"), and a sea area named after an
 * unknown region ("au large de la X"). Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('granted rights', () => {
  it('reads a licence granted to a partner named before the noun', () => {
    const fr = 'La biotech Genvora a accordé au laboratoire Tanaka Pharma une licence exclusive pour le Japon sur son candidat-médicament.';
    expect(withPartner(fr, 'fr')).toEqual(['Genvora | partnership | Japon | Tanaka Pharma', 'Genvora | market | Japon']);
  });
  it('reads a distribution entrusted to a partner', () => {
    const fr = 'Le fabricant de galettes Ty Kervor a confié la distribution de ses produits au Japon à la maison de négoce Hoshino Shoji.';
    expect(withPartner(fr, 'fr')).toContain('Ty Kervor | partnership | Japon | Hoshino Shoji');
  });
  it('places a commercialisation entrusted in the one country of the sentence, granted by the subject', () => {
    const fr = 'Le groupe de presse Éditions Corvane nomme Ana Ruiz. Le groupe lance en Suisse une édition de son mensuel Lueur, dont la commercialisation sera confiée à Ringval.';
    expect(withPartner(fr, 'fr')).toContain('Éditions Corvane | partnership | Suisse | Ringval');
  });
  it('reads no deal from a distribution granted to no one', () => {
    expect(withPartner('La marque Kervane sera distribuée dans les magasins de la chaîne Orvo.', 'fr').filter((r) => r.includes('partnership'))).toEqual([]);
  });
  it('places a project off an unknown region', () => {
    const fr = "Orvène Énergies et le norvégien Fjordkraft ASA annoncent la création d'une coentreprise pour développer un parc éolien au large de la Vendée.";
    expect(withPartner(fr, 'fr')).toEqual(['Orvène Énergies | partnership | Vendée | Fjordkraft ASA']);
  });
  it('reads the partner a relative "avec lequel" stands for', () => {
    const fr = 'La marque Padora sera distribuée par Al Kavir Retail, avec lequel elle a signé un accord de distribution exclusif.';
    expect(withPartner(fr, 'fr')).toEqual(['Padora | partnership | — | Al Kavir Retail']);
  });
});
