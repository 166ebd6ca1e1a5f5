/**
 * Market phrasings the cue lists missed and shop openings that go on past the first one.
 * Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows as facts } from '../helpers/extract.js';

describe('market cues', () => {
  it('reads a cue with an adverb after its first word', () => {
    expect(facts("La foodtech Mirabel recrute. Elle fait aussi son entrée en Autriche.", 'fr')).toEqual(['Mirabel | market | Autriche']);
    expect(facts("Le studio Korvane renforce par ailleurs sa présence au Canada.", 'fr')).toEqual(['Korvane | market | Canada']);
  });
  it('reads trading in, entry into, first step and selling its goods', () => {
    expect(facts('Swedish furniture chain Trälund already trades in Finland and Estonia.', 'en')).toEqual(['Trälund | market | Finland', 'Trälund | market | Estonia']);
    expect(facts('Pelcro announced its entry into Brazil.', 'en')).toEqual(['Pelcro | market | Brazil']);
    expect(facts("Le groupe Verdal ouvre une agence à Porto, son premier pas au Portugal.", 'fr')).toEqual(['Verdal | office | Porto', 'Verdal | market | Portugal']);
    expect(facts('Tarnic, based in Lyon, sells its scanners in Japan.', 'en')).toEqual(['Tarnic | market | Japan']);
  });
  it('reads "where it launched" as a market', () => {
    expect(facts('Payments app Zolla signed a deal with Visa in Chile, where it launched in 2024.', 'en')).toContain('Zolla | market | Chile');
  });
  it('does not read a supply agreement with a foreign partner as selling there', () => {
    expect(facts("Renwick has signed a battery supply agreement with Korea's Hanvo in Leipzig.", 'en')).toEqual(['Renwick | partnership | Leipzig']);
  });
});

describe('who acts in a "where" clause', () => {
  it('is the subject before ", où il"', () => {
    const fr = "Olivia Mercier quitte Brumel pour rejoindre Castor Games. Castor Games renforce sa présence en Espagne, où il ouvrira un studio à Valence.";
    expect(facts(fr, 'fr')).toEqual(['Castor Games | market | Espagne', 'Castor Games | office | Valence']);
  });
});

describe('the focus of a text whose people join it', () => {
  it('stays the company someone joined', () => {
    const fr = "Marc Olier, directeur général de la fintech Sorbel, laisse sa place à Inès Caro. Mme Caro a travaillé chez Qonto avant de rejoindre Sorbel en 2020. La start-up, qui vient de se lancer en Grèce, compte 80 salariés.";
    expect(facts(fr, 'fr')).toEqual(['Sorbel | market | Grèce']);
  });
});

describe('shops', () => {
  it('reads branches and a flagship after a first store, past a street name', () => {
    const en = 'Dutch bakery chain Broodhuis will open its first store on Baker Street in Bristol in May, followed by branches in Leeds and Glasgow.';
    expect(facts(en, 'en')).toEqual(['Broodhuis | market | Bristol', 'Broodhuis | market | Leeds', 'Broodhuis | market | Glasgow']);
  });
  it('keeps a bank branch an office', () => {
    expect(facts('Talvik Bank opened a branch in Riga.', 'en')).toEqual(['Talvik Bank | office | Riga']);
  });
});

describe('a town after "à" in an opening description', () => {
  it('is no company', () => {
    const fr = "Le groupe Ondéo ouvrira un centre d'essais à Port-Saint-Loup et une antenne à Brême.";
    expect(facts(fr, 'fr')).toEqual(['Ondéo | office | Port-Saint-Loup', 'Ondéo | office | Brême']);
  });
});

describe('selling in a country, whatever the object', () => {
  it('reads a selling verb, its object and the country', () => {
    expect(facts('La medtech Sorbel, qui commercialise déjà son tensiomètre connecté en Belgique, recrute.', 'fr')).toEqual(['Sorbel | market | Belgique']);
    expect(facts('Lendora, which already lends in Portugal, hired a new chief risk officer.', 'en')).toEqual(['Lendora | market | Portugal']);
  });
  it('reads a product "sold in" countries', () => {
    expect(facts('La marque Sorbel Sport est vendue en Suisse et en Autriche depuis 2023. Sorbel Sport recrute.', 'fr')).toEqual(['Sorbel Sport | market | Suisse', 'Sorbel Sport | market | Autriche']);
  });
  it('leaves out selling a part of the company', () => {
    expect(facts('Le groupe Sorbel vend sa filiale en Belgique.', 'fr')).toEqual([]);
    expect(facts('Lendora sells its stake in Portugal.', 'en')).toEqual([]);
  });
});

describe('air and sea links opened to a place', () => {
  it('reads flights launched to a city or country', () => {
    expect(facts('La compagnie Azurelle lancera en mai des vols vers Dakar.', 'fr')).toEqual(['Azurelle | market | Dakar']);
    expect(facts('The carrier Skyrinth, which began flying to Portugal this year, hired a new CFO.', 'en')).toEqual(['Skyrinth | market | Portugal']);
  });
  it('leaves a person moving or flying somewhere alone', () => {
    expect(facts('Jo Pike, finance director of Velmo UK, will move to Hamburg in the summer.', 'en')).toEqual([]);
    expect(facts('Jo Pike, the chief executive of Velmo, flew to Lisbon for talks.', 'en')).toEqual([]);
  });
});

describe('more English ways to enter a market', () => {
  it('reads serving customers, shipping to, shelves and debuts in a city', () => {
    expect(facts('Payvo will begin serving customers in Chile next quarter.', 'en')).toEqual(['Payvo | market | Chile']);
    expect(facts('Courio began serving Quito this week.', 'en')).toEqual(['Courio | market | Quito']);
    expect(facts('Maple maker Velmo Farms has started shipping to Japan.', 'en')).toEqual(['Velmo Farms | market | Japan']);
    expect(facts('Crisp maker Velmo Snacks is now on shelves across Portugal.', 'en')).toEqual(['Velmo Snacks | market | Portugal']);
    expect(facts('Bike service Velmo debuts in Oslo in May.', 'en')).toEqual(['Velmo | market | Oslo']);
  });
  it('reads an operating licence won in a country', () => {
    expect(facts('Payvo has won an electronic money licence in Kenya.', 'en')).toEqual(['Payvo | market | Kenya']);
    expect(facts('Payvo has lost its licence in Kenya.', 'en')).toEqual([]);
  });
});

describe('a debut in a country and a city', () => {
  it('reads "its U.S. debut in Houston" as both markets', () => {
    expect(facts('Mexico City taqueria chain Velmo Tacos makes its U.S. debut in Houston on Friday.', 'en')).toEqual(['Velmo Tacos | market | U.S', 'Velmo Tacos | market | Houston']);
  });
});

describe('exports and plans', () => {
  it('reads exporting to a country as a market', () => {
    const fr = "La coopérative Laitval, qui exporte un tiers de sa poudre de lait en Chine, recrute.";
    expect(facts(fr, 'fr')).toEqual(['Laitval | market | Chine']);
    const en = 'Brackley Dairies named Jo Smith sales director. Brackley, which now exports to the UAE, is growing.';
    expect(facts(en, 'en')).toEqual(['Brackley | market | UAE']);
  });
  it('gives nothing for a launch being prepared or a move being weighed', () => {
    expect(facts('Spanish fintech Cobrix, which is live in Portugal, is preparing a launch in Mexico.', 'en')).toEqual(['Cobrix | market | Portugal']);
    expect(facts("La société Velonia réfléchit à une implantation aux États-Unis.", 'fr')).toEqual([]);
  });
});

describe('running a business in a country', () => {
  it('reads operating sites or subsidiaries in a country as a market', () => {
    expect(facts('Port operator Dalvik Terminals operates container terminals in Egypt.', 'en')).toEqual(['Dalvik Terminals | market | Egypt']);
    expect(facts('Lagos lender Orun Bank operates subsidiaries in Ghana and Senegal.', 'en')).toEqual(['Orun Bank | market | Ghana', 'Orun Bank | market | Senegal']);
    expect(facts("Le groupe Vennor, qui exploite des parcs éoliens au Portugal, recrute.", 'fr')).toEqual(['Vennor | market | Portugal']);
  });
  it('does not read hotels run in France as a market of a French article', () => {
    expect(facts("Le groupe Vennor, qui exploite 35 hôtels en France, recrute.", 'fr')).toEqual([]);
  });
});

describe("a place's share of the business", () => {
  it('reads "représente X % de nos ventes" and "pèse un quart de nos clients" as a market', () => {
    expect(facts("Le fabricant lillois Ardano ouvre une succursale à Gand. « La Flandre représente déjà 12 % de nos ventes », précise sa directrice.", 'fr')).toEqual(['Ardano | office | Gand', 'Ardano | market | Flandre']);
    expect(facts("Le studio Korvane embauche. « L'Allemagne pèse désormais un quart de nos clients », explique son fondateur.", 'fr')).toEqual(['Korvane | market | Allemagne']);
    expect(facts('La marque Tessane nomme un directeur général. Les États-Unis représentent déjà 20 % de ses ventes.', 'fr')).toEqual(['Tessane | market | États-Unis']);
  });
  it('reads "réalise X % de son activité en"', () => {
    expect(facts('Le groupe Varnel réalise désormais 15 % de son activité en Suisse.', 'fr')).toEqual(['Varnel | market | Suisse']);
  });
  it('reads a share of turnover "aux" a plural country, and the country singled out of an export share', () => {
    expect(facts("La maison Odrelle, qui réalise 30 % de son chiffre d'affaires aux Pays-Bas, recrute.", 'fr')).toEqual(['Odrelle | market | Pays-Bas']);
    expect(facts("La fromagerie Brunac réalise 40 % de son chiffre d'affaires à l'export, dont un quart en Corée du Sud.", 'fr')).toEqual(['Brunac | market | Corée du Sud']);
    expect(facts("Le fabricant Tarvel réalise la moitié de ses ventes à l'international, dont 15 % au Mexique.", 'fr')).toEqual(['Tarvel | market | Mexique']);
    // An export share alone names no market.
    expect(facts("La fromagerie Brunac réalise 40 % de son chiffre d'affaires à l'export.", 'fr')).toEqual([]);
  });
  it('reads "accounts for a fifth of revenue", naming the company as the where clause does', () => {
    expect(facts('Shenzhen robot maker Velko Robotics listed in Hong Kong. Germany, where Velko is the top-selling brand, accounts for a fifth of revenue, its chairman said.', 'en')).toContain('Velko | market | Germany');
    expect(facts('Orvane hired a new CFO. Japan already represents 30% of its sales.', 'en')).toEqual(['Orvane | market | Japan']);
  });
  it('does not read a share of staff or of a plant as a market', () => {
    expect(facts("Le groupe Varnel recrute. L'Espagne représente 30 % de ses effectifs.", 'fr')).toEqual([]);
  });
});

describe('shops in cities of a country given as an adjective', () => {
  it('gives one market per city and none for the country', () => {
    expect(facts("La marque Velorde a ouvert l'automne dernier ses deux premiers magasins belges, à Liège et à Namur.", 'fr')).toEqual(['Velorde | market | Liège', 'Velorde | market | Namur']);
    expect(facts('Le chausseur Pradel traverse la frontière : ses deux premières boutiques françaises ouvrent samedi à Annecy et à Chambéry.', 'fr')).toEqual(['Pradel | market | Annecy', 'Pradel | market | Chambéry']);
    expect(facts('Bakery chain Broodhuis opened its first Belgian stores in Ghent and Antwerp.', 'en')).toEqual(['Broodhuis | market | Ghent', 'Broodhuis | market | Antwerp']);
  });
  it('keeps the country when no city of it is named', () => {
    expect(facts('La marque Velorde ouvre ses premiers magasins belges.', 'fr')).toEqual(['Velorde | market | Belgium']);
  });
});

describe('the market ranked behind a quoted one', () => {
  it('reads "devant" and "ahead of" after "our second market"', () => {
    expect(facts("« L'Autriche est devenue notre quatrième marché, devant le Danemark », note le fondateur de Vantelo.", 'fr')).toEqual(['Vantelo | market | Autriche', 'Vantelo | market | Danemark']);
    expect(facts('"Mexico has become our third market, ahead of Chile," the founder of Norvapay told reporters.', 'en')).toEqual(['Norvapay | market | Mexico', 'Norvapay | market | Chile']);
  });
  it('reads the markets ranked before a quoted one ("derrière", "behind"), past "à l\'export"', () => {
    expect(facts("« La Suisse est notre deuxième marché à l'export, derrière la Belgique et l'Autriche », dit la directrice de Corvane.", 'fr')).toEqual(['Corvane | market | Suisse', 'Corvane | market | Belgique', 'Corvane | market | Autriche']);
    expect(facts('"Spain is our second export market, behind Portugal," said Corvane.', 'en')).toEqual(['Corvane | market | Spain', 'Corvane | market | Portugal']);
    // A rank without a market noun ranks nothing.
    expect(facts("« La Suisse est notre deuxième priorité, derrière la Belgique », dit Corvane.", 'fr')).toEqual([]);
  });
});
