/**
 * French implantations written in the past or the plural: "s'est implantée à X", "vient
 * d'entrer sur le marché X", subsidiaries a company has in several countries ("dispose de
 * filiales en Belgique et au Brésil"), and those it sells (no fact). Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('implantations in the past tense', () => {
  it('reads "s\'est implanté(e) à" a city as a market', () => {
    const rows = expansionRows("Le cabinet de recrutement Tarvenne s'est implanté à Genève et à Zurich.", 'fr');
    expect(rows).toContain('Tarvenne | market | Genève');
    expect(rows).toContain('Tarvenne | market | Zurich');
    expect(expansionRows("La fintech Oduvia s'est installée à Porto en 2024.", 'fr')).toContain('Oduvia | market | Porto');
  });
  it('reads "vient d\'entrer sur le marché" with a country adjective as a market', () => {
    expect(expansionRows("Le chausseur Pavoni vient d'entrer sur le marché britannique.", 'fr')).toContain('Pavoni | market | United Kingdom');
  });
});

describe('subsidiaries in countries', () => {
  it('reads subsidiaries a company has in several countries as markets', () => {
    const rows = expansionRows('Le groupe Dravelle possède des filiales aux États-Unis, au Brésil et en Inde.', 'fr');
    expect(rows).toEqual(['Dravelle | market | États-Unis', 'Dravelle | market | Brésil', 'Dravelle | market | Inde']);
    expect(expansionRows("L'entreprise Korvane, qui dispose de filiales en Belgique et en Suisse, recrute.", 'fr')).toContain('Korvane | market | Suisse');
  });
  it('reads subsidiaries sold as no fact', () => {
    expect(expansionRows("Dravelle a cédé l'an dernier ses filiales en Espagne et au Portugal.", 'fr')).toEqual([]);
    expect(expansionRows('Korvane annonce la vente de sa filiale au Brésil.', 'fr')).toEqual([]);
    expect(expansionRows('Korvane a liquidé ses filiales en Russie.', 'fr')).toEqual([]);
  });
});

describe('towns named with their article', () => {
  it('reads "à La Rochelle", "à La Roche-sur-Yon" and "et Le Havre" as the towns', () => {
    expect(expansionRows("L'agence d'intérim Travelio ouvre un bureau à La Rochelle.", 'fr')).toContain('Travelio | office | La Rochelle');
    expect(expansionRows('Travelio s\'implante à La Roche-sur-Yon.', 'fr')).toContain('Travelio | market | La Roche-sur-Yon');
    expect(expansionRows('Travelio ouvre des agences à Caen, Rouen et Le Havre.', 'fr')).toContain('Travelio | office | Le Havre');
  });
});

describe('the company named after the listing noun', () => {
  it('reads "l\'introduction en Bourse de X sur Y" as X listed, whoever the subject is', () => {
    expect(expansionRows("L'introduction en Bourse de Nuvelor sur Euronext Growth a permis de lever 45 millions d'euros.", 'fr')).toContain('Nuvelor | ipo | Euronext Growth');
    expect(expansionRows("La banque Brisquel a conseillé l'introduction en Bourse de Nuvelor sur Euronext Growth.", 'fr')).toEqual(['Nuvelor | ipo | Euronext Growth']);
  });
});

describe('plural company names', () => {
  it('reads the plural verbs of "Les Fromageries X s\'implantent au Canada"', () => {
    expect(expansionRows("Les Fromageries Kervadec s'implantent au Canada.", 'fr')).toContain('Fromageries Kervadec | market | Canada');
    expect(expansionRows('Les Laboratoires Delvenne se lancent en Italie.', 'fr')).toContain('Laboratoires Delvenne | market | Italie');
    expect(expansionRows('Les Éditions Brumaire débarquent au Japon.', 'fr')).toContain('Éditions Brumaire | market | Japon');
    expect(expansionRows('Les Fromageries Kervadec arrivent en tête du classement.', 'fr')).toEqual([]);
  });
});

describe('implantations told in the past and plans', () => {
  it('reads the pluperfect, the imperfect and "a fait ses débuts au"', () => {
    expect(expansionRows("Le cabinet Orlanne s'était lancé au Portugal en 2022.", 'fr')).toContain('Orlanne | market | Portugal');
    expect(expansionRows("Orlanne, qui s'implantait au Maroc en 2019, ouvre un bureau à Tunis.", 'fr')).toContain('Orlanne | market | Maroc');
    expect(expansionRows('Orlanne a fait ses débuts au Portugal en 2022.', 'fr')).toContain('Orlanne | market | Portugal');
    expect(expansionRows("Orlanne a étendu ses activités à l'Espagne.", 'fr')).toContain('Orlanne | market | Espagne');
  });
  it('reads "son implantation à" a city as a market', () => {
    expect(expansionRows('Orlanne confirme son implantation à Lisbonne.', 'fr')).toContain('Orlanne | market | Lisbonne');
  });
  it('reads a "projet d\'implantation" or "projet d\'ouverture" as a plan, no fact', () => {
    expect(expansionRows("Orlanne a dévoilé son projet d'implantation au Maroc.", 'fr')).toEqual([]);
    expect(expansionRows("Orlanne poursuit son projet d'ouverture d'un bureau à Lisbonne.", 'fr')).toEqual([]);
  });
});

describe('framework contracts', () => {
  it('reads "contrat-cadre" as a deal noun', () => {
    expect(expansionRows('Orlanne et Velmontis ont signé un contrat-cadre de trois ans.', 'fr')).toContain('Orlanne | partnership | —');
  });
});

describe('more kinds of outlets', () => {
  it('reads clubs, gyms, nurseries, schools and cinema complexes opened in a place as markets', () => {
    expect(expansionRows("Le réseau de fitness Tonivo vient d'ouvrir ses deux premiers clubs en Espagne.", 'fr')).toContain('Tonivo | market | Espagne');
    expect(expansionRows('Tonivo ouvre une salle de sport à Nantes.', 'fr')).toContain('Tonivo | market | Nantes');
    expect(expansionRows('La chaîne de crèches Bambinelle ouvre trois crèches à Lille.', 'fr')).toContain('Bambinelle | market | Lille');
    expect(expansionRows('Le groupe Savéduc ouvre une école à Casablanca.', 'fr')).toContain('Savéduc | market | Casablanca');
  });
  it('reads no outlet where nothing opens', () => {
    expect(expansionRows('Le patron de Tonivo a présenté ses résultats dans une salle comble à Paris.', 'fr')).toEqual([]);
    expect(expansionRows('Tonivo, qui compte 40 clubs en France, recrute 200 coachs.', 'fr')).toEqual([]);
  });
});

describe('a person who moves', () => {
  it('reads no market when the subject of the entry verb is a person', () => {
    const text = 'Le groupe Morvenac a nommé Paul Vaudrec directeur général. Paul Vaudrec était arrivé à Lyon en 2015.';
    expect(expansionRows(text, 'fr')).toEqual([]);
    expect(expansionRows('Le groupe Morvenac a nommé Paul Vaudrec directeur général. Ce dernier s\'est installé à Lyon avec sa famille.', 'fr')).toEqual([]);
  });
  it('still reads the company announced by a person', () => {
    expect(expansionRows('Paul Vaudrec annonce que Morvenac arrive en Espagne.', 'fr')).toContain('Morvenac | market | Espagne');
  });
});

describe('subsidiaries sold, in either language', () => {
  it('reads a subsidiary sold in a country or a city as no fact', () => {
    expect(expansionRows('Halvane sold its subsidiary in Madrid last year.', 'en')).toEqual([]);
    expect(expansionRows('Halvane sold its subsidiaries in Spain and Portugal.', 'en')).toEqual([]);
  });
  it('still reads the subsidiaries a company sells through', () => {
    expect(expansionRows('Halvane vend ses produits via ses filiales en Espagne et au Portugal.', 'fr')).toContain('Halvane | market | Portugal');
  });
});
