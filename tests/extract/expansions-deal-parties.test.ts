/**
 * Who is a party to a deal: a name after "with <description>" or the object of a verb is the
 * earlier deal's partner, not the subject of the next one; a name complementing a noun ("les
 * magasins de la chaîne X") still is one. And places from the wider gazetteer (Bermuda,
 * Ouarzazate, Oklahoma City). Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('deal parties', () => {
  it('keeps the first deal partner out of the second deal', () => {
    const en = 'Brenvolt has signed a deal with French retailer Marchélo to put chargers at 80 of its stores in France, and a similar agreement with grocery chain Tamberi covering Piedmont.';
    expect(withPartner(en, 'en')).toEqual(['Brenvolt | partnership | France | Marchélo', 'Brenvolt | partnership | Piedmont | Tamberi']);
  });
  it('keeps a name that complements a noun as a party', () => {
    const fr = "La marque Trékor sera distribuée dans les magasins de la chaîne Sportiva grâce à un accord de distribution.";
    expect(withPartner(fr, 'fr')).toEqual(['Trékor | partnership | — | Sportiva']);
  });
});

describe('wider gazetteer', () => {
  it('reads Bermuda, Ouarzazate and Oklahoma City as places', () => {
    expect(facts('About Norrland Re: Norrland Re is headquartered in Stockholm, with offices in London, Bermuda and Singapore.', 'en')).toEqual(['Norrland Re | office | London', 'Norrland Re | office | Bermuda', 'Norrland Re | office | Singapore']);
    expect(withPartner("Portugal's Solvento and Moroccan utility Rif Power have agreed to build a solar farm near Ouarzazate through a joint venture.", 'en')).toEqual(['Solvento | partnership | Ouarzazate | Rif Power']);
    const en = 'Corlin Legal will open a Denver office. The firm, which has offices in Tulsa and Oklahoma City, said it plans to add a Boise location.';
    expect(facts(en, 'en')).toEqual(['Corlin Legal | office | Denver', 'Corlin Legal | office | Tulsa', 'Corlin Legal | office | Oklahoma City']);
  });
});

describe('partnering verbs and partners described by a city or a nationality', () => {
  it('reads "is partnering with" and "has tied up with"', () => {
    expect(facts('Grocery app Basquo is partnering with Walgreens to sell pharmacy items.', 'en')).toEqual(['Basquo | partnership | —']);
    expect(facts('Snack maker Kurkuri Foods has tied up with Reliance Retail to sell its range.', 'en')).toEqual(['Kurkuri Foods | partnership | —']);
  });
  it('reads a partner after a city and a description, and does not place the deal in that city (lending to firms in a country is a market there)', () => {
    expect(facts('Harvale agreed a partnership with Dublin fintech Pennlow that it will use to start lending to small firms in Ireland.', 'en')).toEqual(['Harvale | partnership | Ireland', 'Harvale | market | Ireland']);
  });
  it('reads a partner named like a person after a nationality and a description', () => {
    expect(facts('Skovlund has formed a pool partnership with Greek owner Kalliope Tankers.', 'en')).toEqual(['Skovlund | partnership | —']);
  });
});

describe('what a joint venture is formed to build', () => {
  it('is no party: "a deal to upgrade the Route 9 bypass … as a joint venture"', () => {
    const en = 'Harrow Civil and Portuguese builder Construlis secured a deal to upgrade the Route 9 bypass near Exeter as a joint venture.';
    expect(withPartner(en, 'en')).toEqual(['Harrow Civil | partnership | Exeter | Construlis']);
  });
});

describe('a reporting source after a deal partner (round 21)', () => {
  it('leaves the source that confirmed the deal out of its parties', () => {
    const en = 'Dunmarsh Civils has won a £200m contract to rebuild the bridge in Glasgow in a joint venture with Ostrand Infra, the Roads Authority confirmed.';
    expect(withPartner(en, 'en')).toEqual(['Dunmarsh Civils | partnership | Glasgow | Ostrand Infra']);
    expect(withPartner('Dunmarsh Civils has signed a deal with Ostrand Infra, Vellum Works said.', 'en')).toEqual(['Dunmarsh Civils | partnership | — | Ostrand Infra']);
  });
  it('keeps every partner of a list the parties themselves report', () => {
    expect(withPartner('Dunmarsh Civils has signed a deal with Ostrand Infra, Vellum Works and Ordway, the companies said.', 'en')).toEqual(['Dunmarsh Civils | partnership | — | Ostrand Infra', 'Dunmarsh Civils | partnership | — | Vellum Works', 'Dunmarsh Civils | partnership | — | Ordway']);
  });
});

describe('a labour contract is no deal between firms (round 21)', () => {
  it('reads no partnership in a contract offer put to workers or a union', () => {
    expect(facts("Workers at Kestrow Aero's Marbury plant walked out on Monday after rejecting a four-year contract offer, halting output of wing parts.", 'en')).toEqual([]);
    expect(facts('Machinists at Kestrow Aero ratified a new labour contract with the union on Friday.', 'en')).toEqual([]);
  });
  it('still reads a supply contract with a firm', () => {
    expect(withPartner('Kestrow Aero signed a supply contract with Ostrand Infra.', 'en')).toEqual(['Kestrow Aero | partnership | — | Ostrand Infra']);
  });
});

describe('the home city describing a party is not where the deal is (round 21)', () => {
  it('leaves "The Lyon start-up is partnering with X" without a place', () => {
    expect(withPartner('Fernwood makes a maths app. The Lyon start-up is partnering with Osaka publisher Kirigaya Books.', 'en')).toEqual(['Fernwood | partnership | — | Kirigaya Books']);
  });
  it('still places a deal by the office it opens', () => {
    expect(withPartner('Fernwood will open an office in Madrid through a partnership with Tolvik Retail.', 'en')).toEqual(['Fernwood | office | Madrid', 'Fernwood | partnership | Madrid | Tolvik Retail']);
  });
});
