/**
 * graphql-js's own `execute`, in place of yoga's default executor: @graphql-tools/executor
 * fills each response object as its fields resolve, so key order would depend on timing
 * (and differ between stores), while the GraphQL spec orders keys as the query does.
 * Loaded through require so it is the very graphql instance yoga and @graphql-tools use
 * (graphql ships ESM and CJS builds; two instances cannot share a schema).
 */
import { createRequire } from 'node:module';
import { useEngine } from '@envelop/core';
import type * as GraphQLModule from 'graphql';

const graphql = createRequire(import.meta.url)('graphql') as typeof GraphQLModule;

type ExecuteFunction = NonNullable<Parameters<typeof useEngine>[0]['execute']>;

export const orderedExecution = useEngine({ execute: graphql.execute as ExecuteFunction });
