/**
 * A deal struck to carry out projects in a country: "forms a joint venture with Y to build
 * homes in Ruritania", "s'associe à Z pour développer 200 MW de projets solaires au Zembla",
 * "un accord pour la construction de navires en Utopia". The company that builds or develops
 * there operates there: a market for it in that country, beside the deal (like the presence
 * phrase "is developing solar projects in"). A deal to equip, supply or offer something there
 * says where the deal works, not that the company operates in the country: no market.
 */
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { clauseLinkAt } from './noise.js';
import { usablePlace } from './places.js';
import { POSSESSIVE_S } from './cues.js';

/** Verbs of carrying out projects, after "to" / "pour" / "afin de". */
const PROJECT_VERBS = new Set('build construct develop co-develop codevelop design operate construire batir developper codevelopper co-developper concevoir exploiter realiser'.split(' '));
/** The same as nouns, after "pour la" / "for the": "pour la construction de patrouilleurs en X". */
const PROJECT_ACTS = new Set('construction developpement codeveloppement co-developpement realisation exploitation development'.split(' '));
const PURPOSE = new Set(['to', 'pour']);
const ACT_DETS = new Set(['la', 'le', "l'", 'the']);

/** The token after a purpose opener with a project verb or noun at or after `from`, in the clause; -1 when none. */
function projectPurpose(v: SentenceView, from: number): number {
  const t = v.tokens;
  for (let k = from; k < Math.min(t.length, from + 14); k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || (k > from && clauseLinkAt(v, k))) return -1;
    // "afin de construire".
    const opener = PURPOSE.has(f) || (f === 'de' && t[k - 1]?.f === 'afin');
    if (!opener) continue;
    const next = t[k + 1]?.f ?? '';
    if (PROJECT_VERBS.has(next) && !v.cover[k + 1]) return k + 2;
    if (ACT_DETS.has(next) && PROJECT_ACTS.has(t[k + 2]?.f ?? '')) return k + 3;
  }
  return -1;
}

/**
 * The one country where the deal written up to token `last` carries out its projects, else
 * null: a country (no adjective, no "Japan's") after the project verb, before the clause ends.
 */
export function projectCountry(v: SentenceView, last: number): Mention | null {
  const start = projectPurpose(v, last);
  if (start < 0) return null;
  const t = v.tokens;
  let found: Mention | null = null;
  for (let k = start; k < Math.min(t.length, start + 16); k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || clauseLinkAt(v, k)) break;
    const m = v.cover[k];
    if (!m || m.s !== k) continue;
    k = m.e - 1;
    if (!usablePlace(v, m) || m.place?.kind !== 'COUNTRY' || POSSESSIVE_S.has(t[m.e]?.f ?? '')) continue;
    if (found && found.place?.id !== m.place.id) return null;
    found = m;
  }
  return found;
}
