/**
 * The territory of a licence or distribution deal: "un accord de distribution avec X pour la
 * Thaïlande", "an exclusive licensing deal with Y to develop and commercialize
 * its lead drug, Z-101, in China", "with W, which gains rights to commercialize it in South
 * Korea". The country may come late in the sentence, after the drug or the product named; the
 * deal is made for it, and the company that grants the rights thereby sells there.
 */
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { dealPlaceOk } from './places.js';
import { POSSESSIVE_S } from './cues.js';

/** Nouns that make a deal one for a territory: "accord de distribution", "licensing pact", "licence exclusive". */
const TERRITORY_WORDS = new Set('distribution distributeur licence license licences licenses licensing commercialisation commercialization franchise master-franchise publishing edition resale reseller revente'.split(' '));
/** Words a territory follows: "for China", "pour le Japon", "covering Canada", "across the Netherlands". */
const TERRITORY_PREPS = new Set(['in', 'for', 'pour', 'au', 'aux', 'en', 'covering', 'couvrant', 'across', 'throughout', 'dans', 'sur', 'to']);
const TERRITORY_DETS = new Set(['the', 'le', 'la', "l'", 'les', 'tout', 'toute', 'all', 'of']);

/** A deal noun at i qualified by a territory word just before or after it. */
export function territoryDeal(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  for (let k = Math.max(v.from, i - 2); k <= i + 2; k++) if (TERRITORY_WORDS.has(t[k]?.f ?? '')) return true;
  return false;
}

/**
 * The one country the rest of the sentence gives as the deal's territory, else null. Several
 * countries (or none) name no single territory ("pour le Sénégal et la Côte d'Ivoire" → null).
 */
export function territoryOf(v: SentenceView, i: number, parties: ReadonlySet<Mention>): Mention | null {
  const t = v.tokens;
  let found: Mention | null = null;
  for (let k = i + 1; k < t.length; k++) {
    const f = t[k]?.f ?? '';
    if (f === ';') break;
    const m = v.cover[k];
    if (!m || m.s !== k) continue;
    k = m.e - 1;
    if (m.kind !== 'PLACE' || m.adjective || m.place?.kind !== 'COUNTRY' || parties.has(m) || POSSESSIVE_S.has(t[m.e]?.f ?? '')) continue;
    let p = m.s - 1;
    while (p > i && TERRITORY_DETS.has(t[p]?.f ?? '')) p--;
    if (!TERRITORY_PREPS.has(t[p]?.f ?? '') || !dealPlaceOk(v, m)) continue;
    if (found && found.text !== m.text) return null;
    found = m;
  }
  return found;
}
