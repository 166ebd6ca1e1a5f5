/**
 * Type definitions for @neo4j/graphql over the graph exactly as the careergraph Neo4j store
 * writes it (src/store/neo4j/records.ts): what a team would write to get GraphQL from the
 * same database without our service. Questions its generated API cannot ask (talent flow,
 * shortest connection, expansion with leaders, fuzzy name search) are `@cypher` fields
 * holding the same hand-written Cypher as the floor, as its documentation recommends.
 */
import { MIX, cypherText, type QuerySpec } from './mix.js';

const spec = (name: string): QuerySpec => {
  const s = MIX.find((q) => q.name === name);
  if (!s) throw new Error(`no query ${name}`);
  return s;
};

const block = (cypher: string): string => `"""\n${cypher.trim()}\n"""`;

export function typeDefs(): string {
  return `
type Person @node {
  id: ID!
  name: String!
  key: String
  aliases: [String!]
  roles: [Company!]! @relationship(type: "HELD_ROLE", direction: OUT, properties: "HeldRole")
}

type HeldRole @relationshipProperties {
  id: ID!
  title: String
  titleCanonical: String
  seniority: String
  status: String
  start: String
  end: String
  placeId: String
  order: Float
  evidenceSentences: [String!]
}

type Company @node {
  id: ID!
  name: String!
  kind: String
  aliases: [String!]
  people: [Person!]! @relationship(type: "HELD_ROLE", direction: IN, properties: "HeldRole")
  parent: [Company!]! @relationship(type: "SUBSIDIARY_OF", direction: OUT)
  subsidiaries: [Company!]! @relationship(type: "SUBSIDIARY_OF", direction: IN)
}

type Place @node {
  id: ID!
  name: String!
  kind: String
  countryCode: String
}

type Ref { id: ID! name: String! }
type RoleRef { id: ID! title: String start: String status: String company: Ref person: Ref }
type Move { person: Ref! from: RoleRef! to: RoleRef! }
type Path { hops: Int! nodes: [Ref!]! roles: [RoleRef!]! }
type Event { id: ID! kind: String! date: String place: Ref partner: Ref }
type Expansion { company: Ref! events: [Event!]! places: [Ref!]! partners: [Ref!]! leaders: [RoleRef!]! }
type Hit { score: Float! node: Ref! }

type Query {
  talentFlow(from: ID!, to: ID!): [Move!]!
    @cypher(statement: ${block(cypherText(spec('talentFlow')))}, columnName: "move")
  shortestConnection(from: ID!, to: ID!): Path
    @cypher(statement: ${block(cypherText(spec('connection')))}, columnName: "connection")
  expansion(id: ID!): Expansion
    @cypher(statement: ${block(cypherText(spec('expansion')))}, columnName: "expansion")
  nameSearch(lucene: String!): [Hit!]!
    @cypher(statement: ${block(cypherText(spec('search')))}, columnName: "hit")
}
`;
}
