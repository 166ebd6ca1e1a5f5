/**
 * Listings: "introduction en Bourse au NYSE", "coté au Nasdaq", "listed on the LSE", and
 * debuts on a named exchange. The place is the exchange (or, for listing cues, a city) just
 * after the cue; a listing with no place is a plan or a rumour and gives nothing.
 */
import { lookupExchange } from '../../lexicon/exchanges.js';
import { anyCueAt } from '../cues.js';
import type { Mention } from '../mentions.js';
import { type ExpansionContext, push } from './context.js';
import { DEBUT, IPO, SHARES, POSSESSIVE_S } from './cues.js';
import { CITY_STATES, excluded } from './places.js';
import { subject } from './subject.js';
import { companyRefAt, isCompanyLike } from '../refs.js';

/** "…pour son introduction", "…for its listing": the listing the exchange before was chosen for. */
const CHOICE_PREPS = new Set(['son', 'sa', 'its', 'their', 'leur']);

/** Nouns of a listing that a place may qualify from before: "its Hong Kong IPO". */
const LISTING_NOUNS = new Set(['ipo', 'listing', 'flotation']);

/** "is preparing its Hong Kong IPO": a listing to come, not one made. */
const PLAN_VERBS = new Set('preparing prepares prepare plans plan planning eyeing eyes targeting targets pursuing pursue mulling weighing considering launching readying readies'.split(' '));

const MARKET_WORDS = new Set(['marche', 'market']);

/** "before its London IPO", "ahead of its Hong Kong listing": the word at k says the listing is still to come. */
function aheadOf(t: ReadonlyArray<{ f: string }>, k: number): boolean {
  const f = t[k]?.f ?? '';
  return f === 'before' || (f === 'of' && t[k - 1]?.f === 'ahead') || (f === 'to' && t[k - 1]?.f === 'prior');
}

/** What shares listed abroad trade as: "as American depositary receipts", "as ADRs". */
const DEPOSITARY = new Set(['receipts', 'shares', 'adrs', 'adss', 'gdrs', 'ads', 'adr']);

const ALSO_LINKS = new Set(['et', 'and', ',', 'a', 'au', 'on', 'in', 'sur', 'the', 'la', 'le', "l'"]);

/** "coté à Paris et à Amsterdam", "listed on Euronext Paris and the Nasdaq": a dual listing, one fact per place. */
function alsoListed(c: ExpansionContext, first: Mention, cities: boolean): Mention[] {
  const { v } = c;
  const t = v.tokens;
  const out: Mention[] = [];
  let k = first.e;
  // "the Stock Exchange of Thailand and SGX": the country belongs to the first name.
  const country = t[k]?.f === 'of' ? v.cover[k + 1] : undefined;
  if (country?.kind === 'PLACE' && country.s === k + 1) k = country.e;
  if (!['et', 'and'].includes(t[k]?.f ?? '') && !(t[k]?.text === ',' && v.cover[k + 1]?.kind === first.kind)) return out;
  for (let skipped = 0; k < t.length && skipped <= 3; k++) {
    // "coté à Paris et, sous forme d'ADS, au Nasdaq": past a short aside.
    if (t[k]?.text === ',' && skipped > 0) {
      const close = t.slice(k + 1, k + 7).findIndex((w) => w.text === ',');
      if (close >= 0 && !t.slice(k + 1, k + 1 + close).some((w, n) => v.cover[k + 1 + n]?.kind === 'EXCHANGE')) k += close + 1;
    }
    // "trade in Frankfurt and, as ADRs, in New York" / "and as depositary shares on the Nasdaq": past what the shares trade as.
    if (t[k]?.f === 'as' && skipped > 0) {
      const on = t.slice(k + 1, k + 6).findIndex((w, n) => (w.f === 'on' || w.f === 'in') && DEPOSITARY.has(t[k + n]?.f ?? ''));
      if (on >= 0) {
        k += on + 1;
        continue;
      }
    }
    const m = v.cover[k];
    if (m && m.s === k) {
      const city = cities && m.kind === 'PLACE' && !m.adjective && m.place?.kind === 'CITY';
      if ((m.kind !== 'EXCHANGE' && !city) || excluded(v, m)) break;
      out.push(m);
      k = m.e - 1;
      skipped = 0;
      continue;
    }
    if (!ALSO_LINKS.has(t[k]?.f ?? '')) break;
    skipped++;
  }
  return out;
}

/**
 * "la Bourse régionale des valeurs mobilières (BRVM)": an exchange's acronym in brackets after
 * its name written in full is the exchange as written in full.
 */
function writtenInFull(c: ExpansionContext, m: Mention): string {
  const t = c.v.tokens;
  if (t[m.s - 1]?.text !== '(' || !m.exchange) return m.text;
  for (let n = 2; n <= 7 && m.s - 1 - n >= c.v.from; n++) {
    const words = t.slice(m.s - 1 - n, m.s - 1).map((w) => w.text);
    const full = words.join(' ').replace(/' /g, "'");
    if (lookupExchange(full)?.name === m.exchange.name) return full;
  }
  return m.text;
}

const OWNER_LINKS = new Set(['de', "d'", 'du']);

/**
 * "L'introduction en Bourse de Solarys sur Euronext Growth", "la cotation du groupe Vendal à
 * Paris": the company named right after the listing noun is the one listed.
 */
function listedOwner(v: ExpansionContext['v'], ipo: number): string | null {
  const t = v.tokens;
  if (!OWNER_LINKS.has(t[ipo]?.f ?? '')) return null;
  let k = ipo + 1;
  const ref = companyRefAt(v, k);
  if (ref > 0) k = ref;
  const m = v.cover[k];
  if (m && m.s === k && isCompanyLike(m)) return m.text;
  // "en Bourse de Solarys": the capitalised "Bourse" drew the name into one chunk.
  const glued = m && m.s === ipo - 1 && t[m.s]?.f === 'bourse' && isCompanyLike(m) ? m.text.split(' ').slice(2).join(' ') : '';
  return glued || null;
}

export function listingRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const listing = anyCueAt(t, i, IPO);
  const debut = listing > 0 ? -1 : anyCueAt(t, i, DEBUT);
  const ipo = listing > 0 ? listing : debut;
  if (ipo <= 0) return -1;
  let place: string | null = null;
  let more: Mention[] = [];
  let bourse = false;
  // "a fait ses premiers pas lundi sur le compartiment C d'Euronext Paris": a debut names its exchange a little further.
  for (let k = ipo; k < Math.min(t.length, ipo + (debut > 0 ? 9 : 6)); k++) {
    if (t[k]?.f === '.' || t[k]?.f === ';') break;
    const m = v.cover[k];
    // "floated on London's AIM market": the city only says whose exchange it is.
    const owner = m?.kind === 'PLACE' && POSSESSIVE_S.has(t[m.e]?.f ?? '') && v.cover[m.e + 1]?.kind === 'EXCHANGE';
    const city = m?.kind === 'PLACE' && !m.adjective && (m.place?.kind === 'CITY' || CITY_STATES.has(m.place?.countryCode ?? ''));
    // "which considered a listing in Amsterdam": a place weighed is no listing.
    if (m && excluded(v, m)) break;
    // "a fait ses débuts en Bourse à Francfort", "debuted on the stock market in Seoul": a debut on the stock market names its city.
    if (t[k]?.f === 'bourse' || t[k]?.f === 'stock') bourse = true;
    if (m?.kind === 'EXCHANGE' || ((debut < 0 || bourse) && city && !owner)) {
      place = m.kind === 'EXCHANGE' ? writtenInFull(c, m) : m.text;
      more = alsoListed(c, m, debut < 0);
      break;
    }
  }
  // "a retenu Euronext Bruxelles plutôt que Paris pour son introduction en Bourse": the
  // exchange chosen a few words before the listing noun.
  if (!place && listing > 0 && CHOICE_PREPS.has(t[i - 1]?.f ?? '')) {
    for (let k = i - 2; k >= Math.max(v.from, i - 10); k--) {
      const m = v.cover[k];
      if (m?.kind === 'EXCHANGE') {
        place = m.text;
        break;
      }
      if (t[k]?.f === ',' || t[k]?.f === ';') break;
    }
  }
  // "raised $120m in its Hong Kong IPO", "its London listing": the place written before the noun, after the possessive.
  if (!place && listing > 0 && LISTING_NOUNS.has(t[i]?.f ?? '')) {
    const m = v.cover[i - 1];
    const city = m?.kind === 'PLACE' && !m.adjective && (m.place?.kind === 'CITY' || CITY_STATES.has(m.place?.countryCode ?? ''));
    if (m && m.e === i && (m.kind === 'EXCHANGE' || city) && CHOICE_PREPS.has(t[m.s - 1]?.f ?? '') && !PLAN_VERBS.has(t[m.s - 2]?.f ?? '') && !aheadOf(t, m.s - 2) && !excluded(v, m)) place = m.text;
  }
  // "fait son entrée sur le marché japonais": a market entered, not a listing (the market rule reads it).
  if (!place && MARKET_WORDS.has(t[ipo + 1]?.f ?? '') && !t[ipo + 2]?.cap && !['boursier', 'boursiers', 'libre', 'reglemente', 'principal'].includes(t[ipo + 2]?.f ?? '')) return -1;
  // "made its debut in Ireland": a debut with no exchange and no stock market is a market entered (the market rule reads it).
  if (!place && debut > 0 && !bourse && !v.tokens.some((w) => SHARES.has(w.f))) return -1;
  if (place) {
    const company = listedOwner(v, ipo) ?? subject(v, i, c.doc, c.consumed);
    const places = [place];
    for (const m of more) places.push(m.text);
    for (const p of places) push(c, 'ipo', company, p, null, i);
  }
  return ipo - 1;
}
