/** The mutation's ArticleInput, checked once at the edge and turned into an Article. */
import { InputError, PayloadTooLargeError, preview } from '../errors.js';
import { validDate, validLang, type Article } from '../input/article.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../input/decode.js';

export interface ArticleInput {
  text: string;
  url?: string | null;
  publishedAt?: string | null;
  lang?: string | null;
  title?: string | null;
}

/** Titles and URLs longer than this are not titles and URLs. */
const MAX_META_CHARS = 2000;

// NUL and the C0 controls other than tab, newline, form feed and carriage return.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F]/;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F]/g;
// A surrogate half without its pair: JSON can spell one ("\ud800"), UTF-8 cannot store it.
const LONE_SURROGATE = /\p{Surrogate}/u;

const optional = (value: string | null | undefined, name: string): string | null => {
  if (value === undefined || value === null || value.trim() === '') return null;
  if (value.length > MAX_META_CHARS) throw new InputError(`ingestArticle: "${name}" is ${value.length} characters, at most ${MAX_META_CHARS} allowed`);
  if (CONTROL.test(value) || LONE_SURROGATE.test(value)) {
    throw new InputError(`ingestArticle: "${name}" holds control characters or broken Unicode, got ${preview(value, 40)}`);
  }
  return value.trim();
};

/** Binary data sent as a string: NUL bytes, or many control characters in the first 8 kB. */
function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 8192);
  const controls = sample.match(CONTROLS)?.length ?? 0;
  return controls > sample.length * 0.05;
}

export function articleFromInput(input: ArticleInput, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): Article {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  if (bytes > maxBytes) {
    throw new PayloadTooLargeError(`ingestArticle: "text" is ${bytes} bytes; articles are limited to ${maxBytes} bytes`);
  }
  if (input.text.trim() === '') throw new InputError('ingestArticle: "text" must not be blank');
  if (looksBinary(input.text)) throw new InputError('ingestArticle: "text" looks binary (NUL or control characters), not article text');
  if (LONE_SURROGATE.test(input.text)) throw new InputError('ingestArticle: "text" is not valid Unicode (a lone surrogate such as \\ud800)');
  return {
    text: input.text,
    title: optional(input.title, 'title'),
    url: optional(input.url, 'url'),
    published: validDate(input.publishedAt, 'ingestArticle (publishedAt)'),
    lang: validLang(input.lang, 'ingestArticle (lang)'),
    origin: 'GraphQL ingestArticle',
  };
}
