import { fold } from './fold.js';

/**
 * A small hand-made table of places whose French and English (and sometimes native) names
 * differ: each row is one place, any two names of a row match. Names are folded when loaded,
 * so accents and hyphens do not matter here. Not a gazetteer: places written the same way in
 * both languages (Paris, Lyon, Portugal) need no row.
 */
const COUNTRIES: readonly (readonly string[])[] = [
  ['France'],
  ['Germany', 'Allemagne', 'Deutschland'],
  ['United Kingdom', 'UK', 'U.K.', 'Royaume-Uni', 'Britain', 'Great Britain', 'Grande-Bretagne'],
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'États-Unis', 'America', 'Amérique'],
  ['Italy', 'Italie', 'Italia'],
  ['Spain', 'Espagne', 'España'],
  ['Portugal'],
  ['Belgium', 'Belgique', 'België'],
  ['Netherlands', 'Pays-Bas', 'Nederland', 'Holland', 'Hollande'],
  ['Switzerland', 'Suisse', 'Schweiz', 'Svizzera'],
  ['Austria', 'Autriche', 'Österreich'],
  ['Ireland', 'Irlande', 'Éire'],
  ['Luxembourg'],
  ['Poland', 'Pologne', 'Polska'],
  ['Sweden', 'Suède', 'Sverige'],
  ['Norway', 'Norvège', 'Norge'],
  ['Denmark', 'Danemark', 'Danmark'],
  ['Finland', 'Finlande', 'Suomi'],
  ['Greece', 'Grèce'],
  ['Czech Republic', 'Czechia', 'République tchèque', 'Tchéquie'],
  ['Romania', 'Roumanie'],
  ['Hungary', 'Hongrie'],
  ['Turkey', 'Türkiye', 'Turquie'],
  ['Russia', 'Russie'],
  ['Ukraine'],
  ['Canada'],
  ['Mexico', 'Mexique', 'México'],
  ['Brazil', 'Brésil', 'Brasil'],
  ['Argentina', 'Argentine'],
  ['Chile', 'Chili'],
  ['Colombia', 'Colombie'],
  ['China', 'Chine'],
  ['Japan', 'Japon'],
  ['South Korea', 'Korea', 'Corée du Sud', 'Corée'],
  ['India', 'Inde'],
  ['Singapore', 'Singapour'],
  ['Australia', 'Australie'],
  ['New Zealand', 'Nouvelle-Zélande'],
  ['Indonesia', 'Indonésie'],
  ['Vietnam', 'Viêt Nam'],
  ['Thailand', 'Thaïlande'],
  ['Malaysia', 'Malaisie'],
  ['Philippines'],
  ['Israel', 'Israël'],
  ['Saudi Arabia', 'Arabie saoudite'],
  ['United Arab Emirates', 'UAE', 'Émirats arabes unis'],
  ['Qatar'],
  ['Egypt', 'Égypte'],
  ['Morocco', 'Maroc'],
  ['Algeria', 'Algérie'],
  ['Tunisia', 'Tunisie'],
  ['Senegal', 'Sénégal'],
  ["Côte d'Ivoire", 'Ivory Coast'],
  ['Nigeria', 'Nigéria'],
  ['Kenya'],
  ['South Africa', 'Afrique du Sud'],
];

const CITIES: readonly (readonly string[])[] = [
  ['London', 'Londres'], ['Munich', 'München'], ['Frankfurt', 'Francfort', 'Frankfurt am Main'],
  ['Hamburg', 'Hambourg'], ['Cologne', 'Köln'], ['Vienna', 'Vienne', 'Wien'],
  ['Brussels', 'Bruxelles', 'Brussel'], ['Antwerp', 'Anvers', 'Antwerpen'],
  ['The Hague', 'La Haye', 'Den Haag'], ['Geneva', 'Genève', 'Genf'], ['Zurich', 'Zürich'],
  ['Lisbon', 'Lisbonne', 'Lisboa'], ['Barcelona', 'Barcelone'], ['Seville', 'Séville', 'Sevilla'],
  ['Milan', 'Milano'], ['Rome', 'Roma'], ['Turin', 'Torino'], ['Naples', 'Napoli'],
  ['Florence', 'Firenze'], ['Venice', 'Venise', 'Venezia'], ['Warsaw', 'Varsovie', 'Warszawa'],
  ['Prague', 'Praha'], ['Copenhagen', 'Copenhague', 'København'], ['Athens', 'Athènes'],
  ['Moscow', 'Moscou'], ['Edinburgh', 'Édimbourg'], ['Beijing', 'Pékin', 'Peking'],
  ['Shanghai', 'Shanghaï'], ['Mumbai', 'Bombay'], ['Cairo', 'Le Caire'],
  ['Algiers', 'Alger'], ['Tangier', 'Tanger'], ['Marrakesh', 'Marrakech'],
  ['New Orleans', 'La Nouvelle-Orléans'], ['Quebec', 'Québec'], ['Montreal', 'Montréal'],
  ['Mexico City', 'Ciudad de México'], ['Dunkirk', 'Dunkerque'],
];

/** Stock exchanges, for `ipo` places. */
const EXCHANGES: readonly (readonly string[])[] = [
  ['Euronext Paris', 'Bourse de Paris', 'Paris Bourse'],
  ['NYSE', 'New York Stock Exchange', 'Bourse de New York'],
  ['Nasdaq', 'Nasdaq Stock Market'],
  ['LSE', 'London Stock Exchange', 'Bourse de Londres'],
  ['Frankfurt Stock Exchange', 'Bourse de Francfort', 'Deutsche Börse', 'Börse Frankfurt'],
  ['TSE', 'Tokyo Stock Exchange', 'Bourse de Tokyo'],
  ['HKEX', 'Hong Kong Stock Exchange', 'Bourse de Hong Kong'],
  ['SIX', 'SIX Swiss Exchange', 'Bourse suisse'],
  ['TSX', 'Toronto Stock Exchange', 'Bourse de Toronto'],
];

/** Words a company name may carry to name its country or region ("Google France"). */
const COMPANY_GEO_WORDS: readonly string[] = [
  'French', 'Français', 'Française', 'German', 'Deutsche', 'Deutsch', 'Allemand', 'Allemande',
  'British', 'Britannique', 'UK', 'American', 'Américain', 'Américaine', 'Italian', 'Italiana',
  'Italien', 'Italienne', 'Spanish', 'Española', 'España', 'Espagnol', 'Espagnole', 'Portuguese',
  'Belgian', 'Belge', 'Dutch', 'Nederland', 'Swiss', 'Schweiz', 'Austrian', 'Irish', 'Canadian',
  'Canada', 'Japanese', 'Japan', 'Chinese', 'China', 'Indian', 'India', 'Moroccan', 'Maroc',
  'Europe', 'European', 'Européen', 'EMEA', 'APAC', 'Asia', 'Asie', 'Pacific', 'Africa',
  'Afrique', 'North America', 'Amérique du Nord', 'Latin America', 'Amérique latine',
  'Middle East', 'Moyen-Orient', 'International', 'Global', 'Worldwide', 'Nordics',
];

function index(groups: readonly (readonly string[])[]): Map<string, number> {
  const m = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((name) => m.set(fold(name), i)));
  return m;
}

const PLACE_INDEX = index([...COUNTRIES, ...CITIES]);
const EXCHANGE_INDEX = index(EXCHANGES);

/** Folded place → a row id, shared by every name of the row; undefined when not in the table. */
export function placeId(folded: string): string | undefined {
  const p = PLACE_INDEX.get(folded);
  if (p !== undefined) return `p${p}`;
  const e = EXCHANGE_INDEX.get(folded);
  return e === undefined ? undefined : `x${e}`;
}

/** Folded multi-word or single-word country and region names, as word arrays, longest first. */
export const GEO_PHRASES: readonly (readonly string[])[] = [
  ...COUNTRIES.flat(),
  ...COMPANY_GEO_WORDS,
]
  .map((n) => fold(n).split(' '))
  .sort((a, b) => b.length - a.length);
