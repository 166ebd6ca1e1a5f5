/** careergraph ingest PATH...: add articles to the graph, with a summary. */
import { parseArgs } from 'node:util';
import { CareergraphError, InputError } from '../../errors.js';
import { limitsFromEnv } from '../../graphql/limits.js';
import { listArticleFiles, readArticleFile, type SkippedInput } from '../../input/files.js';
import { ingestArticle } from '../../services/ingest.js';
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
  const { store } = await openStore({ store: values.store, data: values.data, seed: false });
  const skipped: SkippedInput[] = [];
  let documents = 0;
  let unchanged = 0;
  let roles = 0;
  let expansions = 0;
  const progress = progressBar(files.length);
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
      for (const article of read.articles) {
        const result = await ingestArticle(store, article);
        if (result.created) documents++;
        else unchanged++;
        roles += result.facts.roles.length;
        expansions += result.facts.expansions.length;
      }
    }
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
