/** The date of an expansion: the nearest date expression to the cue, not across a comma. */
import type { SentenceView } from '../analyze.js';

export function nearestDate(v: SentenceView, at: number): string | null {
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
