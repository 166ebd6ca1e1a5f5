/**
 * Bytes → text, refusing what is not an article: empty input, binary data and text that is
 * not valid UTF-8 each get an error that says which.
 */
import { InputError, PayloadTooLargeError } from '../errors.js';

export const DEFAULT_MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array, what: string, maxBytes = DEFAULT_MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new PayloadTooLargeError(`${what} is ${bytes.length} bytes; articles are limited to ${maxBytes} bytes`);
  }
  if (bytes.length === 0) throw new InputError(`${what} is empty`);
  if (looksBinary(bytes)) throw new InputError(`${what} looks binary (NUL or control bytes), not article text`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new InputError(`${what} is not valid UTF-8 text (convert it first, e.g. iconv -f latin1 -t utf-8)`);
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(`${what} is empty (only whitespace)`);
  return text;
}

/** NUL bytes, or many control bytes in the first 8 kB, mean this is not text. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}
