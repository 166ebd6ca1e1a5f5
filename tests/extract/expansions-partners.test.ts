/**
 * Expansion rules for partnerships and subjects: names inside a relative clause are no
 * parties, a deal inside a "where"/"où" clause is in that place, a partner after a
 * nationality adjective and a description, and a pronoun for the focus company as the
 * sentence names it. Sentences written for these tests, in both languages.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('partnership parties', () => {
  it('leaves out names inside a relative clause', () => {
    expect(facts('Oslo-based Fjordly, which sells MRI Scanners software, has signed a partnership with Siemens.', 'en')).toEqual(['Fjordly | partnership | — | Siemens']);
    expect(facts('Fjordly, qui équipe les Hôpitaux Sornac, a noué un partenariat avec Orange.', 'fr')).toEqual(['Fjordly | partnership | — | Orange']);
  });
  it('takes a partner after a nationality adjective and a description', () => {
    expect(facts('Payvo has teamed up with Visa and Chilean department-store chain Falcor.', 'en')).toEqual(['Payvo | partnership | — | Visa', 'Payvo | partnership | — | Falcor']);
  });
  it('places a deal in the country a "where"/"où" clause stands for', () => {
    expect(facts('Hostaria will enter Chile, where it will open hotels through a joint venture with Cencosud.', 'en')).toContain('Hostaria | partnership | Chile | Cencosud');
    expect(facts("Hostaria arrive au Chili, où elle ouvrira des hôtels grâce à une coentreprise avec Cencosud.", 'fr')).toContain('Hostaria | partnership | Chili | Cencosud');
  });
});

describe('expansion subjects', () => {
  it('reads a pronoun as the focus company as the sentence names it', () => {
    const text = 'Orvane Robotics, the Turin maker of arms, said it would open an office in Lyon. Orvane hired Ada Pirelli. Orvane is growing.';
    expect(facts(text, 'en')).toEqual(['Orvane Robotics | office | Lyon']);
    const fr = 'Orvane Robotique, le fabricant turinois, a indiqué qu\'il ouvrira un bureau à Lyon. Orvane a recruté Ada Pirelli. Orvane grandit.';
    expect(facts(fr, 'fr')).toEqual(['Orvane Robotique | office | Lyon']);
  });
});

describe('partnership places and partners', () => {
  it('places a deal in a region of a country, not in the partner’s country', () => {
    expect(facts("Solvane s'allie à Brekka et à la Caisse des Ondes pour bâtir des éoliennes en Bretagne.", 'fr')).toEqual([
      'Solvane | partnership | Bretagne | Brekka',
      'Solvane | partnership | Bretagne | Caisse des Ondes',
    ]);
    expect(facts("Tarvik Wind has formed a joint venture with Korea's Hanmo Power to build turbines off Kyushu.", 'en')).toEqual(['Tarvik Wind | partnership | Kyushu | Hanmo Power']);
  });
  it('places a deal where the office it opens is', () => {
    expect(facts('Brisko ouvrira un entrepôt à Lille en 2026, en partenariat avec Fretmo.', 'fr')).toContain('Brisko | partnership | Lille | Fretmo');
    expect(facts('Kelvo will open a store in Oslo this summer under a franchise agreement with Nordbrand.', 'en')).toContain('Kelvo | partnership | Oslo | Nordbrand');
  });
  it('reads a partner named like a person, or before the deal noun', () => {
    expect(facts('Skarvia has signed a codeshare agreement with Royal Air Pelora.', 'en')).toEqual(['Skarvia | partnership | — | Royal Air Pelora']);
    expect(facts("Le groupe Dravel a signé avec l'ONTV un accord-cadre pour rénover des gares.", 'fr')).toEqual(['Dravel | partnership | — | ONTV']);
  });
});

describe('chosen partners and deal places after the parties', () => {
  it('reads a company chosen as partner', () => {
    expect(facts('Le groupe Velmo a choisi Orvane comme partenaire en Espagne.', 'fr')).toEqual(['Velmo | partnership | Espagne | Orvane']);
    expect(facts('Velmo Labs has selected Orvane as its distribution partner in Spain.', 'en')).toEqual(['Velmo Labs | partnership | Spain | Orvane']);
  });
  it('places a deal made "in partnership" where what it builds is', () => {
    expect(facts('Velmo Labs, in partnership with Orvane, will open a plant in Lyon.', 'en')).toContain('Velmo Labs | partnership | Lyon | Orvane');
  });
  it('reads a firm listing', () => {
    expect(facts('Velmo Labs will list on the Nasdaq next week.', 'en')).toEqual(['Velmo Labs | ipo | Nasdaq']);
  });
});

describe('a deal in the sentence that enters a country', () => {
  it('is made in that country', () => {
    expect(facts('Le fabricant Orvane s’allie avec Pelmo pour développer un capteur et part à la conquête du Brésil.', 'fr')).toContain('Orvane | partnership | Brésil | Pelmo');
    expect(facts("L'entreprise Orvane s'implante au Chili : elle ouvrira un centre de maintenance à Valparaiso et vient de signer une coentreprise avec le groupe Pelmo.", 'fr')).toContain('Orvane | partnership | Chili | Pelmo');
  });
  it('is not made in an office city named before it', () => {
    expect(facts('Orvane will open a design centre in Lyon and has signed a supply deal with Pelmo.', 'en')).toContain('Orvane | partnership | — | Pelmo');
  });
});

describe('a deal made to build something somewhere', () => {
  it('is made where the plant it builds is', () => {
    expect(facts("Velmo Energy agreed to form a joint venture with Spain's Orvane Solar to build a solar plant in Oman.", 'en')).toEqual(['Velmo Energy | partnership | Oman | Orvane Solar', 'Velmo Energy | market | Oman']);
    expect(facts('Velmo, le coréen Pelmo et la start-up Orvane créent une coentreprise pour produire des cellules à Lyon.', 'fr')).toContain('Velmo | partnership | Lyon | Pelmo');
  });
  it('takes a town no list holds, after a locative word', () => {
    expect(facts('Brisko Mining will form a joint venture with Pelmo to develop a copper deposit near Quelloran.', 'en')).toEqual(['Brisko Mining | partnership | Quelloran | Pelmo']);
    expect(facts('Brisko signe une coentreprise avec Pelmo pour exploiter une mine à Quelloran.', 'fr')).toEqual(['Brisko | partnership | Quelloran | Pelmo']);
  });
});
