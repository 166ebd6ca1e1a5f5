/**
 * Issue 3's load test: N synthetic role facts (default 100 000; the documents also carry
 * their expansion facts) into Neo4j through the product's path, as `careergraph ingest
 * --store neo4j` takes it after extraction: resolveDocument, then `store.ingestMany`
 * (lib/load.ts), which commits documents in batches; prints the rate in facts/s.
 *
 *   tsx bench/neo4j-load.ts [--role-facts 100000] [--seed 42] [--wipe]
 *
 * Neo4j: NEO4J_URI (must be empty; --wipe empties it), else the bench server (port 7689).
 */
import { parseArgs } from 'node:util';
import { createNeo4jStore } from '../src/store/neo4j/index.js';
import { isMain } from './lib/args.js';
import { loadWorld, type IngestMeasure } from './lib/load.js';
import { neo4jTarget, releaseTarget } from './lib/neo4j.js';
import { createWorld } from './lib/world.js';

/** ~3.9 role facts per person in the generated news: enough people to reach N facts. */
export const personsFor = (roleFacts: number): number => Math.ceil(roleFacts / 3.5);

export async function neo4jLoad(roleFacts: number, seed: number, wipe = false): Promise<IngestMeasure[]> {
  const world = createWorld({ persons: personsFor(roleFacts), seed });
  const out: IngestMeasure[] = [];
  const log = (line: string) => console.error(line);
  const target = await neo4jTarget({ fresh: true, apoc: false, wipe, log });
  try {
    const store = createNeo4jStore(target.config);
    await store.init();
    try {
      out.push(await loadWorld(store, world, {
        maxRoleFacts: roleFacts,
        every: 10_000,
        progress: ({ documents, facts, seconds }) => log(`  neo4j: ${documents} documents, ${facts} facts, ${Math.round(facts / seconds)} facts/s`),
      }));
    } finally {
      await store.close();
    }
  } finally {
    await releaseTarget(target, log);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      'role-facts': { type: 'string', default: '100000' },
      seed: { type: 'string', default: '42' },
      wipe: { type: 'boolean', default: false },
    },
  });
  const roleFacts = Number(String(values['role-facts']).replace(/k$/i, '000'));
  if (!Number.isInteger(roleFacts) || roleFacts <= 0) throw new Error(`--role-facts must be a positive integer; got ${String(values['role-facts'])}`);
  const results = await neo4jLoad(roleFacts, Number(values.seed), values.wipe);
  for (const r of results) {
    console.log(`${r.store}: ${r.roleFacts} role facts + ${r.expansionFacts} expansion facts in ${r.documents} documents, ${r.seconds} s → ${r.factsPerSecond} facts/s (${r.documentsPerSecond} documents/s; resolve ${r.resolveSeconds} s, store ${r.storeSeconds} s)`);
  }
  console.log(JSON.stringify(results, null, 2));
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
