/**
 * The Neo4j GraphStore. `createNeo4jStore(neo4jConfigFromEnv())` is how the CLI opens it;
 * call `init()` before use (constraints and indexes), `close()` at the end.
 */
import type { GraphStore } from '../types.js';
import type { Neo4jConfig } from './config.js';
import { Neo4jStore } from './store.js';

export { neo4jConfig, neo4jConfigFromEnv, type Neo4jConfig, type Neo4jConfigInput } from './config.js';

export function createNeo4jStore(config: Neo4jConfig): GraphStore {
  return new Neo4jStore(config);
}

/** For tests: the store plus `wipe()`, which empties the database. */
export function createNeo4jTestStore(config: Neo4jConfig): GraphStore & { wipe(): Promise<void> } {
  return new Neo4jStore(config);
}
