/**
 * A short run of bench/load.ts (the 30 s, 50-client version is `npm run load`, not part of
 * the tests): a few clients and one writer for 3 s against the memory store, in process, and
 * on until the writer has created six articles (a loaded CI machine extracts slowly; the test
 * is about concurrent reads and writes, not speed). Zero errors, and every article written
 * during the run is whole afterwards.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkWhole, mixTargets, runLoad } from '../../bench/load.js';
import { articleFromInput } from '../../src/graphql/article-input.js';
import { ingestArticle } from '../../src/services/ingest.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import type { GraphStore } from '../../src/store/types.js';
import { startService, type RunningService } from '../helpers/service.js';
import { articles } from './articles.js';

const WARM = 60;
let store: GraphStore;
let service: RunningService;

beforeAll(async () => {
  store = createMemoryStore({ dir: null });
  await store.init();
  for (const a of articles(WARM)) {
    await ingestArticle(store, articleFromInput({ text: a.text, lang: a.lang, publishedAt: a.published, title: a.title }));
  }
  service = await startService(store, { apiKey: 'load', limits: { writesPerMinute: 0 } });
}, 60_000);
afterAll(() => service?.close());

it('serves a query mix to 8 clients with a writer beside them: no errors, every written article whole', async () => {
  const result = await runLoad({ url: service.url, apiKey: 'load' }, await mixTargets(store), { clients: 8, seconds: 3, warm: WARM, writeGapMs: 20, minWrites: 6 });
  expect(result.firstErrors).toEqual([]);
  expect(result.errors).toBe(0);
  expect(result.writeErrors).toBe(0);
  expect(result.requests).toBeGreaterThan(50);
  expect(result.written.length).toBeGreaterThan(5);
  expect(await checkWhole(store, result.written)).toEqual([]);
}, 60_000);
