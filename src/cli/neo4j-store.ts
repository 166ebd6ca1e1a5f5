/** Opens the Neo4j store from NEO4J_* variables (validated by neo4jConfigFromEnv). */
import { createNeo4jStore, neo4jConfigFromEnv } from '../store/neo4j/index.js';
import type { GraphStore } from '../store/types.js';

export function openNeo4jFromEnv(): GraphStore {
  return createNeo4jStore(neo4jConfigFromEnv());
}
