/** The mutation's ArticleInput, checked once at the edge and turned into an Article. */
import { InputError } from '../errors.js';
import { validDate, validLang, type Article } from '../input/article.js';

export interface ArticleInput {
  text: string;
  url?: string | null;
  publishedAt?: string | null;
  lang?: string | null;
  title?: string | null;
}

const optional = (value: string | null | undefined): string | null =>
  value !== undefined && value !== null && value.trim() !== '' ? value.trim() : null;

export function articleFromInput(input: ArticleInput): Article {
  if (input.text.trim() === '') throw new InputError('ingestArticle: "text" must not be blank');
  return {
    text: input.text,
    title: optional(input.title),
    url: optional(input.url),
    published: validDate(input.publishedAt, 'ingestArticle (publishedAt)'),
    lang: validLang(input.lang, 'ingestArticle (lang)'),
    origin: 'GraphQL ingestArticle',
    format: /^\s*</.test(input.text) ? 'html' : 'text',
  };
}
