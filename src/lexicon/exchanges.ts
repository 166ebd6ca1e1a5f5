/**
 * Stock exchanges with their city, FR and EN names, and the indexes of their shares ("the FTSE 250
 * insurer", "une valeur du CAC 40": never a company). An IPO's place is the exchange's city
 * (DESIGN.md); the exchange itself becomes a Company of kind EXCHANGE. API is a contract.
 */
import { fold } from './fold.js';

export interface ExchangeEntry {
  name: string;
  city: string;
}

/** Canonical name | city | other written forms. */
const TABLE = `
NYSE|New York|New York Stock Exchange,Bourse de New York,NYSE American,Wall Street
Nasdaq|New York|NASDAQ,Nasdaq Stock Market,Nasdaq Global Select Market,Nasdaq Global Market,Nasdaq Capital Market
Euronext Paris|Paris|Bourse de Paris,Paris Bourse,Paris Stock Exchange,Euronext,CAC 40,SBF 120,Paris Euronext
Euronext Growth|Paris|Euronext Growth Paris,Alternext
Euronext Access|Paris|Marché Libre
Euronext Amsterdam|Amsterdam|Bourse d'Amsterdam,Amsterdam Stock Exchange,AEX
Euronext Brussels|Brussels|Bourse de Bruxelles,Brussels Stock Exchange,Euronext Bruxelles,BEL 20
Euronext Lisbon|Lisbon|Bourse de Lisbonne,Lisbon Stock Exchange,Euronext Lisbonne
Euronext Dublin|Dublin|Irish Stock Exchange
Euronext Milan|Milan|Borsa Italiana,Bourse de Milan,Milan Stock Exchange,Euronext Milano,FTSE MIB
Oslo Børs|Oslo|Oslo Bors,Oslo Stock Exchange,Bourse d'Oslo,Euronext Oslo,Euronext Oslo Børs,Euronext Oslo Bors
Frankfurt Stock Exchange|Frankfurt|Bourse de Francfort,Frankfurter Wertpapierbörse,Deutsche Börse,Xetra,Frankfurt Exchange,DAX,MDAX,SDAX
London Stock Exchange|London|LSE,Bourse de Londres,AIM,London's AIM,FTSE 100,FTSE 250,FTSE 350
SIX Swiss Exchange|Zurich|SIX,Bourse suisse,Swiss Exchange,Bourse de Zurich
Nasdaq Stockholm|Stockholm|Bourse de Stockholm,Stockholm Stock Exchange
Nasdaq Copenhagen|Copenhagen|Bourse de Copenhague,Copenhagen Stock Exchange
Nasdaq Helsinki|Helsinki|Bourse d'Helsinki,Helsinki Stock Exchange
Bolsa de Madrid|Madrid|Bourse de Madrid,Madrid Stock Exchange,BME,IBEX 35,Ibex 35
Warsaw Stock Exchange|Warsaw|Bourse de Varsovie,GPW
Tokyo Stock Exchange|Tokyo|Bourse de Tokyo,TSE,Nikkei 225,Topix
Hong Kong Stock Exchange|Hong Kong|Bourse de Hong Kong,HKEX,Hong Kong Exchange,Hang Seng
Shanghai Stock Exchange|Shanghai|Bourse de Shanghai,STAR Market
Shenzhen Stock Exchange|Shenzhen|Bourse de Shenzhen
Toronto Stock Exchange|Toronto|Bourse de Toronto,TSX
Australian Securities Exchange|Sydney|ASX,Bourse de Sydney
National Stock Exchange of India|Mumbai|NSE,National Stock Exchange,NSE India,Nifty 50
NSE Emerge|Mumbai|
BSE SME|Mumbai|
Bombay Stock Exchange|Mumbai|BSE,Sensex,Bourse de Bombay,Bourse de Mumbai
Singapore Exchange|Singapore|SGX,Bourse de Singapour
Tel Aviv Stock Exchange|Tel Aviv|TASE,Bourse de Tel-Aviv
Korea Exchange|Seoul|KOSPI,KOSDAQ,Bourse de Séoul
B3|São Paulo|Bovespa,Bourse de São Paulo
Saudi Exchange|Riyadh|Tadawul
Bourse de Casablanca|Casablanca|Casablanca Stock Exchange,Bourse des valeurs de Casablanca
BRVM|Abidjan|Bourse régionale des valeurs mobilières
Bourse de Tunis|Tunis|Tunis Stock Exchange
Johannesburg Stock Exchange|Johannesburg|JSE,Bourse de Johannesburg
Nigerian Exchange|Lagos|NGX,Nigerian Stock Exchange,Bourse de Lagos
Egyptian Exchange|Cairo|EGX,Bourse du Caire
Nairobi Securities Exchange|Nairobi|Bourse de Nairobi
Bolsa Mexicana de Valores|Mexico City|BMV,Mexican Stock Exchange,Bourse de Mexico
Santiago Stock Exchange|Santiago|Bolsa de Santiago,Bourse de Santiago
Taiwan Stock Exchange|Taipei|TWSE,Bourse de Taipei
Bursa Malaysia|Kuala Lumpur|Bourse de Kuala Lumpur
Stock Exchange of Thailand|Bangkok|Bourse de Bangkok
Indonesia Stock Exchange|Jakarta|IDX,Bourse de Jakarta
Philippine Stock Exchange|Manila|Bourse de Manille
Vienna Stock Exchange|Vienna|Wiener Börse,Bourse de Vienne
Athens Stock Exchange|Athens|Athex,Bourse d'Athènes
Borsa Istanbul|Istanbul|Bourse d'Istanbul,Istanbul Stock Exchange
Prague Stock Exchange|Prague|Bourse de Prague
Budapest Stock Exchange|Budapest|Bourse de Budapest
Luxembourg Stock Exchange|Luxembourg|Bourse de Luxembourg
NZX|Wellington|New Zealand Exchange,Bourse de Wellington
Dubai Financial Market|Dubai|DFM,Bourse de Dubaï,Nasdaq Dubai
Abu Dhabi Securities Exchange|Abu Dhabi|ADX,Bourse d'Abou Dhabi
Qatar Stock Exchange|Doha|Bourse de Doha
Cboe|Chicago|Cboe Global Markets,Chicago Board Options Exchange
Nasdaq First North|Stockholm|First North,First North Growth Market,Nasdaq First North Growth Market
Euronext Growth Oslo|Oslo|Euronext Expand,Merkur Market
Euronext Growth Brussels|Brussels|Euronext Growth Bruxelles
Euronext Growth Milan|Milan|AIM Italia,Euronext Growth Milano
Euronext Growth Dublin|Dublin|
Nasdaq Iceland|Reykjavik|Bourse de Reykjavik
Nasdaq Tallinn|Tallinn|Bourse de Tallinn
Nasdaq Riga|Riga|
Nasdaq Vilnius|Vilnius|
TSX Venture Exchange|Toronto|TSX Venture,TSX-V,TSXV
Canadian Securities Exchange|Toronto|CSE
Aquis Stock Exchange|London|Aquis,AQSE
Bucharest Stock Exchange|Bucharest|BVB,Bourse de Bucarest
Zagreb Stock Exchange|Zagreb|Bourse de Zagreb
Ljubljana Stock Exchange|Ljubljana|
Bulgarian Stock Exchange|Sofia|Bourse de Sofia
Beijing Stock Exchange|Beijing|Bourse de Pékin
ChiNext|Shenzhen|
Tokyo Stock Exchange Growth Market|Tokyo|TSE Growth,Mothers,TSE Mothers,Tokyo Growth Market
Colombia Stock Exchange|Bogotá|Bolsa de Valores de Colombia,BVC
Lima Stock Exchange|Lima|Bolsa de Valores de Lima,BVL
Buenos Aires Stock Exchange|Buenos Aires|BYMA,Bolsa de Buenos Aires,Bourse de Buenos Aires
Boursa Kuwait|Kuwait City|Kuwait Stock Exchange
Bahrain Bourse|Manama|
Muscat Stock Exchange|Muscat|
Amman Stock Exchange|Amman|
Pakistan Stock Exchange|Karachi|PSX
Dhaka Stock Exchange|Dhaka|
Colombo Stock Exchange|Colombo|
Ho Chi Minh Stock Exchange|Ho Chi Minh City|HOSE,HSX,Ho Chi Minh City Stock Exchange,Bourse de Hô Chi Minh-Ville
Hanoi Stock Exchange|Hanoi|HNX,Bourse de Hanoï
Kazakhstan Stock Exchange|Almaty|KASE
`;

const byForm = new Map<string, ExchangeEntry>();
const written: string[] = [];

for (const line of TABLE.split('\n')) {
  if (line.trim() === '') continue;
  const [name = '', city = '', alts = ''] = line.split('|');
  const entry = { name, city };
  for (const form of [name, ...alts.split(',')]) {
    const f = form.trim();
    if (f === '') continue;
    written.push(f);
    const key = fold(f);
    if (!byForm.has(key)) byForm.set(key, entry);
  }
}

/** "NYSE" → {name:'NYSE', city:'New York'}; "Bourse de Paris" → Euronext Paris. */
export function lookupExchange(text: string): ExchangeEntry | null {
  const key = fold(text).replace(/^(?:the |la |le |l')/, '');
  return byForm.get(key) ?? null;
}

/** First words (folded) of every exchange name: a cheap filter before a full lookup. */
export const EXCHANGE_FIRST_WORDS: ReadonlySet<string> = new Set(written.map((w) => fold(w).split(' ')[0] ?? ''));

/** Every written form, as the table writes it (for mention scanning). */
export function exchangeForms(): readonly string[] {
  return written;
}
