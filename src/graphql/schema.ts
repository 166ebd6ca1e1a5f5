/** The executable schema: SDL from schema.graphql (the contract) plus thin resolvers. */
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { Company } from './resolvers/company.js';
import { ExpansionEvent } from './resolvers/expansion.js';
import { IngestReport, Mutation } from './resolvers/mutation.js';
import { Node } from './resolvers/node.js';
import { Person } from './resolvers/person.js';
import { Query } from './resolvers/query.js';
import { Evidence, Role } from './resolvers/role.js';

export const SCHEMA_PATH = new URL('../../schema.graphql', import.meta.url);

let cached: GraphQLSchema | null = null;

export function buildSchema(): GraphQLSchema {
  cached ??= makeExecutableSchema({
    typeDefs: readFileSync(SCHEMA_PATH, 'utf8'),
    resolvers: { Query, Mutation, Person, Company, Role, Evidence, Node, ExpansionEvent, IngestReport },
  });
  return cached;
}
