/** Argument checks at the edge: what comes in is refused once here, with BAD_USER_INPUT. */
import { InputError, preview } from '../errors.js';

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** A partial ISO date ("2014", "2014-05", "2014-05-12"), or null when absent. */
export function partialDate(value: string | null | undefined, name: string): string | null {
  if (value === undefined || value === null) return null;
  if (!PARTIAL_DATE.test(value)) {
    throw new InputError(`"${name}" must be a date like 2014, 2014-05 or 2014-05-12, got ${preview(value, 40)}`);
  }
  return value;
}

export function intInRange(value: number | null | undefined, fallback: number, min: number, max: number, name: string): number {
  const n = value ?? fallback;
  if (!Number.isInteger(n) || n < min || n > max) throw new InputError(`"${name}" must be an integer from ${min} to ${max}, got ${n}`);
  return n;
}

/** Non-blank text of bounded length (ids, names, queries). */
export function text(value: string, name: string, max = 1000): string {
  if (value.trim() === '') throw new InputError(`"${name}" must not be blank`);
  if (value.length > max) throw new InputError(`"${name}" is ${value.length} characters, at most ${max} allowed`);
  return value;
}
