/**
 * Listings stated without a listing verb: tickers, "-listed", an exchange's debut, and a
 * listing moved to another exchange. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('stated listings', () => {
  it('reads a ticker in brackets, and the ticker is no party', () => {
    const en = 'Brenlow Foods (Nasdaq: BRNL), a maker of plant-based snacks, today announced a distribution agreement with Tesco.';
    expect(withPartner(en, 'en')).toEqual(['Brenlow Foods | ipo | Nasdaq', 'Brenlow Foods | partnership | — | Tesco']);
  });
  it('reads "X-listed" before or after the name', () => {
    expect(facts('Paris-listed fintech Ostrel has opened an office in Milan.', 'en')).toEqual(['Ostrel | ipo | Paris', 'Ostrel | office | Milan']);
    expect(facts('Quarnby, a Nasdaq-listed maker of sensors, reported higher sales.', 'en')).toEqual(['Quarnby | ipo | Nasdaq']);
  });
  it('reads an exchange before a debut noun, unless planned', () => {
    expect(facts('Shares in Tolvane Energy rose 9% in their Oslo Børs debut on Friday.', 'en')).toEqual(['Tolvane Energy | ipo | Oslo Børs']);
    expect(facts('Tolvane Energy has hired two banks for its planned Nasdaq IPO.', 'en')).toEqual([]);
  });
  it('reads the exchange a listing moves to', () => {
    const fr = "Le groupe Maravel a transféré sa cotation d'Euronext Growth vers le marché réglementé d'Euronext Paris.";
    expect(facts(fr, 'fr')).toEqual(['Maravel | ipo | Euronext Paris']);
    const en = 'Copper miner Selkirk said it would move its primary listing from Sydney to the London Stock Exchange next year.';
    expect(facts(en, 'en')).toEqual(['Selkirk | ipo | London Stock Exchange']);
  });
});
