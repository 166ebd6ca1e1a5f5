/** The embedded store never journals a document it would refuse, so a restart always works. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { seedDocument } from '../helpers/documents.js';

const dir = mkdtempSync(join(tmpdir(), 'careergraph-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('refuses a document with dangling references before journaling it; the store reopens whole', async () => {
  const store = createMemoryStore({ dir });
  await store.init();
  const good = seedDocument();
  const broken = { ...seedDocument(), source: { ...good.source, id: 'source:broken' }, persons: [] };
  await expect(store.ingest(broken)).rejects.toThrow(/refers to nodes it does not define/);
  const journal = join(dir, 'journal.jsonl');
  expect(existsSync(journal) ? readFileSync(journal, 'utf8') : '').not.toContain('source:broken');
  await store.ingest(good);
  const before = await store.stats();
  // No close(): as after a crash, the journal is all there is.
  const again = createMemoryStore({ dir });
  await again.init();
  expect(await again.stats()).toEqual(before);
  expect(await again.sources(['source:broken'])).toEqual([null]);
  await again.close();
});
