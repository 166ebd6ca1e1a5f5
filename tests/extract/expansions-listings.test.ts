/**
 * Listings named with their city ("London's AIM") or chosen before the listing noun, and
 * smaller rules: websites are no offices, "outside <city>" is near it, a sentence opened by an
 * adjective ("Présent en Chine, il…"). Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('listings', () => {
  it("takes the exchange after a city's possessive", () => {
    expect(facts("Velorn, which floated on London's AIM market in May, grows.", 'en')).toEqual(['Velorn | ipo | AIM']);
  });
  it('takes the exchange chosen for the listing', () => {
    expect(facts("Le groupe Brivane a choisi Euronext Amsterdam plutôt que Paris pour son introduction en Bourse.", 'fr')).toEqual(['Brivane | ipo | Euronext Amsterdam']);
  });
});

describe('small rules', () => {
  it('reads no office in a website and an office outside a city', () => {
    expect(facts('Le groupe Marlo rachète le site belge de jardinage Tuinvo.', 'fr')).toEqual([]);
    expect(facts('Coldbay will open a data facility outside Lisbon in 2026.', 'en')).toEqual(['Coldbay | office | Lisbon']);
  });
  it('reads the pronoun after an adjective opening the sentence', () => {
    expect(facts("Le négociant Varlot grandit. Présent en Chine depuis 2018, il se lance au Japon grâce à un accord signé avec Kirvo.", 'fr')).toEqual([
      'Varlot | market | Chine',
      'Varlot | market | Japon',
      'Varlot | partnership | Japon',
    ]);
  });
  it("reads a partner after 's'est associée à' and a trade noun", () => {
    expect(facts("Pour ce projet, l'entreprise Tidalis s'est associée à l'électricien Nova Volt.", 'fr')).toEqual(['Tidalis | partnership | —']);
  });
});

describe('more exchanges', () => {
  it('knows growth markets and smaller exchanges', () => {
    expect(facts('Brantor a fait ses débuts sur Euronext Growth Bruxelles jeudi.', 'fr')).toEqual(['Brantor | ipo | Euronext Growth Bruxelles']);
    expect(facts('Velorn, which listed on the TSX Venture Exchange in 2021, grows.', 'en')).toEqual(['Velorn | ipo | TSX Venture Exchange']);
  });
});

describe('more ways to say shares are listed', () => {
  it('reads first steps on an exchange and shares traded there', () => {
    expect(facts('Le fabricant Velmo a fait ses premiers pas à la Bourse de Bruxelles jeudi.', 'fr')).toEqual(['Velmo | ipo | Bourse de Bruxelles']);
    expect(facts("Velmo, dont les titres s'échangent sur Euronext Growth depuis 2021, recrute.", 'fr')).toEqual(['Velmo | ipo | Euronext Growth']);
  });
  it('leaves first steps in a city to markets', () => {
    expect(facts('Le groupe Velmo a fait ses premiers pas à Lyon en mars.', 'fr')).not.toContain('Velmo | ipo | Lyon');
  });
  it('reads a second exchange after one named with its country', () => {
    expect(facts('Velmo Pay listed on both the National Stock Exchange of India and BSE.', 'en')).toEqual(['Velmo Pay | ipo | National Stock Exchange of India', 'Velmo Pay | ipo | BSE']);
  });
});

describe('a listing moved up to another exchange', () => {
  it('reads shares moving and a graduation to the destination', () => {
    expect(facts('Velmo Bio said its shares will move from the OTCQX to the Nasdaq Capital Market on Monday.', 'en')).toEqual(['Velmo Bio | ipo | Nasdaq Capital Market']);
    expect(facts('Velmo Mining Corp. has been approved to graduate to the Toronto Stock Exchange.', 'en')).toEqual(['Velmo Mining Corp | ipo | Toronto Stock Exchange']);
  });
  it('reads an SME board and keeps a currency prefix out of names', () => {
    expect(facts('Pune charger maker Velmo listed on the NSE Emerge platform on Monday.', 'en')).toEqual(['Velmo | ipo | NSE Emerge']);
    expect(facts('Velmo Robotics raised HK$3.2 billion in a listing on the Hong Kong Stock Exchange.', 'en')).toEqual(['Velmo Robotics | ipo | Hong Kong Stock Exchange']);
  });
});

describe('listings written as trading or a dual listing', () => {
  it('reads shares traded on an exchange in French and a dual listing by cities', () => {
    const fr = "Le fabricant Torvane, dont les actions se négocient à la Bourse de Toronto, a nommé Paul Roy directeur général.";
    expect(facts(fr, 'fr')).toEqual(['Torvane | ipo | Bourse de Toronto']);
    const en = 'Copper miner Brisk Hollow Resources named Jo Smith CEO. Brisk Hollow, which is dual-listed in Toronto and New York, is growing.';
    expect(facts(en, 'en')).toEqual(['Brisk Hollow | ipo | Toronto', 'Brisk Hollow | ipo | New York']);
  });
  it('gives a listing said of "a company that" to the company the text is about', () => {
    const en = 'Orvane Solar named Ana Ruiz managing director. Ruiz, a veteran of Keltic Power, takes charge of a company that made its stock market debut in Mumbai in 2022.';
    expect(facts(en, 'en')).toEqual(['Orvane Solar | ipo | Mumbai']);
  });
});

describe('exchanges written with lowercase words or a legal form', () => {
  it('reads the whole name of an exchange the name chunks cut', () => {
    expect(facts('Tarvena, which is listed on the Bolsa Mexicana de Valores, grows.', 'en')).toEqual(['Tarvena | ipo | Bolsa Mexicana de Valores']);
    expect(facts('La banque Korvane est cotée à la Bourse régionale des valeurs mobilières depuis 2019.', 'fr')).toEqual(['Korvane | ipo | Bourse régionale des valeurs mobilières']);
    expect(facts('Coté à la Bourse de Bombay, le groupe Velanki recrute.', 'fr')).toEqual(['Velanki | ipo | Bourse de Bombay']);
  });
  it("reads an exchange's own legal form as the exchange", () => {
    expect(facts('Shares of Kiravi Ltd., which are listed on both the National Stock Exchange of India and BSE Ltd, rose.', 'en')).toEqual([
      'Kiravi Ltd | ipo | National Stock Exchange of India',
      'Kiravi Ltd | ipo | BSE',
    ]);
  });
  it('reads a listing date between the verb and the exchange', () => {
    expect(facts('Ses actions seront cotées à partir du 3 mars sur Euronext Paris, indique le groupe Brevane.', 'fr')).toContain('Brevane | ipo | Euronext Paris');
  });
  it('keeps a listing stated in an aside of a sentence that weighs a place', () => {
    expect(facts('Le groupe Norvelle, coté sur Euronext Growth depuis 2018, envisage une implantation au Brésil.', 'fr')).toEqual(['Norvelle | ipo | Euronext Growth']);
  });
});

describe('debuts and trading written in more press forms', () => {
  it('reads "fait ses premiers pas" with a day before the exchange', () => {
    expect(facts("Le fabricant de drones Avilore a fait ses premiers pas jeudi matin sur Euronext Growth, avec une capitalisation de 90 millions d'euros.", 'fr')).toEqual(['Avilore | ipo | Euronext Growth']);
  });
  it('reads shares "which trade on" an exchange', () => {
    expect(facts('Dorvane said its shares, which trade on the Nasdaq, fell after the results.', 'en')).toEqual(['Dorvane | ipo | Nasdaq']);
  });
  it("reads Vietnam's exchanges by their written names", () => {
    expect(facts('Coffee roaster Vinaroma said it will list on the Ho Chi Minh City Stock Exchange in March.', 'en')).toEqual(['Vinaroma | ipo | Ho Chi Minh City Stock Exchange']);
  });
});
