import { describe, expect, it } from 'vitest';
import { GoldLineError, parseGold, parseGoldLine } from '../../src/eval/index.js';
import { LINES } from './fixtures.js';

function errorOf(f: () => unknown): GoldLineError {
  try {
    f();
  } catch (e) {
    if (e instanceof GoldLineError) return e;
    throw e;
  }
  throw new Error('expected a GoldLineError');
}

describe('parseGoldLine', () => {
  it('reads a well-formed line, optional fields included', () => {
    const p = parseGoldLine(LINES[2], 3);
    expect(p).toMatchObject({ id: 't-en-2', lang: 'en', title: 'Markets wrap', published: null, roles: [] });
    expect(parseGoldLine(LINES[1], 2).expansions[0]).toEqual({ company: 'Tolvaro Group', place: null, kind: 'partnership' });
  });

  it('names the line and the fault', () => {
    const bad = (line: string): GoldLineError => errorOf(() => parseGoldLine(line, 7));
    expect(bad('{"id": "x"').reason).toMatch(/not valid JSON/);
    expect(bad('[]').reason).toMatch(/must be a JSON object/);
    const e = bad('{"id": "x", "lang": "de", "text": "t", "roles": [], "expansions": []}');
    expect(e.lineNo).toBe(7);
    expect(e.message).toMatch(/^gold line 7: lang must be one of "fr", "en", got "de"$/);
    expect(bad('{"id": "x", "lang": "fr", "text": "t", "roles": [{"person": "A", "company": "B", "title": null, "status": "ex"}], "expansions": []}').reason)
      .toMatch(/roles\[0\]\.status/);
    expect(bad('{"id": "x", "lang": "fr", "text": "t", "roles": [], "expansions": [{"company": "B", "kind": "office"}]}').reason)
      .toBe('expansions[0].place must be a non-empty string or null, got missing');
    expect(bad('{"id": "x", "lang": "fr", "text": "t", "roles": {}, "expansions": []}').reason).toMatch(/roles must be an array/);
  });
});

describe('parseGold', () => {
  it('skips blank lines and rejects duplicate ids with their line numbers', () => {
    expect(parseGold(`${LINES[0]}\n\n${LINES[1]}\n`)).toHaveLength(2);
    const e = errorOf(() => parseGold(`${LINES[0]}\n${LINES[0]}`));
    expect(e.lineNo).toBe(2);
    expect(e.reason).toMatch(/duplicate id "t-fr-1" \(first on line 1\)/);
  });
});
