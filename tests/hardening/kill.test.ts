/**
 * The memory store survives `kill -9` mid-ingest: after a restart every document is whole or
 * absent (journal appended and fsynced before a document is applied; a torn last line is
 * dropped), and ingesting again completes the rest without duplicating anything.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { articles, jsonl } from './articles.js';
import { factsBySource } from './fingerprint.js';
import { expectWholeOrAbsent, ingestThenKill, ingestToEnd } from './kill.js';

const COUNT = 800;
const dir = mkdtempSync(join(tmpdir(), 'careergraph-kill-'));
const data = join(dir, 'data');
const batch = join(dir, 'batch.jsonl');
writeFileSync(batch, jsonl(articles(COUNT)));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function journalLines(): number {
  try {
    const text = readFileSync(join(data, 'journal.jsonl'), 'utf8');
    let n = 0;
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
    return n;
  } catch {
    return 0;
  }
}

/** What a restart finds: the store reopened from disk (then closed, which compacts it). */
async function reopen() {
  const store = createMemoryStore({ dir: data });
  await store.init();
  try {
    return { facts: await factsBySource(store), sources: await store.allIds('Source') };
  } finally {
    await store.close();
  }
}

describe('memory store: kill -9 during careergraph ingest', () => {
  it('leaves every document whole or absent, twice, and a rerun completes the rest exactly once', async () => {
    const states = [];
    for (const lines of [120, 200]) {
      const run = await ingestThenKill([batch, '--data', data], {}, () => journalLines() >= lines);
      expect(run.signal).toBe('SIGKILL');
      states.push(await reopen());
    }
    const [first, second] = states;
    expect(first?.sources.length).toBeGreaterThan(0);
    expect(second?.sources.length).toBeGreaterThan(first?.sources.length ?? 0);
    expect(second?.sources.length).toBeLessThan(COUNT);

    const rest = ingestToEnd([batch, '--data', data]);
    expect(rest.present).toBe(second?.sources.length);
    expect(rest.added + rest.present).toBe(COUNT);
    const final = await reopen();
    expect(final.sources).toHaveLength(COUNT);
    for (const state of states) expectWholeOrAbsent(state.facts, state.sources, final.facts);

    // Re-ingest is idempotent: nothing added, nothing changed.
    expect(ingestToEnd([batch, '--data', data])).toEqual({ added: 0, present: COUNT });
    expect((await reopen()).facts).toEqual(final.facts);
  }, 120_000);
});
