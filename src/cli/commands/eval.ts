/** careergraph eval FILE.jsonl...: score the extractor on annotated passages. */
import { parseArgs } from 'node:util';
import { rulesBackend } from '../../extract/index.js';
import { InputError } from '../../errors.js';
import { formatReport, GoldLineError, parseGold, scoreDataset, type GoldPassage } from '../../eval/index.js';
import { decodeArticle } from '../../input/decode.js';
import { readBytes } from '../../input/files.js';

export async function runEval(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false } },
  });
  if (positionals.length === 0) throw new InputError('eval needs at least one annotated FILE.jsonl');
  const items = positionals.flatMap((path) =>
    readGold(path).map((gold) => ({
      gold,
      predicted: rulesBackend.extract({ text: gold.text, lang: gold.lang, published: gold.published ?? null }),
    })),
  );
  const report = scoreDataset(items);
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  return 0;
}

function readGold(path: string): GoldPassage[] {
  try {
    return parseGold(decodeArticle(readBytes(path), path, Number.MAX_SAFE_INTEGER));
  } catch (error) {
    if (error instanceof GoldLineError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}
