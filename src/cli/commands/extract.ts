/** careergraph extract [FILE|-] [--jsonl]: print the Facts JSON of articles. */
import { parseArgs } from 'node:util';
import { rulesBackend } from '../../extract/index.js';
import { InputError } from '../../errors.js';
import { parseTextArticle, validDate, validLang, type Article } from '../../input/article.js';
import { decodeArticle } from '../../input/decode.js';
import { readBytes, readJsonLines } from '../../input/files.js';
import type { Facts } from '../../model/facts.js';
import { readStdin } from '../stdin.js';

function factsOf(article: Article): Facts {
  const facts = rulesBackend.extract({ text: article.text, lang: article.lang, published: article.published });
  return article.id === undefined ? facts : { id: article.id, ...facts };
}

export async function runExtract(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      jsonl: { type: 'boolean', default: false },
      lang: { type: 'string' },
      published: { type: 'string' },
    },
  });
  if (positionals.length > 1) throw new InputError(`extract takes one FILE (or - for stdin), got ${positionals.length}`);
  const path = positionals[0] ?? '-';
  const origin = path === '-' ? 'stdin' : path;
  const bytes = path === '-' ? await readStdin() : readBytes(path);

  if (values.jsonl) {
    const { articles, skipped } = readJsonLines(decodeArticle(bytes, origin, Number.MAX_SAFE_INTEGER), origin);
    for (const article of articles) process.stdout.write(`${JSON.stringify(factsOf(article))}\n`);
    for (const s of skipped) process.stderr.write(`careergraph: skipped ${s.reason}\n`);
    return skipped.length > 0 ? 1 : 0;
  }
  const article = parseTextArticle(decodeArticle(bytes, origin), origin);
  if (values.lang !== undefined) article.lang = validLang(values.lang, '--lang');
  if (values.published !== undefined) article.published = validDate(values.published, '--published');
  const facts = factsOf(article);
  process.stdout.write(`${JSON.stringify(facts, null, 2)}\n`);
  return 0;
}
