/**
 * Partnerships and markets in forms the rules missed: a company read as a person, a short
 * name, a region named with "region", allied participles, a consortium ("aux côtés de"),
 * selling, launching and subsidiaries in a country. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts, expansionRowsWithPartner as withPartner } from '../helpers/extract.js';

describe('who makes the deal', () => {
  it('reads a name before a title and its holder as the company', () => {
    const en = "Tarvik Freight Chief Executive Warren Pell is stepping down after 11 years. Pell joined Tarvik in 2014. The Denver-based company also formed a joint venture with Mexico's Grupo Ralda to run cross-border routes from Monterrey.";
    expect(withPartner(en, 'en')).toEqual(['Tarvik Freight | partnership | Monterrey | Grupo Ralda']);
  });
  it('keeps the short name a sentence gives a company named in full before', () => {
    const en = 'Halden Brook Capital names Jo Pike head of Asia, opens Dubai office. Halden Brook has also agreed a distribution partnership with Banco Orvel.';
    expect(withPartner(en, 'en')).toEqual(['Halden Brook Capital | office | Dubai', 'Halden Brook | partnership | — | Banco Orvel']);
  });
});

describe('deal forms', () => {
  it('places a deal in "the X region"', () => {
    const en = "Norvale also said it had agreed to form a joint venture with Chile's Minera Valtro to develop a copper project in the Atacama region.";
    expect(withPartner(en, 'en')).toEqual(['Norvale | partnership | Atacama | Minera Valtro']);
  });
  it('reads "allié à" and "s\'est aussi alliée à"', () => {
    const a = 'Ali Benz est directeur Afrique d\'Helvan, le développeur solaire espagnol allié depuis 2023 au français Voltar.';
    expect(withPartner(a, 'fr')).toEqual(['Helvan | partnership | — | Voltar']);
    const b = "Vireo Santé, qui vient d'ouvrir un bureau à Munich, s'est aussi alliée au distributeur allemand Kessler Pharma.";
    expect(withPartner(b, 'fr')).toEqual(['Vireo Santé | office | Munich', 'Vireo Santé | partnership | — | Kessler Pharma']);
  });
  it('reads a concession won "aux côtés de" a partner as a consortium', () => {
    const fr = "Jo Pike rejoint Aéroval. Il accompagnera l'implantation du groupe au Portugal, où Aéroval a remporté la concession de l'aéroport de Faro aux côtés du portugais Montexa.";
    expect(withPartner(fr, 'fr')).toEqual(['Aéroval | market | Portugal', 'Aéroval | partnership | Portugal | Montexa']);
    expect(withPartner('Jo Pike will work alongside Ana Ruiz at Aéroval.', 'en')).toEqual([]);
  });
});

describe('market forms', () => {
  it('reads selling and launching in a country', () => {
    expect(facts('Skival, qui commercialise ses skis au Japon depuis 2023, ouvre une boutique à Denver.', 'fr')).toEqual(['Skival | market | Japon', 'Skival | market | Denver']);
    expect(facts("Jo Pike rejoint Pawly. La start-up parisienne, lancée en Belgique l'an dernier, débarque en Italie.", 'fr')).toEqual(['Pawly | market | Belgique', 'Pawly | market | Italie']);
    const en = 'Nairobi-based startup Kilio has partnered with Safaricom to launch a same-day delivery service in Kenya and Uganda.';
    expect(withPartner(en, 'en')).toEqual(['Kilio | partnership | Kenya | Safaricom', 'Kilio | market | Uganda']);
  });
  it('reads a first store in a town, and an entry funded by the proceeds', () => {
    expect(facts('Pryor & Wren, the department store chain, has hired Jo Pike, who will oversee the opening of its first store outside Britain, in Cork, in November.', 'en')).toEqual(['Pryor & Wren | market | Cork']);
    const en = "Shares of Kalvo jumped. Its chief executive, Jo Pike, said the proceeds would fund the company's entry into the United Arab Emirates, where it will open an office in Dubai next year.";
    expect(facts(en, 'en')).toEqual(['Kalvo | market | United Arab Emirates', 'Kalvo | office | Dubai']);
  });
  it('reads a new subsidiary named by its country as a market, not one bought', () => {
    expect(facts('Le groupe Velmar confie la direction de sa nouvelle filiale espagnole, Velmar Iberia, à Ana Ruiz.', 'fr')).toEqual(['Velmar | market | Spain']);
    expect(facts('Velmar has set up a Spanish subsidiary.', 'en')).toEqual(['Velmar | market | Spain']);
    expect(facts("Velmar bought Tarvo's Spanish subsidiary.", 'en')).toEqual([]);
  });
});

describe('a company described at the start of the sentence', () => {
  it('reads the name closing "L\'enseigne de … X" as the company, and a study as no fact', () => {
    const fr = "L'enseigne de cuisine vietnamienne Pho Minh pousse ses pions en Belgique avec trois restaurants à Liège. L'enseigne étudie également une implantation aux Pays-Bas.";
    expect(facts(fr, 'fr')).toEqual(['Pho Minh | market | Belgique', 'Pho Minh | market | Liège']);
  });
});

describe('selling in a country as the purpose of a deal', () => {
  it('reads "pour commercialiser … en X", "to sell … in X" and "seront commercialisés au X"', () => {
    expect(facts("Le groupe Ferval a signé avec l'allemand Kessner un accord pour commercialiser ses onduleurs en Pologne.", 'fr')).toContain('Ferval | market | Pologne');
    expect(facts('Payroll startup Tessly has signed a partnership with Orbital Pay to sell its software to small employers in Italy.', 'en')).toContain('Tessly | market | Italy');
    expect(facts('Les fromages de la coopérative Alpivert seront commercialisés au Japon par le distributeur Osaki.', 'fr')).toContain('Alpivert | market | Japon');
  });
  it('does not read selling a stake as a market', () => {
    expect(facts('Tessly agreed to sell its stake in Italy to Orbital Pay.', 'en')).not.toContain('Tessly | market | Italy');
  });
});
