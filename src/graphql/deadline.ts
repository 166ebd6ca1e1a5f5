/**
 * The execution timeout inside GraphQL: every resolver of the schema first checks the
 * request's signal, so once the deadline passes (or the client has gone) the operation stops
 * at its next resolver instead of walking the rest of the graph. What was cut short is
 * reported with code TIMEOUT; what had resolved is still returned.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from 'graphql';
import { CareergraphError, TimeoutError } from '../errors.js';
import { graphql } from './graphql-runtime.js';

const guarded = new WeakSet<GraphQLSchema>();

function check(ctx: unknown): void {
  const signal = (ctx as { signal?: AbortSignal | null } | null)?.signal;
  if (!signal?.aborted) return;
  const reason: unknown = signal.reason;
  throw reason instanceof CareergraphError ? reason : new TimeoutError('the request was abandoned before this field ran');
}

/** Wraps the schema's own resolvers (once per schema object) with the deadline check. */
export function guardResolvers(schema: GraphQLSchema): GraphQLSchema {
  if (guarded.has(schema)) return schema;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!graphql.isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
      if (!resolve) continue;
      field.resolve = (source, args, ctx, info) => {
        check(ctx);
        return resolve(source, args, ctx, info);
      };
    }
  }
  guarded.add(schema);
  return schema;
}

/** An AbortController that aborts with a TimeoutError after `ms`; `done()` clears the timer. */
export function deadline(ms: number): { signal: AbortSignal; abort: (reason: unknown) => void; done: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(() => {
    controller.abort(new TimeoutError(`the operation ran longer than ${ms} ms and was stopped; ask for less (smaller pages, fewer fields)`));
  }, ms);
  timer.unref();
  return {
    signal: controller.signal,
    abort: (reason) => controller.abort(reason),
    done: () => clearTimeout(timer),
  };
}
