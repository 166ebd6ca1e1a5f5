/**
 * `tsx bench/generate.ts [--persons N] [--seed S] [--sample K]`: generates the synthetic
 * news (Facts documents) the benchmarks ingest and prints what it holds; `--sample` prints
 * the first K documents as JSON. Deterministic: same options, same documents.
 */
import { performance } from 'node:perf_hooks';
import { benchArgs, isMain } from './lib/args.js';
import { documents, type BenchDocument, type StreamOptions } from './lib/articles.js';
import { createWorld, type World, type WorldOptions } from './lib/world.js';

export { createWorld, documents, type BenchDocument, type World };

export interface GenerateSummary {
  persons: number;
  companies: number;
  subsidiaries: number;
  documents: number;
  roleFacts: number;
  expansionFacts: number;
  seconds: number;
}

export function summarize(options: WorldOptions, stream: StreamOptions = {}): GenerateSummary {
  const t0 = performance.now();
  const world = createWorld(options);
  let docs = 0;
  let roleFacts = 0;
  let expansionFacts = 0;
  for (const doc of documents(world, stream)) {
    docs++;
    roleFacts += doc.facts.roles.length;
    expansionFacts += doc.facts.expansions.length;
  }
  return {
    persons: world.persons,
    companies: world.companies.length,
    subsidiaries: world.companies.filter((c) => c.parent >= 0).length,
    documents: docs,
    roleFacts,
    expansionFacts,
    seconds: (performance.now() - t0) / 1000,
  };
}

if (isMain(import.meta.url)) {
  const args = benchArgs();
  const argv = process.argv.slice(2);
  if (argv.includes('--sample')) {
    const world = createWorld({ persons: args.persons, seed: args.seed });
    let n = 0;
    for (const doc of documents(world)) {
      console.log(JSON.stringify(doc, null, 2));
      if (++n >= args.sample) break;
    }
  } else {
    console.log(JSON.stringify(summarize({ persons: args.persons, seed: args.seed }), null, 2));
  }
}
