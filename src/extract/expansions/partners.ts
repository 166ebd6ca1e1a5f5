/**
 * Partnerships: a deal noun or an allying verb ("accord … avec Ubifrance et l'AFII", "teams up
 * with Pelora", "A, B and C formed a joint venture"). The parties are the names in subject
 * position before the cue and the names after "avec"/"with"; the place is where the sentence
 * puts the deal, else null.
 */
import { lookupPlaceForm, lookupTokenPlace } from '../../lexicon/places.js';
import { APPOSITIVE_DETS } from '../../lexicon/stopwords.js';
import type { DocView, SentenceView } from '../analyze.js';
import { companyList } from '../careers.js';
import { anyCueAt } from '../cues.js';
import type { Mention } from '../mentions.js';
import { companyRefAt, isCompanyLike } from '../refs.js';
import { type ExpansionContext, push } from './context.js';
import { DESCRIPTOR_NOUNS as SECTOR_NOUNS } from '../../lexicon/expansion-words.js';
import { DEAL_DETS, DEAL_LINKS, ENDING_WORDS, OBJECT_PREPS, PLACE_PREPS, POSSESSIVE_DETS, PUT_WORDS, PARTNER_NOUNS, PARTNER_VERBS, POSSESSIVE_S } from './cues.js';
import { clauseLinkAt, inTitle } from './noise.js';
import { dealPlaceOk, excluded } from './places.js';
import { frontedPhraseEnd, governor, subject } from './subject.js';
import { projectCountry } from './project.js';
import { territoryDeal, territoryOf } from './territory.js';

/** "Texas-based operator X": a capitalised word of the description. */
const BASED = /-based$/;

/**
 * A "person" right after "a deal with" whose surname the text never names again is a company
 * written like a person ("a codeshare agreement with Royal Air Maroc", "with John Lewis").
 */
function namedOnce(doc: DocView, v: SentenceView, m: Mention): boolean {
  const last = v.tokens[m.e - 1]?.f ?? '';
  for (const w of doc.sentences) {
    for (const o of w.mentions) if (o !== m && o.kind === 'PERSON' && w.tokens[o.e - 1]?.f === last) return false;
  }
  return true;
}

/** Past a short lowercase description ("department-store chain") when a name follows it. */
function afterDescription(v: SentenceView, j: number): number {
  const t = v.tokens;
  let k = j;
  while (k < j + 3 && t[k]?.word && !t[k]?.cap && !v.cover[k]) k++;
  const named = v.cover[k];
  return k > j && named && named.s === k && isCompanyLike(named) ? k : j;
}

/** Nouns that describe a consortium's engineering members: "le bureau d'études X", "l'ingénieriste Y". */
const WORKS_NOUNS = new Set(['etudes', 'ingenieriste', 'ingenierie', 'architecte', 'amenageur', 'concessionnaire', 'engineer', 'contractor']);

/**
 * "avec Orvel et la start-up nantaise Brill": a sector noun, place adjectives and lowercase
 * words before the next party's name. Returns the name's token, or j.
 */
function afterSectorDescription(v: SentenceView, j: number): number {
  const t = v.tokens;
  let k = j;
  let noun = false;
  while (k < j + 4) {
    const cover = v.cover[k];
    if (cover?.kind === 'PLACE' && cover.adjective) {
      k = cover.e;
      continue;
    }
    if (cover || !t[k]?.word || t[k]?.cap) break;
    if (SECTOR_NOUNS.has(t[k]?.f ?? '') || WORKS_NOUNS.has(t[k]?.f ?? '')) noun = true;
    k++;
  }
  const named = v.cover[k];
  return noun && named && named.s === k && isCompanyLike(named) ? k : j;
}

/**
 * "Main dans la main avec X et Y, Z va déployer…", "En partenariat avec X, Z lance…": a deal
 * phrase opening the sentence; its subject is the name after the comma that closes the phrase,
 * before its verb (the list reader took it for one more party). Returns its index in partners.
 */
function frontedDealSubject(v: SentenceView, i: number, partners: Mention[]): number {
  const t = v.tokens;
  if (i - v.from > 2) return -1;
  return partners.findIndex((m, n) => n > 0 && t[m.s - 1]?.text === ',' && !!t[m.e]?.word && !(t[m.e]?.cap ?? true) && !DEAL_LINKS.has(t[m.e]?.f ?? ''));
}

/**
 * The parties after "avec"/"with": "avec Valdor et le norvégien Skarn", "with le néerlandais
 * Joost Verhagen" (a name after a nationality adjective is a company even when it looks like a
 * person's). An appositive after a comma ("with Varno, the Dravik group's retail arm") is not a party.
 */
/** Verbs after a source's name: "…, National Roads confirmed", "…, the ministry said". */
const SOURCE_VERBS = new Set(['said', 'says', 'confirmed', 'confirms', 'announced', 'announces', 'added', 'told', 'reported', 'reports', 'stated', 'noted', 'explained']);

export function partnerList(v: SentenceView, from: number, doc: DocView | null = null, members = false): Mention[] {
  const t = v.tokens;
  const out: Mention[] = [];
  let j = from;
  for (let guard = 0; guard < 8; guard++) {
    while (DEAL_DETS.has(t[j]?.f ?? '')) j++;
    // "le norvégien Skarn", "Mexican department-store chain Bristol".
    const adj = v.cover[j];
    const form = t[j] && !t[j]?.cap ? lookupTokenPlace(t[j]) : adj && adj.s === j && adj.kind === 'PLACE' && adj.adjective ? { adjective: true } : null;
    // "Japan's JERA", "China's Ping An": the country only says where the partner is from.
    const possessive = !!adj && adj.s === j && adj.kind === 'PLACE' && !adj.adjective && POSSESSIVE_S.has(t[adj.e]?.f ?? '');
    const national = !!form?.adjective || possessive;
    if (possessive && adj) j = adj.e + 1;
    else if (national) j = adj && adj.s === j ? adj.e : j + 1;
    if (national && out.length > 0) j = afterDescription(v, j);
    const m = v.cover[j];
    const party = !!m && (m.kind === 'COMPANY' || m.kind === 'UNKNOWN' || (m.kind === 'PERSON' && (national || (!!doc && namedOnce(doc, v, m)))));
    if (!m || m.s !== j || !party) {
      const described = out.length > 0 ? afterSectorDescription(v, j) : j;
      if (described > j) {
        j = described;
        continue;
      }
      if (out.length > 0) break;
      // ("avec l'ingénieriste X et le cabinet Y": a list read from a description reads on past its first name.)
      const listed = companyList(v, from);
      if (listed.length > 0 && !(listed.length === 1 && afterSectorDescription(v, j) === listed[0]?.s && DEAL_LINKS.has(t[listed[0].e]?.f ?? ''))) return listed;
      // "with payments company Pelora", "avec le distributeur d'eau Aquel": a short description
      // first, maybe led by a city ("with Dublin fintech Paylark").
      const town = v.cover[j];
      const start = town?.kind === 'PLACE' && town.s === j && !town.adjective && !!t[town.e]?.word && !t[town.e]?.cap ? town.e : j;
      let k = start;
      while (k < start + 4 && t[k]?.word && (!t[k]?.cap || BASED.test(t[k]?.f ?? '')) && !v.cover[k]) k++;
      const named = v.cover[k];
      // "with Greek owner Aegeon Tankers": after a nationality, a name read as a person's is the partner's.
      const partnerNamed = !!named && (named.kind === 'PERSON' ? national || (!!doc && namedOnce(doc, v, named)) : isCompanyLike(named));
      if (k > start && named && named.s === k && partnerNamed) {
        j = k;
        continue;
      }
      return [];
    }
    // "in a joint venture with Y, the roads agency confirmed": a name after the comma that a
    // reporting verb follows is the source, not a further party.
    if (out.length > 0 && t[j - 1]?.text === ',' && SOURCE_VERBS.has(t[m.e]?.f ?? '')) break;
    out.push(m);
    j = m.e;
    if (!DEAL_LINKS.has(t[j]?.f ?? '')) break;
    // A consortium's members are listed as such: "formé par A, le belge B et C".
    if (t[j]?.text === ',' && DEAL_DETS.has(t[j + 1]?.f ?? '') && !members) break;
    j++;
    if (t[j - 1]?.text === ',' && DEAL_LINKS.has(t[j]?.f ?? '')) j++;
  }
  return out;
}

const FRONTED_PREPS = new Set(['at', 'during', 'in']);

/** "At a ceremony in Riyadh, A and B signed…": the place of a phrase fronted before the deal (English). */
function frontedPlace(v: SentenceView, i: number): string | null {
  const t = v.tokens;
  if (!FRONTED_PREPS.has(t[v.from]?.f ?? '')) return null;
  for (let k = v.from + 1; k < Math.min(i, v.from + 9); k++) {
    if (t[k]?.text === ',') return null;
    const m = v.cover[k + 1];
    if (t[k]?.f === 'in' && m?.kind === 'PLACE' && m.s === k + 1 && !m.adjective && t[m.e]?.text === ',' && !excluded(v, m)) return m.text;
  }
  return null;
}

/** "a Nigerian joint venture with X", "a Saudi partnership": a country adjective right before the deal noun. */
function adjectivePlace(v: SentenceView, i: number): string | null {
  const t = v.tokens;
  const k = t[i]?.f === 'venture' && t[i - 1]?.f === 'joint' ? i - 2 : i - 1;
  const m = v.cover[k];
  if (m?.kind !== 'PLACE' || !m.adjective || m.e !== k + 1 || m.place?.kind !== 'COUNTRY') return null;
  return DEAL_DETS.has(t[m.s - 1]?.f ?? '') ? m.place.name : null;
}

/**
 * Where a deal is made: a place right after the deal noun or its parties ("une co-entreprise à
 * Quimper", "an MoU with Petrel in Haifa", an unknown Titlecase town included), else a place
 * shortly before ("will enter Japan through a partnership"), else "y" for the previous sentence's
 * country ("Elle y a noué un partenariat").
 */
function dealPlace(c: ExpansionContext, at: number, last: number, parties: Set<Mention>): string | null {
  const { v, doc } = c;
  const t = v.tokens;
  const adverbial = adverbialDeal(v, at);
  // "ouvrira un atelier à Pune et vient de signer une coentreprise": the
  // office's city is not where the deal is, unless the deal is how the office opens.
  const ok = (m: Mention | undefined): m is Mention => dealPlaceOk(v, m, adverbial) && (adverbial || !c.officePlaces.has(m));
  for (const k of [at + 1, last]) {
    const m = v.cover[k + 1];
    if (['a', 'in', 'at'].includes(t[k]?.f ?? '') && m && m.s === k + 1 && unknownTown(v, m)) return m.text;
  }
  let purpose = false;
  for (let k = at + 1; k < Math.min(t.length, last + 16); k++) {
    const m = v.cover[k];
    // "a joint venture with X to build a plant in Oman", "une coentreprise pour produire des
    // batteries à Douai": what the deal is for happens where the deal is, so the plant's place
    // (or a town no list holds) is the deal's.
    if (k >= last && purposeAt(v, k)) purpose = true;
    // ("in Kenya's Nakuru county": the place the country's 's leads to.)
    const owning = !!m && POSSESSIVE_S.has(t[m.e]?.f ?? '') && v.cover[m.e + 1]?.kind === 'PLACE';
    if (purpose && m && m.s === k && !owning && (dealPlaceOk(v, m, true) || unknownTown(v, m)) && !locatesRegion(v, m)) return m.text;
    // "with Japan's JERA": the country says where the partner is from.
    // "with Dublin fintech Paylark": the city describes the partner.
    // "with Tessel Pharma of Lyon": the city after "of" says where the partner is from.
    const partyOf = !!m && ['of', 'de', "d'"].includes(t[m.s - 1]?.f ?? '') && parties.has(v.cover[m.s - 2] as Mention);
    if (ok(m) && !parties.has(m) && !POSSESSIVE_S.has(t[m.e]?.f ?? '') && !describesParty(v, m, parties) && !partyOf) return m.text;
    // "…in partnership with X, and said it would enter Doha": the next clause is another fact.
    if (t[k]?.f === '.' || t[k]?.f === ';' || (k > last && clauseLinkAt(v, k))) break;
  }
  // "ouvrira un centre à Marseille, en partenariat avec X", "will open a store in Oslo under a
  // franchise agreement with X": the deal is how the office opens, so it is made there.
  for (let k = at - 1; k >= Math.max(v.from, at - (adverbial ? 16 : 6)); k--) {
    const m = v.cover[k];
    // "The London start-up is partnering with X": a city describing the subject is its home.
    if (ok(m) && !homeOfDescribed(v, m)) return m.text;
    if (t[k]?.f === ';' || (adverbial && RELATIVE_OPENERS.has(t[k]?.f ?? ''))) break;
    // "opened a plant in Ohio and entered China through a partnership": the earlier clause's place is not the deal's.
    if (clauseLinkAt(v, k)) break;
  }
  for (let k = at - 1; k >= Math.max(v.from, at - 4); k--) {
    if (t[k]?.f !== 'y') continue;
    const prev = doc.sentences[v.sent.index - 1];
    if (!prev) break;
    for (let x = prev.mentions.length - 1; x >= 0; x--) {
      const m = prev.mentions[x];
      if (m?.kind === 'PLACE' && !m.adjective && m.place?.kind === 'COUNTRY') return m.text;
    }
    break;
  }
  return null;
}

/** "The London start-up", "a Lisbon fintech": a place after an article, before the noun describing a company. */
function homeOfDescribed(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  return DEAL_DETS.has(t[m.s - 1]?.f ?? '') && !t[m.e]?.cap && SECTOR_NOUNS.has(t[m.e]?.f ?? '');
}

/** A place followed by a short lowercase description and a party's name: "Dublin fintech Paylark". */
function describesParty(v: SentenceView, m: Mention, parties: ReadonlySet<Mention>): boolean {
  const t = v.tokens;
  let k = m.e;
  while (k < m.e + 3 && t[k]?.word && !t[k]?.cap && !v.cover[k] && !OBJECT_PREPS.has(t[k]?.f ?? '') && !DEAL_LINKS.has(t[k]?.f ?? '')) k++;
  const named = v.cover[k];
  return k > m.e && !!named && named.s === k && parties.has(named);
}

/** What a consortium builds or runs: the place written with it is where the deal is. */
const PROJECT_NOUNS = new Set('ligne lignes tramway tram metro pont viaduc tunnel rocade autoroute aeroport port gare barrage parc centrale usine raffinerie terminal hopital chu stade permis mine gisement line bridge viaduct motorway highway airport railway tramline dam hospital stadium farm plant mine refinery project projects projet projets upgrade quay quai'.split(' '));

/**
 * "a remporté, en groupement avec X, le marché de la ligne de tramway de Montpellier", "le
 * contrat du nouveau pont sur la Garonne à Langon": the place the project is written with,
 * after the deal and its parties, before the clause ends.
 */
function projectPlace(v: SentenceView, last: number): string | null {
  const t = v.tokens;
  let project = -1;
  // The project noun within 16 words of the deal, its place within 10 words of the noun.
  for (let k = last; k < Math.min(t.length, project < 0 ? last + 16 : project + 11); k++) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';' || (project < 0 && k > last && clauseLinkAt(v, k))) return null;
    if (project < 0) {
      const named = v.cover[k];
      if (!PROJECT_NOUNS.has(f) || (named && named.s !== k)) continue;
      project = k;
      // "le futur CHU de Nantes", one name: the place at its end.
      if (named && named.e > k + 2 && ['de', 'du', "d'"].includes(t[k + 1]?.f ?? '')) {
        const tail = t.slice(k + 2, named.e).map((w) => w.text).join(' ');
        const form = lookupPlaceForm(tail);
        return form && !form.adjective && form.entry.kind === 'CITY' ? tail : null;
      }
      if (named) k = named.e - 1;
      continue;
    }
    if (k > project + 10) return null;
    const m = v.cover[k];
    // ("a farm in Kenya's Nakuru county": the place the country's 's leads to.)
    const owning = !!m && POSSESSIVE_S.has(t[m.e]?.f ?? '') && v.cover[m.e + 1]?.kind === 'PLACE';
    if (m && m.s === k && !owning && (dealPlaceOk(v, m, true) || unknownTown(v, m) || projectTown(v, m)) && !locatesRegion(v, m)) return m.text;
    const island = islandAt(v, k);
    if (island) return island;
  }
  return null;
}

/** "l'usine de dessalement de Chilca": one capitalised word after "de" in a project's name is its town. */
function projectTown(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  return m.kind === 'UNKNOWN' && m.e - m.s === 1 && t[m.s - 1]?.f === 'de' && !(t[m.e]?.cap ?? false) && !!t[m.s - 2]?.word && !t[m.s - 2]?.cap;
}

/** "au large de l'île d'Yeu": an island no list holds, written with its noun. */
function islandAt(v: SentenceView, k: number): string | null {
  const t = v.tokens;
  const link = t[k + 1]?.f ?? '';
  const name = v.cover[k + 2];
  if (t[k]?.f !== 'ile' || t[k]?.cap || (link !== 'de' && link !== "d'") || !name || name.s !== k + 2 || name.kind === 'PERSON' || name.e - name.s > 2) return null;
  return `${t[k]?.text ?? ''} ${t[k + 1]?.text ?? ''}${link === 'de' ? ' ' : ''}${name.text}`;
}

/** "les magasins de la chaîne X": a name governed by these is still a party. */
const OF_WORDS = new Set(['de', "d'", 'du', 'des', 'of']);
const RELATIVE_OPENERS = new Set(['which', 'who', 'qui', 'dont', 'where', 'ou']);
/** Words that open a purpose clause: "pour produire", "afin de", "to build". */
const PURPOSE = new Set(['pour', 'afin']);
const LOCATIVE = new Set(['a', 'in', 'near', 'at', 'pres', 'outside']);
const LOCATIVE_BEFORE_DE = new Set(['autour', 'pres', 'large', 'proximite', 'environs', 'region', 'province']);

function purposeAt(v: SentenceView, k: number): boolean {
  const f = v.tokens[k]?.f ?? '';
  const next = v.tokens[k + 1];
  return (PURPOSE.has(f) || f === 'to') && !!next?.word && !next.cap && !v.cover[k + 1] && !DEAL_DETS.has(next.f);
}

/** Nouns after a name that make it a region's: "the Tarvesh region", "Ruritania's Oskel province". */
const REGION_NOUNS_AFTER = new Set(['region', 'province', 'district', 'county']);
const REGION_OWNERS = new Set(['the', "'s", '’s']);

/**
 * "à Douai", "near Arequipa", "dans la région de Tarvesh", "in the Tarvesh region": one
 * capitalised word after a locative (or before a region noun) that is no known person or company.
 */
function unknownTown(v: SentenceView, m: Mention): boolean {
  const t = v.tokens;
  if (m.kind !== 'UNKNOWN' || m.e - m.s !== 1) return false;
  // "autour de Tamarit", "près de Calama", "au large de Brest", "au large de la Vendée", "la région d'Oskel".
  const k = ['la', "l'"].includes(t[m.s - 1]?.f ?? '') ? m.s - 1 : m.s;
  const locative = LOCATIVE.has(t[m.s - 1]?.f ?? '') || ((t[k - 1]?.f === 'de' || t[k - 1]?.f === "d'") && LOCATIVE_BEFORE_DE.has(t[k - 2]?.f ?? ''));
  const region = REGION_OWNERS.has(t[m.s - 1]?.f ?? '') && REGION_NOUNS_AFTER.has(t[m.e]?.f ?? '');
  return (locative && !(t[m.e]?.cap ?? false)) || region;
}

/** "in Ruritania's Tarvesh region": the country only locates the region named after it. */
function locatesRegion(v: SentenceView, m: Mention): boolean {
  const next = v.cover[m.e + 1];
  return POSSESSIVE_S.has(v.tokens[m.e]?.f ?? '') && !!next && next.s === m.e + 1 && unknownTown(v, next);
}
/** Before a deal noun, these make it say how something is done: "en partenariat avec", "under a licence agreement". */
const ADVERBIAL_PREPS = new Set(['en', 'in', 'under', 'through', 'via', 'grace', 'sous']);

function adverbialDeal(v: SentenceView, at: number): boolean {
  const t = v.tokens;
  for (let k = at - 1; k >= Math.max(v.from, at - 3); k--) {
    const w = t[k];
    if (!w?.word || w.cap) return false;
    if (ADVERBIAL_PREPS.has(w.f)) return true;
  }
  return false;
}

/** Inside ", which … ," / ", qui … ,": names there describe, they are not parties ("which sells MRI Scanners"). */
function inRelative(v: SentenceView, at: number): boolean {
  const t = v.tokens;
  for (let k = at - 1; k > v.from; k--) {
    const f = t[k]?.f ?? '';
    if (f === ',' || f === '.' || f === ';') return false;
    if (RELATIVE_OPENERS.has(f) && t[k - 1]?.text === ',') {
      for (let e = at; e < t.length; e++) if (t[e]?.text === ',') return true;
      return false;
    }
  }
  return false;
}


/** Inside ", the Scotch whisky maker," after a name: a word there describes, it is no party. */
/** "par"/"by" within the few words before the coordinator at `and` ("par la région et", "by a pension fund and"). */
function byBefore(v: SentenceView, and: number): boolean {
  const t = v.tokens;
  for (let k = and - 1; k >= Math.max(v.from, and - 5); k--) {
    const f = t[k]?.f ?? '';
    if (f === 'par' || f === 'by') return true;
    if (!t[k]?.word) return false;
  }
  return false;
}

function inAppositive(v: SentenceView, at: number, cue: number): boolean {
  const t = v.tokens;
  for (let k = at - 1; k > v.from; k--) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (t[k]?.text !== ',') continue;
    if (!APPOSITIVE_DETS.has(t[k + 1]?.f ?? '') || !isCompanyLike(v.cover[k - 1])) return false;
    for (let e = at + 1; e < cue; e++) if (t[e]?.text === ',') return true;
    return false;
  }
  return false;
}

/** "enter Chile, where it will open hotels through a joint venture with X": the deal is in Chile. */
function whereClausePlace(v: SentenceView, at: number): string | null {
  const t = v.tokens;
  for (let k = at - 1; k > v.from + 1; k--) {
    const f = t[k]?.f ?? '';
    if (f === ',' || f === '.' || f === ';') return null;
    if ((f === 'where' || f === 'ou') && t[k - 1]?.text === ',') {
      const m = v.cover[k - 2];
      return dealPlaceOk(v, m) ? m.text : null;
    }
  }
  return null;
}

/** An ending word within the four words before the deal noun, in the same clause. */
/** Words of a contract between a firm and its workers, not another firm. */
const LABOUR_WORDS = new Set('labor labour union unions wage wages pay collective employment strike strikers workers salariale salarial syndical syndicale syndicats'.split(' '));
/** What follows a contract put to workers: "contract offer", "contract proposal", "contract vote". */
const OFFER_WORDS = new Set(['offer', 'offers', 'proposal', 'proposals', 'vote', 'talks', 'negotiations', 'ratification']);

/** "a four-year contract offer", "a new labour agreement", "l'accord salarial": a deal with workers. */
function labourContract(v: SentenceView, i: number): boolean {
  const t = v.tokens;
  if (OFFER_WORDS.has(t[i + 1]?.f ?? '') || LABOUR_WORDS.has(t[i + 1]?.f ?? '')) return true;
  for (let k = i - 1; k >= Math.max(v.from, i - 3); k--) {
    const w = t[k];
    if (!w?.word || v.cover[k]) return false;
    if (LABOUR_WORDS.has(w.f)) return true;
  }
  return false;
}

function endedBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 4); k--) {
    const w = v.tokens[k];
    if (!w?.word || v.cover[k]) return false;
    if (ENDING_WORDS.has(w.f)) return true;
    const put = PUT_WORDS.has(v.tokens[k - 1]?.f ?? '') || PUT_WORDS.has(v.tokens[k - 2]?.f ?? '');
    if ((w.f === 'fin' || w.f === 'end') && put) return true;
  }
  return false;
}

/**
 * The one country the sentence names, if it names exactly one: not a party's own country
 * ("with Japan's Mitsuda", "with Mitsuda of Japan" say where the partner is from).
 */
function onlyCountry(v: SentenceView, parties: ReadonlySet<Mention>): string | null {
  const t = v.tokens;
  let found: Mention | null = null;
  for (const m of v.mentions) {
    if (m.kind !== 'PLACE' || m.adjective || m.place?.kind !== 'COUNTRY' || !dealPlaceOk(v, m)) continue;
    if (POSSESSIVE_S.has(t[m.e]?.f ?? '') || (['of', 'de', "d'"].includes(t[m.s - 1]?.f ?? '') && parties.has(v.cover[m.s - 2] as Mention))) continue;
    if (found && found.place?.id !== m.place.id) return null;
    found = m;
  }
  return found?.text ?? null;
}

/** The country mention written `place` after token i, if any. */
function countryAfter(v: SentenceView, i: number, place: string): Mention | undefined {
  for (const m of v.mentions) if (m.s > i && m.kind === 'PLACE' && m.text === place && m.place?.kind === 'COUNTRY') return m;
  return undefined;
}

/** "Japan and South Korea", "au Sénégal et en Côte d'Ivoire": the countries listed from m on. */
export function countryList(v: SentenceView, m: Mention): Mention[] {
  const out = [m];
  for (let k = m.e; DEAL_LINKS.has(v.tokens[k]?.f ?? ''); ) {
    k++;
    while (DEAL_DETS.has(v.tokens[k]?.f ?? '') || PLACE_PREPS.has(v.tokens[k]?.f ?? '')) k++;
    const next = v.cover[k];
    if (next?.kind !== 'PLACE' || next.s !== k || next.adjective || next.place?.kind !== 'COUNTRY') break;
    out.push(next);
    k = next.e;
  }
  return out;
}

/** A firm chosen "as" one of these is a partner: "comme partenaire", "as its exclusive distributor in Brazil". */
const CHOSEN_WORDS: ReadonlySet<string> = new Set(['partenaire', 'partner', 'distributor', 'distributeur', 'importer', 'importateur', 'reseller', 'revendeur', 'licensee', 'grossiste']);
export const PARTNER_WORDS: ReadonlySet<string> = CHOSEN_WORDS;
const AS_WORDS = new Set(['comme', 'as']);

/**
 * "a choisi Orvane comme partenaire en Espagne", "selected Orvane as its distribution partner",
 * "appointed Telvo as its exclusive distributor", "was picked by Pfizer as its research partner"
 * ("research partner" reads like a person's title: then the name before "as" must be a firm's).
 */
function chosenPartner(c: ExpansionContext, i: number): number {
  const { v, doc, consumed } = c;
  const t = v.tokens;
  if (!CHOSEN_WORDS.has(t[i]?.f ?? '') || t[i]?.cap) return -1;
  const relied = reliedOnPartner(c, i);
  if (relied >= 0) return relied;
  const titled = inTitle(v, i);
  for (let k = i - 1; k >= Math.max(v.from + 1, i - 4); k--) {
    if (!AS_WORDS.has(t[k]?.f ?? '')) continue;
    const partner = v.cover[k - 1];
    if (!isCompanyLike(partner) || consumed.has(partner) || (titled && partner.kind !== 'COMPANY')) return -1;
    const company = subject(v, partner.s, doc, consumed);
    if (!company || company === partner.text) return -1;
    const place = dealPlace(c, i, i, new Set([partner]));
    push(c, 'partnership', company, place, partner.text, i);
    return i;
  }
  return -1;
}

/** "s'appuie sur", "s'appuiera sur", "en s'appuyant sur": relying on a firm. */
const RELY_VERBS = new Set('appuie appuient appuiera appuieront appuyer appuyant appuyait appuyaient repose reposera reposer'.split(' '));
/** Words between "sur" and the partner noun: "sur le (réseau du) distributeur", "sur son importateur". */
const RELY_FILLERS = new Set(['le', 'la', "l'", 'les', 'un', 'une', 'son', 'sa', 'ses', 'leur', 'reseau', 'du', 'de', 'des', "d'", 'expertise', 'savoir-faire']);

/**
 * "Pour l'Allemagne, X a choisi de s'appuyer sur le distributeur Y", "X s'appuie sur l'importateur Y pour la
 * Belgique": relying on a named distributor is a distribution deal with it, and a market where
 * the text puts it. Only with a distribution noun before the name ("s'appuie sur la banque Y
 * pour financer…" is no deal). Returns the token the scan resumes after, or -1.
 */
function reliedOnPartner(c: ExpansionContext, i: number): number {
  const { v, doc, consumed } = c;
  const t = v.tokens;
  let k = i - 1;
  while (k > i - 5 && RELY_FILLERS.has(t[k]?.f ?? '')) k--;
  if (t[k]?.f !== 'sur' || !RELY_VERBS.has(t[k - 1]?.f ?? '') || !["s'", 'se'].includes(t[k - 2]?.f ?? '')) return -1;
  const partners = partnerList(v, i + 1, doc);
  const partner = partners[0];
  if (!partner || partner.s > i + 4) return -1;
  const company = subject(v, k - 2, doc, consumed);
  if (!company || partners.some((p) => p.text === company)) return -1;
  const parties = new Set(partners);
  const place = dealPlace(c, i, partners[partners.length - 1]?.e ?? i, parties) ?? frontedCountry(v);
  for (const p of partners) push(c, 'partnership', company, place, p.text, i);
  const country = place ? v.mentions.find((m) => m.kind === 'PLACE' && m.text === place && m.place?.kind === 'COUNTRY') : undefined;
  if (country) push(c, 'market', company, country.text, null, i);
  return partners[partners.length - 1]?.e ?? i;
}

/** "Pour la France, …", "En Italie, …": a country fronted before the first comma, else null. */
function frontedCountry(v: SentenceView): string | null {
  const t = v.tokens;
  let k = v.from;
  if (!['pour', 'en', 'au', 'aux', 'in', 'for'].includes(t[k]?.f ?? '')) return null;
  k++;
  while (DEAL_DETS.has(t[k]?.f ?? '')) k++;
  const m = v.cover[k];
  return m && m.s === k && m.kind === 'PLACE' && !m.adjective && m.place?.kind === 'COUNTRY' && t[m.e]?.text === ',' ? m.text : null;
}

/** Verbs of winning a contract, a tender or a concession. */
const WIN_VERBS = new Set('remporte remportent remportera remporter decroche decrochent decrochera decrocher gagne obtient obtenu won wins win secured secures awarded'.split(' '));
export const CONSORTIUM_STARTS: ReadonlySet<string> = new Set(['aux', 'alongside', 'together', 'avec']);

/**
 * "a remporté la concession de l'aéroport aux côtés du portugais X", "won the tender alongside
 * X", "has won, together with X, a tender", "vient de remporter, avec X, l'appel d'offres": a
 * consortium with X. Returns the token where the partners start, or -1.
 */
function consortiumAt(v: SentenceView, i: number): number {
  const t = v.tokens;
  let j = -1;
  if (t[i]?.f === 'alongside') j = i + 1;
  else if (t[i]?.f === 'together' && t[i + 1]?.f === 'with') j = i + 2;
  // A bare "avec" only as an aside set off right after the verb ("a remporté, avec X, …").
  else if (t[i]?.f === 'avec' && t[i - 1]?.text === ',') j = i + 1;
  else if (t[i]?.f === 'aux' && t[i + 1]?.f === 'cotes' && ['de', 'du', 'des', "d'"].includes(t[i + 2]?.f ?? '')) j = i + 3;
  if (j < 0) return -1;
  // "won, together with X,": the comma that opens the aside.
  const from = t[i - 1]?.text === ',' ? i - 2 : i - 1;
  if (t[i]?.f === 'avec' && !WIN_VERBS.has(t[from]?.f ?? '')) return -1;
  for (let k = from; k >= Math.max(v.from, i - 10); k--) {
    const f = t[k]?.f ?? '';
    if (WIN_VERBS.has(f)) return j;
    if (f === ',' || f === '.' || f === ';') return -1;
  }
  return -1;
}

/** "En Italie, X a gagné … le métro de Turin", "à Cuzco, au Pérou": the city's country is written too (the market is the country's). */
function countryNamed(v: SentenceView, code: string, kind: string): boolean {
  if (kind !== 'CITY') return false;
  for (const m of v.mentions) if (m.kind === 'PLACE' && !m.adjective && m.place?.kind === 'COUNTRY' && m.place.countryCode === code && !POSSESSIVE_S.has(v.tokens[m.e]?.f ?? '')) return true;
  return false;
}

/** A verb of winning (a contract, a tender) before the deal in its sentence: "won, in a consortium with X, …". */
function wonBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 12); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (f === '.' || f === ';') return false;
    if (WIN_VERBS.has(f)) return true;
  }
  return false;
}

/** A consortium's members named after it: "le groupement formé par A, B et C", "le consortium réunissant A et B". */
const MEMBER_CUES = [['forme', 'par'], ['formee', 'par'], ['compose', 'de'], ['composee', 'de'], ['constitue', 'de'], ['constituee', 'de'], ['reunissant'], ['regroupant'], ['associant'], ['formed', 'by'], ['made', 'up', 'of'], ['comprising'], ['bringing', 'together']];
const GROUP_NOUNS = new Set(['groupement', 'consortium', 'alliance', 'coentreprise', 'co-entreprise', 'joint-venture']);

/** The token after a member cue following the group noun at i, or -1. */
function membersAt(v: SentenceView, i: number): number {
  if (!GROUP_NOUNS.has(v.tokens[i]?.f ?? '')) return -1;
  for (const cue of MEMBER_CUES) if (cue.every((w, n) => v.tokens[i + 1 + n]?.f === w)) return i + 1 + cue.length;
  return -1;
}

const WHICH = new Set(['lequel', 'laquelle', 'lesquels', 'lesquelles', 'which', 'whom']);

/** "exploitée en franchise par X, avec lequel l'enseigne a conclu un contrat": the name before ", avec lequel". */
function relativePartner(v: SentenceView, i: number): Mention[] {
  const t = v.tokens;
  for (let k = i - 1; k >= Math.max(v.from + 2, i - 8); k--) {
    const f = t[k]?.f ?? '';
    if (f === '.' || f === ';') break;
    if (!WHICH.has(f) || !['avec', 'with'].includes(t[k - 1]?.f ?? '') || t[k - 2]?.text !== ',') continue;
    const m = v.cover[k - 3];
    return isCompanyLike(m) && m.e === k - 2 ? [m] : [];
  }
  return [];
}

/** A granting verb a few words before the noun at i: "a confié la vente", "a confié dès mars la distribution". */
function grantedBefore(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
    const w = v.tokens[k];
    if (GRANT_VERBS.has(w?.f ?? '')) return true;
    if (!w?.word || w.cap || v.cover[k]) return false;
  }
  return false;
}

/** Verbs granting rights to a partner named after "à": "accorde à X une licence", "a confié la distribution … à X". */
const GRANT_VERBS = new Set('accorde accordee accordent accordera concede concedee concedent concedera octroie octroye octroyee confie confiee confies confiees confient confiera confieront confier'.split(' '));
const ENTRUSTED_NOUNS = new Set(['distribution', 'commercialisation']);
/** Nouns that are a deal only when granted to a partner (see grantee). */
export const GRANTED_NOUNS: ReadonlySet<string> = new Set(['licence', 'licences', 'license', ...ENTRUSTED_NOUNS]);

/**
 * The partner a right is granted to: before the deal noun ("a accordé au laboratoire X une
 * licence exclusive") or after an entrusted distribution ("a confié la distribution de ses
 * vins au Japon à l'importateur X", "dont la commercialisation sera confiée à X").
 */
function grantee(v: SentenceView, i: number): Mention[] {
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  if (f === 'licence' || f === 'licences' || f === 'license') {
    for (let k = i - 1; k >= Math.max(v.from, i - 9); k--) {
      const g = t[k]?.f ?? '';
      if (g === '.' || g === ';' || g === ',') break;
      if (GRANT_VERBS.has(g) && ['a', 'au', 'aux'].includes(t[k + 1]?.f ?? '')) return partnerList(v, k + 2).filter((m) => m.e < i);
    }
    return [];
  }
  if (!ENTRUSTED_NOUNS.has(f)) return [];
  // "confie à la société X la distribution de ses vins au Ghana": the partner before the noun.
  for (let k = i - 2; k >= Math.max(v.from, i - 9); k--) {
    const g = t[k]?.f ?? '';
    if (g === '.' || g === ';' || g === ',') break;
    if (GRANT_VERBS.has(g) && ['a', 'au', 'aux'].includes(t[k + 1]?.f ?? '')) {
      const before = partnerList(v, k + 2).filter((m) => m.e < i);
      if (before.length > 0) return before;
      break;
    }
  }
  for (let k = i + 1; k < Math.min(t.length, i + 12); k++) {
    const g = t[k]?.f ?? '';
    if (g === '.' || g === ';') break;
    if (!GRANT_VERBS.has(g) && !grantedBefore(v, i)) continue;
    // The partner after "à", past the territory ("au Japon").
    for (let j = GRANT_VERBS.has(g) ? k + 1 : k; j < Math.min(t.length, k + 10); j++) {
      if (t[j]?.f === '.' || t[j]?.f === ';') break;
      if (t[j]?.f === 'a') return partnerList(v, j + 1);
      // "… au groupe Hanil Retail": past a place ("au Kenya"), the partner after "au"/"aux".
      if (t[j]?.f === 'au' || t[j]?.f === 'aux') {
        const named = partnerList(v, j + 1);
        if (named.length > 0) return named;
      }
    }
    break;
  }
  return [];
}

export function partnershipRule(c: ExpansionContext, i: number): number {
  const chosen = chosenPartner(c, i);
  if (chosen >= 0) return chosen;
  const { v, doc, consumed } = c;
  const t = v.tokens;
  const f = t[i]?.f ?? '';
  const consortium = CONSORTIUM_STARTS.has(f) ? consortiumAt(v, i) : -1;
  if (CONSORTIUM_STARTS.has(f) && consortium < 0) return -1;
  const partnerNoun = consortium > 0 || PARTNER_NOUNS.has(f) || GRANTED_NOUNS.has(f) || (f === 'venture' && t[i - 1]?.f === 'joint') || anyCueAt(t, i, PARTNER_VERBS) > 0;
  // A word of a name is no cue: "Tramway Partners", "Alliance Santé".
  if (!partnerNoun || t[i - 1]?.f === "d'" || inTitle(v, i) || v.cover[i]) return -1;
  // An ended deal is no fact: "ended its reseller partnership with X", "met fin à son contrat avec Y".
  if (PARTNER_NOUNS.has(f) && endedBefore(v, i)) return i;
  // A labour contract is no deal between firms: "rejected a four-year contract offer", "the union's wage agreement".
  if (PARTNER_NOUNS.has(f) && labourContract(v, i)) return i;
  const subjects: Mention[] = [];
  const fronted = frontedPhraseEnd(v);
  for (const m of v.mentions) {
    if (m.s < fronted) continue;
    if (m.e > i || !isCompanyLike(m) || consumed.has(m) || inTitle(v, m.s) || inRelative(v, m.s) || inAppositive(v, m.s, i)) continue;
    // Objects of prepositions are not parties: "a centre in Haifa and signed a deal".
    const before = v.tokens[m.s - 1]?.f ?? '';
    const prep = DEAL_DETS.has(before) ? v.tokens[m.s - 2]?.f ?? '' : before;
    if (OBJECT_PREPS.has(prep) && prep !== 'et' && prep !== 'and') continue;
    // "contrôlé par la région et X", "owned by a pension fund and X": the owners are no parties.
    if ((prep === 'et' || prep === 'and') && byBefore(v, DEAL_DETS.has(before) ? m.s - 2 : m.s - 1)) continue;
    // "a deal with French retailer X …, and a similar agreement with Y": X is the first deal's
    // partner; "commercialisés par le distributeur X", the object of a verb. ("les magasins de la
    // chaîne X" still names a party.)
    const gov = governor(v, m);
    if (gov && !OF_WORDS.has(gov)) continue;
    // "avec la Compagnie X (CIE)": an acronym in brackets after a name is that name again.
    if (t[m.s - 1]?.text === '(' && t[m.e]?.text === ')' && v.cover[m.s - 2]) continue;
    subjects.push(m);
  }
  const members = membersAt(v, i);
  const listed = members > 0 ? partnerList(v, members, doc, true) : [];
  if (listed.length > 1) subjects.splice(0, subjects.length, ...listed.slice(0, 1));
  const partners: Mention[] = consortium > 0 ? partnerList(v, consortium, doc) : listed.length > 1 ? listed.slice(1) : [];
  for (let k = i + 1; consortium < 0 && partners.length === 0 && k < Math.min(t.length, i + 9); k++) {
    const g = t[k]?.f;
    if (g === 'avec' || g === 'with' || g === 'entre' || g === 'between' || ((g === 'a' || g === 'au' || g === 'aux') && anyCueAt(t, i, PARTNER_VERBS) > 0)) {
      let j = k + 1;
      const ref = companyRefAt(v, j);
      if (ref > 0) j = ref;
      partners.push(...partnerList(v, j, PARTNER_NOUNS.has(f) ? doc : null));
      break;
    }
  }
  // "Biovanta a accordé au laboratoire X une licence", "a confié la distribution de ses vins au Japon à X".
  if (partners.length === 0 && consortium < 0) {
    partners.push(...grantee(v, i));
    // A licence or a distribution is a deal only when granted to someone.
    if (partners.length === 0 && GRANTED_NOUNS.has(f) && !PARTNER_NOUNS.has(f)) return -1;
    // The grantor is the sentence's subject, not a name that describes what is granted ("une
    // édition de son mensuel X, dont la commercialisation sera confiée à Y").
    if (partners.length > 0 && GRANTED_NOUNS.has(f)) {
      const grantor = subjects.find((m) => !POSSESSIVE_DETS.has(t[m.s - 2]?.f ?? ''));
      subjects.splice(0, subjects.length, ...(grantor ? [grantor] : []));
    }
  }
  if (partners.length === 0 && PARTNER_NOUNS.has(f)) partners.push(...relativePartner(v, i));
  if (partners.length === 0 && PARTNER_NOUNS.has(f)) {
    // "a signé avec l'ONCF un accord-cadre": the partner before the deal noun.
    // "a signé avec la Société togolaise des eaux (STE) un contrat": a name in full and its acronym.
    for (let k = i - 2; k >= Math.max(v.from, i - 12); k--) {
      const g = t[k]?.f;
      if (g === '.' || g === ';') break;
      if (g !== 'avec' && g !== 'with') continue;
      partners.push(...partnerList(v, k + 1).filter((m) => m.e < i));
      break;
    }
  }
  const opener = subjects.length === 0 ? frontedDealSubject(v, i, partners) : -1;
  if (opener > 0) subjects.push(...partners.splice(opener).slice(0, 1));
  const parties = [...subjects, ...partners];
  const primary = subjects.length > 0 ? subjects[0]?.text ?? null : doc.focus;
  const others = (subjects.length > 0 ? parties.slice(1) : partners).filter((m) => m.text !== primary);
  if (others.length === 0 || !primary) return i;
  const initial = v.cover[v.from + 1];
  let place: string | null = projectPlace(v, Math.max(i + 1, others[others.length - 1]?.e ?? i));
  if (!place && ['en', 'in', 'au', 'aux'].includes(t[v.from]?.f ?? '') && initial?.kind === 'PLACE' && !initial.adjective) place = initial.text;
  if (!place) place = frontedPlace(v, i);
  if (!place) place = adjectivePlace(v, i);
  if (!place) place = whereClausePlace(v, i);
  if (!place) place = dealPlace(c, i, Math.max(i + 1, others[others.length - 1]?.e ?? i), new Set(parties));
  // "a licensing agreement with Y for … its lead drug, Z-101, in China": the territory, late.
  const territorial = (PARTNER_NOUNS.has(f) || GRANTED_NOUNS.has(f)) && territoryDeal(v, i);
  if (!place && territorial) place = territoryOf(v, i, new Set(parties))?.text ?? null;
  // The company granting the rights for a country written after the deal sells there (a
  // market, like "distribué au Vietnam par X"); a country before it may be the company's own.
  // "covering Japan and South Korea": a market in each, but no one place for the deal.
  // "lance en Suisse une édition …, dont la commercialisation sera confiée à X": rights granted
  // in the one country of the sentence.
  if (!place && GRANTED_NOUNS.has(f)) place = onlyCountry(v, new Set(parties));
  const after = territorial && place ? countryAfter(v, i, place) : undefined;
  const territories = after ? countryList(v, after) : [];
  if (territories.length > 1) place = null;
  if (subjects.length > 1 && partners.length === 0 && others.length > 1) {
    // Partners among equals ("A, B and C formed a joint venture"): A–B, then C–A…, so each
    // party is listed once.
    push(c, 'partnership', primary, place, others[0]?.text ?? null, i);
    for (const o of others.slice(1)) push(c, 'partnership', o.text, place, primary, i);
  } else {
    // "A s'allie à B et à C": A with each partner (the seed's "accord avec Ubifrance et l'AFII").
    for (const o of others) push(c, 'partnership', primary, place, o.text, i);
  }
  for (const m of territories) push(c, 'market', primary, m.text, null, i);
  // "won, with Y as its partner, the job of building a bridge in Doha": a contract
  // won abroad is work there (at home it is only the deal).
  const entry = place && c.home && (consortium > 0 || wonBefore(v, i)) ? lookupPlaceForm(place)?.entry : null;
  if (entry && !lookupPlaceForm(place ?? '')?.adjective && (entry.kind === 'CITY' || entry.kind === 'COUNTRY') && entry.countryCode && entry.countryCode !== c.home && primary === doc.focus && !countryNamed(v, entry.countryCode, entry.kind)) push(c, 'market', primary, place, null, i);
  // "a joint venture with Y to build homes in Ruritania": the company operates there.
  const project = territories.length === 0 ? projectCountry(v, Math.max(i + 1, others[others.length - 1]?.e ?? i)) : null;
  if (project) push(c, 'market', primary, project.text, null, i);
  return Math.max(i, (partners[partners.length - 1]?.e ?? i + 1) - 1);
}
