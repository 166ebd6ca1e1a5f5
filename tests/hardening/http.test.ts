/**
 * The HTTP edge: GraphQL limits refuse abusive operations with QUERY_TOO_COMPLEX while every
 * example and realistic query passes; production hides introspection and GraphiQL; bodies
 * over the limit get 413 before parsing (declared or streamed); writes are rate limited;
 * slow operations stop at the execution timeout; internal errors leak nothing.
 */
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_PLACEHOLDER, EXAMPLES } from '../../src/graphql/examples.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import type { GraphStore } from '../../src/store/types.js';
import { fixtureExtractor, HARBOR_FACTS, HARBOR_TEXT } from '../graphql/fixture-extractor.js';
import { seedDocument } from '../helpers/documents.js';
import { startService, type RunningService } from '../helpers/service.js';
import { ABUSIVE, REALISTIC } from './queries.js';

async function seededStore(): Promise<GraphStore> {
  const store = createMemoryStore({ dir: null });
  await store.init();
  await store.ingest(seedDocument());
  return store;
}

/** The store with some methods replaced (slow, failing). */
function withMethods(store: GraphStore, methods: Partial<Record<keyof GraphStore, unknown>>): GraphStore {
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in methods) return methods[prop as keyof GraphStore];
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const extractor = fixtureExtractor({ [HARBOR_TEXT]: HARBOR_FACTS });

describe('GraphQL limits (defaults)', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService(await seededStore(), { apiKey: API_KEY_PLACEHOLDER, ingest: { extractor }, limits: { writesPerMinute: 0 } });
  });
  afterAll(() => service.close());

  it('runs every example tab and realistic client query without hitting a limit', async () => {
    for (const example of EXAMPLES) {
      const headers: Record<string, string> = example.needsApiKey ? { authorization: `Bearer ${API_KEY_PLACEHOLDER}` } : {};
      const { errors } = await service.gql(example.query, example.variables, headers);
      expect(errors, example.name).toBeUndefined();
    }
    for (const [name, query] of Object.entries(REALISTIC)) {
      const { errors } = await service.gql(query, { n: 20 });
      expect(errors, name).toBeUndefined();
    }
  });

  it('refuses each abusive operation with QUERY_TOO_COMPLEX and a message naming the limit', async () => {
    const expected: Record<keyof typeof ABUSIVE, RegExp> = {
      'too deep': /depth limit of 10/,
      'nested lists': /cost|depth/,
      'wide pages of nested lists': /estimated cost is \d+, over the limit of 50000/,
      'many aliases': /Aliases limit of 20/,
      'alias bomb on an expensive field': /Aliases limit/,
      'many directives': /Directives limit of 20/,
      'many tokens': /more than 5000 tokens/,
    };
    for (const [name, query] of Object.entries(ABUSIVE)) {
      const { data, errors } = await service.gql(query);
      expect(data, name).toBeUndefined();
      expect(errors?.[0]?.extensions?.code, name).toBe('QUERY_TOO_COMPLEX');
      expect(errors?.map((e) => e.message).join(' | '), name).toMatch(expected[name as keyof typeof ABUSIVE]);
    }
  });

  it('counts fragments and inline fragments toward depth like the fields they hold', async () => {
    const deep = `{ person(name: "x") { ...A } } fragment A on Person { colleagues { person { ...B } } }
      fragment B on Person { colleagues { person { colleagues { person { colleagues { person { colleagues { person { name } } } } } } } } }`;
    const { errors } = await service.gql(deep);
    expect(errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('lets introspection and GraphiQL on outside production', async () => {
    const { data, errors } = await service.gql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(errors).toBeUndefined();
    expect(data?.__schema.queryType.name).toBe('Query');
    const page = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('careergraph');
  });

  it('answers unknown paths with a JSON 404 and keeps the probes', async () => {
    const res = await fetch(`${service.base}/nope`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('NOT_FOUND');
    expect((await fetch(`${service.base}/healthz`)).status).toBe(200);
  });
});

describe('production mode', () => {
  const saved = process.env.NODE_ENV;
  let service: RunningService;
  let opened: RunningService;
  beforeAll(async () => {
    process.env.NODE_ENV = 'production';
    try {
      service = await startService(await seededStore());
      opened = await startService(await seededStore(), { limits: { introspection: true }, graphiql: true });
    } finally {
      process.env.NODE_ENV = saved;
    }
  });
  afterAll(async () => {
    await service.close();
    await opened.close();
  });

  it('refuses introspection, hides field suggestions, serves no GraphiQL', async () => {
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Person") { fields { name } } }']) {
      const { data, errors } = await service.gql(query);
      expect(data).toBeUndefined();
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(errors?.[0]?.message).toMatch(/introspection has been disabled/);
    }
    const typename = await service.gql<{ __typename: string }>('{ __typename }');
    expect(typename.data?.__typename).toBe('Query');
    const typo = await service.gql('{ person(name: "x") { nam } }');
    expect(typo.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const page = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type') ?? '').not.toMatch(/html/);
    expect(await page.text()).not.toMatch(/<html/i);
  });

  it('turns them on when configured (CAREERGRAPH_INTROSPECTION / CAREERGRAPH_GRAPHIQL or the serve flags)', async () => {
    const { errors } = await opened.gql('{ __schema { queryType { name } } }');
    expect(errors).toBeUndefined();
    const page = await fetch(opened.url, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('careergraph');
  });
});

/** Sends a body in chunks without Content-Length; resolves with the status and body text. */
function streamBody(url: string, chunk: Buffer, count: number): Promise<{ status: number; text: string; sent: number }> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8'), sent }));
    });
    req.on('error', (e) => (sent > 0 ? undefined : reject(e)));
    const pump = () => {
      while (sent < count) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

describe('request limits', () => {
  let service: RunningService;
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
    service = await startService(store, {
      apiKey: 'k', ingest: { extractor },
      limits: { maxBodyBytes: 64 * 1024, writesPerMinute: 3, headersTimeoutMs: 500, requestTimeoutMs: 1_000 },
    });
  });
  afterAll(() => service.close());

  it('answers 413 PAYLOAD_TOO_LARGE from Content-Length alone, without reading the body', async () => {
    const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(65 * 1024) });
    expect(res.status).toBe(413);
    const body = (await res.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]?.extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(body.errors[0]?.message).toMatch(/66560 bytes; requests are limited to 65536 bytes/);
  });

  it('counts streamed bytes when there is no Content-Length, and stops reading at the limit', async () => {
    const res = await streamBody(service.url, Buffer.alloc(16 * 1024, 0x20), 64);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    // The service is fine afterwards.
    expect((await service.gql('{ stats { persons } }')).errors).toBeUndefined();
  });

  it('takes a streamed body under the limit', async () => {
    const res = await streamBody(service.url, Buffer.from(JSON.stringify({ query: '{ stats { persons } }' })), 1);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text).data.stats.persons).toBeGreaterThan(0);
  });

  it('rate limits writes per client: RATE_LIMITED, 429 and Retry-After; reads go on', async () => {
    const send = () => fetch(service.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: JSON.stringify({ query: `mutation ($t: String!) { ingestArticle(input: { text: $t }) { created } }`, variables: { t: HARBOR_TEXT } }),
    });
    for (let i = 0; i < 3; i++) expect((await send()).status).toBe(200);
    const limited = await send();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const body = (await limited.json()) as { errors: { message: string; extensions: { code: string; retryAfterSeconds: number } }[] };
    expect(body.errors[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    expect(body.errors[0]?.message).toMatch(/at most 3 a minute/);
    expect((await service.gql('{ stats { persons } }')).errors).toBeUndefined();
  });

  it('closes a connection whose headers never finish (slow loris)', async () => {
    const t0 = Date.now();
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(new URL(service.base).port), '127.0.0.1', () => socket.write('POST /graphql HTTP/1.1\r\nHost: x\r\n'));
      socket.on('data', () => {});
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      setTimeout(() => reject(new Error('still open after 5 s')), 5_000).unref();
    });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });
});

describe('execution timeout and internal errors', () => {
  it('stops an operation at the deadline with TIMEOUT, returning what had resolved', async () => {
    const store = await seededStore();
    const slow = withMethods(store, {
      personCareers: async (ids: readonly string[]) => {
        await new Promise((r) => setTimeout(r, 400));
        return store.personCareers(ids);
      },
    });
    const service = await startService(slow, { limits: { executionTimeoutMs: 200 } });
    try {
      const t0 = Date.now();
      const { data, errors } = await service.gql<{ person: { name: string } | null }>(
        '{ person(id: "person:sebastien-badault") { name careerPath { company { name roles { person { name } } } } } }');
      expect(Date.now() - t0).toBeLessThan(1_500);
      expect(errors?.some((e) => e.extensions?.code === 'TIMEOUT')).toBe(true);
      expect(data?.person ?? null).toBeNull(); // careerPath is non-null: the person nulls out
      expect((await fetch(`${service.base}/healthz`)).status).toBe(200);
    } finally {
      await service.close();
    }
  });

  it('answers 503 TIMEOUT when a store call hangs past the deadline', async () => {
    const store = await seededStore();
    const hung = withMethods(store, { stats: () => new Promise(() => {}) });
    const service = await startService(hung, { limits: { executionTimeoutMs: 100 } });
    try {
      const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ stats { persons } }' }) });
      expect(res.status).toBe(503);
      expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe('TIMEOUT');
    } finally {
      await service.close();
    }
  });

  it('masks unexpected errors: no stack, no query text, no paths', async () => {
    const store = await seededStore();
    const broken = withMethods(store, {
      stats: async () => {
        throw new Error('Neo.ClientError.Statement.SyntaxError: MATCH (n:Person {id: $id}) RETURN n at /home/app/src/store/neo4j/reads.ts:42');
      },
      idsByKey: async () => {
        throw Object.assign(new TypeError("Cannot read properties of undefined (reading 'id')"), { stack: 'TypeError: at /srv/careergraph/dist/x.js:1:1' });
      },
    });
    const service = await startService(broken);
    try {
      for (const query of ['{ stats { persons } }', '{ person(name: "Sébastien Badault") { id } }']) {
        const res = await fetch(service.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
        expect(res.status).toBeLessThan(500);
        const text = await res.text();
        expect(text).not.toMatch(/MATCH|\/home|\/srv|reads\.ts|TypeError|stack|originalError/);
        const body = JSON.parse(text) as { errors: { message: string; extensions: { code: string } }[] };
        expect(body.errors[0]?.message).toBe('Unexpected error.');
        expect(body.errors[0]?.extensions.code).toBe('INTERNAL_SERVER_ERROR');
      }
    } finally {
      await service.close();
    }
  });
});
