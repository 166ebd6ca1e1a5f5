/** The embedded store keeps its graph across restarts, and never half a document. */
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { secondDocument, seedDocument } from '../helpers/documents.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'careergraph-mem-'));

async function open(dir: string) {
  const store = createMemoryStore({ dir });
  await store.init();
  return store;
}

describe('memory store on disk', () => {
  it('finds after a restart everything ingested before (journal replay)', async () => {
    const dir = tempDir();
    const first = await open(dir);
    await first.ingest(seedDocument());
    const stats = await first.stats();
    // No close(): as if the process died right after the ingest returned.
    const again = await open(dir);
    expect(await again.stats()).toEqual(stats);
    expect(await again.persons(['person:sebastien-badault'])).toEqual(await first.persons(['person:sebastien-badault']));
  });

  it('writes a snapshot on close, atomically, and empties the journal', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.ingest(seedDocument());
    await store.ingest(secondDocument());
    const stats = await store.stats();
    const roles = await store.rolesByPerson(['person:sebastien-badault']);
    await store.close();
    expect(readdirSync(dir).sort()).toEqual(['journal.jsonl', 'snapshot.json']);
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('');
    const reopened = await open(dir);
    expect(await reopened.stats()).toEqual(stats);
    expect(await reopened.rolesByPerson(['person:sebastien-badault'])).toEqual(roles);
    expect(await reopened.parentOf(['company:google-france'])).toEqual(['company:google']);
  });

  it('drops a document whose journal line was cut short by a crash', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.ingest(seedDocument());
    const stats = await store.stats();
    const line = JSON.stringify(secondDocument());
    appendFileSync(join(dir, 'journal.jsonl'), line.slice(0, Math.floor(line.length / 2)));
    const reopened = await open(dir);
    expect(await reopened.stats()).toEqual(stats);
  });

  it('compacts the journal into the snapshot after compactEvery documents', async () => {
    const dir = tempDir();
    const store = createMemoryStore({ dir, compactEvery: 2 });
    await store.init();
    await store.ingest(seedDocument());
    expect(existsSync(join(dir, 'snapshot.json'))).toBe(false);
    await store.ingest(secondDocument());
    expect(existsSync(join(dir, 'snapshot.json'))).toBe(true);
    expect(readFileSync(join(dir, 'journal.jsonl'), 'utf8')).toBe('');
  });

  it('refuses a corrupt snapshot with a message saying what to do', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'snapshot.json'), '{"version": 1, "persons": [');
    await expect(open(dir)).rejects.toThrow(/snapshot .* is not valid JSON.*move it away/);
  });
});

describe('memory store counts', () => {
  it('stats follow every ingest, and a returned object cannot change the store', async () => {
    const store = createMemoryStore({ dir: null });
    await store.init();
    const empty = await store.stats();
    expect(empty.sources).toBe(0);
    empty.sources = 99;
    expect((await store.stats()).sources).toBe(0);
    await store.ingest(seedDocument());
    expect(await store.stats()).toMatchObject({ sources: 1, persons: 3, roles: 7 });
    await store.ingest(secondDocument());
    expect(await store.stats()).toMatchObject({ sources: 2, persons: 4 });
  });
});
