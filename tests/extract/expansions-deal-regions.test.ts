/**
 * A deal made for a project in a region no list holds is placed in that region, written
 * "dans la région de X", "la province d'X" or "in Country's X region", rather than in the
 * country that only locates it; a sector noun that never names a person makes the name after
 * it a firm even when it reads like a first name and a surname. Sentences written for these
 * tests (invented companies and places).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('deals placed in a region', () => {
  it('places the deal in the region written after "la région de" / "la province d\'"', () => {
    const fr = "La start-up lyonnaise Ferhydro s'associe à Sirocco Power pour produire de l'hydrogène dans la région de Tarvesh.";
    expect(withPartner(fr, 'fr')).toContain('Ferhydro | partnership | Tarvesh | Sirocco Power');
    const far = "Le développeur Solvane a remporté, avec le péruvien Inka Sol, un appel d'offres pour construire un parc éolien de 250 MW dans la province d'Oskel, au Pérou.";
    expect(withPartner(far, 'fr')).toContain('Solvane | partnership | Oskel | Inka Sol');
  });
  it('places the deal in "Country\'s X region", not in the country', () => {
    const en = "Gulf Sun Energy has signed a joint venture agreement with Korea's Hanbit Renewables to build a solar plant in Kazakhstan's Oskel region, its first project there.";
    expect(withPartner(en, 'en')).toContain('Gulf Sun Energy | partnership | Oskel | Hanbit Renewables');
    // A country with no region after it stays the place.
    const plain = 'Gulf Sun Energy has signed a joint venture agreement with Hanbit Renewables to build a solar plant in Kazakhstan.';
    expect(withPartner(plain, 'en')).toContain('Gulf Sun Energy | partnership | Kazakhstan | Hanbit Renewables');
  });
  it('reads a name after "l\'énergéticien" as a firm, even shaped like a person', () => {
    const fr = "Ferhydro s'associe à l'énergéticien portugais Lena Fontes pour produire de l'hydrogène à Sines.";
    expect(withPartner(fr, 'fr')).toEqual(['Ferhydro | partnership | Sines | Lena Fontes']);
  });
});
