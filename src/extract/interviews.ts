/**
 * Interviews written as questions and answers ("Q: … A: …", "Question : … Réponse : …", or
 * answers opened by the speaker's name, "Mira Okafor: …"). In them "I", "je", "j'" in an answer
 * and "you", "vous" in a question are the person interviewed, whose career the text tells: "A:
 * At Orsel I ran the payments business" is that person at Orsel.
 */
import type { DocView, SentenceView } from './analyze.js';

const QUESTION_LABELS = new Set(['q', 'question']);
const ANSWER_LABELS = new Set(['a', 'r', 'answer', 'reponse']);
const LABEL_ENDS = new Set([':', '.', '—', '-', '–']);

/**
 * The one-token mention a question or answer label makes ("Q: Why Porto…", "A: We opened…"), else
 * null: a label is no company.
 */
export function labelMention(v: SentenceView): SentenceView['mentions'][number] | null {
  const t = v.tokens;
  const first = t[v.from];
  const m = v.cover[v.from];
  if (!first || !m || m.s !== v.from || m.e !== v.from + 1 || t[v.from + 1]?.text !== ':') return null;
  return QUESTION_LABELS.has(first.f) || (ANSWER_LABELS.has(first.f) && first.cap) ? m : null;
}

/** The label a sentence opens on: 'q', 'a', a person's name, or null. */
function labelOf(v: SentenceView): string | null {
  const t = v.tokens;
  const first = t[v.from];
  if (first && LABEL_ENDS.has(t[v.from + 1]?.text ?? '') && first.text.length <= 8) {
    if (QUESTION_LABELS.has(first.f)) return 'q';
    if (ANSWER_LABELS.has(first.f) && first.cap) return 'a';
  }
  const m = v.cover[v.from];
  if (m?.kind === 'PERSON' && m.s === v.from && t[m.e]?.text === ':') return m.name ?? m.text;
  return null;
}

/**
 * The person interviewed when the text is a Q&A: the one named as the answers' label, or else
 * the first person the text names; null for any other text.
 */
export function intervieweeOf(doc: DocView): string | null {
  let questions = 0;
  let answers = 0;
  let labelled: string | null = null;
  for (const v of doc.sentences) {
    const label = labelOf(v);
    if (label === 'q') questions++;
    else if (label === 'a') answers++;
    else if (label !== null) {
      labelled ??= label;
      answers++;
    }
  }
  if (questions === 0 || answers === 0) return null;
  if (labelled) return labelled;
  for (const v of doc.sentences) for (const m of v.mentions) if (m.kind === 'PERSON') return m.name ?? m.text;
  return null;
}
