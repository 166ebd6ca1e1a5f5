/**
 * Typed errors. A message says what failed, what was expected and what came (truncated);
 * `code` is what GraphQL clients see in `extensions.code` and what the CLI prints.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'UNAUTHENTICATED'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'QUERY_TOO_COMPLEX'
  | 'TIMEOUT';

export abstract class CareergraphError extends Error {
  abstract readonly code: ErrorCode;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

export class InputError extends CareergraphError {
  readonly code = 'BAD_USER_INPUT';
}

export class NotFoundError extends CareergraphError {
  readonly code = 'NOT_FOUND';
}

export class StoreUnavailableError extends CareergraphError {
  readonly code = 'STORE_UNAVAILABLE';
}

export class UnauthenticatedError extends CareergraphError {
  readonly code = 'UNAUTHENTICATED';
}

export class PayloadTooLargeError extends CareergraphError {
  readonly code = 'PAYLOAD_TOO_LARGE';
}

/** Too many writes from one client: wait `retryAfterSeconds` (also sent as Retry-After). */
export class RateLimitedError extends CareergraphError {
  readonly code = 'RATE_LIMITED';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/** A GraphQL operation over a configured limit (depth, cost, aliases, tokens, directives). */
export class QueryTooComplexError extends CareergraphError {
  readonly code = 'QUERY_TOO_COMPLEX';
}

/** An operation that ran past the execution timeout; what was left undone is reported. */
export class TimeoutError extends CareergraphError {
  readonly code = 'TIMEOUT';
}

/** Shortens a value quoted in an error message so a 10 MB input never floods a log. */
export function preview(value: unknown, max = 80): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return text.length > max ? `${JSON.stringify(text.slice(0, max))}… (${text.length} chars)` : JSON.stringify(text);
}
