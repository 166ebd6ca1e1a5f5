/**
 * Towns no place list holds, told to be places by how the text writes them: "in Brackford,
 * Ohio", "the port of Qaltan", "Cambridge, Mass.-based". Such a name is never an employer —
 * "the Brackford operation will be led by X" puts X at the firm that runs it, not at the town —
 * ("Brackford-based" describes a firm by its town too)
 * and the text that writes it once as a place means the same town wherever else it names it.
 */
import type { Mention } from './mentions.js';
import type { Token } from './tokens.js';

/** Places the name of a town follows: "the port of X", "the city of X". Folded. */
const TOWN_NOUNS = new Set('port city town village municipality province county borough harbour harbor'.split(' '));

/** US state abbreviations after a town and its comma ("Cambridge, Mass."), written with their dot. Folded. */
const STATE_ABBREVIATIONS = new Set('ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo'.split(' '));

/** Prepositions that put a thing in a town ("in X, Alabama", "near X, Texas"). Folded. */
const IN_PREPS = new Set(['in', 'at', 'near', 'outside', 'from']);

/**
 * French nouns of a site or an area whose "de" may name a town: "où il dirigeait l'usine de X",
 * "la mine de X", "les usines de X et de Y". Folded; written in lowercase (a capital makes the
 * noun part of a firm's name: "Chantiers de X").
 */
const FR_SITE_NOUNS = new Set('usine usines mine mines site sites raffinerie raffineries entrepot entrepots centrale centrales acierie port aeroport ville commune agglomeration region departement canton hypermarches supermarches'.split(' '));
const FR_OF = new Set(['de', "d'"]);

/**
 * "Il quitte Velcor, où il dirigeait l'usine de X": in a relative clause on the firm just
 * named, the site's "de" names its town. Without that "où" the name may be the firm's own
 * ("a dirigé l'usine d'Orvel près de Lyon").
 */
function inWhereClause(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    const x = t[j]?.text;
    if (x === 'où') return t[j - 1]?.text === ',';
    if (x === '.' || x === ';' || x === '«' || x === '»') return false;
  }
  return false;
}

/** "…, où il dirigeait l'usine de X", "les usines de W et de X": the name is a town. */
function frenchSiteOf(t: readonly Token[], m: Mention, towns: ReadonlySet<Mention>, byEnd: ReadonlyMap<number, Mention>): boolean {
  const prev = t[m.s - 1];
  if (!prev) return false;
  const isSite = (k: number) => { const w = t[k]; return !!w && w.cap === false && FR_SITE_NOUNS.has(w.f); };
  if (!FR_OF.has(prev.f)) return false;
  if (isSite(m.s - 2)) return inWhereClause(t, m.s - 2);
  // "les usines de Valcourt et de Juárez": the second of a list of towns.
  const before = t[m.s - 2]?.f === 'et' ? byEnd.get(m.s - 2) : undefined;
  return !!before && towns.has(before);
}

/** English nouns of an industrial site a town's name is written before ("the Leeds plant"). Folded. */
const EN_SITE_NOUNS = new Set('plant plants mill mills works factory factories refinery smelter shipyard yard terminal depot warehouse foundry mine site facility'.split(' '));

/**
 * "Acme's welder … retired after 30 years at the Aberkellan steel mill", "Workers at Acme's
 * Tulsa plant": a name written before a site's noun (one lowercase word may stand between), after
 * "the" with a firm named before it in the sentence, or after that firm's possessive, is the site's
 * town ("the Ford plant", with no firm before it, may be the firm's).
 */
function englishSiteOf(t: readonly Token[], m: Mention, mentions: readonly Mention[]): boolean {
  let k = m.e;
  if (t[k]?.word && !t[k]?.cap && !EN_SITE_NOUNS.has(t[k]?.f ?? '') && t[k + 1]?.word && !t[k + 1]?.cap) k++;
  if (!EN_SITE_NOUNS.has(t[k]?.f ?? '') || t[k]?.cap) return false;
  const prev = t[m.s - 1];
  if (prev?.f === "'s" || prev?.text === "'" || prev?.text === '’') return true;
  if (prev?.f !== 'the') return false;
  for (const o of mentions) if (o.e <= m.s - 1 && (o.kind === 'COMPANY' || o.kind === 'UNKNOWN') && !o.region) return true;
  return false;
}

interface View {
  readonly tokens: Token[];
  readonly mentions: Mention[];
  /** The sentence's first token (after a rubric or dateline). */
  readonly from: number;
}

/** Prepositions that open a sentence on where it happens: "In X, …", "From X, …". Folded. */
const OPENING_PREPS = new Set(['in', 'from']);
/** French ones, "À X, …", "Depuis X, …": also said of a firm ("À Orvane, elle est remplacée…"). Folded. */
const FR_OPENING_PREPS = new Set(['a', 'depuis']);

/** Whether mention m (a name no list holds) is written as a place in its sentence. */
function writtenAsPlace(t: readonly Token[], m: Mention, byStart: ReadonlyMap<number, Mention>, from: number): boolean {
  const prev = t[m.s - 1]?.f ?? '';
  // "In Qaltan, the firm's founder said…", "From Qaltan, X built…": a sentence opening on a
  // name and its comma says where (a firm is "at X").
  if (m.s - 1 === from && OPENING_PREPS.has(prev) && t[m.e]?.text === ',') return true;
  // "the port of Qaltan", "the city of Brackford".
  if (prev === 'of' && TOWN_NOUNS.has(t[m.s - 2]?.f ?? '')) return true;
  // "Cambridge, Mass.-based", "in Brackford, Ga.": a US state's abbreviation, with its dot, after a town.
  if (m.e === m.s + 1 && STATE_ABBREVIATIONS.has(t[m.s]?.f ?? '') && t[m.s - 1]?.text === ',' && t[m.s - 2]?.cap === true && t[m.e]?.text === '.') return true;
  // "in Brackford, Alabama": a name, its comma and a region or country.
  if (IN_PREPS.has(prev) && t[m.e]?.text === ',') {
    const next = byStart.get(m.e + 1);
    if (next?.kind === 'PLACE' && !next.adjective && next.place?.kind !== 'CITY') return true;
  }
  return false;
}

/** "Kelbrook-based", "Brackford-headquartered": the town a firm is described by, or null. */
function basedTown(t: Token): string | null {
  if (!t.cap || !t.word) return null;
  const x = t.text;
  const cut = x.endsWith('-based') ? x.length - 6 : x.endsWith('-headquartered') ? x.length - 14 : -1;
  if (cut < 2 || x.indexOf('-') !== cut) return null;
  return x.slice(0, cut);
}

/** Marks every name no list holds that the text writes as a place somewhere: never an employer (Mention.region). */
export function markUnlistedPlaces(views: readonly View[]): void {
  const towns = new Set<string>();
  // ("À Plouzévet, la conserverie X…": a name fronted by "À" and its comma is a town when the
  // text names it nowhere else; "Y quitte Orvane. À Orvane, elle…" is the firm)
  const fronted: Mention[] = [];
  const named = new Map<string, number>();
  for (const v of views) {
    const byStart = new Map<number, Mention>();
    const byEnd = new Map<number, Mention>();
    for (const m of v.mentions) {
      byStart.set(m.s, m);
      byEnd.set(m.e, m);
    }
    for (const t of v.tokens) {
      const town = basedTown(t);
      if (town !== null) towns.add(town);
    }
    // (a French site's town is marked where it is written only: "l'usine de Forgeval" may be a firm's)
    const sites = new Set<Mention>();
    for (const m of v.mentions) {
      if (m.kind === 'UNKNOWN' || m.kind === 'COMPANY') named.set(m.text, (named.get(m.text) ?? 0) + 1);
      if (m.kind !== 'UNKNOWN') continue;
      if (m.s - 1 === v.from && FR_OPENING_PREPS.has(v.tokens[m.s - 1]?.f ?? '') && v.tokens[m.e]?.text === ',') fronted.push(m);
      else if (writtenAsPlace(v.tokens, m, byStart, v.from)) towns.add(m.text);
      else if (frenchSiteOf(v.tokens, m, sites, byEnd) || englishSiteOf(v.tokens, m, v.mentions)) {
        sites.add(m);
        m.region = true;
      }
    }
  }
  for (const m of fronted) if (named.get(m.text) === 1) m.region = true;
  if (towns.size === 0) return;
  for (const v of views) for (const m of v.mentions) if (m.kind === 'UNKNOWN' && towns.has(m.text)) m.region = true;
}
