import { InputError } from '../errors.js';
import type { GraphStore } from '../store/types.js';

/** Placeholder until the Neo4j store lands: says so instead of failing obscurely. */
export function openNeo4jFromEnv(): GraphStore {
  throw new InputError('the neo4j store is not available in this build yet; use --store memory');
}
