/**
 * Words the expansion rules need beyond the shared lexicon: nouns that describe a company
 * ("Storage provider Brevik", "la chaîne X"), institution nouns that belong to a partner's
 * name ("l'université Y"), and states and provinces that only locate a city ("Austin,
 * Texas", "à Tremolo, dans l'Ohio"). Folded forms (no accents, lowercase).
 */

function set(text: string): ReadonlySet<string> {
  return new Set(text.split(/\s+/).filter((w) => w !== ''));
}

/** A lowercase noun that describes the company named right after it: "outdoor brand X", "la néobanque X". */
export const DESCRIPTOR_NOUNS = set(`
groupe societe entreprise firme compagnie start-up startup start-ups jeune-pousse fintech neobanque banque assureur
enseigne editeur constructeur fabricant plateforme operateur distributeur laboratoire equipementier
specialiste leader geant maison cabinet chaine marque transitaire producteur fournisseur prestataire
association ong edtech healthtech proptech insurtech medtech biotech agence spin-off licorne chimiste industriel electricien energeticien armateur transporteur negociant brasseur
company firm group bank neobank lender insurer carmaker automaker retailer maker developer platform app
operator startup start-up giant manufacturer provider chain brand supplier producer forwarder
outfit unicorn carrier airline marketplace specialist consultancy agency charity ngo vendor
miner farmer broker utility conglomerate shipper publisher wholesaler grocer brewer refiner drugmaker chipmaker
homebuilder bottler distributor telco
courtier promoteur grossiste cimentier siderurgiste petrolier papetier semencier chausseur lunetier joaillier parfumeur
motoriste avionneur hebergeur fonciere
`);

/** Nouns that are part of an institution's name when written lowercase before it: "l'université Quenvel". */
export const INSTITUTION_NOUNS = set(`
universite university ecole school institut institute hopital hospital fondation foundation
`);

/** Words that make the company named a few words later a past employer: "l'ancien gérant de X", "a veteran of X". */
export const PAST_WORDS = set(`
ancien ancienne anciens anciennes ex ex- former formerly veteran previously precedemment auparavant passe passee spent
`);

/** Verbs by which a company takes on a person: "X recrute Y", "X has hired Y". */
export const HIRING_VERBS = set(`
recrute recrutent embauche engage nomme debauche hires hired recruits recruited appoints appointed names named poaches poached taps tapped
`);

/** Units written in capitals after a number ("a 300 MW pipeline"): never a company. */
export const UNIT_WORDS = set(`
mw gw kw tw mwh gwh twh kwh mwc mwp gwc km m2 m3 kg kt mt mbps gbps tb pb teu bpd
`);

/** Sector acronyms written before a name after "de": "le groupe de BTP X", "la société d'ESN Y". */
export const SECTOR_WORDS = set(`
btp esn ia saas vtc rh iot tic
`);

/** Adjectives and participles that open a sentence capitalised and are never a name there: "Présent en Chine depuis 2018, …". */
export const OPENING_WORDS = set(`
present presente presents presentes implante implantee implantes implantees installe installee installes installees
reunis reunies fonde fondee cree creee basee base ne nee connu connue cote cotee inscrit inscrite inscrits inscrites leader absent absente deja
`);

/** Lowercase words that join the two halves of a name: "Aide contre la Soif", "Pharmaciens sans frontières". */
export const NAME_LINKS = set('contre sans');

/**
 * States and provinces (folded) with their country: they locate a city ("Harlow Springs, Ohio")
 * and are never a company, a party or an expansion place of their own.
 */
export const SUBNATIONAL = new Map<string, string>();
const SUBNATIONAL_TABLE: Array<[string, string]> = [
  ['US', 'alabama,alaska,arizona,arkansas,californie,california,colorado,connecticut,delaware,floride,florida,hawai,hawaii,idaho,illinois,indiana,iowa,kansas,kentucky,louisiane,louisiana,maine,maryland,massachusetts,michigan,minnesota,mississippi,missouri,montana,nebraska,nevada,new hampshire,new jersey,new mexico,nouveau-mexique,caroline du nord,north carolina,dakota du nord,north dakota,ohio,oklahoma,oregon,pennsylvanie,pennsylvania,rhode island,caroline du sud,south carolina,dakota du sud,south dakota,tennessee,texas,utah,vermont,virginie,virginia,wisconsin,wyoming,virginie-occidentale,west virginia'],
  ['CA', 'ontario,colombie-britannique,british columbia,alberta,manitoba,saskatchewan,nouvelle-ecosse,nova scotia,nouveau-brunswick,new brunswick'],
  ['AU', 'nouvelle-galles du sud,new south wales,queensland,tasmanie,tasmania'],
  ['DE', 'bade-wurtemberg,baden-wurttemberg,rhenanie-du-nord-westphalie,north rhine-westphalia,basse-saxe,lower saxony'],
  ['IN', 'maharashtra,karnataka,tamil nadu,gujarat,telangana,kerala'],
  ['MX', 'jalisco,nuevo leon,chihuahua,guanajuato'],
  ['MY', 'selangor,johor,sarawak,sabah'],
];
for (const [code, names] of SUBNATIONAL_TABLE) for (const n of names.split(',')) SUBNATIONAL.set(n, code);

/** Months and their abbreviations (folded): "Feb. 3, 2026" in a dateline is a date, never a name. */
export const MONTH_WORDS = set(`
jan feb mar apr jun jul aug sep sept oct nov dec january february march april june july august september october november december
janv fevr avr juil sept oct nov dec janvier fevrier mars avril juin juillet aout septembre octobre novembre decembre
`);
