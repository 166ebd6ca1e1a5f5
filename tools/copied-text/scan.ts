/**
 * Finds annotated text copied into source files: a person named in a gold set, or a run of
 * RUN_WORDS consecutive words of a gold document. Rules and their comments must use invented
 * examples, so that a rule is a rule of the language and not a memory of one set's sentence
 * (the issue forbids names and sentences of the development set in the code; the house style
 * extends that to the project's own fixture sets).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Eight words in a row rarely repeat by chance outside fixed idioms, which are shorter. */
export const RUN_WORDS = 8;

/** Full names and word runs of the gold sets, each with the file it comes from. */
export interface GoldText {
  persons: Map<string, string>;
  runs: Map<string, string>;
}

export interface Finding {
  file: string;
  line: number;
  what: 'person' | 'text';
  copied: string;
  source: string;
}

/** Words as written, with comment marks and double quotes dropped (a quoted example is still a copy). */
const words = (s: string): string[] => s.split(/[\s*/"“”«»]+/).filter(Boolean);

/** Reads gold JSON-lines files; unparsable lines are skipped (the eval reports them). */
export function readGold(files: readonly string[]): GoldText {
  const persons = new Map<string, string>();
  const runs = new Map<string, string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      let doc: { text?: unknown; roles?: Array<{ person?: unknown }> };
      try {
        doc = JSON.parse(line);
      } catch {
        continue;
      }
      // A single word may be a common surname; a full name is somebody's.
      for (const r of doc.roles ?? []) if (typeof r.person === 'string' && r.person.includes(' ')) persons.set(r.person, file);
      if (typeof doc.text !== 'string') continue;
      const w = words(doc.text);
      for (let i = 0; i + RUN_WORDS <= w.length; i++) runs.set(w.slice(i, i + RUN_WORDS).join(' '), file);
    }
  }
  return { persons, runs };
}

/** The TypeScript files under dir, recursively. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** Each copied name, and each maximal copied run of words (comments joined across lines). */
export function findCopies(gold: GoldText, files: readonly string[], root = process.cwd()): Finding[] {
  const out: Finding[] = [];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const rel = relative(root, file);
    const lines = text.split('\n');
    lines.forEach((l, i) => {
      for (const [p, source] of gold.persons) if (l.includes(p)) out.push({ file: rel, line: i + 1, what: 'person', copied: p, source });
    });
    const toks: Array<[string, number]> = [];
    lines.forEach((l, i) => {
      for (const w of words(l)) toks.push([w, i + 1]);
    });
    const runAt = (j: number) => toks.slice(j, j + RUN_WORDS).map((t) => t[0]).join(' ');
    for (let i = 0; i + RUN_WORDS <= toks.length; ) {
      const source = gold.runs.get(runAt(i));
      if (source === undefined) {
        i++;
        continue;
      }
      let end = i + 1;
      while (end + RUN_WORDS <= toks.length && gold.runs.has(runAt(end))) end++;
      const copied = toks.slice(i, end + RUN_WORDS - 1).map((t) => t[0]).join(' ');
      out.push({ file: rel, line: toks[i]![1], what: 'text', copied, source });
      i = end + RUN_WORDS - 1;
    }
  }
  return out;
}

export const formatFinding = (f: Finding): string =>
  `${f.file}:${f.line}: ${f.what === 'person' ? 'person' : 'text'} "${f.copied}" (from ${relative(process.cwd(), f.source)})`;
