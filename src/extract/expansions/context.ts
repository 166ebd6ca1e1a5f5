/**
 * What every expansion rule reads and writes for one sentence: the sentence and document
 * views, the companies already taken by career mentions, the facts found so far, and the
 * places already read as an office's. A rule returns -1 when it does not apply at token i,
 * else the token index the scan resumes after.
 */
import { lookupPlaceForm } from '../../lexicon/places.js';
import type { ExpansionFact, ExpansionKind } from '../../model/facts.js';
import type { DocView, SentenceView } from '../analyze.js';
import type { Mention } from '../mentions.js';
import { nearestDate } from './date.js';

export interface ExpansionContext {
  v: SentenceView;
  doc: DocView;
  consumed: Map<Mention, string | null>;
  out: ExpansionFact[];
  /** Places already read as an office's: not also where a deal is made. */
  officePlaces: Set<Mention>;
  /** The country the text's company comes from, when the text says it ("Turkish contractor X"). */
  home: string | null;
  /** The place id of the company's headquarters city, when the text says it ("a Bogotá-based startup"). */
  homeCity?: string | null;
}

export type ExpansionRule = (c: ExpansionContext, i: number) => number;

export function push(c: ExpansionContext, kind: ExpansionKind, company: string | null, place: string | null, partner: string | null, at: number): void {
  if (!company) return;
  c.out.push({ company: ownerOf(company, kind, place), kind, place, partner, date: nearestDate(c.v, at), evidence: c.v.sent.text });
}

/** Words that leave a name unfinished when the place after them is cut: "Banque de Luxembourg". */
const LINKS = new Set(['de', 'du', 'des', "d'", 'of', 'the', 'and', 'et', '&']);

/**
 * "Tarvo Lisbon, opened in May" is Tarvo's office in Lisbon: an office or a market named with
 * its own place belongs to the company without it ("Banque de Luxembourg" stays whole).
 */
function ownerOf(company: string, kind: ExpansionKind, place: string | null): string {
  if ((kind !== 'office' && kind !== 'market') || !place) return company;
  const id = lookupPlaceForm(place)?.entry.id;
  const words = company.split(' ');
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const tail = words.slice(-n).join(' ');
    if (tail !== place && (!id || lookupPlaceForm(tail)?.entry.id !== id)) continue;
    const rest = words.slice(0, -n);
    return LINKS.has((rest[rest.length - 1] ?? '').toLowerCase()) ? company : rest.join(' ');
  }
  return company;
}
