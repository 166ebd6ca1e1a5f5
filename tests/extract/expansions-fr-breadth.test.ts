/**
 * French expansion phrasings beyond the common verbs: listings said as a first session, an
 * entry or an admission to trading on a named exchange; intentions ("compte s'implanter"),
 * renouncements and doors left open, which state no fact. Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows, expansionRowsWithPartner } from '../helpers/extract.js';

describe('listings', () => {
  it('reads a first session on an exchange, under a rubric opener', () => {
    const rows = expansionRows("Premiers pas réussis pour Kalvo. Le spécialiste de l'eau a vu son titre bondir pour sa première séance sur Euronext Growth Paris.", 'fr');
    expect(rows).toEqual(['Kalvo | ipo | Euronext Growth Paris']);
  });
  it('reads an entry with a time word before the exchange', () => {
    expect(expansionRows('Kalvo a fait son entrée jeudi à la Bourse de Casablanca.', 'fr')).toContain('Kalvo | ipo | Bourse de Casablanca');
  });
  it('reads "son introduction à la X" and an admission to trading', () => {
    expect(expansionRows('Kalvo a réussi son introduction à la BRVM, en cédant 20 % du capital.', 'fr')).toContain('Kalvo | ipo | BRVM');
    expect(expansionRows('La foncière Kalvo a été admise aux négociations sur Euronext Access.', 'fr')).toContain('Kalvo | ipo | Euronext Access');
  });
  it('reads "Introduite <day> sur X" without taking the participle for a company', () => {
    expect(expansionRows('Introduite mercredi sur Euronext Paris, la biotech Kalvo a bondi de 9 %.', 'fr')).toEqual(['Kalvo | ipo | Euronext Paris']);
  });
  it('reads a second exchange after an aside', () => {
    const rows = expansionRows("Le laboratoire Kalvo, coté sur Euronext Paris et, sous forme d'ADS, au Nasdaq, touchera des redevances.", 'fr');
    expect(rows).toContain('Kalvo | ipo | Nasdaq');
  });
});

describe('intentions and renouncements', () => {
  it('reads "compte (aussi) + infinitive" as a plan', () => {
    expect(expansionRows("Le réseau de cliniques Kalvo compte aussi s'implanter à Dakar.", 'fr')).toEqual([]);
    expect(expansionRows("Sa directrice compte utiliser le produit de l'opération pour ouvrir un centre de R&D à Pune.", 'fr')).toEqual([]);
  });
  it('still counts shops after "compte" with a number', () => {
    expect(expansionRows('Le groupe Kalvo compte 22 magasins et ouvre un bureau à Madrid.', 'fr')).toContain('Kalvo | office | Madrid');
  });
  it('reads "a renoncé à s\'implanter" and a door left open as no fact', () => {
    expect(expansionRows("Le groupe Kalvo, qui a renoncé à s'implanter en Pologne, construit une usine.", 'fr')).toEqual([]);
    expect(expansionRows("La licorne Kalvo n'a pas fermé la porte à une cotation à New York.", 'fr')).toEqual([]);
  });
});

describe('markets', () => {
  it('reads "à l\'assaut des", "s\'attaque à" and an app that "fonctionne à"', () => {
    expect(expansionRows("La chaîne Brovel part à l'assaut des Pays-Bas.", 'fr')).toContain('Brovel | market | Pays-Bas');
    const rows = expansionRows("La start-up Vadolo s'attaque à l'Allemagne : son appli fonctionne depuis lundi à Munich et à Brême.", 'fr');
    expect(rows).toEqual(expect.arrayContaining(['Vadolo | market | Allemagne', 'Vadolo | market | Munich', 'Vadolo | market | Brême']));
  });
  it('reads places served ("desservir", "desservent", "servira")', () => {
    expect(expansionRows("L'opérateur Trenvo fera rouler ses trains avant de desservir Amsterdam au printemps.", 'fr')).toContain('Trenvo | market | Amsterdam');
    const rows = expansionRows("Transports Merlo étend ses activités à l'Espagne, où ses camions desservent désormais la Catalogne et l'Aragon.", 'fr');
    expect(rows).toEqual(expect.arrayContaining(['Transports Merlo | market | Espagne', 'Transports Merlo | market | Catalogne', 'Transports Merlo | market | Aragon']));
  });
  it('reads a warehouse that serves countries as an office and markets, not offices there', () => {
    const rows = expansionRows("Le e-commerçant Vracly met en service un entrepôt à Colmar. Le site servira l'Allemagne et la Suisse.", 'fr');
    expect(rows).toEqual(expect.arrayContaining(['Vracly | office | Colmar', 'Vracly | market | Allemagne', 'Vracly | market | Suisse']));
    expect(rows.some((r) => r.includes('office | Allemagne'))).toBe(false);
  });
  it('reads "déjà distribué en pharmacie en X" and "propose ses offres en X"', () => {
    expect(expansionRows('Le laboratoire Dermova, déjà distribué en pharmacie en Espagne et en Italie, a levé 9 millions.', 'fr')).toEqual(['Dermova | market | Espagne', 'Dermova | market | Italie']);
    expect(expansionRows("L'hébergeur Nuvo propose depuis septembre ses offres en Roumanie.", 'fr')).toEqual(['Nuvo | market | Roumanie']);
  });
  it('reads places written with lowercase words and a second region after "et du"', () => {
    expect(expansionRows('Le studio Ondaly arrive en Suisse romande.', 'fr')).toEqual(['Ondaly | market | Suisse romande']);
    expect(expansionRows('Le fabricant Padelo débarque aux Émirats arabes unis.', 'fr')).toEqual(['Padelo | market | Émirats arabes unis']);
    expect(expansionRows('Le fromager Brunelle part à la conquête du Vermont et du Maine.', 'fr')).toEqual(['Brunelle | market | Vermont', 'Brunelle | market | Maine']);
  });
});

describe('offices', () => {
  it('reads a studio with a qualifier before "à", not a joint lab', () => {
    expect(expansionRows('Pixelo ouvre un petit studio satellite à Kyoto.', 'fr')).toEqual(['Pixelo | office | Kyoto']);
    expect(expansionRows('Pixelo et Orvane travailleront au sein d\'un laboratoire commun à Pau.', 'fr').some((r) => r.includes('office'))).toBe(false);
  });
  it('reads a centre installed in a ", où" clause as the office, not a market', () => {
    expect(expansionRows("L'éditeur Sentix s'implante à Montréal, où il installe un centre de R&D.", 'fr')).toEqual(['Sentix | office | Montréal']);
  });
});

describe('more places, shops and operating cities', () => {
  it('knows more cities (Croatia, the Netherlands, Tunisia, French overseas prefectures)', () => {
    expect(expansionRows('La compagnie Volaro lancera dès mars des vols vers Split et Monastir.', 'fr')).toEqual(['Volaro | market | Split', 'Volaro | market | Monastir']);
    expect(expansionRows('Le constructeur Batilo ouvre deux agences outre-mer, à Cayenne et à Mamoudzou.', 'fr')).toEqual(['Batilo | office | Cayenne', 'Batilo | office | Mamoudzou']);
  });
  it('reads shops that open after a time phrase', () => {
    const rows = expansionRows("La chaîne Frito part à l'assaut des Pays-Bas : trois restaurants ouvriront d'ici décembre à Tilburg et Breda.", 'fr');
    expect(rows).toEqual(['Frito | market | Pays-Bas', 'Frito | market | Tilburg', 'Frito | market | Breda']);
  });
  it('reads cities said to be operational as markets', () => {
    const rows = expansionRows('La plateforme Motogo conquiert le Bénin. « Abidjan et Dakar sont opérationnels depuis lundi », se réjouit son directeur général.', 'fr');
    expect(rows).toEqual(expect.arrayContaining(['Motogo | market | Abidjan', 'Motogo | market | Dakar']));
  });
});

describe('deals', () => {
  it('reads a "protocole (d\'accord)" as a deal, placed "autour de" an unknown town', () => {
    expect(expansionRowsWithPartner("Le gazier Gazelo et Sonatrix ont signé un protocole d'accord pour développer une filière d'hydrogène autour de Tamarit.", 'fr')).toEqual(['Gazelo | partnership | Tamarit | Sonatrix']);
    expect(expansionRowsWithPartner('Hydrelo a signé avec Vopex un protocole pour construire un électrolyseur aux Pays-Bas.', 'fr')).toEqual(['Hydrelo | partnership | Pays-Bas | Vopex', 'Hydrelo | market | Pays-Bas']);
  });
});

describe('licences and districts', () => {
  it('reads an operating licence won in a place as a market there', () => {
    expect(expansionRows('La banque Corvel a obtenu une licence bancaire à Doha.', 'fr')).toEqual(['Corvel | market | Doha']);
    expect(expansionRows("L'opérateur Telvo a décroché une licence 4G au Niger.", 'fr')).toEqual(['Telvo | market | Niger']);
  });
  it('takes a named district starting with a city as the office place, as written', () => {
    const rows = expansionRows('La banque Corvel a obtenu une licence bancaire à Dubaï et ouvre un bureau au Dubai International Financial Centre.', 'fr');
    expect(rows).toEqual(['Corvel | market | Dubaï', 'Corvel | office | Dubai International Financial Centre']);
  });
});
