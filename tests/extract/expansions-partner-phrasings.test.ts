/**
 * Everyday ways a deal is told: plural deal nouns ("signed agreements with A, B and C"), a firm
 * chosen "as its research partner" or "as its exclusive distributor", "unissent leurs forces",
 * "fait équipe avec", "a confié à X la distribution", a deal in a fronted phrase ("Via un accord
 * avec X, Y …", "Through a deal with X, Y …"), and the partner that sells the firm's products
 * ("avec Y, qui commercialisera ses traitements au Japon"). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('partnership phrasings', () => {
  it('reads plural deal nouns with several partners (en)', () => {
    expect(rows('Voltra signed agreements with BMW, Volvo and Stellantis.', 'en')).toEqual(['Voltra | partnership | — | BMW', 'Voltra | partnership | — | Volvo', 'Voltra | partnership | — | Stellantis']);
    expect(rows('Voltra has struck deals with Renault and Kia.', 'en')).toEqual(['Voltra | partnership | — | Renault', 'Voltra | partnership | — | Kia']);
  });
  it('does not read contracts a firm chases as a deal', () => {
    expect(rows('Halvar Defence is opening an office in Arlington as it chases Pentagon contracts.', 'en')).toEqual(['Halvar Defence | office | Arlington']);
  });
  it('reads a firm chosen as a partner or distributor', () => {
    expect(rows('Corvex Systems was chosen by Pfizer as its research partner in Japan.', 'en')).toEqual(['Corvex Systems | partnership | Japan | Pfizer']);
    expect(rows('Kanso appointed Telvo as its exclusive distributor in Brazil.', 'en')).toEqual(['Kanso | partnership | Brazil | Telvo']);
    expect(roleFree('Baker Hale hired Dana Kovacs as a tax partner.')).toEqual([]);
  });
  it('reads French allying idioms and entrusted distribution', () => {
    expect(rows('Ostrel et Safran unissent leurs forces pour développer un moteur à hydrogène.', 'fr')).toEqual(['Ostrel | partnership | — | Safran']);
    expect(rows('Vardel fait équipe avec Thales sur la cybersécurité.', 'fr')).toEqual(['Vardel | partnership | — | Thales']);
    expect(rows("Graindor confie à l'importateur Agrimex la distribution de ses semences au Kenya.", 'fr')).toContain('Graindor | partnership | Kenya | Agrimex');
  });
  it('reads distribution entrusted for a while, to a partner after "au"', () => {
    expect(rows('Sauvel a confié dès mars la distribution de ses sacs au Chili au groupe Andes Retail.', 'fr')).toEqual(['Sauvel | partnership | Chili | Andes Retail', 'Sauvel | market | Chili']);
    expect(rows('Graindor confie la distribution de ses semences au Ghana au négociant Agrimex.', 'fr')).toEqual(['Graindor | partnership | Ghana | Agrimex', 'Graindor | market | Ghana']);
  });
  it('does not read a fronted preposition as a firm', () => {
    expect(rows('Via un accord avec Kering, Maison Aubry distribuera ses sacs en Chine.', 'fr')).toEqual(['Maison Aubry | partnership | Chine | Kering', 'Maison Aubry | market | Chine']);
    expect(rows('Through a deal with Kering, Maison Aubry will sell its bags in China.', 'en')).toEqual(['Maison Aubry | partnership | China | Kering', 'Maison Aubry | market | China']);
  });
  it('gives the market to the firm whose products the partner sells', () => {
    expect(expansionRows('Genvia a signé un contrat de licence avec le japonais Sanwa, qui commercialisera ses crèmes au Japon.', 'fr')).toEqual(['Genvia | partnership | Japon', 'Genvia | market | Japon']);
  });
});

function roleFree(text: string): string[] {
  return expansionRows(text, 'en');
}

describe('chosen together, and owners', () => {
  it('reads "a été retenu avec X" and "was selected with X" as a deal, and leaves the owners out', () => {
    const fr = "Le bureau d'ingénierie Valtéo, contrôlé par la région et la Banque des Territoires, a été retenu avec l'espagnol Acciona pour le futur tramway de Porto.";
    expect(rows(fr, 'fr')).toEqual(['Valtéo | partnership | Porto | Acciona']);
    const en = "Valteo, owned by a pension fund and Caixa Norte, was selected with Spain's Acciona to run the Porto metro extension.";
    expect(rows(en, 'en')).toEqual(['Valteo | partnership | Porto | Acciona']);
    expect(rows('Le projet de Valtéo a été retenu avec enthousiasme par la ville de Nice.', 'fr')).toEqual([]);
  });
});

describe('collaborating (round 20)', () => {
  it('reads "is collaborating with" and "are collaborating on"', () => {
    expect(rows('Brennick Labs is collaborating with Osaka Microdevices on a sensor.', 'en')).toEqual(['Brennick Labs | partnership | — | Osaka Microdevices']);
    expect(rows('Brennick Labs and Osaka Microdevices are collaborating on a sensor.', 'en')).toEqual(['Brennick Labs | partnership | — | Osaka Microdevices']);
  });
});

describe('linking and pairing up (round 20)', () => {
  it('reads "links up with" and "paired up with"', () => {
    expect(rows('Brennick Labs links up with Osaka Microdevices on sensors.', 'en')).toEqual(['Brennick Labs | partnership | — | Osaka Microdevices']);
    expect(rows('Brennick Labs has paired up with Osaka Microdevices.', 'en')).toEqual(['Brennick Labs | partnership | — | Osaka Microdevices']);
  });
});

describe('where the text puts a deal (round 20)', () => {
  it('reads the place of a fronted phrase and a country adjective before the deal noun', () => {
    expect(rows('At a ceremony in Doha, Brennick Labs and Qatari lender Sadeem Bank signed a memorandum of understanding.', 'en')).toEqual(['Brennick Labs | partnership | Doha | Sadeem Bank']);
    expect(rows('Brennick Labs has formed a Kenyan joint venture with Tavora Bank.', 'en')).toEqual(['Brennick Labs | partnership | Kenya | Tavora Bank']);
    expect(rows('In a statement, Brennick Labs said it had partnered with Tavora Bank.', 'en')).toEqual(['Brennick Labs | partnership | — | Tavora Bank']);
  });
});

describe('a place of an earlier clause (round 20)', () => {
  it('does not place a deal in the place of the clause before "and <verb>"', () => {
    expect(rows('Norvo Oats opened a production facility in Ohio in 2024 and entered the Chinese market through a partnership with Pelkey Trading.', 'en')).toEqual(['Norvo Oats | market | China', 'Norvo Oats | partnership | China | Pelkey Trading']);
    expect(rows('Norvo Oats launched in Ohio and then signed a supply deal with Pelkey Trading.', 'en')).toEqual(['Norvo Oats | market | Ohio', 'Norvo Oats | partnership | — | Pelkey Trading']);
    expect(rows('Norvo Oats will open a store in Oslo under a franchise agreement with Fjell Retail.', 'en')).toEqual(['Norvo Oats | market | Oslo', 'Norvo Oats | partnership | Oslo | Fjell Retail']);
  });
});

describe('relying on a distributor, and entrusting distribution with an infinitive (round 21)', () => {
  it('reads "s\'appuie sur le distributeur X" with its country fronted or after', () => {
    expect(rows("Pour l'Allemagne, la marque Dorvaline a choisi de s'appuyer sur le distributeur Holvarn.", 'fr')).toEqual(['Dorvaline | partnership | Allemagne | Holvarn', 'Dorvaline | market | Allemagne']);
    expect(rows("Dorvaline s'appuie sur le grossiste Vandrelle pour la Belgique.", 'fr')).toEqual(['Dorvaline | partnership | Belgique | Vandrelle', 'Dorvaline | market | Belgique']);
    expect(rows("En Italie, la marque Dorvaline s'appuie sur le réseau du distributeur Ferrucci.", 'fr')).toEqual(['Dorvaline | partnership | Italie | Ferrucci', 'Dorvaline | market | Italie']);
  });
  it('needs a distribution noun before the name', () => {
    expect(rows("Dorvaline s'appuie sur Banque Korval pour financer sa croissance.", 'fr')).toEqual([]);
  });
  it('reads "vient de confier la distribution de … en PAYS à l\'importateur X"', () => {
    expect(rows("La cave Roquebelle recrute. Elle vient de confier la distribution de ses vins en Suède à l'importateur Nordvinka.", 'fr')).toEqual(['Roquebelle | partnership | Suède | Nordvinka', 'Roquebelle | market | Suède']);
  });
});
