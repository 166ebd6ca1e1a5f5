/**
 * Constraints and indexes, created at init() with IF NOT EXISTS so init is idempotent.
 * Each runs in its own auto-commit transaction: Neo4j refuses schema and data changes in
 * one transaction, and schema commands cannot run inside a managed retry function.
 *
 * Checked against Neo4j 5.26 Community:
 * - uniqueness constraints on relationship properties exist in Community since 5.7, so
 *   HELD_ROLE.id and EXPANDED.id are constrained, not just indexed;
 * - the full-text analyzer 'standard-folding' (ASCII folding: Sébastien = Sebastien) is
 *   listed by db.index.fulltext.listAvailableAnalyzers.
 */
import { L, R } from './labels.js';

export const FULLTEXT_NAMES = 'name_fulltext';

export const SCHEMA: readonly string[] = [
  `CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:${L.Person}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:${L.Company}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:${L.Place}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:${L.Source}) REQUIRE n.id IS UNIQUE`,
  `CREATE CONSTRAINT name_key IF NOT EXISTS FOR (n:${L.NameKey}) REQUIRE n.key IS UNIQUE`,
  `CREATE CONSTRAINT held_role_id IF NOT EXISTS FOR ()-[r:${R.HELD_ROLE}]-() REQUIRE r.id IS UNIQUE`,
  `CREATE CONSTRAINT expanded_id IF NOT EXISTS FOR ()-[r:${R.EXPANDED}]-() REQUIRE r.id IS UNIQUE`,
  // The node's own folded name, for Cypher written by hand and for future exact lookups.
  `CREATE INDEX person_key IF NOT EXISTS FOR (n:${L.Person}) ON (n.key)`,
  `CREATE INDEX company_key IF NOT EXISTS FOR (n:${L.Company}) ON (n.key)`,
  // Search over names and aliases (lists of strings are indexed element by element).
  `CREATE FULLTEXT INDEX ${FULLTEXT_NAMES} IF NOT EXISTS FOR (n:${L.Person}|${L.Company}) ON EACH [n.name, n.aliases]
   OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding' } }`,
];

/** Waits for the indexes above to be online, so the first queries can use them. */
export const AWAIT_INDEXES = 'CALL db.awaitIndexes($seconds)';
