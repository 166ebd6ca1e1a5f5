/**
 * The query mix, each query written three ways that should give the same answer:
 * - `ours`: careergraph's GraphQL API (over HTTP);
 * - `cypher`: hand-written Cypher through neo4j-driver over the same Neo4j data — the floor;
 * - `neo4jGraphql` (see neo4j-graphql.ts): @neo4j/graphql over the same data.
 * `answer*` reduce each engine's response to the ids that must agree, in the engine's order.
 */
import { ids, list, obj } from './json-shape.js';
import { at, type Targets } from './targets.js';

export interface Call {
  query: string;
  variables: Record<string, unknown>;
}

export interface QuerySpec {
  name: string;
  /** Query fields of our schema the query needs (a query whose fields are missing is skipped). */
  needs: string[];
  ours(t: Targets, i: number): Call;
  answerOurs(data: Record<string, unknown>): string[];
  cypher(t: Targets, i: number): { query: string; params: Record<string, unknown> };
  answerCypher(rows: Record<string, unknown>[]): string[];
}

/** Career order, as services/career.ts: text order, FORMER first, undated first, date, id. */
const CAREER_ORDER = `r.order, CASE r.status WHEN 'FORMER' THEN 0 ELSE 1 END, CASE WHEN d IS NULL THEN 0 ELSE 1 END, d, r.id`;

const careerPath: QuerySpec = {
  name: 'careerPath',
  needs: ['person'],
  ours: (t, i) => ({
    query: `query CareerPath($id: ID!) {
  person(id: $id) { id name careerPath { id title titleCanonical status start end company { id name } place { name } evidence { sentence } } }
}`,
    variables: { id: at(t.persons, i) },
  }),
  answerOurs: (d) => ids(obj(d.person).careerPath),
  cypher: (t, i) => ({
    query: `
MATCH (p:Person {id: $id})
CALL (p) {
  MATCH (p)-[r:HELD_ROLE]->(c:Company)
  OPTIONAL MATCH (pl:Place {id: r.placeId})
  WITH r, c, pl, coalesce(r.start, r.end) AS d
  ORDER BY ${CAREER_ORDER}
  RETURN collect({id: r.id, title: r.title, titleCanonical: r.titleCanonical, status: r.status, start: r.start, end: r.end,
                  company: c {.id, .name}, place: pl.name, evidence: r.evidenceSentences}) AS careerPath
}
RETURN p.id AS id, p.name AS name, careerPath`,
    params: { id: at(t.persons, i) },
  }),
  answerCypher: (rows) => ids(rows[0]?.careerPath),
};

export const talentFlow: QuerySpec = {
  name: 'talentFlow',
  needs: ['talentFlow'],
  ours: (t, i) => {
    const [from, to] = at(t.companyPairs, i);
    return {
      query: `query TalentFlow($from: ID!, $to: ID!) {
  talentFlow(from: $from, to: $to) { person { id name } from { id title company { id name } } to { id title start company { id name } } }
}`,
      variables: { from, to },
    };
  },
  answerOurs: (d) => list(d.talentFlow).map((m) => `${String(obj(m.person).id)}:${String(obj(m.from).id)}>${String(obj(m.to).id)}`),
  cypher: (t, i) => {
    const [from, to] = at(t.companyPairs, i);
    return {
      query: `
MATCH (f:Company {id: $from}), (t:Company {id: $to})
CALL (f) { MATCH (x:Company)-[:SUBSIDIARY_OF*0..]->(f) RETURN collect(x.id) AS fromIds }
CALL (t) { MATCH (y:Company)-[:SUBSIDIARY_OF*0..]->(t) RETURN collect(y.id) AS toIds }
UNWIND fromIds AS fid
MATCH (:Company {id: fid})<-[:HELD_ROLE]-(p:Person)
WITH DISTINCT p, fromIds, toIds
CALL (p) {
  MATCH (p)-[r:HELD_ROLE]->(c:Company)
  WITH r, c, coalesce(r.start, r.end) AS d
  ORDER BY ${CAREER_ORDER}
  RETURN collect({id: r.id, title: r.title, start: r.start, company: c {.id, .name}}) AS path
}
WITH p, path, fromIds,
     [i IN range(0, size(path) - 1) WHERE path[i].company.id IN toIds
        AND any(j IN range(0, i - 1) WHERE path[j].company.id IN fromIds)] AS hits
WHERE size(hits) > 0
WITH p, path, hits[0] AS ti, fromIds
WITH p, path[ti] AS to, path[last([j IN range(0, ti - 1) WHERE path[j].company.id IN fromIds])] AS from
WITH p, from, to ORDER BY to.start IS NULL, to.start, p.key, p.name, p.id
RETURN {person: p {.id, .name}, from: from, to: to} AS move`,
      params: { from, to },
    };
  },
  answerCypher: (rows) => rows.map((row) => {
    const m = obj(row.move);
    return `${String(obj(m.person).id)}:${String(obj(m.from).id)}>${String(obj(m.to).id)}`;
  }),
};

const connection: QuerySpec = {
  name: 'connection',
  needs: ['connection'],
  ours: (t, i) => {
    const [from, to] = at(t.personPairs, i);
    return {
      query: `query Connection($from: ID!, $to: ID!) {
  connection(from: $from, to: $to, maxHops: 4) { hops nodes { ... on Person { id name } ... on Company { id name } } roles { id title } }
}`,
      variables: { from, to },
    };
  },
  // Shortest paths tie: the hop count must agree, the path itself may differ.
  answerOurs: (d) => [String(d.connection === null ? 'none' : obj(d.connection).hops)],
  cypher: (t, i) => {
    const [from, to] = at(t.personPairs, i);
    return {
      query: `
MATCH (a:Person {id: $from}), (b:Person {id: $to})
OPTIONAL MATCH path = shortestPath((a)-[:HELD_ROLE|SUBSIDIARY_OF*..4]-(b))
RETURN CASE WHEN path IS NULL THEN null ELSE {
  hops: length(path),
  nodes: [n IN nodes(path) | n {.id, .name}],
  roles: [r IN relationships(path) WHERE type(r) = 'HELD_ROLE' | r {.id, .title}]
} END AS connection`,
      params: { from, to },
    };
  },
  answerCypher: (rows) => [rows[0]?.connection ? String(obj(rows[0].connection).hops) : 'none'],
};

/** What the expansion query asks for, the same from every engine so answers compare. */
export const EXPANSION_SELECTION = `
    company { id name }
    events { id kind date place { id name } partner { id name } }
    places { id name }
    partners { id name }
    leaders { id title status person { id name } company { id name } }
`;

const expansion: QuerySpec = {
  name: 'expansion',
  needs: ['expansion'],
  ours: (t, i) => ({
    query: `query Expansion($id: ID!) {
  expansion(company: $id) {${EXPANSION_SELECTION}  }
}`,
    variables: { id: at(t.groups, i) },
  }),
  answerOurs: (d) => {
    const x = obj(d.expansion);
    return [...ids(x.events), '|', ...ids(x.places), '|', ...ids(x.partners), '|', ...ids(x.leaders)];
  },
  cypher: (t, i) => ({
    query: `
MATCH (c:Company {id: $id})
CALL (c) { MATCH (x:Company)-[:SUBSIDIARY_OF*0..]->(c) RETURN collect(x) AS family }
CALL (family) {
  UNWIND family AS x
  MATCH (x)-[e:EXPANDED]->()
  OPTIONAL MATCH (pl:Place {id: e.placeId})
  OPTIONAL MATCH (pa:Company {id: e.partnerId})
  WITH x, e, pl, pa ORDER BY e.date IS NULL, e.date, e.kind, e.id
  RETURN collect({id: e.id, kind: e.kind, date: e.date, place: pl {.id, .name}, partner: pa {.id, .name}}) AS events,
         collect(DISTINCT pl.id) + collect(DISTINCT CASE WHEN pl.kind <> 'COUNTRY' THEN 'country:' + pl.countryCode END) AS placeIds,
         collect(DISTINCT pa {.id, .name}) AS partners
}
CALL (placeIds) {
  UNWIND placeIds AS pid
  WITH DISTINCT pid
  MATCH (pl:Place {id: pid})
  WITH pl ORDER BY CASE pl.kind WHEN 'COUNTRY' THEN 0 WHEN 'REGION' THEN 1 ELSE 2 END, pl.name, pl.id
  RETURN collect(pl {.id, .name}) AS places
}
CALL (family, placeIds) {
  UNWIND family AS x
  MATCH (p:Person)-[r:HELD_ROLE]->(x)
  WHERE r.placeId IS NOT NULL
  OPTIONAL MATCH (rp:Place {id: r.placeId})
  WITH p, r, x, rp
  WHERE r.placeId IN placeIds OR (rp.kind <> 'COUNTRY' AND 'country:' + rp.countryCode IN placeIds)
  ORDER BY CASE r.status WHEN 'CURRENT' THEN 0 ELSE 1 END, p.key, p.name, r.title, r.id
  RETURN collect({id: r.id, title: r.title, status: r.status, person: p {.id, .name}, company: x {.id, .name}}) AS leaders
}
RETURN {company: c {.id, .name}, events: events, places: places, partners: partners, leaders: leaders} AS expansion`,
    params: { id: at(t.groups, i) },
  }),
  answerCypher: (rows) => {
    const r = obj(rows[0]?.expansion);
    const partners = list(r.partners).sort((a, b) => String(a.name).localeCompare(String(b.name), 'fr'));
    return [...ids(r.events), '|', ...ids(r.places), '|', ...ids(partners), '|', ...ids(r.leaders)];
  },
};

const search: QuerySpec = {
  name: 'search',
  needs: ['search'],
  ours: (t, i) => ({
    query: `query Search($q: String!) {
  search(query: $q, first: 10) { score node { ... on Person { id name } ... on Company { id name } } }
}`,
    variables: { q: at(t.searches, i) },
  }),
  answerOurs: (d) => list(d.search).map((h) => String(obj(h.node).id)),
  cypher: (t, i) => ({
    // The product's full-text index (standard-folding analyzer); each word fuzzy or as a prefix.
    query: `
CALL db.index.fulltext.queryNodes('name_fulltext', $lucene) YIELD node, score
WITH node, score ORDER BY score DESC, node.name, node.id LIMIT 10
RETURN {score: score, node: node {.id, .name}} AS hit`,
    params: { lucene: lucene(at(t.searches, i)) },
  }),
  answerCypher: (rows) => rows.map((r) => String(obj(obj(r.hit).node).id)),
};

/** A company's first 50 people (by folded name), each with career path, companies and parents. */
const nested50: QuerySpec = {
  name: 'nested50',
  needs: ['company'],
  ours: (t, i) => ({
    query: `query Nested50($id: ID!) {
  company(id: $id) {
    id name
    people(first: 50) { edges { node { id name careerPath { id title start end company { id name parent { id name } } } } } }
  }
}`,
    variables: { id: at(t.staffed, i) },
  }),
  answerOurs: (d) => list(obj(obj(d.company).people).edges)
    .flatMap((e) => list(obj(e.node).careerPath).map((r) => `${String(obj(e.node).id)}/${String(r.id)}@${String(obj(obj(r.company).parent).id ?? '-')}`)),
  cypher: (t, i) => ({
    query: `
MATCH (c:Company {id: $id})
CALL (c) { MATCH (x:Company)-[:SUBSIDIARY_OF*0..]->(c) RETURN collect(x) AS family }
CALL (family) {
  UNWIND family AS x
  MATCH (p:Person)-[:HELD_ROLE]->(x)
  WITH DISTINCT p ORDER BY p.key, p.id LIMIT 50
  RETURN collect(p) AS people
}
UNWIND range(0, size(people) - 1) AS k
WITH k, people[k] AS p
CALL (p) {
  MATCH (p)-[r:HELD_ROLE]->(c:Company)
  OPTIONAL MATCH (c)-[:SUBSIDIARY_OF]->(parent:Company)
  WITH r, c, parent, coalesce(r.start, r.end) AS d
  ORDER BY ${CAREER_ORDER}
  RETURN collect({id: r.id, title: r.title, start: r.start, end: r.end, company: {id: c.id, name: c.name, parent: parent {.id, .name}}}) AS careerPath
}
RETURN k, p.id AS id, p.name AS name, careerPath
ORDER BY k`,
    params: { id: at(t.staffed, i) },
  }),
  answerCypher: (rows) => rows.flatMap((row) => list(row.careerPath).map((r) => `${String(row.id)}/${String(r.id)}@${String(obj(obj(r.company).parent).id ?? '-')}`)),
};

export const MIX: QuerySpec[] = [careerPath, talentFlow, connection, expansion, search, nested50];

/** Lucene query for a search string: every word as a fuzzy term or a prefix. */
export function lucene(text: string): string {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return words.map((w) => (w.length >= 4 ? `${w}~ OR ${w}*` : `${w}*`)).join(' OR ');
}

const PLACEHOLDER: Targets = {
  persons: ['$'], companyPairs: [['$', '$']], personPairs: [['$', '$']], groups: ['$'], searches: ['$'], staffed: ['$'],
};

/** The Cypher text of a query (its parameters are the only part that varies per call). */
export function cypherText(spec: QuerySpec): string {
  return spec.cypher(PLACEHOLDER, 0).query;
}
