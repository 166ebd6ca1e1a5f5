/**
 * Expansion events: offices ("ouvre deux bureaux à Paris et à Lyon", "the Lyon office",
 * "le bureau français"), markets ("se lance en Espagne", "launched in Austria", "investit
 * l'Allemagne"), partnerships with named partners ("accord … avec Ubifrance et l'AFII") and
 * listings ("introduction en Bourse au NYSE", "coté au Nasdaq"). Places that were studied,
 * rejected or are headquarters are left out.
 *
 * This file only runs the rules over a sentence, in order of precedence; the words are in
 * expansions/cues.ts and each kind of fact has its own file under expansions/.
 */
import { lookupPlaceForm } from '../lexicon/places.js';
import type { ExpansionFact } from '../model/facts.js';
import type { DocView, SentenceView } from './analyze.js';
import type { Mention } from './mentions.js';
import { type ExpansionContext, type ExpansionRule, push } from './expansions/context.js';
import { ACTIVE_STARTS, activeRule } from './expansions/active.js';
import { customersRule, SERVED_STARTS, SHARE_STARTS, shareOfWholeRule } from './expansions/customers.js';
import { ELLIPSIS_STARTS, ellipsisRule } from './expansions/ellipsis.js';
import { LICENSE_VERBS, licensedRule } from './expansions/licensed.js';
import { listingRule } from './expansions/listings.js';
import { MOVE_STARTS, statedListings, transferRule } from './expansions/listed.js';
import { signedAtNext } from './expansions/signed-at.js';
import { SHELF_NOUNS, stockedRule } from './expansions/stocked.js';
import { ADD_VERBS, addedRule, DEBUT_NOUNS, EXPORT_NOUNS, exportNounRule, LICENCE_NOUNS, licenceRule, debutRule, launchRule, marketRule, OPERATIONAL_WORDS, operationalRule, ourMarkets, presentRule, salesRule, ROUTE_STARTS, routeRule, SELL_STARTS, sellsRule } from './expansions/markets.js';
import { consumedIn, expansionDoc, focusAfter } from './expansions/names.js';
import { blockedSpans } from './expansions/noise.js';
import { fullerFocus } from './expansions/subject.js';
import { BASE_NOUNS, BASE_VERBS, baseRule, BRANCH_NOUNS, officeRule, OPEN_IN_VERBS, openInRule, PROPERTY_NOUNS, storeRule } from './expansions/offices.js';
import { CONSORTIUM_STARTS, GRANTED_NOUNS, PARTNER_WORDS, partnershipRule } from './expansions/partners.js';
import { DEBUT, IPO, LAUNCH_VERBS, MARKET_EN, MARKET_FR, OFFICE_NOUNS, OUTLET_WORDS, PARTNER_NOUNS, PLATFORM_NOUNS, PARTNER_VERBS, PRESENT_WORDS, SALES, SERVICE_NOUNS, STORE_NOUNS } from './expansions/cues.js';
import { cueFirstWords, type CueList, startsCue, wordList } from './cues.js';

/**
 * Each rule with the words it can apply at: its first test reads token i against these (and
 * does nothing before), so a token that starts no rule is skipped without calling them.
 * A rule that may apply at any word says 'any'.
 */
type Entry = readonly [rule: ExpansionRule, starts: ReadonlyArray<Iterable<string>> | 'any'];

/** First rule that applies at a token wins; the scan resumes after what it read. */
const RULES: readonly Entry[] = [
  [stockedRule, [SHELF_NOUNS]],
  [storeRule, [STORE_NOUNS, SERVICE_NOUNS, OUTLET_WORDS, BRANCH_NOUNS, PROPERTY_NOUNS]],
  [officeRule, [OFFICE_NOUNS, PLATFORM_NOUNS]],
  [baseRule, [BASE_NOUNS, BASE_VERBS]],
  [openInRule, [OPEN_IN_VERBS]],
  [ellipsisRule, [ELLIPSIS_STARTS]],
  [transferRule, [MOVE_STARTS]],
  [listingRule, [cueFirstWords(IPO), cueFirstWords(DEBUT)]],
  [presentRule, [PRESENT_WORDS]],
  [salesRule, [cueFirstWords(SALES)]],
  [sellsRule, [SELL_STARTS]],
  [exportNounRule, [EXPORT_NOUNS]],
  [customersRule, [SERVED_STARTS]],
  [shareOfWholeRule, [SHARE_STARTS]],
  [activeRule, [ACTIVE_STARTS]],
  [routeRule, [ROUTE_STARTS]],
  [debutRule, [DEBUT_NOUNS]],
  [marketRule, [cueFirstWords(MARKET_FR), cueFirstWords(MARKET_EN)]],
  [launchRule, [LAUNCH_VERBS]],
  [addedRule, [ADD_VERBS]],
  [operationalRule, [OPERATIONAL_WORDS]],
  [licensedRule, [LICENSE_VERBS]],
  [licenceRule, [LICENCE_NOUNS]],
  [partnershipRule, [PARTNER_WORDS, PARTNER_NOUNS, GRANTED_NOUNS, ['venture'], cueFirstWords(PARTNER_VERBS), CONSORTIUM_STARTS]],
];

/**
 * The words some rule can apply at, indexed like cues so that each token says whether it is
 * one; null when a rule may apply anywhere ('any', or a cue led by "*").
 */
const RULE_STARTS: CueList | null = ((): CueList | null => {
  if (RULES.some(([, starts]) => starts === 'any')) return null;
  const words = new Set(RULES.flatMap(([, starts]) => (starts === 'any' ? [] : starts.flatMap((w) => [...w]))));
  return words.has('*') ? null : wordList(words);
})();

/**
 * Each rule's own start words, indexed the same way (null: it may apply anywhere): a rule is
 * called only at a token that holds one of its words, so the rules whose first test would turn
 * the token down are not called, and none hashes the token's word to find out.
 */
const RULE_LISTS: ReadonlyArray<CueList | null> = RULES.map(([, starts]) => {
  if (starts === 'any') return null;
  const words = new Set(starts.flatMap((w) => [...w]));
  return words.has('*') ? null : wordList(words);
});

export function expansionsOf(sentence: SentenceView, original: DocView, taken: Map<Mention, string | null>): ExpansionFact[] {
  if (sentence.sent.skip) return [];
  const blocked = blockedSpans(sentence);
  if (blocked === 'all') return [];
  const x = expansionDoc(original);
  const v = x.views.get(sentence) ?? sentence;
  const consumed = consumedIn(x, v, taken);
  const focus = focusAfter(x, v, consumed);
  const doc = focus === x.doc.focus ? x.doc : { ...x.doc, focus };
  const c: ExpansionContext = { v, doc, consumed, out: [], officePlaces: new Set<Mention>(), home: x.home, homeCity: x.homeCity };
  for (const q of ourMarkets(v, x.home)) if (!(q.frenchHome && !x.home && q.place.place?.countryCode === 'FR')) push(c, 'market', q.owner ?? fullerFocus(v, q.at, doc, consumed), q.place.text, null, q.place.s);
  for (const l of statedListings(v, c)) if (!spanAt(blocked, l.at)) push(c, 'ipo', l.company, l.place, null, l.at);
  for (let i = v.from; i < v.tokens.length; i++) {
    if (!v.tokens[i]?.word) continue;
    if (blocked.length > 0) {
      const aside = spanAt(blocked, i);
      if (aside) {
        // (The loop's i++ then reads the first token after the span.)
        i = aside[1] - 1;
        continue;
      }
    }
    const token = v.tokens[i];
    if (RULE_STARTS && !startsCue(token, RULE_STARTS)) continue;
    for (let r = 0; r < RULES.length; r++) {
      const starts = RULE_LISTS[r];
      if (starts && !startsCue(token, starts)) continue;
      const next = (RULES[r] as Entry)[0](c, i);
      if (next >= 0) {
        i = next;
        break;
      }
    }
  }
  // (Most sentences state no expansion: nothing to filter.)
  if (c.out.length === 0) return c.out;
  const out = placeDealsInEnteredCountry(withoutHomeAndOfficeCities(c.out, x.home, x.homeCity));
  // "… s'allie à Y. L'accord a été signé à Vierzon.": the next sentence places the deal.
  const unplaced = out.some((f) => f.kind === 'partnership' && f.place === null);
  const signed = unplaced ? signedAtNext(original, sentence) : null;
  return signed ? placedDeals(out, signed) : out;
}

/**
 * The deals without a place placed there. Each fact is written out as the rules write it (a
 * spread copy gets another object shape) into a literal filled by push (a map result has
 * another element kind): either would deoptimize the code compiled on the rules' facts.
 */
function placedDeals(out: ExpansionFact[], place: string): ExpansionFact[] {
  const placed: ExpansionFact[] = [];
  for (const f of out) placed.push(f.kind === 'partnership' && f.place === null ? { company: f.company, kind: f.kind, place, partner: f.partner, date: f.date, evidence: f.evidence } : f);
  return placed;
}

/**
 * The blocked span holding token i, if any. (A loop, not `blocked.find` with a closure over i:
 * that would make V8 allocate a context at every token of the scan above.)
 */
function spanAt(blocked: ReadonlyArray<readonly [number, number]>, i: number): readonly [number, number] | undefined {
  for (const span of blocked) if (i >= span[0] && i < span[1]) return span;
  return undefined;
}

/**
 * Markets and offices that are no news: the company's own country ("le chausseur italien X … 310
 * magasins en Italie"), and for markets a city where the sentence opens an office ("s'installe à
 * Porto, où elle ouvre un premier bureau" is the office).
 */
function withoutHomeAndOfficeCities(out: ExpansionFact[], home: string | null, homeCity: string | null): ExpansionFact[] {
  const offices = new Set(out.filter((f) => f.kind === 'office').map((f) => `${f.company}|${f.place ?? ''}`));
  // Filled by push into a literal, not by filter: an empty filter result has another element
  // kind, and the caller compiled on filled ones deoptimizes on it.
  const kept: ExpansionFact[] = [];
  for (const f of out) if (newsPlace(f, home, offices) && !(homeCity && f.kind === 'office' && f.place && lookupPlaceForm(f.place)?.entry.id === homeCity)) kept.push(f);
  return kept;
}

function newsPlace(f: ExpansionFact, home: string | null, offices: Set<string>): boolean {
  if ((f.kind !== 'market' && f.kind !== 'office') || !f.place) return true;
  const entry = lookupPlaceForm(f.place)?.entry;
  // "runs 14 sites in Spain" for a Madrid company is home, not an office abroad.
  if (home && (entry?.kind === 'COUNTRY' || entry?.kind === 'REGION') && entry.countryCode === home) return false;
  if (f.kind === 'office') return true;
  return !(entry?.kind !== 'COUNTRY' && offices.has(`${f.company}|${f.place}`));
}

/**
 * "X part à la conquête des États-Unis et s'allie avec Y", "s'implante en Inde : … une
 * coentreprise avec Z": a deal struck in the sentence that enters one country is made there.
 */
function placeDealsInEnteredCountry(out: ExpansionFact[]): ExpansionFact[] {
  const countries = new Set<string>();
  for (const f of out) if (f.kind === 'market' && f.place && lookupPlaceForm(f.place)?.entry.kind === 'COUNTRY') countries.add(f.place);
  const [country] = countries;
  if (countries.size !== 1 || !country) return out;
  return placedDeals(out, country);
}
