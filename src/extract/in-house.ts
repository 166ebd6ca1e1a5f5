/**
 * Posts a sentence gives inside the text's company without naming it: a promotion ("Anne X est
 * promue secrétaire générale", "Velcor promeut Paul Y, chef des achats, au rang de…") moves
 * people up where they already work, both the post left and the one taken; so does "devient T";
 * a title opening the sentence in apposition to a name ("La directrice juridique, Anne X, …")
 * is the house's own officer. The employer fallback gives such posts the text's company however
 * far back it was named.
 */
import type { SentenceView } from './analyze.js';
import type { TitleSpan } from './titles.js';

const PROMOTION = new Set(['promu', 'promue', 'promus', 'promues', 'promeut', 'promotion']);
/** "devient associée", "deviendra directeur général": a post taken where one works. */
const BECOMES = new Set(['devient', 'deviendra']);
const DEFINITE = new Set(['le', 'la', "l'"]);

export function inHousePost(v: SentenceView, title: TitleSpan): boolean {
  const t = v.tokens;
  if (BECOMES.has(t[title.s - 1]?.f ?? '')) return true;
  for (let i = v.from; i < t.length; i++) if (PROMOTION.has(t[i]?.f ?? '')) return true;
  return title.s === v.from + 1 && DEFINITE.has(t[v.from]?.f ?? '') && t[title.e]?.text === ',' && v.cover[title.e + 1]?.kind === 'PERSON';
}
