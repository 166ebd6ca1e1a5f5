/**
 * How `GraphStore.ingestMany` reports a document it refuses (one that points at nodes it
 * does not define): it stops there, as ingesting one by one would. The documents before it
 * are written (their results are here), the refused one and those after it are not.
 * It is an InputError with the refused document's own message, so a caller that only knows
 * `ingest` sees the same error.
 */
import { InputError } from '../errors.js';
import type { IngestResult } from './types.js';

export class DocumentRefusedError extends InputError {
  constructor(
    cause: InputError,
    /** Index of the refused document in the list given to ingestMany. */
    readonly index: number,
    /** The results of the documents before it (all written), `index` of them. */
    readonly written: readonly IngestResult[],
  ) {
    super(cause.message, { cause });
  }
}

/** What a one-by-one ingestMany throws when `ingest` of docs[index] threw `error`. */
export function refusedAt(error: unknown, index: number, written: readonly IngestResult[]): unknown {
  return error instanceof InputError ? new DocumentRefusedError(error, index, [...written]) : error;
}
