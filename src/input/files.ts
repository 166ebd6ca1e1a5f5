/**
 * Article files on disk: one path, or a folder walked in name order.
 * I/O lives here so extraction and resolution stay pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CareergraphError, InputError, PayloadTooLargeError } from '../errors.js';
import { type Article, parseJsonArticle, parseTextArticle } from './article.js';
import { decodeArticle, DEFAULT_MAX_ARTICLE_BYTES } from './decode.js';

export const ARTICLE_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.jsonl'];

/** A line of a JSON Lines file that could not be read: reported, the others still count. */
export interface SkippedInput {
  origin: string;
  reason: string;
}

export function readBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`${path}: no such file`);
    if (code === 'EISDIR') throw new InputError(`${path} is a folder, expected a file`);
    if (code === 'EACCES') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot be read (${code ?? (error as Error).message})`);
  }
}

/** Lists article files under the given paths (folders recursively, sorted). */
export function listArticleFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      throw new InputError(`${path}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      const names = readdirSync(path).filter((n) => !n.startsWith('.')).sort();
      out.push(...listArticleFiles(names.map((n) => join(path, n)).filter((p) => statSync(p).isDirectory() || ARTICLE_EXTENSIONS.includes(extname(p).toLowerCase()))));
    } else {
      out.push(path);
    }
  }
  return out;
}

/** Reads one file into articles (several for .jsonl), collecting unreadable lines. */
export function readArticleFile(path: string, maxBytes?: number): { articles: Article[]; skipped: SkippedInput[] } {
  const ext = extname(path).toLowerCase();
  // A JSON Lines file may hold many articles: the limit applies to each one's text.
  if (ext === '.jsonl') return readJsonLines(decodeArticle(readBytes(path), path, Number.MAX_SAFE_INTEGER), path, maxBytes);
  const text = decodeArticle(readBytes(path), path, maxBytes);
  // HTML needs no flag: the extractor's normalizer recognises markup and strips it.
  return { articles: [parseTextArticle(text, path)], skipped: [] };
}

export function readJsonLines(text: string, origin: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): { articles: Article[]; skipped: SkippedInput[] } {
  const articles: Article[] = [];
  const skipped: SkippedInput[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const where = `${origin} line ${i + 1}`;
    try {
      const article = parseJsonArticle(line, where);
      const bytes = Buffer.byteLength(article.text, 'utf8');
      if (bytes > maxBytes) throw new PayloadTooLargeError(`${where}: "text" is ${bytes} bytes; articles are limited to ${maxBytes} bytes`);
      articles.push(article);
    } catch (error) {
      if (!(error instanceof CareergraphError)) throw error;
      skipped.push({ origin: where, reason: error.message });
    }
  }
  return { articles, skipped };
}
