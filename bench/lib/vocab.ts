/**
 * Words the generator builds names and sentences from: French and English first names and
 * surnames (with accents), company name parts, job titles in both languages.
 */
import type { Lang } from '../../src/model/facts.js';

const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '');

export const FIRST_NAMES = words(`
Sébastien Hélène François Françoise Jérôme Anaïs Chloé Benoît Cécile Élodie Gaëlle Noémie
Agnès Aurélie Béatrice Céline Clémence Delphine Émilie Estelle Frédéric Gérard Grégoire Hervé
Inès Joël Léa Léon Loïc Maëlle Mélanie Mégane Michaël Mickaël Nathalie Noël Océane Raphaël
Rémi Renée Stéphane Stéphanie Thérèse Valérie Véronique Zoé Amélie André Anne Antoine Arnaud
Bastien Camille Caroline Charles Christophe Claire Damien David Denis Éric Étienne Fabien
Florence Guillaume Henri Isabelle Jacques Jean Jean-Baptiste Jean-Marc Jean-Pierre Julie
Julien Laurent Louis Lucie Manon Marc Marie Marie-Claire Mathieu Maxime Nicolas Olivier
Pascal Patrick Philippe Pierre Pierre-Yves Sandrine Simon Sophie Sylvie Thomas Vincent Yves
Alice Amanda Andrew Benjamin Brian Catherine Christopher Daniel Deborah Edward Elizabeth Emily
Emma Ethan Grace Hannah Jack James Jennifer Jessica John Joseph Joshua Karen Katherine Kevin
Laura Linda Margaret Mark Matthew Michael Michelle Nancy Olivia Patricia Paul Rachel Rebecca
Richard Robert Ryan Samantha Sarah Scott Steven Susan Timothy William Zoë Björn Jürgen Søren
José María Mónica Núria Ángel Ørjan Jörg Günther Åsa Ayşe Çağla Małgorzata Łukasz Tomáš
`);

export const SURNAMES = words(`
Martin Bernard Dubois Thomas Robert Richard Petit Durand Leroy Moreau Simon Laurent Lefèvre
Michel Garcia David Bertrand Roux Vincent Fournier Morel Girard André Lefebvre Mercier Dupont
Lambert Bonnet François Martinez Legrand Garnier Faure Rousseau Blanc Guérin Muller Henry
Roussel Nicolas Perrin Morin Mathieu Clément Gauthier Dumont Lopez Fontaine Chevalier Robin
Masson Sanchez Gérard Nguyen Boyer Denis Lemaire Duval Joly Gautier Roger Roche Roy Noël
Meyer Lucas Meunier Jean Pérez Marchand Dufour Blanchard Marie Barbier Brun Dumas Brunet
Schmitt Leroux Colin Fernandez Pierre Renard Arnaud Rolland Caron Aubert Giraud Leclerc
Vidal Bourgeois Renaud Lemoine Picard Gaillard Philippe Leclercq Lacroix Fabre Dupuis Olivier
Rodriguez Da-Silva Hubert Louis Charles Guillot Rivière Le-Gall Guillaume Adam Rey Moulin
Gonzalez Berger Lecomte Ménard Fleury Deschamps Carpentier Julien Bénard Paris Maillard
Marchal Aubry Vasseur Le-Roux Renault Jacquet Collet Prévost Poirier Charpentier Royer Huet
Baron Dupuy Pons Paul Laine Carré Bréton Rémy Schneider Perret Giraud Badault Hélias Béranger
Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Moore Jackson White
Harris Thompson Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams
Nelson Hill Campbell Mitchell Roberts Carter Phillips Evans Turner Torres Parker Collins
Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed Bailey Bell Kelly
Howard Ward Cox Richardson Wood Watson Brooks Bennett Gray James Hughes Price Sanders Myers
Long Ross Foster O'Brien O'Neill McCarthy Müller Schröder Köhler Weiß Jäger Großmann Sørensen
Nørgaard Ødegård Åberg Björklund Lindström Núñez Peña Ibáñez Muñoz Gómez Sánchez Domínguez
Łukaszewski Kowalczyk Dvořák Novák Horváth Öztürk Yılmaz Çelik Nakamura Tanaka Watanabe Kim
Park Chen Wang Zhang Liu Singh Patel Sharma Kumar
`);

/** Syllables for more surnames and for company roots: enough distinct names at 1M persons. */
const ONSETS = words('B Br C Ch Cl D Dr F Fl G Gr H J K L M N P Pr R S St T Tr V W Z');
const VOWELS = words('a e i o u é è ai au ou eu ia io ea oa');
const CODAS = words('l n r s t m nd rt ll rn x z ck ng nt rd');

export function syllableWord(pick: (n: number) => number, syllables: number): string {
  let w = '';
  for (let i = 0; i < syllables; i++) {
    w += (i === 0 ? ONSETS[pick(ONSETS.length)] : (ONSETS[pick(ONSETS.length)] ?? '').toLowerCase()) ?? '';
    w += VOWELS[pick(VOWELS.length)] ?? '';
    if (i === syllables - 1 || pick(3) === 0) w += CODAS[pick(CODAS.length)] ?? '';
  }
  return w;
}

/** Second words of company names; none is a legal suffix, a place, or a NOT_A_PARENT word. */
export const COMPANY_TAILS = words(`
Systems Labs Conseil Énergie Médias Capital Logistique Software Analytics Robotics Santé
Finance Ventures Solutions Networks Industries Partners Foods Mobility Retail Cloud Data
Pharma Biotech Études Ingénierie Assurances Immobilier Transports Télécom Aéronautique
Cosmétiques Textiles Éditions Games Payments Security Studio Materials Marine Chimie Agro
`);

export const LEGAL_SUFFIXES = ['SA', 'SAS', 'Group', 'Groupe', 'Inc.', 'Ltd', 'GmbH', 'Holding'];

/** Written forms of countries that name a country subsidiary ("Valéra Systems Deutschland"). */
export const SUBSIDIARY_COUNTRIES = words(`
France Deutschland Germany UK Italia Italy España Spain Suisse Schweiz Belgique Belgium
Portugal Polska Sverige Norge Japan China India Brasil Canada USA Maroc Singapore Australia
`);

export interface Title {
  fr: string;
  frFem: string;
  en: string;
  canonical: string;
  seniority: string;
}

const T = (fr: string, frFem: string, en: string, canonical: string, seniority: string): Title =>
  ({ fr, frFem, en, canonical, seniority });

/** Titles weighted by repetition: many managers, few chief executives. */
export const TITLES: Title[] = [
  T('directeur général', 'directrice générale', 'chief executive officer', 'CEO', 'C_LEVEL'),
  T('président-directeur général', 'présidente-directrice générale', 'chairman and CEO', 'Chairman and CEO', 'C_LEVEL'),
  T('directeur financier', 'directrice financière', 'chief financial officer', 'CFO', 'C_LEVEL'),
  T('directeur technique', 'directrice technique', 'chief technology officer', 'CTO', 'C_LEVEL'),
  T('directeur des opérations', 'directrice des opérations', 'chief operating officer', 'COO', 'C_LEVEL'),
  T('directeur marketing', 'directrice marketing', 'chief marketing officer', 'CMO', 'C_LEVEL'),
  T('directeur des ressources humaines', 'directrice des ressources humaines', 'chief people officer', 'CHRO', 'C_LEVEL'),
  T('président', 'présidente', 'chairman', 'Chair', 'BOARD'),
  T('administrateur', 'administratrice', 'board member', 'Board Member', 'BOARD'),
  T('fondateur', 'fondatrice', 'founder', 'Founder', 'FOUNDER'),
  T('cofondateur', 'cofondatrice', 'co-founder', 'Co-Founder', 'FOUNDER'),
  T('vice-président ventes', 'vice-présidente ventes', 'vice president of sales', 'VP Sales', 'VP'),
  T('vice-président ingénierie', 'vice-présidente ingénierie', 'vice president of engineering', 'VP Engineering', 'VP'),
  T('directeur commercial', 'directrice commerciale', 'sales director', 'Sales Director', 'DIRECTOR'),
  T('directeur juridique', 'directrice juridique', 'general counsel', 'General Counsel', 'DIRECTOR'),
  T('directeur pays', 'directrice pays', 'country manager', 'Country Manager', 'DIRECTOR'),
  T('directeur de la stratégie', 'directrice de la stratégie', 'head of strategy', 'Head of Strategy', 'DIRECTOR'),
  T('directeur des achats', 'directrice des achats', 'head of procurement', 'Head of Procurement', 'DIRECTOR'),
  T('responsable produit', 'responsable produit', 'head of product', 'Head of Product', 'MANAGER'),
  T('responsable des partenariats', 'responsable des partenariats', 'head of partnerships', 'Head of Partnerships', 'MANAGER'),
  T('responsable de la communication', 'responsable de la communication', 'head of communications', 'Head of Communications', 'MANAGER'),
  T('responsable des données', 'responsable des données', 'head of data', 'Head of Data', 'MANAGER'),
  T('chef de projet', 'cheffe de projet', 'project manager', 'Project Manager', 'MANAGER'),
  T('responsable des ventes', 'responsable des ventes', 'sales manager', 'Sales Manager', 'MANAGER'),
  T('ingénieur principal', 'ingénieure principale', 'principal engineer', 'Principal Engineer', 'STAFF'),
  T('directeur de la recherche', 'directrice de la recherche', 'head of research', 'Head of Research', 'DIRECTOR'),
];

/** Heavier weight on the common, junior titles. */
export const TITLE_WEIGHTS = TITLES.map((t) =>
  t.seniority === 'MANAGER' || t.seniority === 'STAFF' ? 6 : t.seniority === 'DIRECTOR' ? 4 : t.seniority === 'VP' ? 3 : 1,
);

export function titleText(t: Title, lang: Lang, feminine: boolean): string {
  return lang === 'fr' ? (feminine ? t.frFem : t.fr) : t.en;
}

/** First names read as feminine for French agreement (approximate, only for the title's gender). */
export const FEMININE = new Set(words(`
Hélène Françoise Anaïs Chloé Cécile Élodie Gaëlle Noémie Agnès Aurélie Béatrice Céline Clémence
Delphine Émilie Estelle Inès Léa Maëlle Mélanie Mégane Nathalie Océane Renée Stéphanie Thérèse
Valérie Véronique Zoé Amélie Anne Camille Caroline Claire Florence Isabelle Julie Lucie Manon
Marie Marie-Claire Sandrine Sophie Sylvie Alice Amanda Catherine Deborah Elizabeth Emily Emma
Grace Hannah Jennifer Jessica Karen Katherine Laura Linda Margaret Michelle Nancy Olivia
Patricia Rachel Rebecca Samantha Sarah Susan Zoë María Mónica Núria Åsa Ayşe Çağla Małgorzata
`));
