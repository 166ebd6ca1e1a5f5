/**
 * No person or sentence of the annotated sets in src/: rules and their comments use invented
 * examples. (The development set is checked the same way with tools/copied-text/cli.ts; tests
 * do not read it.)
 */
import { existsSync, readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findCopies, formatFinding, readGold, sourceFiles } from '../../tools/copied-text/scan.js';

const FIXTURES = 'tests/fixtures';
const goldFiles = readdirSync(FIXTURES).flatMap((set) =>
  ['passages.jsonl', 'articles.jsonl'].map((f) => join(FIXTURES, set, f)).filter(existsSync),
);

describe('copied text', () => {
  it('reads every annotated set', () => {
    const gold = readGold(goldFiles);
    expect(goldFiles.length).toBeGreaterThan(20);
    expect(gold.persons.size).toBeGreaterThan(1000);
  });

  // The scan grows with the sets and src/: about 10 s alone, ~50 s on a loaded 2-core machine.
  it('finds no annotated person or run of eight words in src/', () => {
    const found = findCopies(readGold(goldFiles), sourceFiles('src'));
    expect(found.map(formatFinding)).toEqual([]);
  }, 180_000);

  it('reports a copied name and a copied sentence with their lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'copied-'));
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(
      gold,
      JSON.stringify({
        id: 'x', lang: 'en', text: 'Brinmoor Ltd has named Odile Fanshawe its new chief executive, the company said on Monday.',
        roles: [{ person: 'Odile Fanshawe', company: 'Brinmoor Ltd', title: 'chief executive', status: 'current' }], expansions: [],
      }) + '\n',
    );
    const src = join(dir, 'rule.ts');
    writeFileSync(src, '// "Odile Fanshawe" is a person.\n// "has named Odile Fanshawe its new\n// chief executive, the company said": a copy.\nconst x = 1;\n');
    const found = findCopies(readGold([gold]), [src], dir);
    expect(found.map((f) => [f.what, f.line, f.copied])).toEqual([
      ['person', 1, 'Odile Fanshawe'],
      ['person', 2, 'Odile Fanshawe'],
      ['text', 2, 'has named Odile Fanshawe its new chief executive, the company said'],
    ]);
  });
});
