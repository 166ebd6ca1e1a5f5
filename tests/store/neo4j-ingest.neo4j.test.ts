/**
 * The Neo4j store's batched ingest beyond what the shared contract checks: more documents
 * than one transaction holds, merged across transaction boundaries exactly as the memory
 * store merges them one by one; and concurrent writers creating the same nodes.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { DocumentGraph, PersonNode } from '../../src/model/graph.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { MAX_BATCH_DOCUMENTS } from '../../src/store/neo4j/ingest.js';
import { contents } from '../contract/contract.js';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';

const source = (n: number): string => n.toString(16).padStart(64, '0');

const person = (k: number, spelling = ''): PersonNode => ({
  id: `person:p${k}`, name: `Person ${k}${spelling}`, key: `person ${k}`,
  aliases: [], aliasKeys: [...new Set([`person ${k}`, `person ${k}${spelling}`.toLowerCase()])].sort(),
});

/** Document n: person n % 300 (spelt two ways) at company n % 40, one role, one event. */
function doc(n: number): DocumentGraph {
  const sourceId = source(n);
  const p = person(n % 300, n % 7 === 0 ? ' Jr' : '');
  const companyId = `company:c${n % 40}`;
  const company = (k: number) => ({ id: `company:c${k}`, name: `Company ${k}`, key: `company ${k}`, aliases: [], aliasKeys: [`company ${k}`], kind: 'COMPANY' as const });
  const parent = n % 40 > 1 && n % 11 === 0 ? (n % 40) - 1 : null;
  return {
    source: { id: sourceId, title: `Article ${n}`, url: null, publishedAt: `2020-01-${String(1 + (n % 28)).padStart(2, '0')}`, lang: 'en', ingestedAt: '2026-01-01T00:00:00.000Z' },
    persons: [p],
    companies: parent === null ? [company(n % 40)] : [company(n % 40), company(parent)],
    places: n % 3 === 0 ? [{ id: 'country:DE', name: 'Germany', kind: 'COUNTRY', countryCode: 'DE' }] : [],
    roles: [{
      id: `role:${n % 300}:${n % 40}`, personId: p.id, companyId, title: n % 2 ? 'CEO' : null, titleCanonical: null, seniority: null,
      status: n % 5 === 0 ? 'FORMER' : 'CURRENT', start: n % 4 === 0 ? `${2000 + (n % 20)}` : null, end: null, placeId: n % 3 === 0 ? 'country:DE' : null,
      order: n % 9, statusAsOf: `2020-01-${String(1 + (n % 28)).padStart(2, '0')}`, sourceIds: [sourceId],
      evidence: [{ sourceId, sentence: `Person ${n % 300} runs Company ${n % 40} (${n}).` }], confidence: (n % 10) / 10,
    }],
    expansions: [{
      id: `exp:${n % 40}:${n % 6}`, companyId, kind: 'OFFICE', date: n % 2 ? null : '2020', placeId: n % 3 === 0 ? 'country:DE' : null, partnerId: null,
      sourceIds: [sourceId], evidence: [{ sourceId, sentence: `Company ${n % 40} opens an office (${n}).` }],
    }],
    subsidiaries: parent === null ? [] : [{ childId: companyId, parentId: `company:c${parent}` }],
  };
}

const docs = (from: number, count: number): DocumentGraph[] => Array.from({ length: count }, (_, i) => doc(from + i));

describeNeo4j('Neo4j batched ingest', () => {
  let store: TestStore;
  beforeAll(async () => {
    const config = neo4jTestConfig();
    if (!config) throw new Error('unreachable: describeNeo4j skips without a connection');
    store = await emptyNeo4jStore(config);
  });
  beforeEach(async () => {
    await store.wipe();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('writes more documents than one transaction holds as the memory store does one by one', async () => {
    const all = docs(0, MAX_BATCH_DOCUMENTS + 250);
    const memory = createMemoryStore({ dir: null });
    await memory.init();
    const expected = [];
    for (const d of all.slice(0, 100)) expected.push(await memory.ingest(d));
    expected.push(...(await memory.ingestMany(all.slice(100))));
    // Some in one call first, so the big call merges into what is stored.
    const results = [...(await store.ingestMany(all.slice(0, 100))), ...(await store.ingestMany(all.slice(100)))];
    expect(results).toEqual(expected);
    expect(await contents(store)).toEqual(await contents(memory));
  }, 120_000);

  it('lets concurrent writers create the same people, companies and roles: both land, nothing is lost', async () => {
    // Documents n and n + 600 name the same person, company and role.
    const [a, b] = await Promise.all([store.ingestMany(docs(0, 150)), store.ingestMany(docs(600, 150))]);
    expect([...a, ...b].every((r) => r.created)).toBe(true);
    expect(await store.stats()).toMatchObject({ sources: 300, persons: 150, companies: 40 });
    const [role] = await store.roles(['role:7:7']);
    expect([...(role?.sourceIds ?? [])].sort()).toEqual([source(7), source(607)]);
    expect(role?.evidence).toHaveLength(2);
  }, 120_000);
});
