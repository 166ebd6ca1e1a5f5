/**
 * A prototype, in the bench only, of what a batched ingest in the Neo4j store would give:
 * B documents per write transaction instead of one. It runs the store's own transaction
 * function (`ingestDocument`, the same reads, merge rules and UNWIND writes) on the batch's
 * documents concatenated in order — merging in order is what applying them one by one does —
 * and creates the batch's other Source nodes with one more UNWIND. Each document is still
 * all-or-nothing (the whole batch is). Not used by the product; measured beside it.
 */
import { performance } from 'node:perf_hooks';
import neo4j from 'neo4j-driver';
import type { DocumentGraph } from '../../src/model/graph.js';
import { resolveDocument } from '../../src/resolve/document.js';
import { ingestDocument } from '../../src/store/neo4j/ingest.js';
import { createNeo4jStore, type Neo4jConfig } from '../../src/store/neo4j/index.js';
import { sourceProps } from '../../src/store/neo4j/records.js';
import { documents, type StreamOptions } from './articles.js';
import { measure, type IngestMeasure } from './load.js';
import { driverFor } from './neo4j.js';
import type { World } from './world.js';

const CREATE_SOURCES = 'UNWIND $rows AS row CREATE (s:Source) SET s = row RETURN count(*) AS n';

export function combine(docs: readonly DocumentGraph[]): DocumentGraph {
  const first = docs[0];
  if (!first) throw new Error('empty batch');
  return {
    source: first.source,
    persons: docs.flatMap((d) => d.persons),
    companies: docs.flatMap((d) => d.companies),
    places: docs.flatMap((d) => d.places),
    roles: docs.flatMap((d) => d.roles),
    expansions: docs.flatMap((d) => d.expansions),
    subsidiaries: docs.flatMap((d) => d.subsidiaries),
  };
}

export async function loadWorldBatched(
  config: Neo4jConfig, world: World, batch: number, options: StreamOptions & { progress?: (line: string) => void } = {},
): Promise<IngestMeasure> {
  const store = createNeo4jStore(config);
  await store.init();
  const driver = driverFor(config);
  let docs = 0;
  let roleFacts = 0;
  let expansionFacts = 0;
  let resolveMs = 0;
  let storeMs = 0;
  let pending: DocumentGraph[] = [];
  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const t0 = performance.now();
    const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.WRITE });
    const rest = pending.slice(1).map((d) => sourceProps(d.source));
    const combined = combine(pending);
    try {
      await session.executeWrite(async (tx) => {
        await ingestDocument(tx, combined);
        if (rest.length > 0) await tx.run(CREATE_SOURCES, { rows: rest });
      });
    } finally {
      await session.close();
    }
    storeMs += performance.now() - t0;
    pending = [];
    if (options.progress && docs % (batch * 10) === 0) {
      options.progress(`neo4j batched: ${docs} documents, ${Math.round((roleFacts + expansionFacts) / ((resolveMs + storeMs) / 1000))} facts/s`);
    }
  };
  try {
    for (const { facts, meta } of documents(world, options)) {
      const t0 = performance.now();
      pending.push(resolveDocument(facts, meta));
      resolveMs += performance.now() - t0;
      docs++;
      roleFacts += facts.roles.length;
      expansionFacts += facts.expansions.length;
      if (pending.length >= batch) await flush();
    }
    await flush();
    return await measure(store, `neo4j (bench prototype: ${batch} documents per transaction)`, {
      docs, roleFacts, expansionFacts, resolveMs, storeMs,
    });
  } finally {
    await driver.close();
    await store.close();
  }
}
