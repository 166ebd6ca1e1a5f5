/**
 * The graphql module yoga and @graphql-tools load (see engine.ts: graphql ships ESM and CJS
 * builds, and a schema made by one cannot be checked with the other's classes). Runtime
 * values used on the schema or in validation rules come from here.
 */
import { createRequire } from 'node:module';
import type * as GraphQLModule from 'graphql';

export const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;
