/**
 * Posts a company is still looking to fill ("means to recruit a chief operating officer this autumn",
 * "is searching for a new finance director"): a title with no holder yet (GUIDELINES: roles with
 * no named holder are not facts), which no rule may give to the speaker or the subject of the
 * sentence. A title followed by its holder ("to hire a chief technology officer, Ada Morr") is
 * kept.
 */
import { anyCueAt, cueList } from './cues.js';
import type { Mention } from './mentions.js';
import type { TitleSpan } from './titles.js';
import type { Token } from './tokens.js';

const SOUGHT = cueList(`
to hire a | to hire an | to recruit a | to recruit an | to appoint a | to appoint an | to name a | to name an
looking for a | looking for an | search for a | search for an | searching for a | searching for an
seeking a | seeking an | to find a | to find an | hunt for a | hunt for an
`);

/** Words between the cue and the title: "to hire a new", "seeking a permanent". Folded. */
const SOUGHT_QUALIFIERS = new Set(['new', 'permanent', 'full-time', 'dedicated', 'first', 'successor']);

function sought(t: Token[], s: number): boolean {
  let k = s;
  while (k > 0 && SOUGHT_QUALIFIERS.has(t[k - 1]?.f ?? '')) k--;
  for (let i = Math.max(0, k - 4); i < k; i++) if (anyCueAt(t, i, SOUGHT) === k) return true;
  return false;
}

function holderAfter(t: Token[], e: number, mentions: readonly Mention[]): boolean {
  for (const m of mentions) if (m.kind === 'PERSON' && m.s >= e && m.s <= e + 2) return true;
  return t[e]?.text === '(' && mentions.some((m) => m.s === e + 1);
}

/** The titles of a sentence without the posts still sought. */
export function withoutSoughtPosts(t: Token[], titles: TitleSpan[], mentions: readonly Mention[]): TitleSpan[] {
  if (titles.length === 0) return titles;
  const kept = titles.filter((x) => !sought(t, x.s) || holderAfter(t, x.e, mentions));
  return kept.length === titles.length ? titles : kept;
}
