/**
 * Read queries. Each takes a list of distinct keys (`$ids` / `$keys`), seeks each one through
 * a unique constraint with `UNWIND`, and returns flat rows tagged with the key they answer.
 * Alignment with the caller's keys, misses and ordering are done in JS (reads.ts), so the
 * Cypher stays simple and the order rules are the same code-unit order as the memory store.
 */
import { L, LISTED_LABELS, NAMED_LABELS, R } from './labels.js';

const nodeById = (label: string): string =>
  `UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN properties(n) AS props`;

export const PERSONS = nodeById(L.Person);
export const COMPANIES = nodeById(L.Company);
export const PLACES = nodeById(L.Place);
export const SOURCES = nodeById(L.Source);

export const SOURCE_EXISTS = `MATCH (s:${L.Source} {id: $id}) RETURN count(s) AS n`;

/** Which of these ids name a Person, Company or Place (what an edge may point at). */
export const EXISTING_NODE_IDS = `
UNWIND $ids AS id
CALL (id) {
  MATCH (n:${L.Person} {id: id}) RETURN n.id AS found
  UNION
  MATCH (n:${L.Company} {id: id}) RETURN n.id AS found
  UNION
  MATCH (n:${L.Place} {id: id}) RETURN n.id AS found
}
RETURN found`;

const ROLE_ROW = 'p.id AS personId, c.id AS companyId, properties(r) AS props';

export const ROLES = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[r:${R.HELD_ROLE} {id: id}]->(c:${L.Company})
RETURN ${ROLE_ROW}`;

export const ROLES_BY_PERSON = `
UNWIND $ids AS id
MATCH (p:${L.Person} {id: id})-[r:${R.HELD_ROLE}]->(c:${L.Company})
RETURN id AS key, ${ROLE_ROW}`;

export const ROLES_BY_COMPANY = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[r:${R.HELD_ROLE}]->(c:${L.Company} {id: id})
RETURN id AS key, ${ROLE_ROW}`;

/** Any end node: a placed event ends at its Place, an event without place loops back. */
export const EXPANSIONS_BY_COMPANY = `
UNWIND $ids AS id
MATCH (c:${L.Company} {id: id})-[x:${R.EXPANDED}]->()
RETURN id AS key, properties(x) AS props`;

export const EXPANSIONS = `
UNWIND $ids AS id
MATCH (c:${L.Company})-[x:${R.EXPANDED} {id: id}]->()
RETURN c.id AS companyId, properties(x) AS props`;

export const PARENTS = `
UNWIND $ids AS id
MATCH (c:${L.Company} {id: id})-[:${R.SUBSIDIARY_OF}]->(parent:${L.Company})
RETURN id AS key, parent.id AS other`;

export const SUBSIDIARIES = `
UNWIND $ids AS id
MATCH (c:${L.Company} {id: id})<-[:${R.SUBSIDIARY_OF}]-(child:${L.Company})
RETURN id AS key, child.id AS other`;

const idsByKey = (label: string): string => `
UNWIND $keys AS k
MATCH (:${L.NameKey} {key: k})<-[:${R.HAS_KEY}]-(n:${label})
RETURN k AS key, n.id AS other`;

/** One prepared query per label a caller may name; the label never reaches Cypher text. */
export const IDS_BY_KEY: Record<keyof typeof NAMED_LABELS, string> = {
  Person: idsByKey(NAMED_LABELS.Person),
  Company: idsByKey(NAMED_LABELS.Company),
};

export const ALL_IDS: Record<keyof typeof LISTED_LABELS, string> = {
  Person: `MATCH (n:${LISTED_LABELS.Person}) RETURN n.id AS id`,
  Company: `MATCH (n:${LISTED_LABELS.Company}) RETURN n.id AS id`,
  Source: `MATCH (n:${LISTED_LABELS.Source}) RETURN n.id AS id`,
};

/** Counts come from Neo4j's count store (a label or type alone): constant time. */
export const STATS = `
CALL () { MATCH (n:${L.Person}) RETURN count(n) AS persons }
CALL () { MATCH (n:${L.Company}) RETURN count(n) AS companies }
CALL () { MATCH (n:${L.Place}) RETURN count(n) AS places }
CALL () { MATCH (n:${L.Source}) RETURN count(n) AS sources }
CALL () { MATCH ()-[r:${R.HELD_ROLE}]->() RETURN count(r) AS roles }
CALL () { MATCH ()-[r:${R.EXPANDED}]->() RETURN count(r) AS expansions }
CALL () { MATCH ()-[r:${R.SUBSIDIARY_OF}]->() RETURN count(r) AS subsidiaries }
RETURN persons, companies, places, sources, roles, expansions, subsidiaries`;

export const PING = 'RETURN 1 AS ok';

// ------------------------------------------------------------ composite reads (one round trip each)

/**
 * A company's parent as composite reads see it: the smallest id, as readParents answers.
 * One row, `parent` null when there is none.
 */
const PARENT_OF_C = `CALL (c) {
  OPTIONAL MATCH (c)-[:${R.SUBSIDIARY_OF}]->(pa:${L.Company})
  RETURN pa ORDER BY pa.id LIMIT 1
}`;

/** Roles of each person, with company, company's parent and place. */
export const CAREERS = `
UNWIND $ids AS id
MATCH (p:${L.Person} {id: id})-[r:${R.HELD_ROLE}]->(c:${L.Company})
${PARENT_OF_C}
OPTIONAL MATCH (pl:${L.Place} {id: r.placeId})
RETURN id AS key, ${ROLE_ROW}, properties(c) AS company, properties(pa) AS parent, properties(pl) AS place`;

/** Each person, with what CAREERS gives (one row with null role fields for a person without roles). */
export const PERSON_CAREERS = `
UNWIND $ids AS id
MATCH (p:${L.Person} {id: id})
OPTIONAL MATCH (p)-[r:${R.HELD_ROLE}]->(c:${L.Company})
${PARENT_OF_C}
OPTIONAL MATCH (pl:${L.Place} {id: r.placeId})
RETURN id AS key, properties(p) AS person, ${ROLE_ROW}, properties(c) AS company, properties(pa) AS parent,
       properties(pl) AS place`;

/** Roles at each company, with person and place. */
export const STAFF = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[r:${R.HELD_ROLE}]->(c:${L.Company} {id: id})
OPTIONAL MATCH (pl:${L.Place} {id: r.placeId})
RETURN id AS key, ${ROLE_ROW}, properties(p) AS person, properties(pl) AS place`;

/**
 * STAFF narrowed to roles located in $places: the role's place is one of them, or a city or
 * region of a country among them (composite.ts `staffIn`). Filtered on the server, so a large
 * group's other roles never cross the wire.
 */
export const STAFF_IN = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[r:${R.HELD_ROLE}]->(c:${L.Company} {id: id})
WHERE r.placeId IS NOT NULL
OPTIONAL MATCH (pl:${L.Place} {id: r.placeId})
WITH id, p, r, c, pl
WHERE r.placeId IN $places
   OR (pl.kind <> 'COUNTRY' AND pl.countryCode <> '' AND 'country:' + pl.countryCode IN $places)
RETURN id AS key, ${ROLE_ROW}, properties(p) AS person, properties(pl) AS place`;

/** Expansion events of each company, with place, the place's country, and partner. */
export const EVENTS = `
UNWIND $ids AS id
MATCH (c:${L.Company} {id: id})-[x:${R.EXPANDED}]->()
OPTIONAL MATCH (pl:${L.Place} {id: x.placeId})
WITH id, x, pl,
     CASE WHEN pl.kind <> 'COUNTRY' AND pl.countryCode <> '' THEN 'country:' + pl.countryCode END AS countryId
OPTIONAL MATCH (co:${L.Place} {id: countryId})
OPTIONAL MATCH (pa:${L.Company} {id: x.partnerId})
RETURN id AS key, properties(x) AS props, properties(pl) AS place, countryId, properties(co) AS country,
       properties(pa) AS partner`;

/** Every company of each company's group with its distance from it (0: itself). */
export const FAMILIES = `
UNWIND $ids AS id
MATCH (c:${L.Company} {id: id})
CALL (c) {
  MATCH path = (x:${L.Company})-[:${R.SUBSIDIARY_OF}*0..]->(c)
  RETURN x, min(length(path)) AS depth
}
RETURN id AS key, properties(x) AS company, depth`;

/** A role as a link (types.ts RoleLink): no title, place or evidence. */
const LINK_ROW = 'r.id AS id, p.id AS personId, c.id AS companyId, r.status AS status, r.start AS start, r.end AS end, r.order AS order';

/** Every role of every person with a role at one of the companies, as links. */
export const CAREERS_AT = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[:${R.HELD_ROLE}]->(:${L.Company} {id: id})
WITH DISTINCT p
MATCH (p)-[r:${R.HELD_ROLE}]->(c:${L.Company})
RETURN ${LINK_ROW}`;

/** Roles at each company as links, with person. */
export const STAFF_LINKS = `
UNWIND $ids AS id
MATCH (p:${L.Person})-[r:${R.HELD_ROLE}]->(c:${L.Company} {id: id})
RETURN id AS key, ${LINK_ROW}, properties(p) AS person`;

/**
 * One level of a walk, thin: role ends, status and dates only (no titles or evidence).
 * `part`: 'p' roles of a person, 'c' roles at a company, 'up' parent, 'down' subsidiary.
 */
export const LINKS = `
CALL () {
  UNWIND $persons AS key
  MATCH (p:${L.Person} {id: key})-[r:${R.HELD_ROLE}]->(c:${L.Company})
  RETURN 'p' AS part, key, ${LINK_ROW}, null AS other
  UNION ALL
  UNWIND $companies AS key
  MATCH (p:${L.Person})-[r:${R.HELD_ROLE}]->(c:${L.Company} {id: key})
  RETURN 'c' AS part, key, ${LINK_ROW}, null AS other
  UNION ALL
  UNWIND $companies AS key
  MATCH (:${L.Company} {id: key})-[:${R.SUBSIDIARY_OF}]->(o:${L.Company})
  RETURN 'up' AS part, key, null AS id, null AS personId, null AS companyId, null AS status, null AS start, null AS end, null AS order, o.id AS other
  UNION ALL
  UNWIND $companies AS key
  MATCH (:${L.Company} {id: key})<-[:${R.SUBSIDIARY_OF}]-(o:${L.Company})
  RETURN 'down' AS part, key, null AS id, null AS personId, null AS companyId, null AS status, null AS start, null AS end, null AS order, o.id AS other
}
RETURN part, key, id, personId, companyId, status, start, end, order, other`;

/** Persons, companies (both asked for every node id) and roles by id. */
export const LOOKUP = `
CALL () {
  UNWIND $ids AS id
  MATCH (n:${L.Person} {id: id})
  RETURN 'person' AS part, id, properties(n) AS props, null AS personId, null AS companyId
  UNION ALL
  UNWIND $ids AS id
  MATCH (n:${L.Company} {id: id})
  RETURN 'company' AS part, id, properties(n) AS props, null AS personId, null AS companyId
  UNION ALL
  UNWIND $roleIds AS id
  MATCH (p:${L.Person})-[r:${R.HELD_ROLE} {id: id}]->(c:${L.Company})
  RETURN 'role' AS part, id, properties(r) AS props, p.id AS personId, c.id AS companyId
}
RETURN part, id, props, personId, companyId`;
