/**
 * Plans and hesitations: a sentence stops stating facts where a plan, hope or hesitation
 * begins, and what came before it stands. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { expansionRowsWithPartner as facts } from '../helpers/extract.js';

describe('plans and hesitations', () => {
  it('drops what is planned, weighed or given up', () => {
    expect(facts('Halvory opened a branch in Oslo in May and plans to open an office in Tokyo next year.', 'en')).toEqual(['Halvory | office | Oslo']);
    expect(facts('Brenmoor had weighed a listing in London but decided to stay private.', 'en')).toEqual([]);
    expect(facts("La société Quarvel prévoit par ailleurs une nouvelle usine à Nevers.", 'fr')).toEqual([]);
    expect(facts("Le fabricant Toliane renonce à son projet d'usine en Roumanie.", 'fr')).toEqual([]);
    expect(facts('Un temps évoquée, une seconde usine à Brest ne verra finalement pas le jour.', 'fr')).toEqual([]);
  });
  it('reads "prévoit de" with an infinitive of entry as a plan, and another infinitive as no plan of a place', () => {
    expect(facts("Le groupe Ostravel prévoit de s'implanter en Norvège l'an prochain.", 'fr')).toEqual([]);
    expect(facts("La jeune pousse Milvane prévoit d'y ouvrir un bureau.", 'fr')).toEqual([]);
    expect(facts("Ostravel a ouvert un bureau à Porto et prévoit de se lancer au Chili.", 'fr')).toEqual(['Ostravel | office | Porto']);
    expect(facts("Ostravel ouvre une agence à Gand et prévoit d'y recruter 40 ingénieurs.", 'fr')).toEqual(['Ostravel | office | Gand']);
    expect(facts("Milvane, qui prévoit de s'implanter au Chili, a ouvert un bureau à Madrid.", 'fr')).toEqual(['Milvane | office | Madrid']);
  });
  it('keeps what was stated before a hope', () => {
    expect(facts('Budget airline Skarlo will start flights to Morocco from May, as the carrier seeks to grow.', 'en')).toEqual(['Skarlo | market | Morocco']);
  });
  it('reads who expands in a purpose clause after a deal, not a word in an appositive', () => {
    expect(facts('Morvane Spirits, the Scotch whisky maker, has struck a distribution alliance with Kelbrook to expand into India.', 'en')).toEqual([
      'Morvane Spirits | partnership | India | Kelbrook',
      'Morvane Spirits | market | India',
    ]);
    expect(facts("Lumène a conclu un accord avec Parvis pour être distribuée en Espagne.", 'fr')).toContain('Lumène | market | Espagne');
  });
});

describe('a hesitation blocks only its own clause', () => {
  it('keeps a clause linked before it', () => {
    expect(facts('Brenmoor signed a supply agreement with Tolvik in May and has not ruled out a listing in Oslo.', 'en')).toEqual(['Brenmoor | partnership | — | Tolvik']);
    expect(facts("Quarvel a signé un accord de distribution avec Lenoa et n'a pas l'intention d'ouvrir un bureau à Lyon.", 'fr')).toEqual(['Quarvel | partnership | — | Lenoa']);
  });
  it('keeps a relative clause before it', () => {
    expect(facts('The retailer Halvory, which already operates in Austria and Hungary, looked at Chicago but decided against it.', 'en')).toEqual(['Halvory | market | Austria', 'Halvory | market | Hungary']);
    expect(facts("L'équipementier Toliane, qui a ouvert un centre de R&D à Porto, est toujours en discussions avec un investisseur.", 'fr')).toEqual(['Toliane | office | Porto']);
  });
  it('still drops a place studied and rejected, and a listing weighed in an aside', () => {
    expect(facts('A listing in Madrid had been studied and rejected, a spokesman said.', 'en')).toEqual([]);
    expect(facts('The company Brenmoor, which considered a listing in Amsterdam last year, is now in talks with buyers.', 'en')).toEqual([]);
  });
});

describe('a deal place stops at the next clause', () => {
  it('does not take a place from a linked clause', () => {
    expect(facts('Pellano, the Milan scooter operator, launched in Valencia this week in partnership with Torvia Telecom, and said it would enter Lisbon in May.', 'en')).toEqual([
      'Pellano | market | Valencia',
      'Pellano | partnership | Valencia | Torvia Telecom',
      'Pellano | market | Lisbon',
    ]);
  });
});

describe('offices that are no expansion', () => {
  it('drops plants and factories', () => {
    expect(facts('Le fabricant Brolin va construire une usine à Vierzon.', 'fr')).toEqual([]);
    expect(facts('Tessmark is building a production plant near Poznan and will open an engineering office in Lodz.', 'en')).toEqual(['Tessmark | office | Lodz']);
  });
  it('drops closed offices', () => {
    expect(facts("La biotech Brolin a annoncé la fermeture de son antenne de Nantes.", 'fr')).toEqual([]);
    expect(facts('Tessmark is closing its office in Leeds.', 'en')).toEqual([]);
  });
  it('drops an office named with the headquarters', () => {
    expect(facts("Le siège et le bureau d'études de Brolin resteront à Rennes.", 'fr')).toEqual([]);
    expect(facts('Its headquarters and main office stay in Leeds.', 'en')).toEqual([]);
  });
});

describe('"would" after a report', () => {
  it('reads what a company said it had done and would open, however far the verb', () => {
    const en = 'Lagos payments firm Tundopay said on Tuesday it had launched in Ghana and Kenya and would open an office in Nairobi this year.';
    expect(facts(en, 'en')).toEqual(['Tundopay | market | Ghana', 'Tundopay | market | Kenya', 'Tundopay | office | Nairobi']);
  });
  it('keeps a fact stated before "said the move would help"', () => {
    const en = 'Harwell Build, which is delivering the Leeds tram depot in a joint venture with Corrin Construction Ltd, said the hire would strengthen its bids.';
    expect(facts(en, 'en')).toEqual(['Harwell Build | partnership | Leeds | Corrin Construction Ltd']);
    expect(facts('Talvo opened an office in Oslo and said the move would help it win clients in Norway.', 'en')).toEqual(['Talvo | office | Oslo']);
  });
  it('still drops a plan reported with "would"', () => {
    expect(facts('Talvo said it would consider opening an office in Oslo.', 'en')).toEqual([]);
    expect(facts('Talvo would open an office in Oslo if the deal closes.', 'en')).toEqual([]);
  });
  it('drops a listing the company only aims at ("vise une introduction en Bourse", "is targeting a listing")', () => {
    expect(facts("La société emploie 85 personnes et vise une introduction en Bourse sur Euronext Growth d'ici trois ans.", 'fr')).toEqual([]);
    expect(facts('Talvo is targeting a listing on Nasdaq next year.', 'en')).toEqual([]);
  });
});

describe('places looked at and names led by a sector acronym', () => {
  it('reads no office in sites the company is looking at', () => {
    expect(facts('Chief executive Ana Souto said the group was also looking at sites in Madrid and Valencia.', 'en')).toEqual([]);
  });
  it('reads the name after a sector acronym and the next city after "et de"', () => {
    expect(facts("L'ESN Velanor accélère au Maroc. Le groupe emploie 900 personnes dans ses agences de Rabat et de Tanger.", 'fr')).toEqual([
      'Velanor | market | Maroc',
      'Velanor | office | Rabat',
      'Velanor | office | Tanger',
    ]);
  });
  it('drops a plan in the first person plural conditional ("nous pourrions ouvrir")', () => {
    expect(facts("« Nous pourrions ouvrir un bureau en Espagne d'ici deux ans », a déclaré le PDG de Corvane.", 'fr')).toEqual([]);
  });
});

describe('sites sold (round 20)', () => {
  it('leaves out an office or studio the company sells', () => {
    expect(facts('Quantry Games has sold its Lyon studio to a rival publisher.', 'en')).toEqual([]);
    expect(facts('Quantry Games is selling its Leeds and York offices.', 'en')).toEqual([]);
    expect(facts('Quantry Games sells games from its new Lyon studio.', 'en')).toEqual(['Quantry Games | office | Lyon']);
  });
});

describe('home city and places passed over (round 20)', () => {
  it('leaves out an office in the city the company is based or headquartered in', () => {
    expect(facts('Dorvik Ledger is a Boston-based fintech company. It has offices in Boston, Leeds and Perth.', 'en')).toEqual(['Dorvik Ledger | office | Leeds', 'Dorvik Ledger | office | Perth']);
    expect(facts('Dorvik Ledger, which is headquartered in Denver, has offices in Denver, Austin and Toronto.', 'en')).toEqual(['Dorvik Ledger | office | Austin', 'Dorvik Ledger | office | Toronto']);
    expect(facts('Headquartered in Denver, Dorvik Ledger has offices in Denver and Austin.', 'en')).toEqual(['Dorvik Ledger | office | Austin']);
    expect(facts('New York-based Dorvik Ledger has offices in New York and Boston.', 'en')).toEqual(['Dorvik Ledger | office | Boston']);
  });
  it('leaves out the places a company passed over', () => {
    expect(facts('Tamsin Foods chose Lyon over Bilbao for its new European hub.', 'en')).toEqual([]);
    expect(facts('Tamsin Foods picked Lisbon over Madrid and Porto for its first office outside the UK.', 'en')).toEqual([]);
  });
});

describe('planned places and link lists (round 20)', () => {
  it('leaves out places a relative clause says are planned', () => {
    expect(facts("Kai Moreno will oversee Tessaro Robotics's expansion into Chile and Peru, which it plans to enter next year.", 'en')).toEqual([]);
    expect(facts('Tessaro Robotics entered Chile, which it plans to use as a base for Latin America.', 'en')).toEqual(['Tessaro Robotics | market | Chile']);
    expect(facts('Tessaro Robotics launched in Spain, where it plans to open three offices.', 'en')).toEqual(['Tessaro Robotics | market | Spain']);
  });
  it('reads no fact from the headlines listed under "Read more:"', () => {
    const text = 'Tessaro Robotics opened an office in Turin.\n\nRead more:\nFive start-ups to watch\nBrellin opens new fulfilment centre in Leeds';
    expect(facts(text, 'en')).toEqual(['Tessaro Robotics | office | Turin']);
  });
});

describe('offices a company does not have (round 20)', () => {
  it('leaves out "has no office in" and "no longer has a … office"', () => {
    expect(facts('Morvik has no physical office in Japan.', 'en')).toEqual([]);
    expect(facts('Morvik no longer has a Leeds office.', 'en')).toEqual([]);
  });
});

describe('markets not (yet) entered (round 20)', () => {
  it('leaves out markets a company has yet to enter, failed to enter, awaits or aims at', () => {
    expect(facts('Velora Pay has yet to launch in Austria.', 'en')).toEqual([]);
    expect(facts('Velora Pay has not yet entered the Canadian market.', 'en')).toEqual([]);
    expect(facts('Velora Pay is not present in Belgium.', 'en')).toEqual([]);
    expect(facts('Velora Pay is still waiting for regulatory approval to launch in Kenya.', 'en')).toEqual([]);
    expect(facts("Velora Pay's entry into Peru was blocked by regulators.", 'en')).toEqual([]);
    expect(facts('Velora Pay failed to gain a foothold in Vietnam.', 'en')).toEqual([]);
    expect(facts("Velora Pay's ambition is to be present in 30 countries, including Greece.", 'en')).toEqual([]);
    expect(facts('Velora Pay opened an office in Lima; the cost was not yet disclosed.', 'en')).toEqual(['Velora Pay | office | Lima']);
  });
});
