/**
 * Round 21, family "operating in a country stated without a launch verb" (English trade press):
 * markets ranked against one another, shares of the business, customers served and contracts
 * held in a country. Sentences written for these tests (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as rows } from '../helpers/extract.js';

describe('markets ranked against one another', () => {
  it('reads the market ranked before an international one ("after X")', () => {
    expect(rows('Brelmont Air said Japan is now its second-largest international market after Vietnam.', 'en')).toEqual(['Brelmont Air | market | Japan', 'Brelmont Air | market | Vietnam']);
    expect(rows("Zelvig Foods a dit que le Japon est son deuxième marché à l'export après l'Allemagne.", 'fr')).toEqual(['Zelvig Foods | market | Japon', 'Zelvig Foods | market | Allemagne']);
  });
  it('leaves "after X" alone when X may be the home market', () => {
    expect(rows('Tarnby Wealth said Spain is its second-biggest market after Britain.', 'en')).toEqual(['Tarnby Wealth | market | Spain']);
    expect(rows('"Brazil is our third market after only two years," said Pagamundo.', 'en')).toEqual(['Pagamundo | market | Brazil']);
  });
  it('reads places listed as plural markets', () => {
    expect(rows('Pellico Books sells mostly at home. Ireland and the Netherlands are its next-largest markets.', 'en')).toEqual(['Pellico Books | market | Ireland', 'Pellico Books | market | Netherlands']);
  });
});

describe("a country's share of the business, owned with \"'s\"", () => {
  it('reads "accounts for N% of the carrier\'s revenue" and "of X\'s passengers"', () => {
    expect(rows("Tollway Freight posted higher sales. Chile already accounts for about 15% of the carrier's revenue.", 'en')).toEqual(['Tollway Freight | market | Chile']);
    expect(rows("Nordair said Spain now accounts for a third of Nordair's passengers.", 'en')).toEqual(['Nordair | market | Spain']);
  });
  it("leaves a share of a country's own trade alone", () => {
    expect(rows("Tollway Freight said Brazil accounted for a fifth of Peru's imports.", 'en')).toEqual([]);
  });
});

describe('customers served in a country, named by their trade', () => {
  it('reads customers after a verb of serving and "to"/"for"', () => {
    expect(rows('Oskarn Castings said profits rose. The company, which ships brake parts to automakers in Ghana and Kenya, employs 900 people.', 'en')).toEqual(['Oskarn Castings | market | Ghana', 'Oskarn Castings | market | Kenya']);
    expect(rows('Murrowby Payroll raised $20m. The company already runs payroll for about 2,400 employers in Chile and Peru.', 'en')).toEqual(['Murrowby Payroll | market | Chile', 'Murrowby Payroll | market | Peru']);
    expect(rows('Kelvara Software sells its risk software to banks in Uganda and Nigeria.', 'en')).toEqual(['Kelvara Software | market | Uganda', 'Kelvara Software | market | Nigeria']);
  });
  it('reads customers served directly, counted or not', () => {
    expect(rows('Ferrobel serves retailers in Spain and Portugal.', 'en')).toEqual(['Ferrobel | market | Spain', 'Ferrobel | market | Portugal']);
    expect(rows('Ferrobel serves 3,000 customers across Spain and Portugal.', 'en')).toEqual(['Ferrobel | market | Spain', 'Ferrobel | market | Portugal']);
  });
  it('leaves out customers no verb of serving reaches, a stake sold, and the home country', () => {
    expect(rows('The government announced a tax break for employers in Spain.', 'en')).toEqual([]);
    expect(rows('Kelvara sold its stake to banks in Uganda.', 'en')).toEqual([]);
    expect(rows('Halbrook Tools said demand from automakers in Ghana fell.', 'en')).toEqual([]);
    expect(rows('Pagosur, a Lima-based payroll startup, runs payroll for 900 employers in Peru and Ecuador.', 'en')).toEqual(['Pagosur | market | Ecuador']);
  });
});

describe('services and links run into a place', () => {
  it('reads a service launched "into" a city or country', () => {
    expect(rows('Redmoor Haulage has launched cross-border truckload service into Monterrey.', 'en')).toEqual(['Redmoor Haulage | market | Monterrey']);
    expect(rows('Redmoor Haulage said the service ran into trouble in Canada.', 'en')).toEqual([]);
  });
  it('reads both ends of a link when neither is home', () => {
    expect(rows('Oslo-based airline Nordfly has launched flights linking Riga with Vilnius.', 'en')).toEqual(['Nordfly | market | Riga', 'Nordfly | market | Vilnius']);
    expect(rows('Oslo-based airline Nordfly has launched flights linking Bergen with Vilnius.', 'en')).toEqual(['Nordfly | market | Vilnius']);
  });
});

describe('a region inside a country where the company already operates', () => {
  it('reads "operates wind farms in" and "developing projects in" a region as a market', () => {
    expect(rows('Tarnwick Energy, which already operates wind farms in Poland and Scotland, said it would hire.', 'en')).toEqual(['Tarnwick Energy | market | Poland', 'Tarnwick Energy | market | Scotland']);
    expect(rows('Tarnwick Energy is now developing projects in Scotland, Chile and Brazil.', 'en')).toEqual(['Tarnwick Energy | market | Scotland', 'Tarnwick Energy | market | Chile', 'Tarnwick Energy | market | Brazil']);
  });
  it('leaves a continent alone', () => {
    expect(rows('Tarnwick Energy sells its turbines in Europe and Asia.', 'en')).toEqual([]);
  });
});

describe("shops counted in a relative clause on the sentence's subject", () => {
  it('reads "The retailer, which trades from 84 shops in" when the text says where the company is from', () => {
    expect(rows('Danish homewares chain Hallvik Living has hired a finance chief. The retailer, which trades from 84 shops in Denmark, Sweden and Norway, is growing.', 'en')).toEqual(['Hallvik Living | market | Sweden', 'Hallvik Living | market | Norway']);
  });
  it("leaves a partner's stores and an unplaced company's own network alone", () => {
    expect(rows('Hallvik Living signed a deal with Brekvold Retail, which will stock its candles in 200 stores in Norway.', 'en')).toEqual(['Hallvik Living | partnership | Norway']);
    expect(rows('Hallvik Living has hired a finance chief. The retailer, which trades from 84 shops in Britain, is growing.', 'en')).toEqual([]);
  });
});

describe('revenue drawn from a country', () => {
  it('reads "gets 60% of its revenue from" a country, not from a business line', () => {
    expect(rows('Corrano Pharma gets about 60% of its revenue from the US.', 'en')).toEqual(['Corrano Pharma | market | US']);
    expect(rows('Corrano Pharma makes a third of its revenue from advertising.', 'en')).toEqual([]);
  });
});
