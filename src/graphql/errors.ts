/**
 * What clients see of an error: our typed errors pass with their message and
 * `extensions.code`; anything else is masked as an internal error (logged, never leaked).
 */
import { GraphQLError } from 'graphql';
import { maskError as yogaMask } from 'graphql-yoga';
import { CareergraphError } from '../errors.js';

export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (original instanceof CareergraphError) {
    const gqlError = error instanceof GraphQLError ? error : undefined;
    return new GraphQLError(original.message, {
      ...(gqlError?.nodes ? { nodes: gqlError.nodes } : {}),
      ...(gqlError?.path ? { path: gqlError.path } : {}),
      extensions: { code: original.code },
    });
  }
  return yogaMask(error, message, isDev);
}
