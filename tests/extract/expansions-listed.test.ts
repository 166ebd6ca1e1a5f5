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
  it('reads a ticker after a legal form', () => {
    expect(facts('Brenlow Foods, Inc. (NASDAQ: BRNL) today announced the appointment of Jo Pike as CFO.', 'en')).toEqual(['Brenlow Foods | ipo | NASDAQ']);
  });
  it('reads every place of a coordinated "-listed", and a description after it as the company', () => {
    const en = 'Finance chief Ann Lee exits Tarvik Group, the Oslo- and New York-listed shipping company said on Thursday.';
    expect(facts(en, 'en')).toEqual(['Tarvik Group | ipo | Oslo', 'Tarvik Group | ipo | New York']);
    expect(facts('Corvane Holdings has tapped Jo Pike as CFO, the London-listed consumer goods group said.', 'en')).toEqual(['Corvane Holdings | ipo | London']);
  });
});

describe('listings in a relative clause, dual listings, debuts and plans', () => {
  it('reads a dual listing as one fact per place', () => {
    expect(facts('Le fabricant de puces Orvel SA, coté à Paris et à Amsterdam, a nommé Jo Pike directeur financier.', 'fr')).toEqual(['Orvel | ipo | Paris', 'Orvel | ipo | Amsterdam']);
  });
  it('reads a trading debut in a city', () => {
    expect(facts('Shares of Danish fintech Korvo jumped 18% in their trading debut in Copenhagen on Wednesday.', 'en')).toEqual(['Korvo | ipo | Copenhagen']);
  });
  it('reads no listing being prepared', () => {
    expect(facts('Jo Pike has been named chair of Velmar, the Paris-based lingerie group that is preparing a listing in Amsterdam.', 'en')).toEqual([]);
  });
  it('gives a "that" clause after a company noun to the name before it', () => {
    expect(facts('Jo Pike is leaving Sony to become chief executive of Tamaki Games, the studio that listed on the Tokyo Stock Exchange in 2023.', 'en')).toEqual(['Tamaki Games | ipo | Tokyo Stock Exchange']);
    // "studio" is a company noun too.
    expect(facts('Haruto Okabe-Lind quits Sony to run Tamaki Games, the anime studio that listed on the Tokyo Stock Exchange in 2023.', 'en')).toEqual(['Tamaki Games | ipo | Tokyo Stock Exchange']);
  });
  it('reads a description with a city opening the sentence as the company the text is about', () => {
    const en = 'Quenvel Bio named Jo Pike chief scientific officer. The Boston biotech, which debuted on the Nasdaq in February, will also open a research center in Basel, Switzerland.';
    expect(facts(en, 'en')).toEqual(['Quenvel Bio | ipo | Nasdaq', 'Quenvel Bio | office | Basel']);
  });
});

describe('a share index before a company noun', () => {
  it('describes the company, it names none', () => {
    const en = 'Pelham Mutual plc has appointed Jo Pike as chair. The FTSE 250 insurer, listed in London since 1990, is expanding into Spain.';
    expect(facts(en, 'en')).toEqual(['Pelham Mutual | ipo | London', 'Pelham Mutual | market | Spain']);
  });
  it('reads a "-listed" description of more kinds of company', () => {
    const en = 'Ada Lind takes the helm at Fjordhavn Seafood, succeeding Jo Pike, who spent a decade as chief executive of the Oslo-listed salmon farmer. Fjordhavn Seafood exports to 40 countries.';
    expect(facts(en, 'en')).toEqual(['Fjordhavn Seafood | ipo | Oslo']);
  });
});

describe('listings said through the shares', () => {
  it("reads a firm's 's before '-listed shares'", () => {
    expect(facts("Norvane Biotech's Oslo-listed shares fell 4% after the trial results.", 'en')).toEqual(['Norvane Biotech | ipo | Oslo']);
  });
  it('reads the second exchange of shares that also trade as depositary receipts', () => {
    expect(facts('Pellion Software, whose shares trade in Frankfurt and as depositary shares on the Nasdaq, named a new chair.', 'en')).toEqual(['Pellion Software | ipo | Frankfurt', 'Pellion Software | ipo | Nasdaq']);
  });
  it('reads a listing moved to a segment of an exchange', () => {
    expect(facts('Okapi Minerals will transfer its listing from AIM to the main market of the London Stock Exchange.', 'en')).toEqual(['Okapi Minerals | ipo | London Stock Exchange']);
  });
  it('reads "cotée depuis 2015 à", shares that "s\'échangent à" and "leur entrée sur"', () => {
    expect(facts('Quelvia, cotée depuis 2015 à la Bourse de Paris, a nommé un nouveau directeur financier.', 'fr')).toEqual(['Quelvia | ipo | Bourse de Paris']);
    expect(facts("La société Felgine, dont les titres s'échangent à Bruxelles, ouvre un bureau à Lyon.", 'fr')).toEqual(['Felgine | ipo | Bruxelles', 'Felgine | office | Lyon']);
    expect(facts("Les actions de Borlane ont fait leur entrée sur le Nasdaq mardi.", 'fr')).toEqual(['Borlane | ipo | Nasdaq']);
    expect(facts('Borlane a fait son entrée sur le marché espagnol.', 'fr')).toEqual(['Borlane | market | Spain']);
  });
});
