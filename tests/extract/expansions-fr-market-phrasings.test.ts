/**
 * French (and English) ways of saying a firm enters or works in a country: "une arrivée en
 * Suisse", "fait son entrée sur le marché japonais" (a market, not a listing), "s'attaque au
 * marché chinois", "étend son réseau à la Belgique", "présente dans cinq pays, dont l'Allemagne",
 * "present in five countries, including Germany". Sentences of our own.
 */
import { describe, expect, it } from 'vitest';
import { expansionRows } from '../helpers/extract.js';

describe('market phrasings (fr)', () => {
  it('reads an arrival noun and a network extended to a country', () => {
    expect(expansionRows("Wattéo accélère à l'international avec une arrivée en Suisse.", 'fr')).toEqual(['Wattéo | market | Suisse']);
    expect(expansionRows('Velorio étend son réseau à la Belgique.', 'fr')).toEqual(['Velorio | market | Belgique']);
  });
  it('reads a market named by its adjective after the market noun, not a listing', () => {
    expect(expansionRows('Le groupe Vardel fait son entrée sur le marché japonais.', 'fr')).toEqual(['Vardel | market | Japan']);
    expect(expansionRows("Le fabricant de cosmétiques Maelis s'attaque au marché chinois.", 'fr')).toEqual(['Maelis | market | China']);
    expect(expansionRows('Vardel fait son entrée sur le marché Euronext Growth.', 'fr')).toEqual(['Vardel | ipo | Euronext Growth']);
  });
  it('reads the countries singled out of a count', () => {
    expect(expansionRows("La plateforme Mobilis est désormais présente dans cinq pays, dont l'Allemagne et l'Autriche.", 'fr')).toEqual(['Mobilis | market | Allemagne', 'Mobilis | market | Autriche']);
    expect(expansionRows('Mobilis is now present in five countries, including Germany and Austria.', 'en')).toEqual(['Mobilis | market | Germany', 'Mobilis | market | Austria']);
  });
  it('reads an adverb after a reflexive verb and a gerund whose doer is the clause subject', () => {
    expect(expansionRows("Vardel s'attaque aussi à l'Italie.", 'fr')).toEqual(['Vardel | market | Italie']);
    expect(expansionRows("Vardel s'implante désormais en Suisse.", 'fr')).toEqual(['Vardel | market | Suisse']);
    expect(expansionRows("Brisal a grandi vite, en reprenant l'allemand Kroner Bau puis en s'implantant au Canada.", 'fr')).toEqual(['Brisal | market | Canada']);
  });
});

describe('exports and entries told with a noun (fr)', () => {
  it('reads an export share with an adverb, a shipping verb and the exports noun', () => {
    expect(expansionRows('Le Domaine Sarvel exporte 70 % de ses vins, surtout vers la Chine et le Japon.', 'fr')).toEqual(['Domaine Sarvel | market | Chine', 'Domaine Sarvel | market | Japon']);
    expect(expansionRows('La brasserie Korvane expédie ses fûts vers le Japon depuis 2021.', 'fr')).toEqual(['Korvane | market | Japon']);
    expect(expansionRows('Ses exportations vers la Corée du Sud ont doublé, indique la distillerie Ambrel.', 'fr')).toEqual(['Ambrel | market | Corée du Sud']);
    expect(expansionRows('Les exportations de la fromagerie Vaudrin vers les États-Unis ont doublé en deux ans.', 'fr')).toEqual(['Vaudrin | market | États-Unis']);
  });
  it('leaves stopped exports and national trade figures alone', () => {
    expect(expansionRows('Le groupe Korvane a suspendu ses exportations vers la Russie.', 'fr')).toEqual([]);
    expect(expansionRows('Les exportations françaises vers la Chine ont reculé, selon les douanes.', 'fr')).toEqual([]);
  });
  it('reads "l\'arrivée au" and "sa percée aux" as entries, not a person arriving or a prepared arrival', () => {
    expect(expansionRows("L'enseigne Tovaro détaille ses projets : l'arrivée au Danemark et dix ouvertures.", 'fr')).toEqual(['Tovaro | market | Danemark']);
    expect(expansionRows('Le fabricant Ostrelle confirme sa percée aux États-Unis.', 'fr')).toEqual(['Ostrelle | market | États-Unis']);
    expect(expansionRows("« Notre percée en Inde a dépassé nos attentes », explique Hugo Sandoval, président de Tersavin.", 'fr')).toEqual(['Tersavin | market | Inde']);
    expect(expansionRows("Depuis l'arrivée en France de sa nouvelle directrice, la marque Velvane recrute.", 'fr')).toEqual([]);
    expect(expansionRows("Le groupe Orvelis prépare l'arrivée au Mexique de sa marque phare.", 'fr')).toEqual([]);
  });
});

describe('a licence obtained in a country, a subsidiary named by its country (fr)', () => {
  it('reads a licence or an agrément obtained in a country, not one asked for', () => {
    expect(expansionRows("La fintech Sendovo vient d'obtenir une licence de monnaie électronique au Kenya.", 'fr')).toEqual(['Sendovo | market | Kenya']);
    expect(expansionRows("La fintech Sendovo a décroché une licence d'opérateur mobile au Ghana.", 'fr')).toEqual(['Sendovo | market | Ghana']);
    expect(expansionRows("La néobanque Korvia s'est vu accorder un agrément bancaire complet en Lituanie.", 'fr')).toEqual(['Korvia | market | Lituanie']);
    expect(expansionRows('Sendovo a demandé une licence bancaire en Lituanie.', 'fr')).toEqual([]);
    expect(expansionRows("La fintech Sendovo recrute. Son réseau couvre le Mali et le Niger, où la société a décroché ses licences l'an dernier.", 'fr')).toEqual(['Sendovo | market | Mali', 'Sendovo | market | Niger']);
    expect(expansionRows("La fintech Sendovo vise le Mali, où elle espère obtenir une licence.", 'fr')).toEqual([]);
  });
  it('reads the subsidiary that opens its clause as running there, not one in a title', () => {
    expect(expansionRows('La fintech Sendovo recrute. Sa filiale kényane est dirigée par Ana Moreira.', 'fr')).toEqual(['Sendovo | market | Kenya']);
    expect(expansionRows('La fintech Sendovo recrute. Sa filiale ghanéenne emploie déjà 40 personnes.', 'fr')).toEqual(['Sendovo | market | Ghana']);
    expect(expansionRows('Ana Moreira, directrice de la filiale kényane de Sendovo, a démissionné.', 'fr')).toEqual([]);
  });
});

describe('setting foot in a country (fr)', () => {
  it('reads "a posé un pied en", "a mis un pied au", "a mis le pied en"', () => {
    expect(expansionRows("Le groupe Dorvalis a posé un pied en Italie l'an dernier.", 'fr')).toEqual(['Dorvalis | market | Italie']);
    expect(expansionRows('Dorvalis a mis un pied au Portugal.', 'fr')).toEqual(['Dorvalis | market | Portugal']);
    expect(expansionRows('Dorvalis a mis le pied en Suède.', 'fr')).toEqual(['Dorvalis | market | Suède']);
  });
});
