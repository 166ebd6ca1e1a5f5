/**
 * Bad input through `careergraph ingest` (the built CLI) into an embedded store on disk:
 * each refused file or JSON line is reported (with its line number) and changes nothing; the
 * good ones are ingested exactly as if they had come alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { cli, CLI_TIMEOUT_MS } from '../helpers/cli.js';
import { article } from './articles.js';
import { factsBySource } from './fingerprint.js';

const dir = mkdtempSync(join(tmpdir(), 'careergraph-cli-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const line = (i: number, extra: Record<string, unknown> = {}) => {
  const a = article(i);
  return JSON.stringify({ id: a.id, text: a.text, lang: a.lang, published: a.published, ...extra });
};

async function facts(data: string) {
  const store = createMemoryStore({ dir: data });
  await store.init();
  try {
    return await factsBySource(store);
  } finally {
    await store.close();
  }
}

describe('careergraph ingest on hostile files', () => {
  it('skips each bad file and JSON line with a reason (line numbers included) and ingests the rest as if alone', async () => {
    const mixed = file('mixed.jsonl', [
      line(0),
      '{"text": "unterminated',
      '{"text": ""}',
      '{"text": 5}',
      '[1, 2, 3]',
      line(1, { published: 'yesterday' }),
      line(2, { lang: 'de' }),
      JSON.stringify({ id: 'big', text: `Nordvik Systems a nommé Claire Dubois. ${'x'.repeat(3000)}` }),
      line(3),
      '',
      line(4),
    ].join('\n'));
    const html = file('page.html', `<html><head><script>var x = "Helix Labs has appointed Eve Script as chief executive officer.";</script></head>
      <body><p>${article(5).text}</p></body></html>`);
    const bad = [
      file('empty.txt', ''),
      file('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2])),
      file('nul.md', `---\ntitle: x\n---\n${article(6).text}\u0000 more`),
      file('latin1.txt', new Uint8Array([0x4e, 0xe9, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73])),
    ];
    const data = join(dir, 'data');
    const env = { CAREERGRAPH_MAX_ARTICLE_BYTES: '2000' };
    const result = cli(['ingest', mixed, html, ...bad, '--data', data], { env });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^ingested 4 document\(s\) \(0 already present\).*skipped 11$/m);
    for (const n of [2, 3, 4, 5, 6, 7, 8]) expect(result.stderr).toContain(`mixed.jsonl line ${n}`);
    expect(result.stderr).toMatch(/line 2: not valid JSON/);
    expect(result.stderr).toMatch(/line 6: published must be an ISO date/);
    expect(result.stderr).toMatch(/line 7: lang must be "fr", "en" or "auto"/);
    expect(result.stderr).toMatch(/line 8: "text" is \d+ bytes; articles are limited to 2000 bytes/);
    expect(result.stderr).toMatch(/empty\.txt is empty/);
    expect(result.stderr).toMatch(/binary\.txt looks binary/);
    expect(result.stderr).toMatch(/nul\.md looks binary/);
    expect(result.stderr).toMatch(/latin1\.txt is not valid UTF-8/);
    expect(result.stderr).not.toMatch(/\n\s+at /);

    // The same good articles alone give the same graph: what was refused changed nothing.
    const alone = join(dir, 'alone');
    const clean = file('clean.jsonl', [line(0), line(3), line(4)].join('\n'));
    expect(cli(['ingest', clean, html, '--data', alone], { env }).status).toBe(0);
    const [got, expected] = [await facts(data), await facts(alone)];
    expect([...got.keys()].sort()).toEqual([...expected.keys()].sort());
    expect(got).toEqual(expected);
    expect(JSON.stringify([...got.values()])).not.toMatch(/Eve Script|<script/);
  }, CLI_TIMEOUT_MS);

  it('serve refuses a bad limit at once, naming the variable', () => {
    const result = cli(['serve', '--port', '0', '--no-seed', '--data', join(dir, 'srv')], { env: { CAREERGRAPH_MAX_DEPTH: 'deep' } });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('careergraph: CAREERGRAPH_MAX_DEPTH must be an integer >= 1, got "deep"');
  }, CLI_TIMEOUT_MS);
});
