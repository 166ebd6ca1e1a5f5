/**
 * Products sold somewhere by a partner ("will be published in China by NetEase", "seront
 * commercialisés au Canada par le distributeur québécois X"): a market of the maker and a deal
 * with the seller. And the "where" clause of a presence: "where it already sells", "où il
 * développe déjà trois parcs", "its second in Europe outside Norway, where it is already
 * developing two projects". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, expansionRowsWithPartner as rows } from '../helpers/extract.js';

describe('sold there by a partner', () => {
  it('reads a market and a deal with the seller', () => {
    expect(rows('Owlet Studios said the new game will be published in China by NetEase.', 'en')).toEqual(['Owlet Studios | market | China', 'Owlet Studios | partnership | China | NetEase']);
    expect(rows('Les fromages de Lactalp seront vendus au Canada par le grossiste Gagnon Distribution.', 'fr')).toEqual(['Lactalp | market | Canada', 'Lactalp | partnership | Canada | Gagnon Distribution']);
  });
});

describe('the where clause of a presence', () => {
  it('reads selling and developing verbs', () => {
    expect(expansionRows('Havkraft entered Spain, where it already sells its turbines.', 'en')).toEqual(['Havkraft | market | Spain']);
    expect(expansionRows("Havkraft s'implante en Pologne, après la Lituanie, où il développe déjà trois parcs.", 'fr')).toEqual(['Havkraft | market | Pologne', 'Havkraft | market | Lituanie']);
  });
  it('reads the country left out of a count when the clause says the firm works there', () => {
    expect(expansionRows('Havkraft is building a wind farm in Poland, its second in Europe outside Norway, where it is already developing four projects.', 'en')).toContain('Havkraft | market | Norway');
  });
});

describe('sold by a partner in the country of a "où" clause (round 21)', () => {
  it('reads the country before ", où" with the seller after "par", past a dated word', () => {
    expect(rows("La marque Vegalia arrive au Danemark, où ses yaourts seront distribués dès mai par le groupe Sallinor.", 'fr')).toEqual(['Vegalia | market | Danemark', 'Vegalia | partnership | Danemark | Sallinor']);
  });
  it('reads no deal when no seller is named', () => {
    expect(rows("La marque Vegalia arrive au Danemark, où ses yaourts sont vendus.", 'fr')).toEqual(['Vegalia | market | Danemark']);
  });
});

describe('a partner based in the country where the company will sell (round 21)', () => {
  it('gives the market to the seller of its products, not to the partner', () => {
    expect(rows('Swedish oat-milk maker Havrevik has signed a distribution agreement with Seoul-based Daelim Foods to sell its products in South Korea.', 'en')).toEqual(['Havrevik | partnership | South Korea | Daelim Foods', 'Havrevik | market | South Korea']);
    expect(rows("Le groupe Ferrandis a par ailleurs signé avec l'indien Prakash Motors un accord pour commercialiser ses pompes en Inde.", 'fr')).toEqual(['Ferrandis | partnership | Inde | Prakash Motors', 'Ferrandis | market | Inde']);
  });
  it('still reads the company itself selling', () => {
    expect(expansionRows('Klodsby hired a new boss to sell its bricks in Japan.', 'en')).toEqual(['Klodsby | market | Japan']);
  });
});
