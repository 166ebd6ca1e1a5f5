/**
 * Company names → keys. Legal and group suffixes do not make another company
 * ("Alibaba Group" is Alibaba), but a country after a name does: "Google France" is the
 * French subsidiary of Google.
 */
import { lookupPlace } from '../lexicon/places.js';
import { fold } from '../model/keys.js';

const LEGAL_SUFFIXES = new Set([
  'group', 'groupe', 'gruppe', 'grupo', 'holding', 'holdings', 'sa', 'sas', 'sasu', 'sarl', 'sca', 'se',
  'inc', 'incorporated', 'ltd', 'limited', 'plc', 'llc', 'llp', 'lp', 'corp', 'corporation', 'co',
  'company', 'gmbh', 'ag', 'kg', 'nv', 'bv', 'ab', 'asa', 'oyj', 'spa', 'srl', 'sl', 'pty',
]);

/**
 * First words that make "<word> <Country>" a company of its own ("Air France",
 * "Business France", "Radio France") rather than a country subsidiary.
 */
const NOT_A_PARENT = new Set([
  'air', 'business', 'radio', 'atout', 'campus', 'banque', 'caisse', 'credit', 'societe', 'la', 'le',
  'les', 'de', 'du', 'des', 'd', 'l', 'the', 'of', 'bank', 'national', 'nationale', 'invest', 'team',
  'made', 'visit', 'choose', 'welcome', 'start', 'french', 'tech', 'bourse', 'poste', 'orchestre',
]);

export function companyKey(name: string): string {
  const words = fold(name).split(' ').filter((w) => w !== '');
  while (words.length > 1 && LEGAL_SUFFIXES.has(words[words.length - 1] ?? '')) words.pop();
  return words.join(' ');
}

/**
 * "Google France" → "Google"; null when the name is not "<parent> <country>" or when the
 * parent would be a common word.
 */
export function countryParent(name: string): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return null;
  const last = words[words.length - 1] ?? '';
  const place = lookupPlace(last);
  if (!place || place.kind !== 'COUNTRY') return null;
  const parentWords = words.slice(0, -1);
  if (parentWords.some((w) => NOT_A_PARENT.has(fold(w)))) return null;
  return parentWords.join(' ');
}
