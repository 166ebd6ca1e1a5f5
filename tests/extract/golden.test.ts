/**
 * Golden files: each fixture article → its expected Facts JSON, compared whole. When the
 * extractor changes on purpose, regenerate with UPDATE_GOLDEN=1 and review the diff.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';

const dir = new URL('../fixtures/extract/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as Array<{ name: string; published: string | null; lang?: 'fr' | 'en' }>;

describe('golden extraction', () => {
  for (const c of cases) {
    it(c.name, () => {
      const text = readFileSync(new URL(`${c.name}.txt`, dir), 'utf8');
      const actual = `${JSON.stringify(extract({ text, published: c.published, lang: c.lang ?? 'auto' }), null, 2)}\n`;
      const file = new URL(`${c.name}.facts.json`, dir);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
});
