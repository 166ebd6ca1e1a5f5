/**
 * An article as read from a file or a request, before extraction.
 * Formats: plain text, Markdown with YAML front matter (title, lang, published, url),
 * HTML (tags stripped by the extractor's normalizer), and JSON Lines (one article a line).
 */
import { parse as parseYaml } from 'yaml';
import { InputError } from '../errors.js';

export interface Article {
  text: string;
  title: string | null;
  url: string | null;
  published: string | null;
  lang: 'fr' | 'en' | 'auto';
  /** Where it came from, for messages: a path, "stdin", "line 3 of x.jsonl". */
  origin: string;
  /** The input's own id (JSON Lines), echoed in outputs. */
  id?: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/;

export function validLang(value: unknown, origin: string): Article['lang'] {
  if (value === undefined || value === null || value === '' || value === 'auto') return 'auto';
  if (value === 'fr' || value === 'en') return value;
  throw new InputError(`${origin}: lang must be "fr", "en" or "auto", got ${JSON.stringify(value)}`);
}

export function validDate(value: unknown, origin: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(text.length === 4 ? `${text}-01-01` : text))) {
    throw new InputError(`${origin}: published must be an ISO date like 2014-09-19, got ${JSON.stringify(value).slice(0, 60)}`);
  }
  return text.slice(0, 10);
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** Reads Markdown/plain text, with front matter when present. */
export function parseTextArticle(raw: string, origin: string): Article {
  const match = FRONT_MATTER.exec(raw);
  let meta: Record<string, unknown> = {};
  let text = raw;
  if (match) {
    try {
      const parsed: unknown = parseYaml(match[1] ?? '');
      if (parsed && typeof parsed === 'object') meta = parsed as Record<string, unknown>;
    } catch (error) {
      throw new InputError(`${origin}: front matter is not valid YAML (${(error as Error).message.split('\n')[0]})`);
    }
    text = raw.slice(match[0].length);
  }
  if (text.trim() === '') throw new InputError(`${origin}: the article has no text after its front matter`);
  return {
    text,
    title: optionalString(meta.title),
    url: optionalString(meta.url),
    published: validDate(meta.published ?? meta.date, origin),
    lang: validLang(meta.lang, origin),
    origin,
  };
}

/** One JSON Lines record: {"id", "text", "lang"?, "published"?, "title"?, "url"?}; other fields ignored. */
export function parseJsonArticle(line: string, origin: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new InputError(`${origin}: not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(`${origin}: expected a JSON object with a "text" field`);
  }
  const record = value as Record<string, unknown>;
  if (typeof record.text !== 'string' || record.text.trim() === '') {
    throw new InputError(`${origin}: "text" must be a non-empty string`);
  }
  const id = record.id === undefined || record.id === null ? undefined : String(record.id);
  return {
    text: record.text,
    title: optionalString(record.title),
    url: optionalString(record.url),
    published: validDate(record.published ?? record.publishedAt, origin),
    lang: validLang(record.lang, origin),
    origin,
    ...(id === undefined ? {} : { id }),
  };
}
