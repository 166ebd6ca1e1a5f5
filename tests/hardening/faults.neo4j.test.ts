/**
 * Neo4j goes away during a run and comes back. A server of its own (port NEO4J_FAULT_PORT,
 * default 7691; tools/neo4j/run/faults), so the shared test server other files use is never
 * stopped. While it is down: /readyz is 503, every query fails fast with STORE_UNAVAILABLE,
 * the process stays up. When it is back, the same service answers again by itself.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { neo4jConfig } from '../../src/store/neo4j/config.js';
import { createNeo4jTestStore } from '../../src/store/neo4j/index.js';
import { instance, start, stop, TOOL_DIR, uriOf, type Instance } from '../../tools/neo4j/server.js';
import { seedDocument } from '../helpers/documents.js';
import { startService, type RunningService } from '../helpers/service.js';
import { describeNeo4j } from '../setup/neo4j-env.js';

const port = Number(process.env.NEO4J_FAULT_PORT ?? 7691);
const faults: Instance = { ...instance('test'), port, runDir: join(TOOL_DIR, 'run', 'faults') };
const log = (line: string) => console.error(`[neo4j faults] ${line}`);

const QUERY = '{ person(id: "person:sebastien-badault") { name careerPath { company { name } } } }';

describeNeo4j('Neo4j down and back during a run', () => {
  const store = createNeo4jTestStore(neo4jConfig({ uri: uriOf(port), maxRetryMs: 5_000 }));
  let service: RunningService;

  beforeAll(async () => {
    await start(faults, { log });
    await store.init();
    await store.wipe();
    await store.ingest(seedDocument());
    service = await startService(store, { apiKey: 'k', limits: { writesPerMinute: 0 } });
  }, 240_000);

  afterAll(async () => {
    await service?.close();
    await store.close();
    await stop(faults, { log });
  }, 120_000);

  const timed = async <T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const t0 = Date.now();
    const value = await work();
    return { value, ms: Date.now() - t0 };
  };

  it('answers, fails fast with STORE_UNAVAILABLE while Neo4j is down, then recovers by itself', async () => {
    expect((await fetch(`${service.base}/readyz`)).status).toBe(200);
    const up = await service.gql<{ person: { name: string } }>(QUERY);
    expect(up.errors).toBeUndefined();
    expect(up.data?.person.name).toBe('Sébastien Badault');
    // A write while up (it also loads the extractor, so the timing below is the store's).
    const wrote = await service.gql<{ ingestArticle: { created: boolean } }>(
      'mutation { ingestArticle(input: { text: "Helix Labs has appointed Marie Keller as chief financial officer." }) { created } }',
      undefined, { authorization: 'Bearer k' });
    expect(wrote.errors).toBeUndefined();

    await stop(faults, { log });

    const ready = await timed(() => fetch(`${service.base}/readyz`));
    expect(ready.value.status).toBe(503);
    expect(await ready.value.json()).toEqual({ status: 'unavailable', store: 'neo4j' });
    expect(ready.ms).toBeLessThan(6_000);

    for (let i = 0; i < 5; i++) {
      const res = await timed(() => fetch(service.url, {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: QUERY }),
      }));
      expect(res.value.status).toBeLessThan(500);
      expect(res.ms, `query ${i} took ${res.ms} ms`).toBeLessThan(2_000);
      const body = (await res.value.json()) as { errors?: { message: string; extensions: { code: string } }[] };
      expect(body.errors?.[0]?.extensions.code).toBe('STORE_UNAVAILABLE');
      expect(body.errors?.[0]?.message).not.toMatch(/bolt:|127\.0\.0\.1|Neo4jError|MATCH/);
    }
    const write = await timed(() => service.gql(
      'mutation { ingestArticle(input: { text: "Kestrel Logistics has appointed Emma Johnson as chief technology officer." }) { created } }',
      undefined, { authorization: 'Bearer k' }));
    expect(write.value.errors?.[0]?.extensions?.code).toBe('STORE_UNAVAILABLE');
    expect(write.ms).toBeLessThan(2_000);
    expect((await fetch(`${service.base}/healthz`)).status).toBe(200);

    await start(faults, { log });

    // The same service, untouched: it finds the server again within a few seconds.
    const deadline = Date.now() + 30_000;
    let last: unknown = null;
    for (;;) {
      const again = await service.gql<{ person: { name: string } }>(QUERY);
      if (!again.errors) {
        expect(again.data?.person.name).toBe('Sébastien Badault');
        break;
      }
      last = again.errors;
      if (Date.now() > deadline) throw new Error(`no recovery within 30 s: ${JSON.stringify(last)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect((await fetch(`${service.base}/readyz`)).status).toBe(200);
  }, 240_000);
});
