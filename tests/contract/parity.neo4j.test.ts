/**
 * The same articles through the real extractor into both stores: every GraphiQL example
 * answers byte for byte alike, and ingesting the seeds twice changes no count.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { seedIfEmpty } from '../../src/services/seed.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import type { GraphStore } from '../../src/store/types.js';
import { startService, type RunningService } from '../helpers/service.js';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';

const NOW = () => new Date('2026-01-01T00:00:00.000Z');
const API_KEY = 'parity-key';

describeNeo4j('Neo4j parity with memory', () => {
  let neo4j: TestStore;
  let memory: GraphStore;
  let services: { memory: RunningService; neo4j: RunningService };

  beforeAll(async () => {
    const config = neo4jTestConfig();
    if (!config) throw new Error('unreachable: describeNeo4j skips without a connection');
    neo4j = await emptyNeo4jStore(config);
    memory = createMemoryStore({ dir: null });
    await memory.init();
    await seedIfEmpty(memory, { now: NOW });
    await seedIfEmpty(neo4j, { now: NOW });
    services = {
      memory: await startService(memory, { apiKey: API_KEY }),
      neo4j: await startService(neo4j, { apiKey: API_KEY }),
    };
  });
  afterAll(async () => {
    await services?.memory.close();
    await services?.neo4j.close();
    await neo4j?.close();
  });

  it('holds the seed article as the memory store does', async () => {
    expect(await neo4j.stats()).toEqual(await memory.stats());
    expect((await neo4j.stats()).sources).toBeGreaterThan(0);
  });

  it('answers every example query byte for byte as the memory store does', async () => {
    for (const example of EXAMPLES.filter((e) => !/^\s*mutation/m.test(e.query.replace(/#.*$/gm, '')))) {
      const [m, n] = await Promise.all([
        services.memory.gql(example.query, example.variables),
        services.neo4j.gql(example.query, example.variables),
      ]);
      expect(m.errors, example.name).toBeUndefined();
      expect(JSON.stringify(n), example.name).toBe(JSON.stringify(m));
    }
  });

  it('re-ingesting the seeds leaves the counts unchanged', async () => {
    const before = await neo4j.stats();
    // seedIfEmpty skips a non-empty store; ingest the same files again directly.
    const { listArticleFiles, readArticleFile } = await import('../../src/input/files.js');
    const { ingestArticle } = await import('../../src/services/ingest.js');
    const { SEEDS_DIR } = await import('../../src/services/seed.js');
    for (const file of listArticleFiles([SEEDS_DIR])) {
      for (const article of readArticleFile(file).articles) {
        const result = await ingestArticle(neo4j, article, { now: NOW });
        expect(result.created).toBe(false);
      }
    }
    expect(await neo4j.stats()).toEqual(before);
  });
});
