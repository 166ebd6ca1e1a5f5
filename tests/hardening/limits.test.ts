/**
 * The limits as configuration (env → Limits, checked at the edge), the write rate limiter,
 * and the cost estimate: every GraphiQL example and a set of realistic client queries fit
 * the defaults; abusive shapes do not.
 */
import { describe, expect, it } from 'vitest';
import { InputError, RateLimitedError } from '../../src/errors.js';
import { operationCost } from '../../src/graphql/cost.js';
import { EXAMPLES } from '../../src/graphql/examples.js';
import { graphql } from '../../src/graphql/graphql-runtime.js';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../src/graphql/limits.js';
import { RateLimiter } from '../../src/graphql/rate-limit.js';
import { buildSchema } from '../../src/graphql/schema.js';
import { ABUSIVE, REALISTIC } from './queries.js';

describe('limits from the environment', () => {
  it('uses the documented defaults: 1 MB bodies, 2 MB articles, 60 writes a minute', () => {
    const limits = limitsFromEnv({});
    expect(limits).toMatchObject({ maxBodyBytes: 1024 * 1024, maxArticleBytes: 2 * 1024 * 1024, writesPerMinute: 60, writeBurst: 60 });
    expect(limits).toMatchObject({ introspection: true, graphiql: true });
  });

  it('turns introspection and GraphiQL off with NODE_ENV=production, unless asked for', () => {
    expect(limitsFromEnv({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, graphiql: false });
    expect(limitsFromEnv({ NODE_ENV: 'production', CAREERGRAPH_INTROSPECTION: '1', CAREERGRAPH_GRAPHIQL: 'true' }))
      .toMatchObject({ introspection: true, graphiql: true });
    expect(limitsFromEnv({ NODE_ENV: 'production' }, { graphiql: true })).toMatchObject({ introspection: false, graphiql: true });
    expect(limitsFromEnv({ CAREERGRAPH_INTROSPECTION: 'off' })).toMatchObject({ introspection: false });
  });

  it('reads every numeric limit, and the burst follows the rate unless set', () => {
    const limits = limitsFromEnv({
      CAREERGRAPH_MAX_BODY_BYTES: '2048', CAREERGRAPH_MAX_DEPTH: '4', CAREERGRAPH_MAX_COST: '1_000',
      CAREERGRAPH_WRITES_PER_MINUTE: '10', CAREERGRAPH_EXECUTION_TIMEOUT_MS: '500',
    });
    expect(limits).toMatchObject({ maxBodyBytes: 2048, maxDepth: 4, maxCost: 1000, writesPerMinute: 10, writeBurst: 10, executionTimeoutMs: 500 });
    expect(limitsFromEnv({ CAREERGRAPH_WRITES_PER_MINUTE: '0' }).writesPerMinute).toBe(0);
  });

  it('refuses values that are not limits, naming the variable', () => {
    expect(() => limitsFromEnv({ CAREERGRAPH_MAX_DEPTH: 'deep' })).toThrow(/CAREERGRAPH_MAX_DEPTH must be an integer >= 1, got "deep"/);
    expect(() => limitsFromEnv({ CAREERGRAPH_MAX_BODY_BYTES: '10' })).toThrow(InputError);
    expect(() => limitsFromEnv({ CAREERGRAPH_GRAPHIQL: 'maybe' })).toThrow(/CAREERGRAPH_GRAPHIQL must be 1 or 0/);
    expect(() => limitsFromEnv({ CAREERGRAPH_HEADERS_TIMEOUT_MS: '60000', CAREERGRAPH_REQUEST_TIMEOUT_MS: '1000' })).toThrow(/must not exceed/);
  });
});

describe('write rate limit (token bucket per client)', () => {
  it('lets a burst through, then one write per refill interval, per client', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 3, now: () => now });
    for (let i = 0; i < 3; i++) limiter.take('a');
    const refused = (() => {
      try {
        limiter.take('a');
        return null;
      } catch (e) {
        return e as RateLimitedError;
      }
    })();
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect(refused?.code).toBe('RATE_LIMITED');
    expect(refused?.retryAfterSeconds).toBe(1);
    limiter.take('b'); // another client has its own bucket
    now += 1_000;
    limiter.take('a');
    expect(() => limiter.take('a')).toThrow(RateLimitedError);
  });

  it('is off at 0 a minute', () => {
    const limiter = new RateLimiter({ perMinute: 0, burst: 1 });
    for (let i = 0; i < 1000; i++) limiter.take('a');
  });

  it('forgets refilled buckets and never keeps more than maxClients', () => {
    let now = 0;
    const limiter = new RateLimiter({ perMinute: 60, burst: 2, now: () => now, maxClients: 100 });
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBeLessThanOrEqual(100);
    now += 60_000;
    limiter.take('late');
    expect(limiter.size).toBeLessThanOrEqual(100);
  });
});

function costOf(query: string): number {
  const schema = buildSchema();
  const doc = graphql.parse(query);
  const context = new graphql.ValidationContext(schema, doc, new graphql.TypeInfo(schema), () => {});
  const op = doc.definitions.find((d) => d.kind === graphql.Kind.OPERATION_DEFINITION);
  if (!op || op.kind !== graphql.Kind.OPERATION_DEFINITION) throw new Error('no operation');
  return operationCost(context, op);
}

describe('operation cost', () => {
  it('prices every example tab and realistic client query well under the default limit', () => {
    for (const example of EXAMPLES) expect(costOf(example.query), example.name).toBeLessThan(DEFAULT_LIMITS.maxCost / 10);
    for (const [name, query] of Object.entries(REALISTIC)) expect(costOf(query), name).toBeLessThan(DEFAULT_LIMITS.maxCost);
  });

  it('prices the abusive shapes over it', () => {
    for (const name of ['nested lists', 'wide pages of nested lists'] as const) {
      expect(costOf(ABUSIVE[name]), name).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
    }
  });

  it('counts `first` given as a literal, as a variable with a default, and as a bare variable (largest page)', () => {
    const page = (first: string, decl = '') => costOf(`query ${decl} { people(first: ${first}) { edges { node { name } } } }`);
    expect(page('2')).toBeLessThan(page('50'));
    expect(page('$n', '($n: Int = 2)')).toBe(page('2'));
    expect(page('$n', '($n: Int)')).toBe(page('100'));
  });

  it('expands fragments, and a fragment cycle (refused by validation) does not loop', () => {
    expect(costOf('{ person(name: "x") { ...P } } fragment P on Person { name roles { title } }'))
      .toBe(costOf('{ person(name: "x") { name roles { title } } }'));
    expect(costOf('{ person(name: "x") { ...A } } fragment A on Person { ...B } fragment B on Person { ...A name }')).toBeGreaterThan(0);
  });
});
