/**
 * Which driver errors mean "the store cannot be reached or used now" (StoreUnavailableError,
 * what /readyz and GraphQL report as STORE_UNAVAILABLE) rather than a bug or bad input.
 */
import neo4j from 'neo4j-driver';
import { StoreUnavailableError } from '../../errors.js';
import type { Neo4jConfig } from './config.js';

const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE, // no server at the address, or it went away
  neo4j.error.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized', // wrong NEO4J_USER / NEO4J_PASSWORD
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound', // NEO4J_DATABASE names no database
  'Neo.TransientError.General.DatabaseUnavailable', // starting, stopping or recovering
]);

function codeOf(err: unknown): string | null {
  if (err instanceof neo4j.Neo4jError) return err.code;
  return null;
}

export function isUnavailable(err: unknown): boolean {
  const code = codeOf(err);
  return code !== null && UNAVAILABLE_CODES.has(code);
}

/** Rethrows `err`, as StoreUnavailableError when it says the server cannot be used. */
export function rethrow(err: unknown, config: Neo4jConfig, doing: string): never {
  if (isUnavailable(err)) {
    const message = err instanceof Error ? err.message.split('\n')[0]?.slice(0, 300) : String(err);
    throw new StoreUnavailableError(
      `Neo4j store unavailable while ${doing} (${config.uri}, database ${config.database}): ${message}`,
      { cause: err },
    );
  }
  throw err;
}
