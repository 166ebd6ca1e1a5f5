import { describe, expect, it } from 'vitest';
import { InputError, PayloadTooLargeError } from '../../src/errors.js';
import { parseJsonArticle, parseTextArticle } from '../../src/input/article.js';
import { decodeArticle } from '../../src/input/decode.js';
import { readJsonLines } from '../../src/input/files.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('reads UTF-8 text and drops a byte-order mark', () => {
    expect(decodeArticle(bytes('\uFEFFSébastien'), 'a.txt')).toBe('Sébastien');
  });
  it.each([
    ['empty', new Uint8Array(), /a\.txt is empty/],
    ['whitespace', bytes(' \n\t '), /a\.txt is empty \(only whitespace\)/],
    ['binary', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]), /looks binary/],
    ['latin-1', new Uint8Array([0x53, 0xe9, 0x62, 0x61, 0x73]), /not valid UTF-8/],
  ])('refuses %s input with a message naming the problem', (_, input, message) => {
    expect(() => decodeArticle(input, 'a.txt')).toThrow(InputError);
    expect(() => decodeArticle(input, 'a.txt')).toThrow(message);
  });
  it('refuses an article over the size limit', () => {
    expect(() => decodeArticle(bytes('x'.repeat(101)), 'big.txt', 100)).toThrow(PayloadTooLargeError);
  });
});

describe('parseTextArticle', () => {
  it('reads front matter: title, lang, published, url', () => {
    const a = parseTextArticle('---\ntitle: "Un titre"\nlang: fr\npublished: 2015-03-02\nurl: https://x.y/z\n---\nLe texte.\n', 'a.md');
    expect(a).toMatchObject({ title: 'Un titre', lang: 'fr', published: '2015-03-02', url: 'https://x.y/z', text: 'Le texte.\n' });
  });
  it('takes text without front matter as it is, language to detect', () => {
    expect(parseTextArticle('Just text.', 'a.txt')).toMatchObject({ text: 'Just text.', lang: 'auto', title: null });
  });
  it('refuses a lang other than fr, en or auto, and a date that is not one', () => {
    expect(() => parseTextArticle('---\nlang: de\n---\nText', 'a.md')).toThrow(/lang must be "fr", "en" or "auto", got "de"/);
    expect(() => parseTextArticle('---\npublished: yesterday\n---\nText', 'a.md')).toThrow(/published must be an ISO date/);
  });
  it('refuses front matter with nothing after it', () => {
    expect(() => parseTextArticle('---\ntitle: x\n---\n  \n', 'a.md')).toThrow(/no text after its front matter/);
  });
});

describe('JSON Lines', () => {
  it('reads good lines and reports bad ones with their line numbers', () => {
    const text = ['{"id": "a", "text": "One.", "extra": 1}', '{not json', '', '{"id": "c"}', '[1]', '{"id": 7, "text": "Two.", "lang": "en"}'].join('\n');
    const { articles, skipped } = readJsonLines(text, 'in.jsonl');
    expect(articles.map((a) => [a.id, a.text, a.lang])).toEqual([['a', 'One.', 'auto'], ['7', 'Two.', 'en']]);
    expect(skipped.map((s) => s.origin)).toEqual(['in.jsonl line 2', 'in.jsonl line 4', 'in.jsonl line 5']);
    expect(skipped[1]?.reason).toMatch(/"text" must be a non-empty string/);
  });
  it('accepts publishedAt as well as published', () => {
    expect(parseJsonArticle('{"text": "x", "publishedAt": "2014-09"}', 'l1').published).toBe('2014-09');
  });
});
