import { describe, expect, it } from 'vitest';
import { formatReport, scoreDataset } from '../../src/eval/index.js';
import { echo, expansion, facts, gold, role } from './fixtures.js';

describe('formatReport', () => {
  it('prints the table, title agreement and errors per passage', () => {
    const r = scoreDataset([
      { gold: gold(0), predicted: facts('fr', [role('Ravel-Ondine', 'Brisemer', 'current', 'PDG')]) },
      { gold: gold(1), predicted: echo(gold(1)) },
      { gold: gold(2), predicted: facts('en', [], [expansion('Quento', 'partnership', null, 'Brisemer')]) },
    ]);
    const text = formatReport(r);
    const lines = text.split('\n');
    expect(lines[0]).toBe('careergraph eval: 3 passages (fr 1, en 2)');
    expect(lines).toContain('| fr   | roles      |  1 |  0 |  1 | 1.000 | 0.500 | 0.667 |');
    expect(lines).toContain('| all  | expansions |  2 |  2 |  1 | 0.500 | 0.667 | 0.571 |');
    expect(text).toContain('Titles of matched roles: 2/2 agree (100.0%, not scored).');
    expect(text).toContain('- t-fr-1\n  FN  role       Mathilde Ravel-Ondine @ Quento SA [former] "directrice financière"');
    expect(text).toContain('  FN  expansion  Brisemer office @ Lisbonne');
    expect(text).toContain('- t-en-2\n  FP  expansion  Quento partnership @ —\n  FP  expansion  Brisemer partnership @ — (partner of Quento)');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('says so when there is nothing to list', () => {
    expect(formatReport(scoreDataset([{ gold: gold(1), predicted: echo(gold(1)) }]))).toContain('No misses and no false hits.');
  });
});
