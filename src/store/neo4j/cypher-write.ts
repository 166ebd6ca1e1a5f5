/**
 * The statements of one ingest transaction (ingest.ts), for a batch of documents at once.
 * Each takes `$rows` already merged in JS (store/merge.ts) and makes the graph equal to
 * them: a node or edge is exactly its record. Each returns `count(*)` of rows written;
 * ingest.ts checks it against the rows sent, so a row that silently matched nothing aborts
 * the transaction instead of losing data.
 *
 * What exists was read earlier in the same transaction, so new nodes and edges are CREATEd
 * and existing ones found by their unique id (an edge from its person or company) and SET:
 * no MERGE of a relationship (which expands every relationship between its two nodes),
 * no read of a property the same statement writes (which makes the planner add an Eager
 * barrier), no plan that depends on statistics gathered while the database was empty. A
 * concurrent writer creating the same id makes the commit fail on the uniqueness
 * constraint; the store then runs the batch again, and the rereads see that writer's nodes.
 */
import { L, R } from './labels.js';

// ---------------------------------------------------------------- reads inside the write

/** Which of these source ids are stored. */
export const STORED_SOURCES = `UNWIND $ids AS id MATCH (s:${L.Source} {id: id}) RETURN s.id AS id`;

/**
 * Stored roles and events, looked up from their person or company (known from the
 * document): a person has a handful of roles, and the plan cannot go wrong. Seeking the
 * relationship index instead depends on the planner: a plan made while the database was
 * nearly empty (and cached) scans every relationship of the type for each row.
 */
export const STORED_ROLES = `
UNWIND $rows AS row
MATCH (p:${L.Person} {id: row.personId})-[r:${R.HELD_ROLE}]->(c:${L.Company})
WHERE r.id = row.id
RETURN p.id AS personId, c.id AS companyId, properties(r) AS props`;

export const STORED_EXPANSIONS = `
UNWIND $rows AS row
MATCH (c:${L.Company} {id: row.companyId})-[x:${R.EXPANDED}]->()
WHERE x.id = row.id
RETURN c.id AS companyId, properties(x) AS props`;

// ---------------------------------------------------------------- nodes

export const CREATE_SOURCES = `UNWIND $rows AS row CREATE (s:${L.Source}) SET s = row RETURN count(*) AS n`;

const createNodes = (label: string): string =>
  `UNWIND $rows AS row CREATE (n:${label}) SET n = row RETURN count(*) AS n`;

/**
 * A stored person or company changes only by its aliases and their keys (merge.ts keeps
 * id, name, key and kind), so only those are written: the lookup on `id` stays unwritten.
 */
const updateNamed = (label: string): string => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
SET n.aliases = row.aliases, n.aliasKeys = row.aliasKeys
RETURN count(*) AS n`;

export const CREATE_PERSONS = createNodes(L.Person);
export const CREATE_COMPANIES = createNodes(L.Company);
export const UPDATE_PERSONS = updateNamed(L.Person);
export const UPDATE_COMPANIES = updateNamed(L.Company);

/** One NameKey node per folded name or alias, shared by every node answering to it. */
export const MERGE_NAME_KEYS = `UNWIND $keys AS k MERGE (:${L.NameKey} {key: k}) RETURN count(*) AS n`;

/**
 * The HAS_KEY links a batch adds: keys only grow (merge.ts unions them), so links are only
 * ever added, one per (node, key) not linked before.
 */
const linkKeys = (label: string): string => `
UNWIND $rows AS row
MATCH (n:${label} {id: row.id})
MATCH (k:${L.NameKey} {key: row.key})
CREATE (n)-[:${R.HAS_KEY}]->(k)
RETURN count(*) AS n`;

export const LINK_PERSON_KEYS = linkKeys(L.Person);
export const LINK_COMPANY_KEYS = linkKeys(L.Company);

/** A place is reference data from the lexicon: the first write stays. */
export const WRITE_PLACES = `
UNWIND $rows AS row
MERGE (p:${L.Place} {id: row.id})
ON CREATE SET p = row
RETURN count(*) AS n`;

// ---------------------------------------------------------------- relationships

/**
 * Every property a role or event may have (records.ts writes no other). Spelled out in the
 * statements instead of `SET r = row.props`: with a map the planner cannot tell which
 * properties are written, assumes any (the node ids it looks up included) and puts an
 * Eager barrier before the write. Rows carry every key, null for an absent value, and
 * `SET r.k = null` removes a property: the edge is exactly its record.
 */
export const ROLE_KEYS = [
  'id', 'title', 'titleCanonical', 'seniority', 'status', 'start', 'end', 'placeId', 'order',
  'statusAsOf', 'sourceIds', 'evidenceSourceIds', 'evidenceSentences', 'confidence',
] as const;

export const EXPANSION_KEYS = [
  'id', 'kind', 'date', 'placeId', 'partnerId', 'sourceIds', 'evidenceSourceIds', 'evidenceSentences',
] as const;

const setAll = (v: string, keys: readonly string[]): string =>
  keys.map((k) => `${v}.${k} = row.${k}`).join(', ');

/** The same as a map for CREATE, which skips null values. */
const mapOf = (keys: readonly string[]): string => `{${keys.map((k) => `${k}: row.${k}`).join(', ')}}`;

export const CREATE_ROLES = `
UNWIND $rows AS row
MATCH (p:${L.Person} {id: row.personId})
MATCH (c:${L.Company} {id: row.companyId})
CREATE (p)-[:${R.HELD_ROLE} ${mapOf(ROLE_KEYS)}]->(c)
RETURN count(*) AS n`;

/** (Company)-[:EXPANDED]->(Place), as DESIGN.md draws it. */
export const CREATE_PLACED_EXPANSIONS = `
UNWIND $rows AS row
MATCH (c:${L.Company} {id: row.companyId})
MATCH (p:${L.Place} {id: row.placeId})
CREATE (c)-[:${R.EXPANDED} ${mapOf(EXPANSION_KEYS)}]->(p)
RETURN count(*) AS n`;

/**
 * An event whose text names no place ("Alibaba signs with AFII") is a self-loop on its
 * company. Chosen over the alternatives: a shared placeholder Place would connect every
 * such company to every other one in path queries and show up in places; a node per event
 * would make EXPANDED mean two different shapes. A self-loop adds no node and no path, and
 * `(c)-[:EXPANDED]->(p:Place)` still lists exactly the placed events.
 */
export const CREATE_UNPLACED_EXPANSIONS = `
UNWIND $rows AS row
MATCH (c:${L.Company} {id: row.companyId})
CREATE (c)-[:${R.EXPANDED} ${mapOf(EXPANSION_KEYS)}]->(c)
RETURN count(*) AS n`;

/** A stored role or event, found from its person or company (see STORED_ROLES); id kept. */
const updateEdges = (from: string, key: string, type: string, keys: readonly string[]): string => `
UNWIND $rows AS row
MATCH (:${from} {id: row.${key}})-[e:${type}]->()
WHERE e.id = row.id
SET ${setAll('e', keys.filter((k) => k !== 'id'))}
RETURN count(*) AS n`;

export const UPDATE_ROLES = updateEdges(L.Person, 'personId', R.HELD_ROLE, ROLE_KEYS);
export const UPDATE_EXPANSIONS = updateEdges(L.Company, 'companyId', R.EXPANDED, EXPANSION_KEYS);

/** Only for companies without a parent (the first one stated stays; ingest.ts checks). */
export const CREATE_SUBSIDIARIES = `
UNWIND $rows AS row
MATCH (child:${L.Company} {id: row.childId})
MATCH (parent:${L.Company} {id: row.parentId})
CREATE (child)-[:${R.SUBSIDIARY_OF}]->(parent)
RETURN count(*) AS n`;

/** Tests only: empties the database (schema stays). */
export const WIPE = 'MATCH (n) DETACH DELETE n';
