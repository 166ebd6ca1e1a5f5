/**
 * What clients see of an error: our typed errors pass with their message and
 * `extensions.code`; anything else is masked as an internal error (logged, never leaked).
 * Errors are recognised by shape, not `instanceof GraphQLError`: test runners may load
 * graphql's ESM and CJS builds side by side, and a class check then fails silently.
 */
import { createGraphQLError, maskError as yogaMask } from 'graphql-yoga';
import { CareergraphError, PayloadTooLargeError, RateLimitedError, StoreUnavailableError } from '../errors.js';

interface GraphQLErrorShape {
  originalError?: unknown;
  nodes?: unknown;
  path?: readonly (string | number)[];
}

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const shape = (typeof error === 'object' && error !== null ? error : {}) as GraphQLErrorShape;
  const original = shape.originalError ?? error;
  if (original instanceof CareergraphError) {
    // The store's own message names its address and the driver's words: for operators
    // (careergraph stats prints it), not for API clients.
    const text = original instanceof StoreUnavailableError
      ? 'the graph store is unavailable right now; try again in a few seconds (GET /readyz says when it is back)'
      : original.message;
    return createGraphQLError(text, {
      ...(shape.path ? { path: shape.path } : {}),
      extensions: { code: original.code, ...httpOf(original) },
    });
  }
  return yogaMask(error, message, isDev);
}

/** The HTTP status (and headers) an error sets on the response; yoga strips `http` from the body. */
function httpOf(error: CareergraphError): Record<string, unknown> {
  if (error instanceof RateLimitedError) {
    return {
      retryAfterSeconds: error.retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(error.retryAfterSeconds) } },
    };
  }
  if (error instanceof PayloadTooLargeError) return { http: { status: 413 } };
  return {};
}
