/**
 * Write queries of one ingest, run in order inside one write transaction. Each takes
 * `$rows` already merged in JS (store/merge.ts) and makes the graph equal to them:
 * `SET x = row.props` replaces every property, so a node or edge is exactly its record.
 * Each returns `count(*)` of rows written; ingest.ts checks it against the rows sent, so a
 * row that silently matched nothing aborts the transaction instead of losing data.
 */
import { L, R } from './labels.js';

export const CREATE_SOURCE = `CREATE (s:${L.Source}) SET s = $props RETURN count(*) AS n`;

/**
 * Named nodes, with one HAS_KEY link per alias key. Keys only grow (merge.ts unions them),
 * so links are only ever added.
 */
const namedNodes = (label: string): string => `
UNWIND $rows AS row
MERGE (n:${label} {id: row.props.id})
SET n = row.props
WITH n, row
CALL (n, row) {
  UNWIND row.props.aliasKeys AS k
  MERGE (nk:${L.NameKey} {key: k})
  MERGE (n)-[:${R.HAS_KEY}]->(nk)
}
RETURN count(*) AS n`;

export const WRITE_PERSONS = namedNodes(L.Person);
export const WRITE_COMPANIES = namedNodes(L.Company);

/** A place is reference data from the lexicon: the first write stays. */
export const WRITE_PLACES = `
UNWIND $rows AS row
MERGE (p:${L.Place} {id: row.props.id})
ON CREATE SET p = row.props
RETURN count(*) AS n`;

export const WRITE_ROLES = `
UNWIND $rows AS row
MATCH (p:${L.Person} {id: row.personId})
MATCH (c:${L.Company} {id: row.companyId})
MERGE (p)-[r:${R.HELD_ROLE} {id: row.props.id}]->(c)
SET r = row.props
RETURN count(*) AS n`;

/** (Company)-[:EXPANDED]->(Place), as DESIGN.md draws it. */
export const WRITE_PLACED_EXPANSIONS = `
UNWIND $rows AS row
MATCH (c:${L.Company} {id: row.companyId})
MATCH (p:${L.Place} {id: row.placeId})
MERGE (c)-[x:${R.EXPANDED} {id: row.props.id}]->(p)
SET x = row.props
RETURN count(*) AS n`;

/**
 * An event whose text names no place ("Alibaba signs with AFII") is a self-loop on its
 * company. Chosen over the alternatives: a shared placeholder Place would connect every
 * such company to every other one in path queries and show up in places; a node per event
 * would make EXPANDED mean two different shapes. A self-loop adds no node and no path, and
 * `(c)-[:EXPANDED]->(p:Place)` still lists exactly the placed events.
 */
export const WRITE_UNPLACED_EXPANSIONS = `
UNWIND $rows AS row
MATCH (c:${L.Company} {id: row.companyId})
MERGE (c)-[x:${R.EXPANDED} {id: row.props.id}]->(c)
SET x = row.props
RETURN count(*) AS n`;

export const WRITE_SUBSIDIARIES = `
UNWIND $rows AS row
MATCH (child:${L.Company} {id: row.childId})
MATCH (parent:${L.Company} {id: row.parentId})
MERGE (child)-[:${R.SUBSIDIARY_OF}]->(parent)
RETURN count(*) AS n`;

/** Tests only: empties the database (schema stays). */
export const WIPE = 'MATCH (n) DETACH DELETE n';
