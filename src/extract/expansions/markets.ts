/**
 * Markets: launching or operating in a country or city ("se lance en Espagne", "launched in
 * Austria", "le marché allemand"), selling there ("supplies supermarkets in Belgium"), being
 * present there ("la Belgique, où nous sommes présents") and quoted markets ("France is our
 * second market"). Regions never count.
 */
import { lookupPlaceForm } from '../../lexicon/places.js';
import type { SentenceView } from '../analyze.js';
import { anyCueAt } from '../cues.js';
import type { Mention } from '../mentions.js';
import { type ExpansionContext, push } from './context.js';
import { MARKET_EN, MARKET_FR, MARKET_NOUNS, OUR, PRESENT_WORDS, SALES } from './cues.js';
import { inTitle } from './noise.js';
import { placesFrom, usablePlace, whereAntecedent } from './places.js';
import { subject } from './subject.js';

/** "L'Italie est désormais notre troisième marché", "France is our second market": places quoted as markets. */
export function ourMarkets(v: SentenceView): Mention[] {
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

/** "Après la Belgique, où nous sommes présents depuis 2022", "Spain, where we are present". */
export function presentRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  if (!PRESENT_WORDS.has(v.tokens[i]?.f ?? '')) return -1;
  const m = whereAntecedent(v, i);
  if (!m) return -1;
  push(c, 'market', subject(v, m.s, c.doc, c.consumed), m.text, null, i);
  return i;
}

/** "already supplies supermarkets in Belgium and Denmark": selling in a country is a market. */
export function salesRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const sales = anyCueAt(v.tokens, i, SALES);
  if (sales <= 0 || inTitle(v, i)) return -1;
  const places = placesFrom(v, sales, 3).filter((p) => p.place?.kind === 'COUNTRY');
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return places.length > 0 ? sales - 1 : i;
}

export function marketRule(c: ExpansionContext, i: number): number {
  const { v } = c;
  const t = v.tokens;
  const market = anyCueAt(t, i, MARKET_FR) > 0 ? anyCueAt(t, i, MARKET_FR) : anyCueAt(t, i, MARKET_EN);
  if (market <= 0 || inTitle(v, i)) return -1;
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
          push(c, 'market', subject(v, i, c.doc, c.consumed), form.entry.name, null, i);
          break;
        }
      }
      if (places.length > 0) break;
    }
    if (places.length > 0 && places[0]?.place) {
      push(c, 'market', subject(v, i, c.doc, c.consumed), places[0].place.name, null, i);
      return market - 1;
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
      if (m && m.s === j && usablePlace(v, m)) places = [...places, m];
      break;
    }
  }
  const company = subject(v, i, c.doc, c.consumed);
  for (const p of places) push(c, 'market', company, p.text, null, i);
  return places.length > 0 ? market - 1 : i;
}
