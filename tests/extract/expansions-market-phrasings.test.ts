/**
 * Everyday ways the trade press says a firm now sells or operates somewhere: "expanded its
 * operations to", "is bringing its e-bikes to", "has taken its service to", "available to
 * customers in", "started exporting to", "commence à exporter vers", cafés and outlets opened
 * or now run in a city. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('market phrasings', () => {
  it('reads a service or product taken to countries and cities (en)', () => {
    expect(expansionRows('Kora Payments has expanded its operations to Kenya and Ghana.', 'en')).toEqual(['Kora Payments | market | Kenya', 'Kora Payments | market | Ghana']);
    expect(expansionRows('Velo Nova is bringing its e-bikes to Italy after a strong year at home.', 'en')).toEqual(['Velo Nova | market | Italy']);
    expect(expansionRows('Sabi Bikes has taken its rental service to Madrid.', 'en')).toEqual(['Sabi Bikes | market | Madrid']);
    expect(expansionRows('Quickpay is now available to customers in Austria.', 'en')).toEqual(['Quickpay | market | Austria']);
  });
  it('reads exporting that starts (en, fr)', () => {
    expect(expansionRows('Laksfjord started exporting to China last year.', 'en')).toEqual(['Laksfjord | market | China']);
    expect(expansionRows('La PME Vinexa commence à exporter vers la Chine.', 'fr')).toEqual(['Vinexa | market | Chine']);
    expect(expansionRows('Laksfjord, the largest salmon exporter in Norway, grew.', 'en')).toEqual([]);
  });
  it('reads cafés and outlets opened or now run in a city', () => {
    expect(expansionRows('Gelato chain Fiore opened its first outlet in Singapore.', 'en')).toEqual(['Fiore | market | Singapore']);
    expect(expansionRows('Moka Roasters now has cafés in Seoul and Tokyo.', 'en')).toEqual(['Moka Roasters | market | Seoul', 'Moka Roasters | market | Tokyo']);
    expect(expansionRows('Le torréfacteur Moka a ouvert un café à Genève.', 'fr')).toEqual(['Moka | market | Genève']);
  });
  it('reads bakeries, laundrettes and locations as shops', () => {
    expect(expansionRows('La chaîne Maison Brenac ouvre une boulangerie à Bruxelles.', 'fr')).toEqual(['Maison Brenac | market | Bruxelles']);
    expect(expansionRows('Le réseau de franchises Lavéo ouvre sa première laverie au Luxembourg.', 'fr')).toEqual(['Lavéo | market | Luxembourg']);
    expect(expansionRows('Drayfield Foods posted higher sales, helped by strong demand in Ireland, where it opened two bakeries last year.', 'en')).toEqual(['Drayfield Foods | market | Ireland']);
    expect(expansionRows('Toko Ramen opened its first location in Sydney.', 'en')).toEqual(['Toko Ramen | market | Sydney']);
  });
  it('leaves out the first shop a founder opened long ago', () => {
    expect(expansionRows('Co-founder Tom Ashby, who opened the first café in Leeds in 2011, becomes chairman of Moka Roasters.', 'en')).toEqual([]);
  });
  it('reads first customers, a debut and a further push in a country', () => {
    expect(expansionRows('Tallis Robotics signed its first customers in Germany last quarter.', 'en')).toEqual(['Tallis Robotics | market | Germany']);
    expect(expansionRows('Brisa Cosmetics is making its debut in the United States.', 'en')).toEqual(['Brisa Cosmetics | market | United States']);
    expect(expansionRows('Ostra Labs opened a Madrid office last year and will push further into Italy.', 'en')).toEqual(['Ostra Labs | office | Madrid', 'Ostra Labs | market | Italy']);
    expect(expansionRows("L'éditeur nantais Quadrix a signé ses premiers clients en Allemagne.", 'fr')).toEqual(['Quadrix | market | Allemagne']);
    expect(expansionRows('La marque de cosmétiques Alméa fait ses premiers pas aux États-Unis.', 'fr')).toEqual(['Alméa | market | États-Unis']);
  });
  it('leaves out a push into a country that cash pays for', () => {
    expect(expansionRows('Chief executive Ida Brant said the new cash pays for a push into Hungary.', 'en')).toEqual([]);
  });
});

describe('market phrasings of the English trade press (round 20)', () => {
  it('reads a debut in a country, not on an exchange', () => {
    expect(expansionRows('Tolvane, a Dutch challenger bank, has made its debut in Ireland.', 'en')).toEqual(['Tolvane | market | Ireland']);
    expect(expansionRows('Tolvane made its debut on Nasdaq on Friday.', 'en')).toEqual(['Tolvane | ipo | Nasdaq']);
    expect(expansionRows('Tolvane made its debut in Hong Kong on Friday, its shares rising 20%.', 'en')).toEqual([]);
  });
  it('reads country adjectives listed before "markets", not regions', () => {
    expect(expansionRows('Sunvara has entered the Italian, Spanish and Greek markets.', 'en')).toEqual(['Sunvara | market | Italy', 'Sunvara | market | Spain', 'Sunvara | market | Greece']);
    expect(expansionRows('Sunvara has entered the European market.', 'en')).toEqual([]);
    expect(expansionRows('Sunvara is expanding into the European and Asian markets.', 'en')).toEqual([]);
  });
  it('reads rolling out or expanding across a country', () => {
    expect(expansionRows('Pedalo Mobility is rolling out across Austria.', 'en')).toEqual(['Pedalo Mobility | market | Austria']);
    expect(expansionRows('Pedalo Mobility is expanding across Chile and Peru.', 'en')).toEqual(['Pedalo Mobility | market | Chile', 'Pedalo Mobility | market | Peru']);
  });
  it('reads countries listed after "N European countries, including"', () => {
    expect(expansionRows('Finvio now operates in 14 European countries, including Austria and Croatia.', 'en')).toEqual(['Finvio | market | Austria', 'Finvio | market | Croatia']);
  });
  it("reads a market quoted as a named company's", () => {
    expect(expansionRows('Oslo-based Kettra said Canada is now Brivo Labs\'s second-largest market.', 'en')).toEqual(['Brivo Labs | market | Canada']);
  });
  it('reads being active, having operations or clients in a country', () => {
    expect(expansionRows('Marlow Ventures has been active in Qatar since 2019.', 'en')).toEqual(['Marlow Ventures | market | Qatar']);
    expect(expansionRows('Marlow Ventures has operations in Uganda and Zambia.', 'en')).toEqual(['Marlow Ventures | market | Uganda', 'Marlow Ventures | market | Zambia']);
    expect(expansionRows('Marlow Ventures already has clients in Uruguay.', 'en')).toEqual(['Marlow Ventures | market | Uruguay']);
    expect(expansionRows('Marlow Ventures is active in Europe.', 'en')).toEqual([]);
  });
});

describe('markets added or opened in (round 20)', () => {
  it('reads places added to a network or route map', () => {
    expect(expansionRows('Aerolux has added Tirana and Skopje to its route map.', 'en')).toEqual(['Aerolux | market | Tirana', 'Aerolux | market | Skopje']);
    expect(expansionRows('Aerolux added Oslo to its list of potential destinations.', 'en')).toEqual([]);
  });
  it('reads a firm that "opened in" or "lands in" a place', () => {
    expect(expansionRows('Crumbly, which last month opened in Valencia, now has 40 staff.', 'en')).toEqual(['Crumbly | market | Valencia']);
    expect(expansionRows('Shares of Crumbly opened in New York at $20.', 'en')).toEqual([]);
    expect(expansionRows('Crumbly lands in Chile', 'en')).toEqual(['Crumbly | market | Chile']);
    expect(expansionRows('Crumbly has begun offering its app to customers in Chile.', 'en')).toEqual(['Crumbly | market | Chile']);
  });
});

describe('first projects and orders in a country (round 20)', () => {
  it('reads a first installation, contract or order, and projects worked on in a country', () => {
    expect(expansionRows('Harlo Rail completed its first installation in Ecuador.', 'en')).toEqual(['Harlo Rail | market | Ecuador']);
    expect(expansionRows('Harlo Rail won its first contract in Latvia.', 'en')).toEqual(['Harlo Rail | market | Latvia']);
    expect(expansionRows('Harlo Rail is working on projects in Oman and Jordan.', 'en')).toEqual(['Harlo Rail | market | Oman', 'Harlo Rail | market | Jordan']);
  });
});
