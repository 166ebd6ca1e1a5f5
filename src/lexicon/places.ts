/**
 * Places (countries, cities, regions) named in French or English, with adjectives,
 * resolved to one entry with an English canonical name. Used by extraction (mention
 * scanning) and by resolution (`lookupPlace`). The API of this file is a contract.
 */
import { CITY_TABLE } from './cities.js';
import { COUNTRY_TABLE, REGION_TABLE } from './countries.js';
import { fold, foldNoArticle } from './fold.js';

export interface PlaceEntry {
  id: string;
  name: string;
  kind: 'COUNTRY' | 'CITY' | 'REGION';
  countryCode: string | null;
}

/** One written form of a place: the name itself or an adjective ("allemande", "German"). */
export interface PlaceForm {
  entry: PlaceEntry;
  adjective: boolean;
}

function slug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function rows(table: string): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('|').map((cell) => cell.trim()));
}

function list(cell: string | undefined): string[] {
  return (cell ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
}

const forms = new Map<string, PlaceForm>();
const entries: PlaceEntry[] = [];

// First writer wins: countries are added first, so "Luxembourg" or "Singapore" is the country.
function add(written: string, form: PlaceForm): void {
  const key = fold(written);
  if (key !== '' && !forms.has(key)) forms.set(key, form);
}

function register(entry: PlaceEntry, names: string[], adjectives: string[]): void {
  entries.push(entry);
  add(entry.name, { entry, adjective: false });
  for (const n of names) add(n, { entry, adjective: false });
  for (const a of adjectives) add(a, { entry, adjective: true });
}

for (const [code = '', name = '', alts, adjs] of rows(COUNTRY_TABLE)) {
  register({ id: `country:${code}`, name, kind: 'COUNTRY', countryCode: code }, list(alts), list(adjs));
}
for (const [id = '', name = '', alts, adjs] of rows(REGION_TABLE)) {
  register({ id: `region:${id}`, name, kind: 'REGION', countryCode: null }, list(alts), list(adjs));
}
for (const [code = '', name = '', alts, adjs] of rows(CITY_TABLE)) {
  const entry: PlaceEntry = {
    id: `city:${code.toLowerCase()}:${slug(name)}`,
    name,
    kind: 'CITY',
    countryCode: code,
  };
  register(entry, list(alts), list(adjs));
}

/** First words (folded) of place names written in several words ("afrique" of "Afrique du Sud"). */
export const PLACE_FIRST_WORDS: ReadonlySet<string> = new Set(
  [...forms.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0] ?? ''),
);

/** Case/accent-insensitive lookup of a place name or adjective, FR or EN. */
export function lookupPlace(text: string): PlaceEntry | null {
  const key = fold(text);
  const hit = forms.get(key) ?? forms.get(foldNoArticle(text));
  return hit ? hit.entry : null;
}

/** Like lookupPlace, but tells whether the text was an adjective. For mention scanning. */
export function lookupPlaceForm(text: string): PlaceForm | null {
  return forms.get(fold(text)) ?? null;
}

/** Every written form (folded), for building scanners. */
export function placeForms(): ReadonlyMap<string, PlaceForm> {
  return forms;
}

export function allPlaces(): readonly PlaceEntry[] {
  return entries;
}
