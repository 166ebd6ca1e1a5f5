/**
 * What the HTTP service refuses and how long it waits: read once from the environment at
 * startup (validated here, at the edge) or passed by tests. README "Limits and safety" says
 * why each default is what it is.
 */
import { InputError, preview } from '../errors.js';
import { DEFAULT_MAX_ARTICLE_BYTES } from '../input/decode.js';

export interface Limits {
  /** Largest request body; a larger one is answered 413 before it is parsed. */
  maxBodyBytes: number;
  /** Largest article text `ingestArticle` takes (UTF-8 bytes). */
  maxArticleBytes: number;
  /** Deepest field nesting of an operation (fragments do not add depth). */
  maxDepth: number;
  /** Estimated cost of an operation: about how many values its answer can hold (cost.ts). */
  maxCost: number;
  /** Aliased fields in one operation. */
  maxAliases: number;
  /** Lexical tokens in one document (checked while parsing, so a huge one is cut short). */
  maxTokens: number;
  /** Directives in one operation. */
  maxDirectives: number;
  /** An operation still running after this is stopped at its next resolver: TIMEOUT. */
  executionTimeoutMs: number;
  /** A whole request (headers and body) must arrive within this (node's requestTimeout). */
  requestTimeoutMs: number;
  /** Request headers must arrive within this (node's headersTimeout). */
  headersTimeoutMs: number;
  /**
   * An idle keep-alive connection is closed after this (node's keepAliveTimeout, announced to
   * clients as `Keep-Alive: timeout=<seconds>`; node waits 1 s more before closing).
   */
  keepAliveTimeoutMs: number;
  /** Mutations a client may make per minute (token bucket); 0 turns the limit off. */
  writesPerMinute: number;
  /** Writes a client may make at once before the per-minute rate applies. */
  writeBurst: number;
  /** Schema introspection (`__schema`, `__type`) allowed. */
  introspection: boolean;
  /** GraphiQL served to browsers at /graphql. */
  graphiql: boolean;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBodyBytes: 1024 * 1024,
  maxArticleBytes: DEFAULT_MAX_ARTICLE_BYTES,
  maxDepth: 10,
  maxCost: 50_000,
  maxAliases: 20,
  maxTokens: 5_000,
  maxDirectives: 20,
  executionTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  headersTimeoutMs: 10_000,
  keepAliveTimeoutMs: 5_000,
  writesPerMinute: 60,
  writeBurst: 60,
  introspection: true,
  graphiql: true,
});

type NumberKey = { [K in keyof Limits]: Limits[K] extends number ? K : never }[keyof Limits];

/** Environment variable of each numeric limit. */
export const LIMIT_ENV: Record<NumberKey, string> = {
  maxBodyBytes: 'CAREERGRAPH_MAX_BODY_BYTES',
  maxArticleBytes: 'CAREERGRAPH_MAX_ARTICLE_BYTES',
  maxDepth: 'CAREERGRAPH_MAX_DEPTH',
  maxCost: 'CAREERGRAPH_MAX_COST',
  maxAliases: 'CAREERGRAPH_MAX_ALIASES',
  maxTokens: 'CAREERGRAPH_MAX_TOKENS',
  maxDirectives: 'CAREERGRAPH_MAX_DIRECTIVES',
  executionTimeoutMs: 'CAREERGRAPH_EXECUTION_TIMEOUT_MS',
  requestTimeoutMs: 'CAREERGRAPH_REQUEST_TIMEOUT_MS',
  headersTimeoutMs: 'CAREERGRAPH_HEADERS_TIMEOUT_MS',
  keepAliveTimeoutMs: 'CAREERGRAPH_KEEP_ALIVE_TIMEOUT_MS',
  writesPerMinute: 'CAREERGRAPH_WRITES_PER_MINUTE',
  writeBurst: 'CAREERGRAPH_WRITE_BURST',
};

/** Numbers a limit may not go under (a 0-byte body limit would refuse everything). */
const MINIMUM: Record<NumberKey, number> = {
  maxBodyBytes: 1024,
  maxArticleBytes: 1,
  maxDepth: 1,
  maxCost: 1,
  maxAliases: 0,
  maxTokens: 10,
  maxDirectives: 0,
  executionTimeoutMs: 1,
  requestTimeoutMs: 1,
  headersTimeoutMs: 1,
  // Under 1 s the announced timeout would be 0 s: clients could never reuse a connection.
  keepAliveTimeoutMs: 1_000,
  writesPerMinute: 0,
  writeBurst: 1,
};

function integer(raw: string, name: string, min: number): number {
  const n = Number(raw.trim().replace(/_/g, ''));
  if (raw.trim() === '' || !Number.isSafeInteger(n) || n < min) {
    throw new InputError(`${name} must be an integer >= ${min}, got ${preview(raw, 40)}`);
  }
  return n;
}

/** "1", "true", "yes", "on" → true; "0", "false", "no", "off" → false. */
export function flag(raw: string, name: string): boolean {
  const v = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(v)) return true;
  if (['0', 'false', 'no', 'off'].includes(v)) return false;
  throw new InputError(`${name} must be 1 or 0 (true/false), got ${preview(raw, 40)}`);
}

/**
 * Limits from CAREERGRAPH_* variables over `overrides` (flags) over the defaults. With
 * NODE_ENV=production, introspection and GraphiQL are off unless CAREERGRAPH_INTROSPECTION=1
 * or CAREERGRAPH_GRAPHIQL=1 (or the serve flags) turn them on.
 */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Limits> = {}): Limits {
  const production = (env.NODE_ENV ?? '').trim().toLowerCase() === 'production';
  const fromEnv: Partial<Limits> = { introspection: !production, graphiql: !production };
  for (const [key, name] of Object.entries(LIMIT_ENV) as [NumberKey, string][]) {
    const raw = env[name];
    if (raw !== undefined && raw !== '') fromEnv[key] = integer(raw, name, MINIMUM[key]);
  }
  if (env.CAREERGRAPH_INTROSPECTION) fromEnv.introspection = flag(env.CAREERGRAPH_INTROSPECTION, 'CAREERGRAPH_INTROSPECTION');
  if (env.CAREERGRAPH_GRAPHIQL) fromEnv.graphiql = flag(env.CAREERGRAPH_GRAPHIQL, 'CAREERGRAPH_GRAPHIQL');
  return checkLimits({ ...fromEnv, ...definedOnly(overrides) });
}

function definedOnly(overrides: Partial<Limits>): Partial<Limits> {
  return Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)) as Partial<Limits>;
}

/** Defaults completed and checked: what the service runs with. */
export function checkLimits(partial: Partial<Limits>): Limits {
  const given = definedOnly(partial);
  const limits: Limits = { ...DEFAULT_LIMITS, ...given };
  // The burst follows the rate unless set: "60 a minute" lets a script send 60 at once.
  if (given.writeBurst === undefined) limits.writeBurst = Math.max(1, limits.writesPerMinute);
  for (const [key, name] of Object.entries(LIMIT_ENV) as [NumberKey, string][]) {
    const n = limits[key];
    if (!Number.isSafeInteger(n) || n < MINIMUM[key]) throw new InputError(`${name} must be an integer >= ${MINIMUM[key]}, got ${preview(n)}`);
  }
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new InputError(
      `CAREERGRAPH_HEADERS_TIMEOUT_MS (${limits.headersTimeoutMs}) must not exceed CAREERGRAPH_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}
