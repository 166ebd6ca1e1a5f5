/**
 * Markets: launching or operating in a country or city ("se lance en Espagne", "launched in
 * Austria", "le marché allemand"), selling there ("supplies supermarkets in Belgium"), being
 * present there ("la Belgique, où nous sommes présents") and quoted markets ("France is our
 * second market"). Regions never count.
 */
import { DESCRIPTOR_NOUNS } from '../../lexicon/expansion-words.js';
import { lookupTokenPlace } from '../../lexicon/places.js';
import type { SentenceView } from '../analyze.js';
import { anyCueAt } from '../cues.js';
import type { Mention } from '../mentions.js';
import { isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { AFTER_WORDS, FIRST_OF_LIST, HOME_WORDS, LAUNCH_VERBS, MARKET_EN, OBJECT_PREPS, MARKET_FR, MARKET_NOUNS, OUR, PARTNER_NOUNS, PLACE_PREPS, POSSESSIVE_DETS, PRESENT_WORDS, REPORTING, SALES, STORE_NOUNS, SUBSIDIARY_NOUNS, POSSESSIVE_S } from './cues.js';
import { clauseLinkAt, inTitle } from './noise.js';
import { officeObject, placesFrom, usablePlace, whereAntecedent, whereClauseAntecedent } from './places.js';
import { governor, subject } from './subject.js';
import { partnerList } from './partners.js';

/** "notre", "its", or "the brand's" / "the company's". */
function ours(v: SentenceView, k: number): boolean {
  const f = v.tokens[k]?.f ?? '';
  if (OUR.has(f)) return true;
  if (!POSSESSIVE_S.has(f)) return false;
  return (DESCRIPTOR_NOUNS.has(v.tokens[k - 1]?.f ?? '') && v.tokens[k - 2]?.f === 'the') || namedOwner(v, k) !== null;
}

/** "Japan is now Dalgren's second market": the company named before the "'s" at token k, else null. */
function namedOwner(v: SentenceView, k: number): string | null {
  if (!POSSESSIVE_S.has(v.tokens[k]?.f ?? '')) return null;
  const owner = v.cover[k - 1];
  return owner?.e === k && isCompanyLike(owner) ? owner.text : null;
}

/** Verbs that give a place's share of the business: "La Flandre représente 12 % de nos ventes", "Germany accounts for a fifth of revenue". */
const SHARE_VERBS = new Set('represente representent representait representaient pese pesent pesait accounts account accounted represents represent represented'.split(' '));
/** What the share is of: "de nos ventes", "of its revenue", "d'un quart de ses clients". */
const SHARE_NOUNS = new Set('ventes revenus chiffre clients clientele activite revenue revenues sales turnover customers business passengers bookings orders volumes shipments'.split(' '));
const SHARE_OWNERS = new Set(['nos', 'notre', 'ses', 'son', 'sa', 'leurs', 'leur', 'our', 'its', 'their', 'the']);
const SHARE_SKIPS = new Set(['deja', 'desormais', "aujourd'hui", 'already', 'now', 'alone', 'a', 'elle', 'lui', 'seule', 'seul']);

/** "deuxième marché", "premier marché", "plus grand marché": the rank before the market noun. */
const RANKS = new Set('premier premiere deuxieme second seconde troisieme quatrieme cinquieme principal grand'.split(' '));
const OWNER_LINKS = new Set(['de', "d'", 'du']);
/** Words that may sit between a place and its rank: "est (désormais) devenu le", ", premier". */
const RANK_LEADS = new Set('est sont etait devenu devenue devenus devenues devient deviennent reste restent demeure desormais deja aujourd\'hui toujours le la les , de loin'.split(' '));

/**
 * "Le Japon est devenu le deuxième marché de Kalidor", "l'Italie, premier marché de Velanto à
 * l'export": a place ranked as a market of the company named after the noun.
 */
function rankedMarketOf(v: SentenceView, m: Mention): Mention | null {
  const t = v.tokens;
  let k = m.e;
  while (k < m.e + 6 && RANK_LEADS.has(t[k]?.f ?? '') && !v.cover[k]) k++;
  if (t[k]?.f === 'plus' && t[k + 1]?.f === 'grand') k++;
  if (!RANKS.has(t[k]?.f ?? '') || (t[k]?.f === 'grand' && t[k - 1]?.f !== 'plus')) return null;
  if (!MARKET_NOUNS.has(t[k + 1]?.f ?? '')) return null;
  return namedOwnerAfter(v, k + 2, 4);
}

/**
 * The company named by "de X" within reach of token j, past a few lowercase words ("du chiffre
 * d'affaires de Kalidor", "marché à l'export de Velanto"); null when another name comes first.
 */
function namedOwnerAfter(v: SentenceView, j: number, reach: number): Mention | null {
  const t = v.tokens;
  for (let k = j; k < Math.min(t.length, j + reach); k++) {
    const w = t[k];
    if (!w || v.cover[k] || !w.word || w.cap) return null;
    if (!OWNER_LINKS.has(w.f)) continue;
    const owner = v.cover[k + 1];
    if (owner && owner.s === k + 1 && isCompanyLike(owner)) return owner;
  }
  return null;
}

/** The end of a ", where … ," / ", où … ," clause opening at token k, else k. */
function pastWhereClause(v: SentenceView, k: number): number {
  const t = v.tokens;
  if (t[k]?.text !== ',' || !['where', 'ou'].includes(t[k + 1]?.f ?? '')) return k;
  for (let e = k + 2; e < Math.min(t.length, k + 14); e++) {
    if (t[e]?.f === '.' || t[e]?.f === ';') return k;
    if (t[e]?.text === ',') return e + 1;
  }
  return k;
}

/** "La Suisse représente déjà 15 % de nos ventes": a share verb after the place, then "de"/"of" and a sales noun within a few words. */
function shareOfBusiness(v: SentenceView, m: Mention): number {
  const t = v.tokens;
  let k = pastWhereClause(v, m.e);
  while (SHARE_SKIPS.has(t[k]?.f ?? '') && k < m.e + 16) k++;
  if (!SHARE_VERBS.has(t[k]?.f ?? '')) return -1;
  for (let j = k + 1; j < Math.min(t.length, k + 9); j++) {
    const f = t[j]?.f ?? '';
    if (f === '.' || f === ';' || v.cover[j]) return -1;
    // "25 % du chiffre d'affaires de Kalidor", "15 % des ventes".
    if ((f === 'du' || f === 'des') && SHARE_NOUNS.has(t[j + 1]?.f ?? '')) return k;
    if (f !== 'de' && f !== "d'" && f !== 'of') continue;
    const noun = SHARE_OWNERS.has(t[j + 1]?.f ?? '') ? j + 2 : j + 1;
    if (SHARE_NOUNS.has(t[noun]?.f ?? '')) return k;
    // "of the carrier's revenue", "of Velko's passengers": the owner written with "'s".
    const owned = possessiveEnd(v, j + 1);
    if (owned > 0 && SHARE_NOUNS.has(t[owned]?.f ?? '')) return k;
  }
  return -1;
}

/** After a region, "est (devenue) notre troisième marché": the token after the market noun, else -1. */
function regionRank(v: SentenceView, m: Mention): number {
  const t = v.tokens;
  let k = m.e;
  while (k < m.e + 4 && RANK_LEADS.has(t[k]?.f ?? '') && !v.cover[k]) k++;
  if (!OUR.has(t[k]?.f ?? '')) return -1;
  for (let j = k + 1; j <= k + 3; j++) if (MARKET_NOUNS.has(t[j]?.f ?? '')) return j + 1;
  return -1;
}

/** "accounts for a third of Velko's passengers": the company named with "'s" in the few words after the share verb, else null. */
function possessiveOwner(v: SentenceView, j: number): string | null {
  const t = v.tokens;
  for (let k = j; k < Math.min(t.length, j + 8); k++) {
    const m = v.cover[k];
    if (m && m.s === k && isCompanyLike(m) && POSSESSIVE_S.has(t[m.e]?.f ?? '')) return m.text;
  }
  return null;
}

/** The token after "the carrier's" or "Velko's" starting at j, else -1. */
function possessiveEnd(v: SentenceView, j: number): number {
  const t = v.tokens;
  const m = v.cover[j];
  const at = m && m.s === j && isCompanyLike(m) ? m.e : t[j]?.f === 'the' && DESCRIPTOR_NOUNS.has(t[j + 1]?.f ?? '') ? j + 2 : -1;
  return at > 0 && POSSESSIVE_S.has(t[at]?.f ?? '') ? at + 1 : -1;
}

/** A quoted market, and the token before which the sentence names the company it is (past a "where" clause: "Germany, where Velko sells best, accounts for…"). */
export interface QuotedMarket {
  place: Mention;
  at: number;
  /**
   * The company the sentence names as the market's owner ("Japan is Dalgren's second market", "le
   * deuxième marché de Kalidor", "25 % du chiffre d'affaires de Kalidor"), else null.
   */
  owner: string | null;
  /** France counts as home when the text states no country for the company. */
  frenchHome?: boolean;
}

/**
 * "L'Italie est désormais notre troisième marché", "France is our second market", "au Japon, son
 * premier marché à l'export", "compte l'Allemagne comme premier marché": places quoted
 * as markets; so is a place's share of the business ("La Wallonie pèse déjà 15 % de notre
 * chiffre d'affaires"), a region inside a country included.
 */
export function ourMarkets(v: SentenceView, home: string | null): QuotedMarket[] {
  const out: QuotedMarket[] = [];
  for (const m of v.mentions) {
    if (m.kind !== 'PLACE' || m.adjective) continue;
    const share = m.place?.kind !== 'REGION' || m.place.countryCode !== null ? shareOfBusiness(v, m) : -1;
    if (share > 0) {
      out.push({ place: m, at: share, owner: namedOwnerAfter(v, share + 1, 12)?.text ?? possessiveOwner(v, share + 1) });
      continue;
    }
    const t = v.tokens;
    // "Le Maghreb reste notre deuxième marché, derrière la France et la Belgique": a
    // region is no market, but the countries it is ranked behind are.
    if (m.place?.kind === 'REGION') {
      const rank = regionRank(v, m);
      // (In the French press a firm of no stated country ranking France among them is at home there.)
      if (rank > 0) for (const next of runnersUp(v, rank, home !== null || ABROAD_WORDS.has(t[rank - 2]?.f ?? ''))) out.push({ place: next, at: m.s, owner: null, frenchHome: t[rank - 1]?.f === 'marche' });
      continue;
    }
    // "Le Japon est devenu le deuxième marché de Kalidor", "l'Italie, premier marché de X".
    const ranked = rankedMarketOf(v, m);
    if (ranked) {
      out.push({ place: m, at: m.s, owner: ranked.text });
      continue;
    }
    // "au Japon, son premier marché à l'export": an apposition after the comma.
    let k = t[m.e]?.text === ',' ? m.e + 1 : m.e;
    while (k < m.e + 5 && t[k]?.word && !ours(v, k) && t[k]?.f !== 'comme') k++;
    // "compte le Japon comme deuxième marché": "comme" with no possessive.
    if (!ours(v, k) && t[k]?.f !== 'comme') continue;
    // "Ireland and the Netherlands are its next-largest markets": a plural noun after a plural verb or an apposition.
    const plural = PLURAL_LEADS.has(t[k - 1]?.f ?? '') || t[k - 1]?.text === ',';
    for (let j = k + 1; j <= k + 3; j++) {
      if (HOME_WORDS.has(t[j]?.f ?? '')) break;
      if (MARKET_NOUNS.has(t[j]?.f ?? '') || (plural && MARKETS_PLURAL.has(t[j]?.f ?? ''))) {
        // "son marché historique": the home market, the adjective after the noun.
        if (HOME_WORDS.has(t[j + 1]?.f ?? '')) break;
        const owner = namedOwner(v, k);
        out.push({ place: m, at: m.s, owner });
        for (const next of runnersUp(v, j + 1, home !== null || ABROAD_WORDS.has(t[j - 1]?.f ?? ''))) out.push({ place: next, at: m.s, owner });
        break;
      }
      if (!t[j]?.word) break;
    }
  }
  return out;
}

/** "international market", "marché à l'export": a ranking among markets abroad. */
const ABROAD_WORDS = new Set(['international', 'export', 'foreign', 'overseas', 'etranger', 'internationale']);

/** The words before "its" that let a plural market noun follow: "X and Y are its next-largest markets", "X and Y, its two biggest markets". */
const PLURAL_LEADS = new Set(['are', 'were', 'remain', 'sont', 'restent', 'demeurent', 'etaient']);

/**
 * "devant", "ahead of": the market ranked next after a quoted one; "derrière", "behind", "après",
 * "after": the one ranked before it ("our second-largest market after Korea").
 */
const RANK_WORDS = new Set(['devant', 'ahead', 'derriere', 'behind', 'apres', 'after']);

/**
 * "L'Italie est notre deuxième marché, devant la Suisse", "Spain is now our second market,
 * ahead of Portugal", "notre deuxième marché à l'export, derrière la Belgique et l'Autriche":
 * the places ranked beside the quoted one are markets too (past a short qualifier of the noun).
 * ("after" is read only when a place follows it: "our third market after only two years" names none.)
 */
function runnersUp(v: SentenceView, k: number, abroad: boolean): Mention[] {
  const t = v.tokens;
  let j = k;
  let abroadAfter = abroad;
  for (; j < k + 4 && t[j]?.word && !t[j]?.cap && !v.cover[j] && !RANK_WORDS.has(t[j]?.f ?? ''); j++) if (ABROAD_WORDS.has(t[j]?.f ?? '')) abroadAfter = true;
  if (t[j]?.text === ',') j++;
  if (!RANK_WORDS.has(t[j]?.f ?? '')) return [];
  // "our second market after France" mostly names the home market: only when the ranking is of
  // markets abroad ("second-largest international market after Korea"), or the home is known
  // (and dropped later), is the place after "after" one it expanded to.
  if (AFTER_WORDS.has(t[j]?.f ?? '') && !abroadAfter) return [];
  if (t[j + 1]?.f === 'of') j++;
  return placesFrom(v, j + 1, 1).filter((m) => !m.adjective && m.place?.kind !== 'REGION');
}

/**
 * "Après le Portugal, il se lance en Grèce", "after Lisbon last year, it will open a hotel in
 * Porto": a place after "après"/"after" earlier in the clause is an earlier market.
 */
export function earlierMarkets(v: SentenceView, i: number): Mention[] {
  const t = v.tokens;
  for (let k = i - 1; k >= v.from; k--) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || f === ':') break;
    if (!AFTER_WORDS.has(f)) continue;
    // "Après sa boutique de Milan, …", "after its store in Oslo": past the earlier shop.
    let j = k + 1;
    if (POSSESSIVE_DETS.has(t[j]?.f ?? '') && STORE_NOUNS.has(t[j + 1]?.f ?? '') && ['de', "d'", 'a', 'in'].includes(t[j + 2]?.f ?? '')) j += 3;
    // "Après l'Espagne et l'Italie, …": every place listed.
    return placesFrom(v, j, 1).filter((m) => usablePlace(v, m));
  }
  return [];
}

const AFTER_DETS = new Set(['la', 'le', "l'", 'les', 'the']);

/**
 * "se lance à Turin, un an après Lisbonne", "une boutique à Kyoto, sa deuxième au Japon après
 * Osaka et Nagoya", "opens in Leeds after Glasgow": the places written after "après"/"after"
 * a few words past the last place of an opening (from `e` on), in the same clause, are
 * earlier markets.
 */
export function marketsAfter(v: SentenceView, e: number): Mention[] {
  const t = v.tokens;
  for (let k = e; k < Math.min(t.length, e + 10); k++) {
    const g = t[k]?.f ?? '';
    if (g === '.' || g === ';' || clauseLinkAt(v, k)) break;
    if (!AFTER_WORDS.has(g)) continue;
    const j = AFTER_DETS.has(t[k + 1]?.f ?? '') ? k + 2 : k + 1;
    const m = v.cover[j];
    return m && m.s === j ? placesFrom(v, j, 0).filter((p) => usablePlace(v, p)) : [];
  }
  return [];
}

const LIST_LINKS = new Set([',', 'and', 'et']);

/**
 * "is to open nine shops across Wales, beginning with Brynmor", "ouvrira dix
 * boutiques en Espagne, à commencer par Séville": the first towns of a wider opening, a few
 * words past its place (from `e` on), in the same clause. A name no list holds counts there (one
 * or two capitalised words, in a list of such): what else begins an opening in a country?
 */
export function firstOfOpening(v: SentenceView, e: number): Mention[] {
  const t = v.tokens;
  for (let k = e; k < Math.min(t.length, e + 8); k++) {
    const g = t[k]?.f ?? '';
    if (g === '.' || g === ';' || clauseLinkAt(v, k)) break;
    const end = anyCueAt(t, k, FIRST_OF_LIST);
    if (end < 0) continue;
    const out: Mention[] = [];
    for (let j = end; ; ) {
      const m = v.cover[j];
      const town = m && m.s === j && ((m.kind === 'PLACE' && usablePlace(v, m) && m.place?.kind === 'CITY') || (m.kind === 'UNKNOWN' && m.e - m.s <= 2 && !(t[m.e]?.cap ?? false)));
      if (!m || !town) break;
      out.push(m);
      j = m.e;
      if (t[j]?.text === ',' && t[j + 1]?.f === 'and') j++;
      if (!LIST_LINKS.has(t[j]?.text ?? '') && !LIST_LINKS.has(t[j]?.f ?? '')) break;
      j++;
    }
    return out;
  }
  return [];
}

/** The country "there"/"y" stands for: the last one named earlier in the sentence, else in the sentence before. */
export function thereAntecedent(c: ExpansionContext, i: number): Mention | null {
  const { v, doc } = c;
  const country = (m: Mention | undefined): boolean => m?.kind === 'PLACE' && !m.adjective && m.place?.kind === 'COUNTRY';
  for (let x = v.mentions.length - 1; x >= 0; x--) {
    const m = v.mentions[x];
    if (m && m.e <= i && country(m) && usablePlace(v, m)) return m;
  }
  const prev = doc.sentences[v.sent.index - 1];
  if (!prev) return null;
  for (let x = prev.mentions.length - 1; x >= 0; x--) {
    const m = prev.mentions[x];
    if (country(m)) return m ?? null;
  }
  return null;
}

/** The subject of the sentence's main verb: its first name not after a preposition. */
function clauseSubject(v: SentenceView, i: number, c: ExpansionContext): string | null {
  for (const m of v.mentions) {
    if (m.s >= i) break;
    if (isCompanyLike(m) && !c.consumed.has(m) && !OBJECT_PREPS.has(v.tokens[m.s - 1]?.f ?? '')) return m.text;
  }
  return subject(v, i, c.doc, c.consumed);
}

/**
 * Who sells in "signed a deal with Seoul-based Y to sell its products in Korea", "a signé avec
 * l'indien Y un accord pour commercialiser ses disjoncteurs en Inde": the first name before the
 * purpose that no preposition governs, else the text's company (the subject was "le groupe").
 */
function purposeDoer(v: SentenceView, i: number, c: ExpansionContext): string | null {
  for (const m of v.mentions) {
    if (m.s >= i) break;
    if (isCompanyLike(m) && !c.consumed.has(m) && governor(v, m) === null && !OBJECT_PREPS.has(v.tokens[m.s - 1]?.f ?? '')) return m.text;
  }
  return c.doc.focus;
}

/** "to launch its payments service in Peru", "lance son offre de crédit au Pérou". */
/** What a company launches in a country when the article is indefinite: "to launch a next-day delivery service in Ghana". */
const OFFERING_NOUNS = new Set('service services offer offre offres app application platform plateforme product products produit produits range gamme card carte'.split(' '));
const INDEFINITE = new Set(['a', 'an', 'un', 'une']);

/** A media outlet's edition for a country or city is a market there (blind10 rule 14). */
const EDITION_NOUNS = new Set(['edition', 'editions', 'declinaison']);
const EDITION_LINKS = new Set(['pour', 'for', 'en', 'au', 'aux', 'in', 'a', 'la', 'le', "l'", 'les', 'the']);

/** "lancera en septembre une édition pour la Belgique", "launched a UK edition": the place of the edition, or null. */
function editionPlace(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i + 1; k < Math.min(t.length, i + 7); k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || f === ',') return null;
    if (!EDITION_NOUNS.has(f)) continue;
    const before = v.cover[k - 1];
    if (before?.e === k && usablePlace(v, before)) return before;
    let j = k + 1;
    // "une édition régionale à Brest", "a regional edition in Leeds": one lowercase word qualifies it.
    const qualifier = t[j]?.word && !t[j]?.cap && !v.cover[j] && !EDITION_LINKS.has(t[j]?.f ?? '') && EDITION_LINKS.has(t[j + 1]?.f ?? '');
    if (qualifier) j++;
    const start = j;
    while (EDITION_LINKS.has(t[j]?.f ?? '') && j < start + 3) j++;
    const m = v.cover[j];
    return j > start && m?.s === j && usablePlace(v, m) ? m : null;
  }
  return null;
}

export function launchRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (LAUNCH_VERBS.has(t[i]?.f ?? '') && !inTitle(v, i)) {
    const edition = editionPlace(v, i);
    if (edition) {
      push(c, 'market', subject(v, i, c.doc, c.consumed), edition.text, null, i);
      return edition.e - 1;
    }
  }
  const indefinite = INDEFINITE.has(t[i + 1]?.f ?? '');
  if (!LAUNCH_VERBS.has(t[i]?.f ?? '') || !(POSSESSIVE_DETS.has(t[i + 1]?.f ?? '') || indefinite) || inTitle(v, i)) return -1;
  for (let k = i + 2; k < Math.min(t.length, i + 7); k++) {
    const g = t[k];
    if (!g?.word || g.cap || v.cover[k]) return -1;
    if (!PLACE_PREPS.has(g.f)) continue;
    if (indefinite && !OFFERING_NOUNS.has(t[k - 1]?.f ?? '')) return -1;
    const places = placesFrom(v, k + 1, 1).filter((p) => p.place?.kind === 'COUNTRY' || p.place?.kind === 'CITY');
    if (places.length === 0) return -1;
    // "A teamed up with B to launch its service in X": A launches.
    const company = ['to', 'pour'].includes(t[i - 1]?.f ?? '') ? clauseSubject(v, i, c) : subject(v, i, c.doc, c.consumed);
    for (const p of places) push(c, 'market', company, p.text, null, i);
    return k;
  }
  return -1;
}

export const DEBUT_NOUNS: ReadonlySet<string> = new Set(['debut', 'debuts', 'arrival', 'entry', 'launch']);

/** "is making its UK debut", "its Japanese launch": a possessive, a country or city, and a debut noun. */
export function debutRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  // "its U.S. debut": the abbreviation's last dot stands between the place and the noun.
  const dot = t[i - 1]?.text === '.' && !v.cover[i - 1] ? 1 : 0;
  const m = v.cover[i - 1 - dot];
  if (!DEBUT_NOUNS.has(t[i]?.f ?? '') || !m || m.e !== i - dot || m.kind !== 'PLACE' || !POSSESSIVE_DETS.has(t[m.s - 1]?.f ?? '')) return -1;
  if (m.place?.kind !== 'COUNTRY' && m.place?.kind !== 'CITY') return -1;
  const company = subject(v, m.s, c.doc, c.consumed);
  push(c, 'market', company, m.adjective ? m.place.name : m.text, null, i);
  // "makes its U.S. debut in Houston": the city is a market too.
  const cities = PLACE_PREPS.has(t[i + 1]?.f ?? '') ? placesFrom(v, i + 2, 0).filter((p) => p.place?.kind === 'CITY') : [];
  for (const p of cities) push(c, 'market', company, p.text, null, i);
  return cities[cities.length - 1]?.e ?? i;
}

/** "Après la Suisse, où nous sommes implantés depuis 2021", "Spain, where we are present". */
const OUTSIDE_WORDS = new Set(['outside', 'beyond', 'hors']);

/**
 * "its second in Europe outside Norway, where it already runs three farms": the
 * home left out of a count is where the company already works, said by the "where" clause.
 */
function outsideWhere(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i - 1; k >= Math.max(v.from + 3, i - 4); k--) {
    const f = t[k]?.f ?? '';
    if (f === 'where' || f === 'ou') {
      const m = t[k - 1]?.text === ',' ? v.cover[k - 2] : undefined;
      const before = m ? t[m.s - 1]?.f ?? '' : '';
      const outside = OUTSIDE_WORDS.has(before) || (before === 'de' && t[m ? m.s - 2 : 0]?.f === 'hors');
      return m?.kind === 'PLACE' && !m.adjective && m.place?.kind === 'COUNTRY' && outside ? m : null;
    }
    if (!t[k]?.word) return null;
  }
  return null;
}

export function presentRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  if (!PRESENT_WORDS.has(v.tokens[i]?.f ?? '')) return -1;
  const m = whereAntecedent(v, i) ?? outsideWhere(v, i);
  if (!m) return -1;
  push(c, 'market', subject(v, m.s, c.doc, c.consumed), m.text, null, i);
  return i;
}

/** "already supplies supermarkets in Belgium and Denmark": selling in a country is a market. */
const DEAL_NOUNS_AFTER = new Set(['agreement', 'deal', 'contract', 'pact', 'accord', 'contrat', 'chain', 'chains']);
/** Selling a part of itself is a divestment, not a market: "vend sa filiale en Espagne", "sells its stake in Brazil". */
const DIVESTED = new Set('filiale filiales activite activites participation participations parts usine usines site sites division divisions branche stake stakes unit units business businesses subsidiary subsidiaries operations assets actifs'.split(' '));

export function salesRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const sales = anyCueAt(v.tokens, i, SALES);
  if (sales <= 0 || inTitle(v, i)) return -1;
  // "will start selling its software in Japan": the object may take a few words.
  // "a supply agreement with Korea's Hanvel": a noun, and the country is the partner's.
  if (DEAL_NOUNS_AFTER.has(t[sales]?.f ?? '')) return i;
  // "sells its stake in X", "vend ses activités en Y": a divestment (the cue's "*" object).
  // ("15 % de son activité en Suisse" is a share of the business, not one sold.)
  if (t[i]?.f !== 'de') for (let k = i + 1; k < sales; k++) if (DIVESTED.has(t[k]?.f ?? '')) return i;
  // ("developing projects in Scotland": a region inside a country counts, as for any market where
  // the company works; a share of revenue drawn from a region, "55 % de ses revenus du Québec",
  // may be its home.)
  const works = WORK_CUE_STARTS.has(t[i]?.f ?? '');
  const places = placesFrom(v, sales, 4, works).filter((p) => (works ? countryOrInner(p) : p.place?.kind === 'COUNTRY') && !POSSESSIVE_S.has(t[p.e]?.f ?? ''));
  // "signed a distribution agreement with Seoul-based Y to sell its products in Korea": the
  // purpose's doer is the clause's subject, the seller, not the partner named just before.
  const company = ['to', 'pour'].includes(t[i - 1]?.f ?? '') ? purposeDoer(v, i, c) : subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return places.length > 0 ? sales - 1 : i;
}

/** The first words of the sales cues that say the company works somewhere ("developing projects in", "operates wind farms in"). */
const WORK_CUE_STARTS = new Set(['developing', 'develops', 'operates', 'developpe']);

/** A country, or a region inside one ("Scotland", "Bavaria"); "Europe" is none. */
function countryOrInner(p: Mention): boolean {
  return p.place?.kind === 'COUNTRY' || (p.place?.kind === 'REGION' && p.place.countryCode !== null && !p.adjective);
}

/** Verbs of selling in a country, whatever the object: "commercialise déjà son holter connecté en Allemagne", "already lends in Spain". */
const SELL_VERBS = new Set('commercialise commercialisent commercialisera commercialiseront vend vendent vendra vendront distribue distribuent distribuera distribueront propose proposent sells markets distributes lends commercialiser vendre sell'.split(' '));
/** The same as participles after "est"/"is": "est vendue en Allemagne et en Autriche", "is sold in Japan". */
const SOLD = new Set('vendu vendue vendus vendues commercialise commercialisee commercialises commercialisees distribue distribuee distribues distribuees edite editee edites editees sold marketed distributed published'.split(' '));
const BE = new Set(['est', 'sont', 'etait', 'etaient', 'sera', 'seront', 'is', 'are', 'was', 'were', 'be', 'been']);
/** "… sera édité au Brésil par Y", "will be published in Brazil by Y": who sells it there is a partner. */
const BY_WORDS = new Set(['by', 'par']);
const SELL_ADVERBS = new Set(['deja', 'aussi', 'egalement', 'desormais', 'notamment', 'already', 'also', 'now', 'still']);
/** "exporte la moitié de ses fromages en Chine", "now exports beef to China": exporting to a country is a market (the object may be longer). */
const EXPORT_VERBS = new Set('exporte exportent exportera exporteront exportait exportaient exportant export exports exported exporting expedie expedient expediera expedieront'.split(' '));
const EXPORT_PREPS = new Set([...PLACE_PREPS, 'to', 'vers']);
/** Adverbs after a comma before the places of an export: "…, principalement vers", "…, mainly to". */
const EXPORT_ADVERBS = new Set(['principalement', 'notamment', 'surtout', 'essentiellement', 'majoritairement', 'mainly', 'chiefly', 'notably', 'mostly', 'largely', 'primarily']);
/** "exploite des parcs éoliens au Portugal", "operates subsidiaries in Ghana", "has been selling its games in Japan": running a business in a country. */
const OPERATE_VERBS = new Set('exploite exploitent operates operate selling'.split(' '));
export const SELL_STARTS: ReadonlySet<string> = new Set([...SELL_VERBS, ...SOLD, ...EXPORT_VERBS, ...OPERATE_VERBS, 'exporter']);

export function sellsRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  let before = i - 1;
  while (SELL_ADVERBS.has(t[before]?.f ?? '')) before--;
  // "Le laboratoire, déjà distribué en pharmacie en Espagne": an apposition after an adverb.
  const passive = SOLD.has(f) && (BE.has(t[before]?.f ?? '') || (before < i - 1 && t[before]?.text === ','));
  // "commence à exporter vers la Chine" (an "exporter" after anything else is the English noun).
  const exports = EXPORT_VERBS.has(f) || (f === 'exporter' && t[i - 1]?.f === 'a');
  const operates = OPERATE_VERBS.has(f);
  if ((!passive && !exports && !operates && !SELL_VERBS.has(f)) || inTitle(v, i)) return -1;
  const preps = exports ? EXPORT_PREPS : PLACE_PREPS;
  // "au Danemark, où ses yaourts seront distribués dès mai par le groupe X": the country of the
  // "où" clause, and the one who sells there after "par", a partner.
  if (passive) {
    const sold = soldThereBy(c, i);
    if (sold >= 0) return sold;
  }
  let k = i + 1;
  while (SELL_ADVERBS.has(t[k]?.f ?? '')) k++;
  // The object: a few lowercase words ("son holter connecté", "its loans") before the place.
  for (const end = k + (exports ? 8 : 5); k < end && !preps.has(t[k]?.f ?? ''); k++) {
    const g = t[k];
    // "exporte 70 % de ses vins, surtout vers la Chine": a share and an adverb.
    if (exports && (g?.f === '%' || (g?.text === ',' && EXPORT_ADVERBS.has(t[k + 1]?.f ?? '')))) continue;
    if (passive || !g?.word || g.cap || v.cover[k] || (DIVESTED.has(g.f) && !operates)) return -1;
  }
  if (!preps.has(t[k]?.f ?? '')) return -1;
  // "distribué en pharmacie en Espagne": the channel before the place.
  const channel = t[k + 1];
  if (channel?.word && !channel.cap && !v.cover[k + 1] && PLACE_PREPS.has(t[k + 2]?.f ?? '') && !lookupTokenPlace(channel)) k += 2;
  // "le groupe, qui exploite 35 hôtels en France": in the French press, running sites in France is the company's home.
  const places = placesFrom(v, k, exports ? 2 : 1, true).filter((p) => countryOrInner(p) && !POSSESSIVE_S.has(t[p.e]?.f ?? '') && !(operates && p.place?.countryCode === 'FR' && t[p.s - 1]?.f === 'en'));
  if (places.length === 0) return -1;
  if (partnerSells(v, before)) return places[places.length - 1]?.e ?? i;
  // "a deal with Seoul-based Y to sell its products in Korea": the clause's subject sells.
  const company = ['to', 'pour'].includes(t[before]?.f ?? '') ? purposeDoer(v, before + 1, c) : subject(v, before + 1, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  const last = places[places.length - 1];
  if (passive && last && BY_WORDS.has(t[last.e]?.f ?? '')) {
    const seller = partnerList(v, last.e + 1, c.doc)[0];
    if (seller && company && seller.text !== company) push(c, 'partnership', company, places.length === 1 ? last.text : null, seller.text, i);
  }
  return last?.e ?? i;
}

/** Words between a passive participle and its "par": "distribués (dès mai) par", "vendus (désormais) par". */
const BEFORE_BY = 3;

/**
 * "…au Danemark, où ses yaourts seront distribués dès mai par le groupe X": a product sold by a
 * named firm in the country a ", où" clause stands for is a deal with that firm there, and a
 * market. The token the scan resumes after, or -1.
 */
function soldThereBy(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const where = whereClauseAntecedent(v, i);
  if (where?.place?.kind !== 'COUNTRY') return -1;
  let k = i + 1;
  while (k <= i + BEFORE_BY && !BY_WORDS.has(t[k]?.f ?? '') && t[k]?.word && !v.cover[k]) k++;
  if (!BY_WORDS.has(t[k]?.f ?? '')) return -1;
  const seller = partnerList(v, k + 1, c.doc)[0];
  const company = subject(v, where.s, c.doc, c.consumed);
  if (!seller || !company || seller.text === company) return -1;
  push(c, 'market', company, where.text, null, i);
  push(c, 'partnership', company, where.text, seller.text, i);
  return seller.e - 1;
}

/**
 * "un accord avec le coréen Y, qui commercialisera ses crèmes en Corée":
 * the partner sells the company's products there, so the market is not the partner's (the deal
 * rule places it).
 */
function partnerSells(v: SentenceView, before: number): boolean {
  const t = v.tokens;
  if (!RELATIVE_WORDS.has(t[before]?.f ?? '') || t[before - 1]?.text !== ',') return false;
  const m = v.cover[before - 2];
  const g = m && m.e === before - 1 ? governor(v, m) : null;
  return g === 'avec' || g === 'with';
}
const RELATIVE_WORDS = new Set(['qui', 'which']);

/** "une licence bancaire", "un agrément d'établissement de paiement": a licence to operate. */
export const LICENCE_NOUNS: ReadonlySet<string> = new Set(['licence', 'licences', 'agrement', 'agrements']);
/** Verbs of getting it, a few words before the noun: "vient d'obtenir une", "a décroché l'", "s'est vu accorder une". */
const OBTAIN_VERBS = new Set('obtenu obtient obtiennent obtenir obtiendra decroche decrochent decrocher recu recoit recoivent accorde accordee accorder octroye octroyee delivre delivree remporte remportent remporter'.split(' '));
/** Words between the noun and its country: "licence de monnaie électronique au", "agrément bancaire complet en". */
const LICENCE_REACH = 6;

/**
 * "vient d'obtenir une licence de monnaie électronique au Kenya", "a décroché un agrément
 * bancaire en Lituanie": a licence to operate obtained in a country is a market there (the
 * French of "won a licence in"). A licence asked for or hoped for is no fact (no getting verb, or
 * a plan verb that blocks the sentence).
 */
export function licenceRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!LICENCE_NOUNS.has(t[i]?.f ?? '') || inTitle(v, i)) return -1;
  let got = false;
  for (let k = i - 1; k >= Math.max(v.from, i - 4) && !got; k--) got = OBTAIN_VERBS.has(t[k]?.f ?? '');
  if (!got) return -1;
  // "au Mali, où X a obtenu ses licences": the country the "où" clause stands for.
  const where = whereClauseAntecedent(v, i);
  if (where?.place?.kind === 'COUNTRY') {
    const company = subject(v, i, c.doc, c.consumed);
    for (const p of countriesListedBefore(v, where)) push(c, 'market', company, p.text, null, i);
    return i;
  }
  let k = i + 1;
  while (k < i + 1 + LICENCE_REACH && t[k]?.word && !t[k]?.cap && !v.cover[k] && !PLACE_PREPS.has(t[k]?.f ?? '')) k++;
  // ("licence d'opérateur": the elided "d'" is a word of the noun's complement.)
  if (!PLACE_PREPS.has(t[k]?.f ?? '') || t[k]?.f === 'dans') return -1;
  const places = placesFrom(v, k, 1).filter((p) => p.place?.kind === 'COUNTRY');
  const first = places[0];
  if (!first || first.s > k + 2) return -1;
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return (places[places.length - 1] as Mention).e - 1;
}

const LISTED_PREPS = new Set(['au', 'aux', 'en', 'a', 'le', 'la', "l'", 'les']);

/** "au Mali et au Niger, où…": the countries listed up to m, m last. */
function countriesListedBefore(v: SentenceView, m: Mention): Mention[] {
  const t = v.tokens;
  const out = [m];
  let k = m.s - 1;
  for (let n = 0; n < 4; n++) {
    while (LISTED_PREPS.has(t[k]?.f ?? '')) k--;
    if (t[k]?.f !== 'et' && t[k]?.text !== ',') break;
    k--;
    while (LISTED_PREPS.has(t[k]?.f ?? '')) k--;
    const p = v.cover[k];
    if (!p || p.e !== k + 1 || p.kind !== 'PLACE' || p.adjective || p.place?.kind !== 'COUNTRY') break;
    out.unshift(p);
    k = p.s - 1;
  }
  return out;
}

/** "ses exportations vers la Chine", "les exportations de X vers le Japon": exports by noun. */
export const EXPORT_NOUNS: ReadonlySet<string> = new Set(['exportations']);
const OWN_DETS = new Set(['ses', 'leurs', 'nos']);
/** "a suspendu ses exportations vers la Russie": exports stopped are no market. */
const STOPPED = new Set('suspend suspendu suspendue suspendre arrete arretee stoppe stoppee interrompu interrompt cesse gele fin baisse'.split(' '));

/**
 * "Ses exportations vers la Chine ont doublé", "les exportations de Kervran vers le Japon":
 * the company's own exports to a country (a possessive, or its name after "de") are a market
 * there. Countries only, after "vers" (national trade figures, "les exportations françaises
 * vers", name no company).
 */
export function exportNounRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!EXPORT_NOUNS.has(t[i]?.f ?? '') || inTitle(v, i)) return -1;
  for (let j = i - 2; j >= Math.max(v.from, i - 4); j--) if (STOPPED.has(t[j]?.f ?? '')) return -1;
  let k = i + 1;
  let owner: string | null = null;
  // "de Mérac", "de la fromagerie Mérac": a description may come before the name.
  let n = k + 1;
  if (['de', "d'", 'du'].includes(t[k]?.f ?? '')) while (n < k + 4 && !v.cover[n] && t[n]?.word && !t[n]?.cap) n++;
  const named = ['de', "d'", 'du'].includes(t[k]?.f ?? '') ? v.cover[n] : undefined;
  if (named && named.s === n && isCompanyLike(named)) {
    owner = named.text;
    k = named.e;
  } else if (!OWN_DETS.has(t[i - 1]?.f ?? '')) return -1;
  if (t[k]?.f !== 'vers') return -1;
  const places = placesFrom(v, k, 2).filter((p) => p.place?.kind === 'COUNTRY' && !POSSESSIVE_S.has(t[p.e]?.f ?? ''));
  const last = places[places.length - 1];
  if (!last) return -1;
  const company = owner ?? subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return last.e - 1;
}

/** Air, rail and sea links: "lancera en avril des vols vers Tunis", "will launch flights to Accra", "began flying to Morocco". */
const ROUTE_NOUNS = new Set('vol vols liaison liaisons ligne lignes rotation rotations train trains flight flights route routes service services'.split(' '));
const FLY_WORDS = new Set(['flying', 'fly', 'flies', 'sailing', 'sail', 'sails']);
const ROUTE_OPENERS = new Set('exploite exploitent exploitera exploiteront assure assurent opere operent lance lancera lancer lancent lancement ouvre ouvrira ouvrir ouverture inaugure inaugurera proposera opere operera assurera rouler nouvelles nouveaux nouvelle nouveau premiers premieres launch launches launched launching open opens opened opening add adds added adding start starts started starting begin begins began beginning new first will'.split(' '));
/** "des vols vers Tunis", "flights to Accra", "cross-border service into Monterrey". */
const TO_WORDS = new Set(['vers', 'to', 'into']);
const BETWEEN_WORDS = new Set(['entre', 'between', 'linking', 'connecting', 'reliant']);
/** "linking Port Velan with Kelbrook", "reliant Brest à Cork": the word between the two ends. */
const LINK_ENDS = new Set(['and', 'et', 'with', 'to', 'avec', 'a']);
/** "au départ de Nantes vers…", "from Leeds to…": where the link leaves from is no market. */
const FROM_WORDS = new Set(['depuis', 'from']);
export const ROUTE_STARTS: ReadonlySet<string> = new Set([...ROUTE_NOUNS, ...FLY_WORDS]);

/**
 * The token after a route noun where its destination is given: "vers"/"to" or "entre"/"between",
 * past a qualifier and where the link leaves from ("des vols directs au départ de Lyon vers",
 * "une liaison saisonnière vers", "flights from Leeds to"); -1 if none.
 */
function routeTarget(v: SentenceView, i: number): number {
  const t = v.tokens;
  // "trois lignes, vers Bastia et vers Faro": the comma before the destinations.
  let k = t[i + 1]?.text === ',' && TO_WORDS.has(t[i + 2]?.f ?? '') ? i + 2 : i + 1;
  for (let words = 0; words < 3 && t[k]?.word && !t[k]?.cap && !v.cover[k] && !TO_WORDS.has(t[k]?.f ?? '') && !BETWEEN_WORDS.has(t[k]?.f ?? '') && !FROM_WORDS.has(t[k]?.f ?? '') && t[k]?.f !== 'au'; words++) k++;
  const from = FROM_WORDS.has(t[k]?.f ?? '') ? k + 1 : t[k]?.f === 'au' && t[k + 1]?.f === 'depart' && ['de', "d'", 'du'].includes(t[k + 2]?.f ?? '') ? k + 3 : -1;
  if (from > 0) {
    const m = v.cover[from];
    if (!m || m.s !== from || m.kind !== 'PLACE') return -1;
    k = m.e;
  }
  return TO_WORDS.has(t[k]?.f ?? '') || BETWEEN_WORDS.has(t[k]?.f ?? '') ? k : -1;
}

/**
 * The link at route noun i is opened, not merely flown: an opening word a few words before
 * ("lancera dès le 30 mars des vols"), or an opened link earlier in the sentence that it adds
 * to ("lancera des vols vers Porto ainsi qu'une liaison vers Cork").
 */
function routeOpened(v: SentenceView, i: number, depth: number): boolean {
  const t = v.tokens;
  for (let k = i - 1; k >= Math.max(v.from, i - 7); k--) {
    if (t[k]?.f === '.' || t[k]?.f === ',' || t[k]?.f === ';') break;
    if (ROUTE_OPENERS.has(t[k]?.f ?? '')) return true;
  }
  if (depth === 0) return false;
  for (let k = i - 1; k >= v.from; k--) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (ROUTE_NOUNS.has(f)) return routeOpened(v, k, depth - 1);
  }
  return false;
}

/** Verbs of running a link, a few words before its noun: "exploite (depuis 2010) une ligne", "opère des vols". */
const RUN_ROUTE_VERBS = new Set(['exploite', 'exploitent', 'exploitera', 'exploiteront', 'opere', 'operent', 'operera', 'assure', 'assurent', 'assurera']);

function jointlyRun(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 6); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (RUN_ROUTE_VERBS.has(f)) return true;
    if (f === ',' || f === '.' || f === ';') return false;
  }
  return false;
}

export function routeRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!ROUTE_STARTS.has(t[i]?.f ?? '') || inTitle(v, i)) return -1;
  const to = routeTarget(v, i);
  if (to < 0) return -1;
  if (!routeOpened(v, i, 2)) return -1;
  let places = placesFrom(v, to + 1, 0).filter((p) => p.place?.kind === 'COUNTRY' || p.place?.kind === 'CITY');
  // "des vols entre Rennes et Porto": the link goes from the first to the second.
  if (BETWEEN_WORDS.has(t[to]?.f ?? '')) {
    const first = places[0];
    const second = first && LINK_ENDS.has(t[first.e]?.f ?? '') ? v.cover[first.e + 1] : undefined;
    // ("entre Nantes et Tarvello": a town the lexicon does not know, one or two capitalised words.)
    const town = !!second && second.kind === 'UNKNOWN' && second.e - second.s <= 2 && !(t[second.e]?.cap ?? false);
    places = places.length >= 2 ? places.slice(1) : second && second.s === (first?.e ?? 0) + 1 && ((second.kind === 'PLACE' && (second.place?.kind === 'CITY' || second.place?.kind === 'COUNTRY')) || town) ? [second] : [];
    // "Singapore-based X launched a service linking Port Klang with Chittagong": when neither end
    // is home, the link serves both.
    if (first && places.length > 0 && c.home && first.place?.countryCode && first.place.countryCode !== c.home) places = [first, ...places];
  }
  // "Tunisian carrier X adds flights from Nantes to Djerba": a route home is no new market.
  if (c.home) places = places.filter((p) => p.place?.countryCode !== c.home);
  if (places.length === 0) return -1;
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  const end = places[places.length - 1]?.e ?? i + 1;
  // "exploite une ligne entre Sète et Tanger avec l'armateur X": the line is run jointly, a
  // deal with each carrier named (the text puts the deal nowhere but on the line).
  if (jointlyRun(v, i) && (t[end]?.f === 'avec' || (t[end]?.f === ',' && t[end + 1]?.f === 'avec'))) {
    for (const p of partnerList(v, t[end]?.f === 'avec' ? end + 1 : end + 2, c.doc)) if (company && p.text !== company) push(c, 'partnership', company, null, p.text, i);
  }
  // "ainsi qu'une liaison saisonnière vers Cork": a second link goes on.
  return end - 1;
}

/** Not a market after an entering verb: "entered talks", "entered a formal association". */
const DEAL_TALKS = new Set(['association', 'talks', 'negotiations', 'discussions', 'negociations', 'pourparlers']);

/** Adverbs written inside a cue, after its first word: "fait aussi son entrée en", "renforce par ailleurs sa présence en". */
const INSERTED = new Set(['aussi', 'egalement', 'desormais', 'deja', 'encore', 'ainsi', 'enfin', 'officiellement', 'discretement', 'progressivement']);
const INSERTED_PAIRS = new Set(['par ailleurs', 'en outre', 'a son tour', 'de son cote']);

/** First words of INSERTED_PAIRS: the pair and triple after a cue word are spelt out only after one of these. */
const INSERTED_PAIR_STARTS = new Set([...INSERTED_PAIRS].map((p) => p.split(' ')[0] ?? ''));

/** A French or English market cue at token i. (A function of its own, not a closure over i: see startsCue.) */
function marketCue(tokens: SentenceView['tokens'], i: number): number {
  const fr = anyCueAt(tokens, i, MARKET_FR);
  return fr > 0 ? fr : anyCueAt(tokens, i, MARKET_EN);
}

function marketCueAt(t: SentenceView['tokens'], i: number): number {
  const direct = marketCue(t, i);
  if (direct > 0) return direct;
  const next = t[i + 1]?.f ?? '';
  let skip = INSERTED.has(next) ? 1 : 0;
  if (skip === 0 && INSERTED_PAIR_STARTS.has(next)) {
    const pair = `${next} ${t[i + 2]?.f ?? ''}`;
    skip = INSERTED_PAIRS.has(pair) ? 2 : INSERTED_PAIRS.has(`${pair} ${t[i + 3]?.f ?? ''}`) ? 3 : 0;
  }
  if (skip === 0) return reflexiveInserted(t, i);
  const e = marketCue([...t.slice(0, i + 1), ...t.slice(i + 1 + skip)], i);
  return e > 0 ? e + skip : -1;
}

/** "s'attaque aussi au Chili", "s'implante désormais en Suisse": the adverb after the reflexive verb. */
function reflexiveInserted(t: SentenceView['tokens'], i: number): number {
  const f = t[i]?.f ?? '';
  if ((f !== "s'" && f !== 'se') || !INSERTED.has(t[i + 2]?.f ?? '')) return -1;
  const e = marketCue([...t.slice(0, i + 2), ...t.slice(i + 3)], i);
  return e > 0 ? e + 1 : -1;
}

/** "has added Krakow and Gdansk to its network": places added to what the company serves. */
export const ADD_VERBS = new Set(['add', 'adds', 'added', 'adding']);
const NOT_YET = new Set(['potential', 'possible', 'planned', 'future', 'proposed']);
const ADDED_TO = new Set(['network', 'networks', 'map', 'routes', 'destinations', 'markets', 'footprint', 'schedule']);

export function addedRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!ADD_VERBS.has(t[i]?.f ?? '') || inTitle(v, i)) return -1;
  const places = placesFrom(v, i + 1, 0).filter((p) => p.place?.kind === 'CITY' || p.place?.kind === 'COUNTRY');
  const last = places[places.length - 1];
  if (!last || t[last.e]?.f !== 'to' || !POSSESSIVE_DETS.has(t[last.e + 1]?.f ?? '')) return -1;
  // "to its network", "to its route map", "to its list of destinations"
  let k = last.e + 2;
  while (k < last.e + 6 && t[k]?.word && !ADDED_TO.has(t[k]?.f ?? '') && !NOT_YET.has(t[k]?.f ?? '')) k++;
  if (!ADDED_TO.has(t[k]?.f ?? '')) return -1;
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return k;
}

const MARKETS_PLURAL = new Set(['markets', 'marches']);
const ADJECTIVE_LINKS = new Set([',', 'and', 'et']);

/** "the Italian, Spanish and Greek markets": the adjectives of a list closed by a plural market noun, else none. */
function listedAdjectives(v: SentenceView, first: Mention): Mention[] {
  const t = v.tokens;
  const out: Mention[] = [first];
  let k = first.e;
  while (out.length < 6) {
    if (MARKETS_PLURAL.has(t[k]?.f ?? '')) return out.length > 1 ? out : [];
    if (!ADJECTIVE_LINKS.has(t[k]?.f ?? '')) return [];
    const m = v.cover[k + 1];
    if (!m || m.s !== k + 1 || m.kind !== 'PLACE' || !m.adjective || (m.place?.kind === 'REGION' && m.place.countryCode === null)) return [];
    out.push(m);
    k = m.e;
  }
  return [];
}

const ARRIVAL_LINKS = new Set(['de', "d'", 'du']);
const ARRIVAL_DETS = new Set(['sa', 'son', 'la', 'le', "l'", 'leur', 'notre', 'du', 'nouvelle', 'nouveau']);

/** After the place of an arrival (token e): "de Mme X", "de sa nouvelle directrice", "du nouveau PDG": the one who arrives is a person. */
function personArrives(v: SentenceView, e: number): boolean {
  const t = v.tokens;
  if (e < 0 || !ARRIVAL_LINKS.has(t[e]?.f ?? '')) return false;
  let k = e + 1;
  while (k < e + 4 && ARRIVAL_DETS.has(t[k]?.f ?? '') && !inTitle(v, k)) k++;
  return v.cover[k]?.kind === 'PERSON' || inTitle(v, k);
}

export function marketRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const market = marketCueAt(t, i);
  if (market <= 0 || inTitle(v, i)) return -1;
  // "a fait ses débuts en Bourse à Francfort": a listing, which the listing rule reads.
  if (t[market]?.f === 'bourse') return -1;
  // "Paul Vaudrec s'est installé à Lyon", "Ce dernier arrive à Lyon": a person moves, no company enters.
  if (personSubject(v, i)) return market - 1;
  // "expanding into Chile, starting with an office in Lima": the office's city is no market.
  // "has entered a formal association in Indonesia with X", "entered talks in Spain": a deal or talks, not a market.
  for (let k = market; k < Math.min(t.length, market + 4) && !v.cover[k]; k++) if (PARTNER_NOUNS.has(t[k]?.f ?? '') || DEAL_TALKS.has(t[k]?.f ?? '')) return i;
  // "has expanded into Texas and Colorado", "se lance en Flandre": a region inside a country counts, "Europe" does not.
  let places = placesFrom(v, market, 4, true).filter((p) => (p.place?.kind !== 'REGION' || p.place.countryCode !== null) && (!officeObject(v, p) || SUBSIDIARY_NOUNS.has(t[p.s - 2]?.f ?? '')));
  // "entered the Spanish market", "le marché allemand"
  // "s'attaque au marché chinois": a cue that ends with the market noun, its adjective right after.
  if (places.length === 0 && MARKET_NOUNS.has(t[market - 1]?.f ?? '')) {
    const form = t[market] && !t[market]?.cap ? lookupTokenPlace(t[market]) : null;
    if (form?.adjective && form.entry.kind !== 'REGION') {
      const company = subject(v, i, c.doc, c.consumed);
      // "Après la Belgique, la société s'attaque au marché espagnol": the earlier market too.
      for (const p of earlierMarkets(v, i)) push(c, 'market', company, p.text, null, i);
      push(c, 'market', company, form.entry.name, null, i);
      return market;
    }
  }
  if (places.length === 0) {
    for (let k = market; k < Math.min(t.length, market + 4); k++) {
      const m = v.cover[k];
      // "the European market" is a region alone; "the Bavarian market" is inside a country.
      const adj = m?.kind === 'PLACE' && m.adjective && (m.place?.kind !== 'REGION' || m.place.countryCode !== null) ? m : undefined;
      const near = (g: string | undefined): boolean => g === 'market' || g === 'marche';
      if (adj && near(t[adj.e]?.f)) places = [adj];
      // "entered the Italian and Greek markets": adjectives listed before the plural noun.
      else if (adj) places = listedAdjectives(v, adj);
      const low = t[k];
      if (near(low?.f)) {
        const form = lookupTokenPlace(t[k + 1]);
        if (form?.adjective && form.entry.kind !== 'REGION') {
          push(c, 'market', subject(v, i, c.doc, c.consumed), form.entry.name, null, i);
          break;
        }
      }
      if (places.length > 0) break;
    }
    if (places.length > 0 && places[0]?.place) {
      const company = subject(v, i, c.doc, c.consumed);
      for (const p of places) if (p.place) push(c, 'market', company, p.place.name, null, i);
      return market - 1;
    }
  }
  // "In Austria, where it lands next spring"
  if (places.length === 0) {
    const m = whereAntecedent(v, i);
    if (m) places = [m];
  }
  // "secured a licence in Ghana and will start service there", "il s'y implante".
  if (places.length === 0 && (t[market]?.f === 'there' || t[i - 1]?.f === 'y' || t[i - 2]?.f === 'y')) {
    const m = thereAntecedent(c, i);
    if (m) places = [m];
  }
  // "depuis l'arrivée en France de sa nouvelle directrice": a person arrives, no company enters.
  if (t[i + 1]?.f === 'arrivee' && personArrives(v, places[places.length - 1]?.e ?? -1)) return market - 1;
  // "se lance à Turin et à Naples, un an après Lisbonne": the earlier market too.
  const lastPlace = places[places.length - 1];
  if (lastPlace) places = [...places, ...marketsAfter(v, lastPlace.e), ...firstOfOpening(v, lastPlace.e)];
  if (places.length > 0) places = [...earlierMarkets(v, i), ...places];
  // "A struck an alliance with B to expand into India": A expands; "A a racheté B, qui lui ouvre
  // les portes du Canada": A enters.
  const buyer = acquirerBefore(v, i, market);
  const allowed = allowedFirm(v, i);
  // "a grandi vite, achetant Y puis en s'implantant au Pérou": a gerund's doer is the clause's subject.
  const gerund = t[i]?.f === 'en' && (t[i + 1]?.f === "s'" || t[i + 1]?.f === 'se');
  const company = allowed ? allowed.text : gerund ? clauseSubject(v, i, c) : buyer >= 0 ? subject(v, buyer, c.doc, c.consumed) : ['to', 'pour'].includes(t[i - 1]?.f ?? '') || t[i]?.f === 'lui' ? clauseSubject(v, i, c) : subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return places.length > 0 ? market - 1 : i;
}

/** "ce dernier", "cette dernière": the person just named. */
const NOUN_DETS = new Set([...POSSESSIVE_DETS, 'the', 'a', 'an', 'le', 'la', "l'", 'les', 'un', 'une', 'des', 'du', 'de', "d'"]);
const CLAUSE_WORDS = new Set(['que', "qu'", 'that', 'et', 'and', 'qui', 'which', 'but', 'mais']);
const PERSON_ANAPHORS = new Set(['dernier', 'derniere']);

/**
 * The clause's subject before the cue is a person: the nearest name before token i, with no
 * comma or preposition between them, is a person's ("Paul Vaudrec était arrivé à Lyon"), or
 * "ce dernier" stands right before it.
 */
function personSubject(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  // "piloter son expansion en Allemagne", "oversee the expansion in Austria": a noun, no verb.
  if (NOUN_DETS.has(t[i]?.f ?? '') || NOUN_DETS.has(t[i - 1]?.f ?? '')) return false;
  for (let k = i - 1; k >= v.from; k--) {
    const w = t[k];
    if (!w || w.text === ',' || w.f === '.' || w.f === ';' || w.f === ':' || w.f === '»' || w.f === '«') return false;
    if (PERSON_ANAPHORS.has(w.f) && ['ce', 'cette'].includes(t[k - 1]?.f ?? '')) return true;
    // "X said the startup launched in Italy", "annonce que le groupe se lance": another clause.
    if (REPORTING.has(w.f) || CLAUSE_WORDS.has(w.f)) return false;
    const m = v.cover[k];
    if (!m) continue;
    return m.kind === 'PERSON' && m.e === k + 1 && !OBJECT_PREPS.has(t[m.s - 1]?.f ?? '');
  }
  return false;
}

const ALLOW_VERBS = new Set('permet permettra permettent permettront permis permettait allows allowed allow enables enabled enable lets'.split(' '));

/** "Le rachat de X permet à Kalis de s'implanter en Pologne", "the deal allows Kalis to enter Poland": the firm allowed expands. */
function allowedFirm(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  if (!['de', "d'", 'to'].includes(t[i - 1]?.f ?? '')) return null;
  const m = v.cover[i - 2];
  if (!m || m.e !== i - 1 || !isCompanyLike(m)) return null;
  const k = ['a', 'au'].includes(t[m.s - 1]?.f ?? '') ? m.s - 2 : m.s - 1;
  return ALLOW_VERBS.has(t[k]?.f ?? '') ? m : null;
}

const ACQUISITION_NOUNS = new Set(['acquisition', 'rachat', 'purchase', 'deal']);
const BUYING_VERBS = new Set('acquired acquires acquire bought buys buy rachete rachetee rachetent rachetera racheter acquiert acquis'.split(' '));

/**
 * "X bought Y, a Lyon engineer, in May, its first purchase in France", "X rachète le
 * néerlandais Y, sa première acquisition aux Pays-Bas": the buyer enters, not the firm bought;
 * the buying verb's index (its subject is the buyer), else -1.
 */
function acquirerBefore(v: SentenceView, i: number, market: number): number {
  const t = v.tokens;
  let noun = false;
  for (let k = i; k < market; k++) if (ACQUISITION_NOUNS.has(t[k]?.f ?? '')) noun = true;
  if (!noun) return -1;
  for (let k = i - 1; k >= v.from; k--) {
    if (t[k]?.f === '.' || t[k]?.f === ';') break;
    if (BUYING_VERBS.has(t[k]?.f ?? '')) return k;
  }
  return -1;
}

/** "« Dakar et Abidjan sont opérationnels depuis mars »", "Lima is now operational": places said to be up and running. */
export const OPERATIONAL_WORDS: ReadonlySet<string> = new Set(['operationnel', 'operationnelle', 'operationnels', 'operationnelles', 'operational']);
const BE_NOW = new Set(['desormais', 'deja', 'enfin', 'now', 'already', 'fully', 'pleinement']);

export function operationalRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  if (!OPERATIONAL_WORDS.has(t[i]?.f ?? '') || inTitle(v, i)) return -1;
  let k = i - 1;
  while (BE_NOW.has(t[k]?.f ?? '')) k--;
  if (!BE.has(t[k]?.f ?? '')) return -1;
  // The places listed right before the verb: "Cotonou et Lomé sont", "Accra, Lagos and Abuja are".
  const places: Mention[] = [];
  for (k--; k >= v.from; ) {
    const m = v.cover[k];
    // A country or city, or a region inside a country.
    const region = m?.kind === 'PLACE' && !m.adjective && m.place?.kind === 'REGION' && !!m.place.countryCode;
    if (m && m.e === k + 1 && (region || usablePlace(v, m))) {
      places.unshift(m);
      k = m.s - 1;
      continue;
    }
    if (places.length > 0 && (t[k]?.f === 'et' || t[k]?.f === 'and' || t[k]?.text === ',')) {
      k--;
      continue;
    }
    break;
  }
  if (places.length === 0) return -1;
  const company = subject(v, places[0]?.s ?? i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return i;
}
