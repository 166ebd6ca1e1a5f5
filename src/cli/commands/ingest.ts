/**
 * careergraph ingest PATH...: add articles to the graph, with a summary.
 * CAREERGRAPH_INGEST_BATCH: the most documents handed to the store at once (default 2000;
 * Neo4j commits up to 1000 a transaction). A killed run loses at most the batch in flight.
 */
import { parseArgs } from 'node:util';
import { CareergraphError, InputError, preview } from '../../errors.js';
import { limitsFromEnv } from '../../graphql/limits.js';
import { listArticleFiles, readArticleFile, type SkippedInput } from '../../input/files.js';
import { articleWriter, DOCUMENTS_PER_CALL } from '../../services/ingest.js';
import { progressBar } from '../progress.js';
import { openStore } from '../store.js';

export async function runIngest(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { store: { type: 'string' }, data: { type: 'string' } },
  });
  if (positionals.length === 0) throw new InputError('ingest needs at least one PATH (a file or a folder of articles)');
  const files = listArticleFiles(positionals);
  const { maxArticleBytes } = limitsFromEnv();
  const batch = batchFromEnv(process.env.CAREERGRAPH_INGEST_BATCH);
  const { store } = await openStore({ store: values.store, data: values.data, seed: false });
  const skipped: SkippedInput[] = [];
  let documents = 0;
  let unchanged = 0;
  let roles = 0;
  let expansions = 0;
  const progress = progressBar(files.length);
  // Articles are extracted one by one while the store writes the ones before them, many
  // per call (store.ingestMany: Neo4j commits them in batches).
  const writer = articleWriter(store, (outcome) => {
    if (outcome.error) {
      skipped.push({ origin: outcome.article.origin, reason: `${outcome.article.origin}: ${outcome.error.message}` });
      return;
    }
    if (outcome.result.created) documents++;
    else unchanged++;
    roles += outcome.facts.roles.length;
    expansions += outcome.facts.expansions.length;
  }, {}, batch);
  try {
    for (const file of files) {
      progress.tick(file);
      let read;
      try {
        read = readArticleFile(file, maxArticleBytes);
      } catch (error) {
        if (!(error instanceof CareergraphError)) throw error;
        skipped.push({ origin: file, reason: error.message });
        continue;
      }
      skipped.push(...read.skipped);
      for (const article of read.articles) await writer.add(article);
    }
    await writer.close();
  } finally {
    progress.done();
    await store.close();
  }
  process.stdout.write(
    `ingested ${documents} document(s) (${unchanged} already present): ${roles} role fact(s), ${expansions} expansion fact(s); skipped ${skipped.length}\n`,
  );
  for (const s of skipped) process.stderr.write(`  skipped: ${s.reason}\n`);
  return skipped.length > 0 ? 1 : 0;
}

function batchFromEnv(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DOCUMENTS_PER_CALL;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`CAREERGRAPH_INGEST_BATCH must be a whole number of documents, at least 1; got ${preview(raw, 40)}`);
  return n;
}
