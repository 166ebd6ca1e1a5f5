/**
 * A deal struck to build or develop projects in a country gives the company a market there,
 * beside the deal; a deal to equip or offer something there does not. Sentences written for
 * these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('project deals', () => {
  it('gives a market where the joint venture builds or develops', () => {
    const en = 'Velcor Properties has formed a joint venture with Cairo-based Nilecrest Developments to build homes in Egypt.';
    expect(withPartner(en, 'en')).toEqual(['Velcor Properties | partnership | Egypt | Nilecrest Developments', 'Velcor Properties | market | Egypt']);
    const fr = "Le producteur nantais Ventelis s'associe au japonais Hoshino Power pour développer 200 MW de projets solaires aux Philippines.";
    expect(withPartner(fr, 'fr')).toEqual(['Ventelis | partnership | Philippines | Hoshino Power', 'Ventelis | market | Philippines']);
  });
  it('reads a project noun after "pour la"', () => {
    const fr = "Le chantier naval Kerbrat a signé avec l'indien Malabar Yards un accord de coopération pour la construction de patrouilleurs en Inde.";
    expect(withPartner(fr, 'fr')).toContain('Kerbrat | market | Inde');
  });
  it('gives no market for a deal to equip or offer something, nor at home', () => {
    const equip = 'La start-up rennaise Agrivo noue au Maroc un partenariat avec le groupe Atlasfert pour équiper 500 exploitations.';
    expect(withPartner(equip, 'fr').some((r) => r.includes('market'))).toBe(false);
    const offer = 'Medora has signed a partnership with Pharmaplus to offer video consultations in its pharmacies across Britain.';
    expect(withPartner(offer, 'en').some((r) => r.includes('market'))).toBe(false);
    const home = "Le groupe toulousain Solvane s'associe à Enerdis pour développer des parcs solaires en France.";
    expect(withPartner(home, 'fr').some((r) => r.includes('market'))).toBe(false);
  });
});
