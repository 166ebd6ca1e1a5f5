/**
 * The territory of a licence or distribution deal written late in the sentence, after the
 * product or a relative clause: the deal's place, and a market for the company granting the
 * rights there. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('deal territory', () => {
  it('reads the country after the licensed product', () => {
    const a = 'Corvane Bio today announced an exclusive licensing agreement with Osaka-based Temari Pharma for the development and commercialization of its lead eczema drug, CV-310, in Japan.';
    expect(withPartner(a, 'en')).toEqual(['Corvane Bio | partnership | Japan | Temari Pharma', 'Corvane Bio | market | Japan']);
    const b = 'Lumetra also disclosed a licensing deal with Hanbit Therapeutics, which gains rights to develop and commercialize the compound in South Korea.';
    expect(withPartner(b, 'en')).toEqual(['Lumetra | partnership | South Korea | Hanbit Therapeutics', 'Lumetra | market | South Korea']);
  });
  it('reads a distribution deal whose purpose names the country', () => {
    const en = 'Scottish gin maker Calder Stills has signed a distribution deal with Belgian wholesaler Vandamme Dranken to take its range into bars across Belgium.';
    expect(withPartner(en, 'en')).toEqual(['Calder Stills | partnership | Belgium | Vandamme Dranken', 'Calder Stills | market | Belgium']);
    const fr = "La brasserie Morvelle a signé un accord de distribution avec le groupe Tanaka Shoten pour le Japon.";
    expect(withPartner(fr, 'fr')).toEqual(['Morvelle | partnership | Japon | Tanaka Shoten', 'Morvelle | market | Japon']);
  });
  it('names no one place for two countries, and no market for a deal with no territory word', () => {
    const two = 'Corvane Bio signed a licensing agreement with Temari Pharma covering Japan and South Korea.';
    expect(withPartner(two, 'en')).toEqual(['Corvane Bio | partnership | — | Temari Pharma', 'Corvane Bio | market | Japan', 'Corvane Bio | market | South Korea']);
    const fr = "L'enseigne Brindelle a signé un contrat de master-franchise avec le groupe Diop Retail pour ouvrir dix boutiques au Sénégal et au Mali.";
    expect(withPartner(fr, 'fr')).toEqual(['Brindelle | partnership | — | Diop Retail', 'Brindelle | market | Sénégal', 'Brindelle | market | Mali']);
    const plain = 'Corvane Bio signed a research partnership with Temari Pharma, whose labs are in Japan.';
    expect(withPartner(plain, 'en').some((r) => r.includes('market'))).toBe(false);
  });
});

describe("a partner's own country", () => {
  it('is no territory: "with Japan\'s X", "with X of Japan"', () => {
    expect(withPartner("Arden Pharma signed a distribution agreement with Japan's Mitsuda.", 'en')).toEqual(['Arden Pharma | partnership | — | Mitsuda']);
    expect(withPartner('Arden Pharma signed a distribution agreement with Mitsuda of Japan.', 'en')).toEqual(['Arden Pharma | partnership | — | Mitsuda']);
    expect(withPartner('Arden Pharma signed a distribution agreement with Mitsuda for Japan.', 'en')).toEqual(['Arden Pharma | partnership | Japan | Mitsuda', 'Arden Pharma | market | Japan']);
  });
});
