/**
 * Where a deal was signed, said in the sentence after it: "X s'allie à Y. L'accord a été signé
 * à Dunkerque." / "X teamed up with Y. The deal was signed in Oslo." The place is the deal's.
 */
import type { DocView, SentenceView } from '../analyze.js';
import { dealPlaceOk } from './places.js';

const DETS = new Set(['le', 'la', "l'", 'the', 'this', 'ce', 'cet', 'cette']);
const DEAL_SUBJECTS = new Set('accord contrat partenariat alliance deal agreement partnership contract pact'.split(' '));
const SIGNED = new Set('signe signee conclu conclue paraphe paraphee scelle scellee signed sealed inked struck finalised finalized'.split(' '));
const AT = new Set(['a', 'in', 'at']);

/** The place in "L'accord a été signé à X" opening the sentence after v, or null. */
export function signedAtNext(doc: DocView, v: SentenceView): string | null {
  const next = doc.sentences[v.sent.index + 1];
  if (!next || next.sent.skip) return null;
  const t = next.tokens;
  let k = next.from;
  if (DETS.has(t[k]?.f ?? '')) k++;
  if (!DEAL_SUBJECTS.has(t[k]?.f ?? '')) return null;
  for (let j = k + 1; j < Math.min(t.length, k + 6); j++) {
    if (!SIGNED.has(t[j]?.f ?? '')) continue;
    const m = next.cover[j + 2];
    if (!AT.has(t[j + 1]?.f ?? '') || !m || m.s !== j + 2) return null;
    // A town the lexicon does not know: one Titlecase word ("signé à Vierzon").
    const town = m.kind === 'UNKNOWN' && m.e - m.s === 1 && !(t[m.e]?.cap ?? false);
    return dealPlaceOk(next, m) || town ? m.text : null;
  }
  return null;
}
