/**
 * The benchmark compares like with like only if both stores build the same graph: loads the
 * same generated news into the memory store and into Neo4j, each through lib/load.ts (as
 * `careergraph ingest`: DocumentWriter, `store.ingestMany`), and prints a digest of each
 * (counts, then every person, company, role, expansion and parent link as the store returns
 * them). The digests must match.
 *
 *   tsx bench/equivalence.ts [--persons N]      (default 400)
 */
import { createHash } from 'node:crypto';
import { createMemoryStore } from '../src/store/memory/store.js';
import { createNeo4jStore } from '../src/store/neo4j/index.js';
import type { GraphStore } from '../src/store/types.js';
import { benchArgs, isMain } from './lib/args.js';
import { loadWorld } from './lib/load.js';
import { neo4jTarget, releaseTarget } from './lib/neo4j.js';
import { createWorld } from './lib/world.js';

export async function digest(store: GraphStore): Promise<string> {
  const h = createHash('sha256');
  const stats = await store.stats();
  const persons = await store.allIds('Person');
  const companies = await store.allIds('Company');
  for (const p of await store.persons(persons)) h.update(JSON.stringify(p));
  for (const roles of await store.rolesByPerson(persons)) for (const r of roles) h.update(JSON.stringify(r));
  for (const c of await store.companies(companies)) h.update(JSON.stringify(c));
  for (const x of await store.expansionsByCompany(companies)) h.update(JSON.stringify(x));
  h.update(JSON.stringify(await store.parentOf(companies)));
  return `${JSON.stringify(stats)} ${h.digest('hex').slice(0, 16)}`;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const args = benchArgs(argv.includes('--persons') ? argv : [...argv, '--persons', '400']);
  const world = createWorld({ persons: args.persons, seed: args.seed });
  const memory = createMemoryStore({ dir: null });
  await memory.init();
  await loadWorld(memory, world);
  const digests: [string, string][] = [['memory store', await digest(memory)]];
  await memory.close();
  const target = await neo4jTarget({ fresh: true, apoc: false });
  try {
    const neo = createNeo4jStore(target.config);
    await neo.init();
    try {
      await loadWorld(neo, world);
      digests.push(['neo4j store', await digest(neo)]);
    } finally {
      await neo.close();
    }
  } finally {
    await releaseTarget(target);
  }
  for (const [name, d] of digests) console.log(`${name.padEnd(16)} ${d}`);
  const same = digests.every(([, d]) => d === digests[0]?.[1]);
  console.log(same ? 'same graph everywhere' : 'DIFFERENT graphs: the comparisons are not like for like');
  if (!same) process.exitCode = 1;
}

if (isMain(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
