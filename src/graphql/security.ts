/**
 * What an operation must stay within before it runs (graphql-armor's depth, alias and
 * directive rules; our schema-aware cost in cost.ts; graphql-js's own token cap while
 * parsing), introspection and field suggestions off unless configured, and the shape of
 * every error a client sees: a message and an `extensions.code`, nothing internal.
 */
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import type { GraphQLError, OperationDefinitionNode, ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { costLimitRule } from './cost.js';
import { graphql } from './graphql-runtime.js';
import type { Limits } from './limits.js';

const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

function tooComplex(message: string, node?: OperationDefinitionNode): GraphQLError {
  return new graphql.GraphQLError(message.replace(/^Syntax Error: /, ''), {
    ...(node ? { nodes: [node] } : {}),
    extensions: { code: TOO_COMPLEX },
  });
}

function reject(context: ValidationContext | null, error: GraphQLError): void {
  context?.reportError(tooComplex(error.message));
}

/** Armor's rules reporting through the validation context, so every refusal is listed. */
function armor(limits: Limits): Plugin {
  const common = { onReject: [reject], propagateOnRejection: false, exposeLimits: true };
  return EnvelopArmorPlugin({
    maxDepth: { ...common, n: limits.maxDepth, flattenFragments: true },
    maxAliases: { ...common, n: limits.maxAliases },
    maxDirectives: { ...common, n: limits.maxDirectives },
    // Cost and tokens are ours (schema-aware cost; tokens counted while parsing, below).
    costLimit: { enabled: false },
    maxTokens: { enabled: false },
    // "Did you mean …?" would spell out the schema that switching introspection off hides.
    blockFieldSuggestion: { enabled: !limits.introspection },
  }) as Plugin;
}

/** graphql-js stops parsing at `maxTokens`, so a huge document costs no more than that. */
function tokenLimit(maxTokens: number): Plugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) => {
        try {
          return graphql.parse(source, { ...(options as object), maxTokens });
        } catch (error) {
          const message = (error as Error).message;
          if (/more th\w+ \d+ tokens/.test(message)) {
            throw tooComplex(`the document has more than ${maxTokens} tokens, the limit; send a smaller operation`);
          }
          throw error;
        }
      });
    },
  };
}

function validationRules(limits: Limits): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(costLimitRule(limits.maxCost, (context, message, node) => context.reportError(tooComplex(message, node))));
      if (!limits.introspection) addValidationRule(graphql.NoSchemaIntrospectionCustomRule);
    },
  };
}

/** Extensions a client may see; anything else (originalError, stack…) is dropped. */
const VISIBLE_EXTENSIONS = new Set(['code', 'http', 'retryAfterSeconds']);

interface ErrorLike {
  message: string;
  path?: readonly unknown[];
  extensions?: Record<string, unknown>;
}

/** The code of an error that came without one: where in the pipeline it was raised. */
function codeFor(error: ErrorLike): string {
  if (/^Variable "\$[^"]*" /.test(error.message)) return 'BAD_USER_INPUT';
  if (error.path) return 'INTERNAL_SERVER_ERROR';
  if (/^Syntax Error/.test(error.message)) return 'GRAPHQL_PARSE_FAILED';
  return 'BAD_USER_INPUT';
}

export function cleanError(error: ErrorLike): void {
  const before = error.extensions ?? {};
  const extensions: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(before)) if (VISIBLE_EXTENSIONS.has(k)) extensions[k] = v;
  if (typeof extensions.code !== 'string') extensions.code = codeFor(error);
  // A request that is not GraphQL at all (bad JSON, no query) is a 400 whatever it accepts.
  if (extensions.code === 'BAD_REQUEST') extensions.http = { ...(extensions.http as object | undefined), status: 400, spec: false };
  (error as { extensions: Record<string, unknown> }).extensions = extensions;
}

function cleanResult(result: unknown): void {
  if (Array.isArray(result)) {
    for (const r of result) cleanResult(r);
    return;
  }
  if (!result || typeof result !== 'object' || !('errors' in result)) return;
  const errors = (result as { errors?: ErrorLike[] }).errors;
  for (const error of errors ?? []) cleanError(error);
}

const errorShape: Plugin = {
  onResultProcess({ result }) {
    cleanResult(result);
  },
};

export function securityPlugins(limits: Limits): Plugin[] {
  return [tokenLimit(limits.maxTokens), armor(limits), validationRules(limits), errorShape];
}
