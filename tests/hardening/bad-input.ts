/**
 * Hostile and broken input over HTTP, for each store: every refusal has a clear code, and the
 * graph is exactly as it was after what was refused. What is accepted (HTML with scripts,
 * names that look like Cypher) has a documented safe outcome.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDocument } from '../helpers/documents.js';
import { startService, type GqlError, type RunningService } from '../helpers/service.js';
import type { GraphStore } from '../../src/store/types.js';
import { fingerprint, type Fingerprint } from './fingerprint.js';

const KEY = 'test-key';
const AUTH = { authorization: `Bearer ${KEY}` };
const INGEST = `mutation ($input: ArticleInput!) { ingestArticle(input: $input) { created sourceId namedPeople { name } } }`;

/** POSTs raw bytes to /graphql; resolves with the status and parsed body. */
export function postRaw(url: string, body: Uint8Array, headers: Record<string, string> = {}): Promise<{ status: number; body: { errors?: GqlError[]; data?: unknown } }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', 'content-length': String(body.length), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

export function badInputSuite(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`${name}: bad input`, () => {
    let store: GraphStore;
    let service: RunningService;
    let before: Fingerprint;

    beforeAll(async () => {
      store = await makeStore();
      await store.ingest(seedDocument());
      // Real extraction (the rules extractor), small articles, no write rate limit here.
      service = await startService(store, { apiKey: KEY, limits: { maxArticleBytes: 4096, writesPerMinute: 0 } });
      before = await fingerprint(store);
    }, 60_000);
    afterAll(() => service?.close());

    const refused = async (input: Record<string, unknown>, code: string, message?: RegExp) => {
      const { data, errors } = await service.gql(INGEST, { input }, AUTH);
      expect(data ?? null, JSON.stringify(input).slice(0, 80)).toBeNull();
      expect(errors?.[0]?.extensions?.code, JSON.stringify(errors)).toBe(code);
      if (message) expect(errors?.[0]?.message).toMatch(message);
    };

    it('refuses an empty or blank article with BAD_USER_INPUT', async () => {
      await refused({ text: '' }, 'BAD_USER_INPUT', /must not be blank/);
      await refused({ text: ' \n\t ' }, 'BAD_USER_INPUT', /must not be blank/);
    });

    it('refuses binary data, NUL bytes and broken Unicode with BAD_USER_INPUT', async () => {
      await refused({ text: '\u0000\u0001\u0002\u0003PNG\u001a\u0000' }, 'BAD_USER_INPUT', /looks binary/);
      await refused({ text: 'Nordvik Systems a nommé Claire Dubois\u0000 au poste de directrice générale.' }, 'BAD_USER_INPUT', /looks binary/);
      await refused({ text: 'Nordvik Systems has appointed Claire Dubois \ud800 as CEO.' }, 'BAD_USER_INPUT', /not valid Unicode/);
      await refused({ text: 'Kestrel hires Emma Johnson.', title: 'bad\u0007title' }, 'BAD_USER_INPUT', /control characters/);
    });

    it('refuses a body that is not UTF-8 before GraphQL sees it (400, BAD_USER_INPUT)', async () => {
      const head = Buffer.from(JSON.stringify({ query: INGEST, variables: { input: { text: 'Caf_ ouvre à Lyon.' } } }));
      const at = head.indexOf('_');
      head[at] = 0xe9; // latin-1 é: not UTF-8
      const res = await postRaw(service.url, head, AUTH);
      expect(res.status).toBe(400);
      expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors?.[0]?.message).toMatch(/not valid UTF-8/);
    });

    it('refuses an article over the size limit with PAYLOAD_TOO_LARGE (413)', async () => {
      await refused({ text: 'é'.repeat(2100) }, 'PAYLOAD_TOO_LARGE', /4200 bytes; articles are limited to 4096 bytes/);
      const res = await fetch(service.url, {
        method: 'POST', headers: { 'content-type': 'application/json', ...AUTH },
        body: JSON.stringify({ query: INGEST, variables: { input: { text: 'x'.repeat(5000) } } }),
      });
      expect(res.status).toBe(413);
    });

    it('refuses a publishedAt that is not a date and a lang other than fr/en/auto', async () => {
      for (const publishedAt of ['yesterday', '2024-13-01', '2024-02-31T99:00', '1e9', "2024'); MATCH (n) DETACH DELETE n; //"]) {
        await refused({ text: 'Kestrel Logistics hires Emma Johnson as chief technology officer.', publishedAt }, 'BAD_USER_INPUT', /publishedAt/);
      }
      for (const lang of ['de', 'FR', 'english', '']) {
        if (lang === '') continue; // blank means auto
        await refused({ text: 'Kestrel Logistics hires Emma Johnson as chief technology officer.', lang }, 'BAD_USER_INPUT', /lang must be/);
      }
    });

    it('refuses unknown input fields, wrong types and oversized titles', async () => {
      await refused({ text: 'Kestrel Logistics hires Emma Johnson.', author: 'x' }, 'BAD_USER_INPUT', /author/);
      await refused({ text: 42 }, 'BAD_USER_INPUT', /String/);
      await refused({ text: 'Kestrel Logistics hires Emma Johnson.', title: 't'.repeat(10_000) }, 'BAD_USER_INPUT', /at most 2000/);
      const { errors } = await service.gql(`{ person(name: "x") { salary } }`);
      expect(errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    });

    it('left the graph exactly as it was after everything refused', async () => {
      expect(await fingerprint(store)).toEqual(before);
    });

    it('answers names that look like Cypher as plain names: nothing found, nothing changed', async () => {
      const hostile = [
        `x") DETACH DELETE n //`,
        `' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //`,
        '`Person` {name: "x"}) RETURN n UNION MATCH (n) RETURN n //',
        '$name}) CALL db.labels() YIELD label RETURN label //',
      ];
      for (const name of hostile) {
        const { data, errors } = await service.gql<{ person: unknown; company: unknown; search: unknown[] }>(
          `query ($n: String!) { person(name: $n) { id } company(name: $n) { id } search(query: $n) { score } }`, { n: name });
        expect(errors, name).toBeUndefined();
        expect(data?.person, name).toBeNull();
        expect(data?.company, name).toBeNull();
      }
      const byId = await service.gql<{ person: unknown }>(`query ($id: ID!) { person(id: $id) { id } }`, { id: `person:x"}) DETACH DELETE n //` });
      expect(byId.errors).toBeUndefined();
      expect(byId.data?.person).toBeNull();
      expect(await fingerprint(store)).toEqual(before);
    });

    it('refuses 10 kB names with BAD_USER_INPUT', async () => {
      const long = 'A'.repeat(10_000);
      for (const field of ['person', 'company']) {
        const { errors } = await service.gql(`query ($n: String!) { ${field}(name: $n) { id } }`, { n: long });
        expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(errors?.[0]?.message).toMatch(/10000 characters, at most 1000/);
      }
      const search = await service.gql(`query ($n: String!) { search(query: $n) { score } }`, { n: long });
      expect(search.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('takes huge variables only up to the body limit; unused or wrong ones are refused cleanly', async () => {
      const big = await service.gql(`query ($n: String!) { person(name: $n) { id } }`, { n: 'B'.repeat(900_000) });
      expect(big.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const tooBig = await fetch(service.url, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { persons } }', variables: { junk: 'C'.repeat(2_000_000) } }),
      });
      expect(tooBig.status).toBe(413);
      const nested = `{"query":"query ($n: String) { person(name: $n) { id } }","variables":{"n":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`;
      const res = await postRaw(service.url, Buffer.from(nested));
      expect(res.status).toBeLessThan(500);
      expect(res.body.errors?.[0]?.extensions?.code).toMatch(/BAD_USER_INPUT|BAD_REQUEST/);
    });

    it('ingests HTML with scripts as its visible text only: nothing from a script becomes a fact or evidence', async () => {
      const html = `<html><head><title>x</title><script>var s = "Borealis Capital a nommé Mallory Script au poste de directrice générale.";</script>
        <style>p { content: "Helix Labs has appointed Eve Style as chief executive officer." }</style></head>
        <body><p>Kestrel Logistics has appointed Emma Johnson as chief technology officer.</p>
        <script>document.write('<p>Orbital Freight has appointed Oscar Injected as chief financial officer.</p>')</script>
        <img src=x onerror="alert('Lumen Labs has appointed Ivy Handler as chief operating officer.')"></body></html>`;
      const { data, errors } = await service.gql<{ ingestArticle: { created: boolean; namedPeople: { name: string }[] } }>(
        INGEST, { input: { text: html, lang: 'en', publishedAt: '2024-05-02' } }, AUTH);
      expect(errors).toBeUndefined();
      expect(data?.ingestArticle.created).toBe(true);
      const names = data?.ingestArticle.namedPeople.map((p) => p.name) ?? [];
      expect(names).toContain('Emma Johnson');
      expect(names).not.toContain('Mallory Script');
      expect(names).not.toContain('Eve Style');
      expect(names).not.toContain('Oscar Injected');
      const evidence = await service.gql<{ search: { node: { name: string } }[] }>(`{ search(query: "Mallory") { node { ... on Person { name } } } }`);
      expect(JSON.stringify(evidence.data)).not.toMatch(/Mallory Script/);
      const people = await service.gql<{ people: { edges: { node: { careerPath: { evidence: { sentence: string }[] }[] } }[] } }>(
        `{ people(first: 100) { edges { node { careerPath { evidence { sentence } } } } } }`);
      expect(JSON.stringify(people.data)).not.toMatch(/<script|document\.write|onerror|alert\(/);
    });

    it('ingests an article whose names look like Cypher as text, and the graph keeps everything it had', async () => {
      const text = "Nordvik Systems a nommé Robert'}) MATCH (n) DETACH DELETE n // au poste de directeur général. "
        + 'Kestrel Logistics has appointed Emma `Person` Johnson as chief technology officer.';
      const { errors } = await service.gql(INGEST, { input: { text } }, AUTH);
      expect(errors).toBeUndefined();
      const after = await fingerprint(store);
      for (const id of before.persons) expect(after.persons).toContain(id);
      for (const id of before.sources) expect(after.sources).toContain(id);
    });

    it('ingests a 10 kB name inside an article safely (bounded, no crash), and re-ingest changes nothing', async () => {
      const text = `Nordvik Systems a nommé ${'Aa'.repeat(1000)} Dubois au poste de directeur général.`;
      const first = await service.gql<{ ingestArticle: { created: boolean } }>(INGEST, { input: { text } }, AUTH);
      expect(first.errors).toBeUndefined();
      const snapshot = await fingerprint(store);
      const again = await service.gql<{ ingestArticle: { created: boolean } }>(INGEST, { input: { text } }, AUTH);
      expect(again.data?.ingestArticle.created).toBe(false);
      expect(await fingerprint(store)).toEqual(snapshot);
    });
  });
}
