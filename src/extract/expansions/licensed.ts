/**
 * Out-licensing told with the verb: "Orvane has licensed its lead drug to Y for Japan and South
 * Korea", "Orvane licensed the rights to its asset, OR-12, in China to Suzhou-based W". A
 * partnership for the licensor with each licensee (place: the one territory, else null) and a
 * market for the licensor in each country it licenses for (the deal sells its product there,
 * like a licence noun with a territory). "licensed from" (in-licensing) and the adjective ("a
 * licensed bank") are left to other rules.
 */
import { lookupTokenPlace } from '../../lexicon/places.js';
import type { SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { countryList, partnerList } from './partners.js';
import { usablePlace } from './places.js';
import { subject } from './subject.js';
import { POSSESSIVE_S } from './cues.js';

export const LICENSE_VERBS: ReadonlySet<string> = new Set(['licensed', 'out-licensed', 'outlicensed', 'sublicensed', 'licenses', 'out-licenses']);
/** Words a verb "licensed" may follow: "has licensed", "it licensed", "also licensed". */
const BEFORE_VERB = new Set(['has', 'have', 'had', 'it', 'also', 'recently', 'previously', 'already', 'exclusively', 'which', 'that', 'who', 'they']);
/** Words a territory follows: "for Japan", "in China", "covering Japan and Korea". */
const TERRITORY_PREPS = new Set(['for', 'in', 'covering', 'across', 'throughout']);
const TERRITORY_DETS = new Set(['the', 'all', 'of']);

/** The first country written as a territory ("for Japan") in the clause after i, or null. */
function firstTerritory(v: SentenceView, i: number, end: number, parties: ReadonlySet<Mention>): Mention | null {
  const t = v.tokens;
  for (let k = i + 1; k < end; k++) {
    const m = v.cover[k];
    if (!m || m.s !== k) continue;
    k = m.e - 1;
    if (parties.has(m) || !usablePlace(v, m) || m.place?.kind !== 'COUNTRY' || POSSESSIVE_S.has(t[m.e]?.f ?? '')) continue;
    let p = m.s - 1;
    while (TERRITORY_DETS.has(t[p]?.f ?? '')) p--;
    if (TERRITORY_PREPS.has(t[p]?.f ?? '')) return m;
  }
  return null;
}

const TERRITORY_NOUNS = new Set(['rights', 'market', 'droits', 'marche']);

/** The country written as an adjective before "rights" or "market" in the clause after i ("Brazilian rights"), as its name; else null. */
function adjectiveTerritory(v: SentenceView, i: number, end: number): string | null {
  const t = v.tokens;
  for (let k = i + 1; k < end; k++) {
    if (!TERRITORY_NOUNS.has(t[k]?.f ?? '')) continue;
    const m = v.cover[k - 1];
    if (m?.kind === 'PLACE' && m.adjective && m.e === k && m.place?.kind === 'COUNTRY') return m.place.name;
    const form = !m && t[k - 1] && !t[k - 1]?.cap ? lookupTokenPlace(t[k - 1]) : null;
    if (form?.adjective && form.entry.kind === 'COUNTRY') return form.entry.name;
  }
  return null;
}

export function licensedRule(c: ExpansionContext, i: number): number {
  const { v, doc, consumed } = c;
  const t = v.tokens;
  if (!LICENSE_VERBS.has(t[i]?.f ?? '') || v.cover[i]) return -1;
  const prev = t[i - 1];
  if (!BEFORE_VERB.has(prev?.f ?? '') && !isCompanyLike(v.cover[i - 1])) return -1;
  let end = i + 1;
  while (end < t.length && t[end]?.f !== '.' && t[end]?.f !== ';') end++;
  // "to Osaka drugmaker Y": the first "to" followed by a party ("the rights to its asset" is none).
  let partners: Mention[] = [];
  for (let k = i + 1; k < Math.min(end, i + 20) && partners.length === 0; k++) {
    if (t[k]?.f === 'from') return i;
    if (t[k]?.f !== 'to') continue;
    // "to its lead asset, OR-12,": a name after a comma is the object's apposition, no party.
    const listed = partnerList(v, k + 1, doc);
    const first = listed[0];
    let comma = false;
    for (let j = k + 1; first && j < first.s; j++) if (t[j]?.text === ',') comma = true;
    if (!comma) partners = listed;
  }
  // The name right before the verb is its subject ("a month after Orvane licensed …").
  const before = v.cover[i - 1];
  const licensor = isCompanyLike(before) && !consumed.has(before) ? before.text : subject(v, i, doc, consumed);
  const others = partners.filter((m) => m.text !== licensor);
  if (!licensor || others.length === 0) return i;
  const first = firstTerritory(v, i, end, new Set(others));
  const territories = first ? countryList(v, first) : [];
  // "licensed Brazilian rights to its vaccine to Y", "… to Y for the Mexican market": the country as an adjective.
  const adjective = first ? null : adjectiveTerritory(v, i, end);
  const place = territories.length === 1 ? territories[0]?.text ?? null : adjective;
  for (const o of others) push(c, 'partnership', licensor, place, o.text, i);
  for (const m of territories) push(c, 'market', licensor, m.text, null, i);
  if (adjective) push(c, 'market', licensor, adjective, null, i);
  return Math.max(i, (others[others.length - 1]?.e ?? i + 1) - 1);
}
