import type { GoldExpansion, GoldRole } from './gold.js';
import type { PredictedExpansion, PredictedRole } from './match.js';
import type { Entry, EvalReport, Score } from './score.js';

const pct = (x: number): string => x.toFixed(3);

function row(cells: readonly string[], widths: readonly number[]): string {
  const w = (i: number): number => widths[i] ?? 0;
  return `| ${cells.map((c, i) => (i < 2 ? c.padEnd(w(i)) : c.padStart(w(i)))).join(' | ')} |`;
}

function table(report: EvalReport): string[] {
  const head = ['lang', 'facts', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
  const body: string[][] = [];
  const langs = [['fr', report.byLang.fr], ['en', report.byLang.en], ['all', report.all]] as const;
  for (const [lang, pair] of langs) {
    for (const [name, s] of [['roles', pair.roles], ['expansions', pair.expansions]] as const) {
      body.push([lang, name, ...counts(s)]);
    }
  }
  const widths = head.map((h, i) =>
    Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)),
  );
  const dash = (w: number, i: number): string =>
    i < 2 ? ` ${'-'.repeat(w)} ` : ` ${'-'.repeat(w - 1)}: `;
  const rule = `|${widths.map(dash).join('|')}|`;
  return [row(head, widths), rule, ...body.map((r) => row(r, widths))];
}

const counts = (s: Score): string[] => [
  ...[s.tp, s.fp, s.fn].map(String),
  ...[s.precision, s.recall, s.f1].map(pct),
];

const q = (s: string | null): string => (s === null ? '—' : `"${s}"`);

/** One fact on one line: "role  Ruth Porat @ Alphabet [current] "CFO"", "expansion  Acme ipo @ NYSE". */
export function describeEntry(e: Entry): string {
  if (e.type === 'role') {
    const f: GoldRole | PredictedRole = e.fact;
    return `role       ${f.person} @ ${f.company} [${f.status}] ${q(f.title)}`;
  }
  const f: GoldExpansion | PredictedExpansion = e.fact;
  const via = 'fromPartnerOf' in f && f.fromPartnerOf !== undefined ? ` (partner of ${f.fromPartnerOf})` : '';
  return `expansion  ${f.company} ${f.kind} @ ${f.place ?? '—'}${via}`;
}

/** Misses and false hits grouped by passage, in the order passages were scored. */
function errors(report: EvalReport): string[] {
  const byPassage = new Map<string, string[]>();
  const add = (tag: string, e: Entry): void => {
    const list = byPassage.get(e.passageId) ?? [];
    list.push(`  ${tag}  ${describeEntry(e)}`);
    byPassage.set(e.passageId, list);
  };
  report.misses.forEach((e) => add('FN', e));
  report.falseHits.forEach((e) => add('FP', e));
  if (byPassage.size === 0) return ['No misses and no false hits.'];
  const out = ['Misses (FN) and false hits (FP) by passage:'];
  for (const id of new Set(report.passageIds)) {
    const lines = byPassage.get(id);
    if (lines) out.push(`- ${id}`, ...lines);
  }
  return out;
}

/** The report as text: the score table, title agreement, then errors per passage. */
export function formatReport(report: EvalReport): string {
  const t = report.titles;
  const titleLine =
    t.rate === null
      ? 'Titles of matched roles: none matched.'
      : `Titles of matched roles: ${t.agree}/${t.matched} agree ` +
        `(${(100 * t.rate).toFixed(1)}%, not scored).`;
  const titleErrors = t.disagreements.map(
    (d) => `  title  ${d.passageId}: ${d.person} @ ${d.company}: gold ${q(d.gold)}, predicted ${q(d.predicted)}`,
  );
  const n = report.byLang;
  return [
    `careergraph eval: ${report.all.passages} passages (fr ${n.fr.passages}, en ${n.en.passages})`,
    '',
    ...table(report),
    '',
    titleLine,
    ...titleErrors,
    '',
    ...errors(report),
  ].join('\n');
}
