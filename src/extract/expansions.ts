/**
 * Expansion events: offices ("ouvre deux bureaux à Paris et à Lyon", "the Lyon office",
 * "le bureau français"), markets ("se lance en Espagne", "launched in Austria", "investit
 * l'Allemagne"), partnerships with named partners ("accord … avec Ubifrance et l'AFII") and
 * listings ("introduction en Bourse au NYSE", "coté au Nasdaq"). Places that were studied,
 * rejected or are headquarters are left out.
 */
import type { ExpansionFact, ExpansionKind } from '../model/facts.js';
import { lookupPlaceForm } from '../lexicon/places.js';
import type { DocView, SentenceView } from './analyze.js';
import { companyList } from './careers.js';
import { anyCueAt, cueList, findCue } from './cues.js';
import type { Mention } from './mentions.js';
import { companyRefAt, isCompanyLike } from './refs.js';

const cues = cueList;

const BLOCKERS = cues(`ruled out | rejected | rejete | rejetee | ecarte | ecartee | abandonne | abandonnee | shelving | shelved | in talks | en discussion | en discussions | pourrait | pourraient | could | might | would | envisage | envisagerait | considering | aurait pu | had planned | weighing | weighs | is weighing | exploring | explores | scouting | shortlisted | evaluated | evaluating | is evaluating | a l' etude | est a l' etude | no decision | not made a decision | pas encore tranche`);
const PLACE_EXCLUDERS = new Set('considered studied etudie etudiee etudies envisage envisagé hors outside siege headquarters headquartered based basee base rather instead plutot'.split(' '));
const OFFICE_NOUNS = new Set('bureau bureaux antenne antennes agence agences locaux site sites office offices hub outpost campus centre centres center centers studio studios filiale subsidiary'.split(' '));
/** Subsidiaries are offices only in a city ("une filiale à Hambourg"); in a country they are markets. */
const SUBSIDIARY_NOUNS = new Set(['filiale', 'subsidiary']);
const STRICT_OFFICE_NOUNS = new Set(['filiale', 'subsidiary', 'studio', 'studios']);
/** Shops opened in a city are markets: "inaugure son premier magasin à Milan", "opens a store in Oslo". */
const STORE_NOUNS = new Set('magasin magasins boutique boutiques store stores shop shops flagship showroom'.split(' '));
/** Verbs of opening: centres and shops count only when opened ("opening an authentication center in X"). */
const OPEN_VERBS = new Set('ouvre ouvrent ouvrira ouvriront ouvert ouverte ouvrir ouverture inaugure inaugurera inaugurent inaugurer inauguration open opens opened opening inaugurates inaugurated unveils unveiled launches launched'.split(' '));
const CENTRE_NOUNS = new Set(['centre', 'centres', 'center', 'centers']);
const CENTRE_ADJ = new Set('data innovation research r&d tech technology engineering development service services distribution logistics delivery operations support training excellence competence competences expertise'.split(' '));
/** Verbs of allying: "s'allie avec X", "s'associe à X", "teams up with X", "partners with X". */
const PARTNER_VERBS = cues(`s' allie | s' allient | s' associe | s' associent | teams up | teamed up | team up | partners | partnered | joins forces | joined forces | join forces | s' est allie | s' est associe | noue une alliance | signed an mou | signs an mou | signed a memorandum`);
const PARTNER_NOUNS = new Set('partenariat partenariats accord accords alliance joint-venture coentreprise co-entreprise partnership partnerships agreement deal alliance contrat contract collaboration memorandum mou'.split(' '));
const IPO = cues(`introduction en bourse | introduction sur | cotation sur | entree en bourse | entree a la bourse | son entree sur | listed its shares on | listing of its shares on | debuted on | float on | floated in | ipo on | entrera en bourse | entre en bourse | fait son entree en bourse | fera son entree en bourse | sera cote | sera cotee | introduit en bourse | introduite en bourse | introduits en bourse | cote sur | cotee sur | cote au | cotee au | cote a | cotee a | cotes sur | cotees sur | cote en | cotation sur | cotation a | ipo | initial public offering | listed on | listed in | trades on | traded on | trading on | shares trade on | listing on | listing in | debut on | began trading on | started trading on | went public on | floated on | flotation on | premiere cotation`);
/** Selling in a country (only countries count): "supplies supermarkets in Belgium", "vend ses produits en Suisse". */
const SALES = cues(`supplies | supplied | sells in | sells its products in | sold in | sells to customers in | vend ses produits en | vend ses produits au | vend ses produits aux | commercialise ses produits en | commercialise ses produits au | distribue ses produits en | distribue ses produits au`);
/** Debuts count as listings only on a named exchange: "a fait ses débuts mercredi sur Euronext Growth". */
const DEBUT = cues(`fait ses debuts | fera ses debuts | made its debut | makes its debut | debuts on | debuted on`);
const MARKET_FR = cues(`se lance | son arrivee en | son arrivee au | son arrivee aux | se deploie | se deploiera | deploiement en | deploiement au | lance ses services | lance son offre | lance ses activites | lancera ses activites | une filiale en | une filiale au | une filiale aux | a subsidiary in | a la conquete de | a la conquete du | a la conquete des | part a la conquete | etend ses activites | etend sa presence | s' ouvre au | s' ouvre a | present en | presente en | present au | presente au | presents en | s' implanter | s' etendre | s' installer | debarquer | s' est lance | s' est lancee | se lancera | se lancer | lancement | s' implante | s' implantera | arrive | arrivera | debarque | debarquera | s' etend | s' installe | investit | investira | s' attaque au marche | entre sur le marche | met un pied en | met un pied au | met un pied aux | mettra un pied en | pose ses valises en | pose ses valises au | pose ses valises aux | posera ses valises en | prend pied en | prend pied au | prend pied aux | a pris pied en | pris pied au | fait son entree en | fait son entree au | fait son entree aux | met le cap sur`);
const MARKET_EN = cues(`launched in | launches in | expands its presence in | moved into | moves into | set foot in | present in | operates in | operating in | launch in | launched its service in | launched its services in | launched operations in | expanded to | expanded into | expands to | expands into | expanding to | expanding into | expansion into | expansion to | entered | enters | entering | arrives in | arrived in | arrives | arrive | arrived | rolled out in | rolls out in | roll out in | rolling out in | starting with | debuted in | enter | will enter | launch services in | launches services in | launched services in | launch operations in | launches operations in | begin operations in | began operations in | set up shop in | sets up shop in | goes live in | went live in | go live in | starts operations in | started operations in | establishes a presence in | established a presence in | set up operations in | sets up operations in`);
const OBJECT_PREPS = new Set(['behind', 'derriere', 'by', 'par', 'with', 'avec', 'of', 'de', "d'", 'du', 'des', 'from', 'at', 'chez', 'to', 'a', 'en', 'in', 'on', 'sur', 'au', 'aux', 'for', 'pour']);
const SHARES = new Set(['shares', 'stock', 'actions', 'action', 'titre', 'titres']);
const SUBJECT_PRONOUNS = new Set(['il', 'elle', 'it', 'they']);
const RELATIVES = new Set(['which', 'qui']);
const PREPS = new Set(['a', 'au', 'aux', 'en', 'in', 'at', 'dans', '(', 'et', 'and', ',', 'to', 'into', 'the', "l'", 'la', 'le', 'les', 'sur']);

function excluded(v: SentenceView, m: Mention): boolean {
  for (let i = m.s - 1; i >= Math.max(v.from, m.s - 4); i--) {
    const f = v.tokens[i]?.f ?? '';
    if (PLACE_EXCLUDERS.has(f)) return true;
    if (f === '.' || f === ';') break;
  }
  for (let i = m.e; i < Math.min(v.tokens.length, m.e + 4); i++) {
    const f = v.tokens[i]?.f ?? '';
    if (f === 'considered' || f === 'etudie' || f === 'studied') return true;
  }
  return false;
}

/** Places from token i on: "à Munich et Berlin", "in Lyon", "en Espagne et en Italie". */
function placesFrom(v: SentenceView, i: number, reach: number, allowRegion = false): Mention[] {
  const out: Mention[] = [];
  let j = i;
  let skipped = 0;
  while (j < v.tokens.length && skipped <= reach) {
    const m = v.cover[j];
    if (m && m.s === j && m.kind === 'PLACE' && !m.adjective) {
      const prev = out[out.length - 1];
      // "Basel, Switzerland": the country only locates the city.
      const locates = prev?.place?.kind === 'CITY' && m.place?.kind !== 'CITY' && prev.e === j - 1 && v.tokens[j - 1]?.text === ',' && (m.place?.countryCode === prev.place.countryCode || m.place?.id === prev.place.countryCode);
      if ((allowRegion || m.place?.kind !== 'REGION') && !excluded(v, m) && !locates) out.push(m);
      j = m.e;
      skipped = 0;
      reach = 3;
      continue;
    }
    if (m && out.length > 0) break;
    const f = v.tokens[j]?.f ?? '';
    if (out.length > 0 && !PREPS.has(f) && f !== 'puis' && f !== 'then') break;
    if (f === '.' || f === ';' || (m && m.kind !== 'PLACE' && out.length === 0 && isCompanyLike(m))) break;
    skipped++;
    j++;
  }
  return out;
}

function isBlocked(v: SentenceView): boolean {
  return findCue(v.tokens, BLOCKERS, v.from) !== null;
}

/** The company that expands: the nearest name before the trigger, unless a pronoun or "le groupe" is nearer. */
function subject(v: SentenceView, at: number, doc: DocView, consumed: Map<Mention, string | null>): string | null {
  // "…at Ascelion, a Boston biotech which listed on Nasdaq": a relative pronoun just before the
  // verb stands for the nearest name, even one after a preposition.
  let relative = false;
  for (let i = at - 1; i >= Math.max(v.from, at - 3); i--) if (RELATIVES.has(v.tokens[i]?.f ?? '')) relative = true;
  for (let i = at - 1; i >= v.from; i--) {
    const m = v.cover[i];
    // A company after a preposition ("backed by Sequoia", "en Bourse") is not the subject.
    if (isCompanyLike(m) && !consumed.has(m)) {
      const shares = SHARES.has(v.tokens[m.s - 2]?.f ?? '');
      if (shares || relative || !OBJECT_PREPS.has(v.tokens[m.s - 1]?.f ?? '')) return m.text;
    }
    const f = v.tokens[i]?.f ?? '';
    if (SUBJECT_PRONOUNS.has(f) || companyRefAt(v, i) > 0) return doc.focus;
  }
  for (const m of v.mentions) if (m.s >= at && isCompanyLike(m) && !consumed.has(m)) return m.text;
  return doc.focus;
}

function nearestDate(v: SentenceView, at: number): string | null {
  const pos = v.tokens[at]?.start ?? 0;
  let best: { d: number; v: string } | null = null;
  for (const d of v.dates) {
    const value = d.from ?? d.to;
    if (!value) continue;
    const dist = Math.abs(d.start - pos) + (d.start < pos ? 20 : 0);
    if (Math.abs(d.start - pos) > 60) continue;
    // Not across a comma: "introduite en Bourse en 2021, a noué un partenariat" dates the listing.
    if (v.sent.text.slice(Math.min(d.end, pos), Math.max(d.start, pos)).includes(',')) continue;
    if (!best || dist < best.d) best = { d: dist, v: value };
  }
  return best ? best.v : null;
}

const OUR = new Set(['notre', 'our']);
const MARKET_NOUNS = new Set(['marche', 'market']);

/** "L'Italie est désormais notre troisième marché", "France is our second market": places quoted as markets. */
function ourMarkets(v: SentenceView): Mention[] {
  const out: Mention[] = [];
  for (const m of v.mentions) {
    if (m.kind !== 'PLACE' || m.adjective || m.place?.kind === 'REGION') continue;
    const t = v.tokens;
    let k = m.e;
    while (k < m.e + 4 && t[k]?.word && !OUR.has(t[k]?.f ?? '')) k++;
    if (!OUR.has(t[k]?.f ?? '')) continue;
    for (let j = k + 1; j <= k + 3; j++) {
      if (MARKET_NOUNS.has(t[j]?.f ?? '')) {
        out.push(m);
        break;
      }
      if (!t[j]?.word) break;
    }
  }
  return out;
}

const DEAL_DETS = new Set(['le', 'la', "l'", 'les', 'the', 'un', 'une', 'a', 'an']);
const DEAL_LINKS = new Set([',', 'et', 'and']);

/**
 * The parties after "avec"/"with": "avec Engie et le norvégien Equinor", "with le néerlandais
 * Albert Heijn" (a name after a nationality adjective is a company even when it looks like a
 * person's). An appositive after a comma ("with Trent, the Tata group's retail arm") is not a party.
 */
function partnerList(v: SentenceView, from: number): Mention[] {
  const t = v.tokens;
  const out: Mention[] = [];
  let j = from;
  for (let guard = 0; guard < 8; guard++) {
    while (DEAL_DETS.has(t[j]?.f ?? '')) j++;
    const form = t[j] && !t[j]?.cap ? lookupPlaceForm(t[j]?.text ?? '') : null;
    const national = !!form?.adjective;
    if (national) j++;
    const m = v.cover[j];
    const party = !!m && (m.kind === 'COMPANY' || m.kind === 'UNKNOWN' || (national && m.kind === 'PERSON'));
    if (!m || m.s !== j || !party) {
      if (out.length > 0) break;
      const listed = companyList(v, from);
      if (listed.length > 0) return listed;
      // "with payments company Adyen", "avec le distributeur d'eau Sabesp": a short description first.
      let k = j;
      while (k < j + 4 && t[k]?.word && !t[k]?.cap && !v.cover[k]) k++;
      const named = v.cover[k];
      if (k > j && named && named.s === k && isCompanyLike(named)) {
        j = k;
        continue;
      }
      return [];
    }
    out.push(m);
    j = m.e;
    if (!DEAL_LINKS.has(t[j]?.f ?? '')) break;
    if (t[j]?.text === ',' && DEAL_DETS.has(t[j + 1]?.f ?? '')) break;
    j++;
    if (t[j - 1]?.text === ',' && DEAL_LINKS.has(t[j]?.f ?? '')) j++;
  }
  return out;
}

/** A place that is the object of an office noun ("un bureau à Munich") belongs to the office. */
function officeObject(v: SentenceView, m: Mention): boolean {
  const prep = v.tokens[m.s - 1]?.f ?? '';
  return ['a', 'in', 'at'].includes(prep) && OFFICE_NOUNS.has(v.tokens[m.s - 2]?.f ?? '');
}

function dealPlaceOk(v: SentenceView, m: Mention | undefined): m is Mention {
  return m?.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'REGION' && !excluded(v, m) && !officeObject(v, m);
}

/**
 * Where a deal is made: a place right after the deal noun or its parties ("une co-entreprise à
 * Vitré", "an MoU with Aramco in Dhahran", an unknown Titlecase town included), else a place
 * shortly before ("will enter Japan through a partnership"), else "y" for the previous sentence's
 * country ("Elle y a noué un partenariat").
 */
function dealPlace(v: SentenceView, at: number, last: number, doc: DocView): string | null {
  const t = v.tokens;
  for (const k of [at + 1, last]) {
    const m = v.cover[k + 1];
    if (['a', 'in', 'at'].includes(t[k]?.f ?? '') && m && m.s === k + 1 && m.kind === 'UNKNOWN' && m.e - m.s === 1 && !(t[k + 2]?.cap ?? false)) return m.text;
  }
  for (let k = at + 1; k < Math.min(t.length, last + 12); k++) {
    const m = v.cover[k];
    if (dealPlaceOk(v, m)) return m.text;
    if (t[k]?.f === '.' || t[k]?.f === ';') break;
  }
  for (let k = at - 1; k >= Math.max(v.from, at - 6); k--) {
    const m = v.cover[k];
    if (dealPlaceOk(v, m)) return m.text;
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

const PARTICIPLE_ENDINGS = /(?:e|ee|es|ees|i|ie|is|ies|u|ue|us|ues|ed|en)$/;

/** "Soutenue par le fonds X, Aéronyx…", "Backed by Y, Z…": the fronted phrase names no party. */
function frontedPhraseEnd(v: SentenceView): number {
  const t = v.tokens;
  const first = t[v.from];
  if (!first || !PARTICIPLE_ENDINGS.test(first.f) || !['par', 'by'].includes(t[v.from + 1]?.f ?? '')) return v.from;
  for (let k = v.from + 2; k < Math.min(t.length, v.from + 12); k++) if (t[k]?.text === ',') return k + 1;
  return v.from;
}

const PRESENT_WORDS = new Set(['present', 'presents', 'presente', 'presentes', 'active', 'actifs', 'actif', 'operate', 'operates']);

/** The place a relative "où"/"where" just before token i stands for: "la Belgique, où nous sommes présents". */
function whereAntecedent(v: SentenceView, i: number): Mention | null {
  const t = v.tokens;
  for (let k = i - 1; k >= Math.max(v.from + 2, i - 4); k--) {
    const f = t[k]?.f ?? '';
    if (f === 'where' || f === 'ou') {
      const m = t[k - 1]?.text === ',' ? v.cover[k - 2] : undefined;
      return m?.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'REGION' && !excluded(v, m) ? m : null;
    }
    if (!t[k]?.word) return null;
  }
  return null;
}

/** An opening verb shortly before token i: "ouvrira une boutique", "opening an authentication center". */
function openedAt(v: SentenceView, i: number): boolean {
  for (let k = i - 1; k >= Math.max(v.from, i - 8); k--) {
    const f = v.tokens[k]?.f ?? '';
    if (OPEN_VERBS.has(f)) return true;
    if (f === '.' || f === ';' || f === ',') return false;
  }
  return false;
}

function inTitle(v: SentenceView, i: number): boolean {
  return v.titles.some((t) => i >= t.s && i < t.e);
}

export function expansionsOf(v: SentenceView, doc: DocView, consumed: Map<Mention, string | null>): ExpansionFact[] {
  if (v.sent.skip || isBlocked(v)) return [];
  const out: ExpansionFact[] = [];
  const t = v.tokens;
  const push = (kind: ExpansionKind, company: string | null, place: string | null, partner: string | null, at: number): void => {
    if (!company) return;
    out.push({ company, kind, place, partner, date: nearestDate(v, at), evidence: v.sent.text });
  };
  for (const m of ourMarkets(v)) push('market', doc.focus, m.text, null, m.s);
  /** Places already read as an office's: not also where a deal is made. */
  const officePlaces = new Set<Mention>();
  for (let i = v.from; i < t.length; i++) {
    const tok = t[i];
    if (!tok || !tok.word) continue;
    const f = tok.f;
    // Offices
    const store = STORE_NOUNS.has(f) && openedAt(v, i);
    if (store) {
      const places = placesFrom(v, i + 1, 3).filter((p) => p.place?.kind === 'CITY' || p.place?.kind === 'COUNTRY');
      const company = subject(v, i, doc, consumed);
      for (const p of places) push('market', company, p.text, null, i);
      continue;
    }
    if (OFFICE_NOUNS.has(f) && !inTitle(v, i) && (!CENTRE_NOUNS.has(f) || ['de', "d'", 'of'].includes(t[i + 1]?.f ?? '') || CENTRE_ADJ.has(t[i - 1]?.f ?? '') || openedAt(v, i))) {
      // Studios and subsidiaries only with "à"/"in" and a place ("le studio lyonnais X" names a company).
      const strict = STRICT_OFFICE_NOUNS.has(f);
      if (strict && !['a', 'in', 'at'].includes(t[i + 1]?.f ?? '')) continue;
      let places = placesFrom(v, i + 1, strict ? 1 : 6);
      // A city missing from the lexicon: "an office in Haifa", "un bureau à Tartu".
      if (places.length === 0 && ['in', 'a', 'at'].includes(t[i + 1]?.f ?? '')) {
        const m = v.cover[i + 2];
        if (m && m.s === i + 2 && m.kind === 'UNKNOWN' && m.e - m.s <= 2) places = [m];
      }
      if (places.length === 0 && !strict) {
        const adj = t[i + 1] ? lookupPlaceForm(t[i + 1]?.text ?? '') : null;
        if (adj?.adjective && adj.entry.kind !== 'REGION' && !(t[i + 1]?.cap ?? false)) {
          push('office', subject(v, i, doc, consumed), adj.entry.name, null, i);
          continue;
        }
        for (let k = i - 1; k >= Math.max(v.from, i - 5); k--) {
          const m = v.cover[k];
          if (m?.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'REGION' && !excluded(v, m)) {
            places = [m];
            break;
          }
        }
      }
      // "une filiale en Espagne" is a market (cue above); "une filiale à Hambourg" an office.
      if (SUBSIDIARY_NOUNS.has(f)) places = places.filter((p) => p.kind !== 'PLACE' || p.place?.kind === 'CITY');
      const company = subject(v, places[0] && places[0].s < i ? places[0].s : i, doc, consumed);
      for (const p of places) {
        push('office', company, p.text, null, i);
        officePlaces.add(p);
      }
      continue;
    }
    // Listings
    const listing = anyCueAt(t, i, IPO);
    const debut = listing > 0 ? -1 : anyCueAt(t, i, DEBUT);
    const ipo = listing > 0 ? listing : debut;
    if (ipo > 0) {
      let place: string | null = null;
      for (let k = ipo; k < Math.min(t.length, ipo + 6); k++) {
        const m = v.cover[k];
        if (m?.kind === 'EXCHANGE' || (debut < 0 && m?.kind === 'PLACE' && m.place?.kind === 'CITY')) {
          place = m.text;
          break;
        }
      }
      if (place) push('ipo', subject(v, i, doc, consumed), place, null, i);
      i = ipo - 1;
      continue;
    }
    // "Après la Belgique, où nous sommes présents depuis 2022", "Spain, where we are present"
    if (PRESENT_WORDS.has(f)) {
      const m = whereAntecedent(v, i);
      if (m) {
        push('market', subject(v, m.s, doc, consumed), m.text, null, i);
        continue;
      }
    }
    // "already supplies supermarkets in Belgium and Denmark": selling in a country is a market.
    const sales = anyCueAt(t, i, SALES);
    if (sales > 0 && !inTitle(v, i)) {
      const places = placesFrom(v, sales, 3).filter((p) => p.place?.kind === 'COUNTRY');
      const company = subject(v, i, doc, consumed);
      for (const p of places) push('market', company, p.text, null, i);
      if (places.length > 0) i = sales - 1;
      continue;
    }
    // Markets
    const market = anyCueAt(t, i, MARKET_FR) > 0 ? anyCueAt(t, i, MARKET_FR) : anyCueAt(t, i, MARKET_EN);
    if (market > 0 && !inTitle(v, i)) {
      let places = placesFrom(v, market, 4);
      // "entered the Spanish market", "le marché allemand"
      if (places.length === 0) {
        for (let k = market; k < Math.min(t.length, market + 4); k++) {
          const m = v.cover[k];
          const adj = m?.kind === 'PLACE' && m.adjective ? m : undefined;
          const near = (g: string | undefined): boolean => g === 'market' || g === 'marche';
          if (adj && near(t[adj.e]?.f)) places = [adj];
          const low = t[k];
          if (near(low?.f)) {
            const form = lookupPlaceForm(t[k + 1]?.text ?? '');
            if (form?.adjective && form.entry.kind !== 'REGION') {
              push('market', subject(v, i, doc, consumed), form.entry.name, null, i);
              break;
            }
          }
          if (places.length > 0) break;
        }
        if (places.length > 0 && places[0]?.place) {
          push('market', subject(v, i, doc, consumed), places[0].place.name, null, i);
          places = [];
          i = market - 1;
          continue;
        }
      }
      // "In Germany, where it arrives next month"
      if (places.length === 0) {
        const m = whereAntecedent(v, i);
        if (m) places = [m];
      }
      // "se lance à Milan et à Rome, un an après Madrid": the earlier market too.
      const lastPlace = places[places.length - 1];
      if (lastPlace) {
        for (let k = lastPlace.e; k < Math.min(t.length, lastPlace.e + 6); k++) {
          const g = t[k]?.f ?? '';
          if (g === '.' || g === ';') break;
          if (g !== 'apres' && g !== 'after') continue;
          const j = ['la', 'le', "l'", 'les', 'the'].includes(t[k + 1]?.f ?? '') ? k + 2 : k + 1;
          const m = v.cover[j];
          if (m && m.s === j && m.kind === 'PLACE' && !m.adjective && m.place?.kind !== 'REGION' && !excluded(v, m)) places = [...places, m];
          break;
        }
      }
      const company = subject(v, i, doc, consumed);
      for (const p of places) push('market', company, p.text, null, i);
      if (places.length > 0) i = market - 1;
      continue;
    }
    // Partnerships
    const partnerNoun = PARTNER_NOUNS.has(f) || (f === 'venture' && t[i - 1]?.f === 'joint') || anyCueAt(t, i, PARTNER_VERBS) > 0;
    if (partnerNoun && t[i - 1]?.f !== "d'" && !inTitle(v, i)) {
      const subjects: Mention[] = [];
      const fronted = frontedPhraseEnd(v);
      for (const m of v.mentions) {
        if (m.s < fronted) continue;
        if (m.e > i || !isCompanyLike(m) || consumed.has(m) || inTitle(v, m.s)) continue;
        // Objects of prepositions are not parties: "a centre in Haifa and signed a deal".
        const before = v.tokens[m.s - 1]?.f ?? '';
        const prep = DEAL_DETS.has(before) ? v.tokens[m.s - 2]?.f ?? '' : before;
        if (OBJECT_PREPS.has(prep) && prep !== 'et' && prep !== 'and') continue;
        subjects.push(m);
      }
      const partners: Mention[] = [];
      for (let k = i + 1; k < Math.min(t.length, i + 9); k++) {
        const g = t[k]?.f;
        if (g === 'avec' || g === 'with' || g === 'entre' || g === 'between' || (g === 'a' && anyCueAt(t, i, PARTNER_VERBS) > 0)) {
          let j = k + 1;
          const ref = companyRefAt(v, j);
          if (ref > 0) j = ref;
          partners.push(...partnerList(v, j));
          break;
        }
      }
      const parties = [...subjects, ...partners];
      const primary = subjects.length > 0 ? subjects[0]?.text ?? null : doc.focus;
      const others = (subjects.length > 0 ? parties.slice(1) : partners).filter((m) => m.text !== primary);
      if (others.length === 0 || !primary) continue;
      const initial = v.cover[v.from + 1];
      let place: string | null = null;
      if (['en', 'in', 'au', 'aux'].includes(t[v.from]?.f ?? '') && initial?.kind === 'PLACE' && !initial.adjective) place = initial.text;
      if (!place) place = dealPlace(v, i, Math.max(i + 1, others[others.length - 1]?.e ?? i), doc);
      if (subjects.length > 1 && partners.length === 0 && others.length > 1) {
        // Partners among equals ("A, B and C formed a joint venture"): A–B, then C–A…, so each
        // party is listed once.
        push('partnership', primary, place, others[0]?.text ?? null, i);
        for (const o of others.slice(1)) push('partnership', o.text, place, primary, i);
      } else {
        for (const o of others) push('partnership', primary, place, o.text, i);
      }
      i = Math.max(i, (partners[partners.length - 1]?.e ?? i + 1) - 1);
    }
  }
  return out;
}
