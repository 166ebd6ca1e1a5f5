/**
 * Board vocabulary, kept in one place. A board seat is held beside an executive job, so
 * several stages need to recognise one; each asks a different question of the text:
 * - is there a seat word after this point (a token test: "en qualité d'administratrice")?
 * - is a person being named to a board ("au conseil de surveillance", "to its board")?
 * - is a title already found a board title ("independent director", "administrateur")?
 */
import { anyCueAt, cueList } from './cues.js';
import type { SentenceView } from './analyze.js';

/** Folded words of a board seat: "administratrice", "conseil de surveillance", "non-executive director". */
const SEAT_WORDS = new Set(
  'administrateur administratrice administrateurs administratrices administration surveillance censeur board non-executive supervisory trustee'.split(' '),
);

/** Phrases that name a person to a board: "a nommé X, DG de Y, au conseil de surveillance". */
const NAMED_TO_BOARD = cueList(`
au conseil de surveillance | au conseil d' administration | au conseil | to its board | to the board | to the supervisory board
joins the board | has joined the board | will join the board | is joining the board | joins its board | has joined its board | will join its board
`);

/** Titles that are board posts, held on top of a job rather than replacing it. */
const BOARD_TITLE = /\b(?:non-executive|board|administrat|conseil|supervisory|independent|ind[ée]pendant)/i;

/** Does a seat word occur from token `from` to the end of the sentence? */
export function boardSeatAfter(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.tokens.length; i++) if (SEAT_WORDS.has(v.tokens[i]?.f ?? '')) return true;
  return false;
}

/** Is someone named to a board from token `from` on ("…, DG de Y, au conseil de surveillance")? */
export function namedToBoardAfter(v: SentenceView, from: number): boolean {
  for (let i = from; i < v.tokens.length; i++) if (anyCueAt(v.tokens, i, NAMED_TO_BOARD) > 0) return true;
  return false;
}

export function isBoardTitle(title: string | null): boolean {
  return title !== null && BOARD_TITLE.test(title);
}
