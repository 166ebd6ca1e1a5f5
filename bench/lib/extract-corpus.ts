/**
 * The extraction bench's corpus: ≥ `bytes` of article-like text from the extraction fixtures
 * and the seed, four fixtures per document (≈ 3 KB, a news article's length), with names
 * varied so that caches and dictionaries meet new strings, as with real news.
 */
import { readFileSync, readdirSync } from 'node:fs';

export function extractCorpus(bytes: number): { docs: string[]; size: number } {
  const dir = new URL('../../tests/fixtures/extract/', import.meta.url);
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(new URL(f, dir), 'utf8'));
  articles.push(readFileSync(new URL('../../seeds/000_alibaba-france.md', import.meta.url), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  const docs: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n++) {
    const base = [0, 1, 2, 3].map((k) => articles[(n * 4 + k) % articles.length] ?? '').join('\n\n');
    const doc = base.replace(/\b([A-Z][a-z]{3,})\b/g, (w, _m, offset: number) => (offset % 7 === n % 7 ? `${w}${n % 97}` : w));
    docs.push(doc);
    size += Buffer.byteLength(doc);
  }
  return { docs, size };
}
