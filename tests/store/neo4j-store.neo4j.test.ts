/**
 * The Neo4j store against a real server, on hand-built documents (no resolver involved):
 * ingest, duplicate sources, merging across documents, subsidiaries, name keys, batch
 * alignment, events without a place. The shared behaviour is in tests/contract/.
 */
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type {
  CompanyNode, DocumentGraph, ExpansionEdge, PersonNode, PlaceNode, RoleEdge,
} from '../../src/model/graph.js';
import { describeNeo4j, emptyNeo4jStore, neo4jTestConfig, type TestStore } from '../setup/neo4j-env.js';

const SRC1 = 'a'.repeat(64);
const SRC2 = 'b'.repeat(64);

const person = (id: string, name: string, aliases: string[] = [], aliasKeys: string[] = []): PersonNode => ({
  id, name, key: name.toLowerCase(), aliases, aliasKeys: [...new Set([name.toLowerCase(), ...aliasKeys])].sort(),
});

const company = (id: string, name: string, aliasKeys: string[] = []): CompanyNode => ({
  ...person(id, name, [], aliasKeys), kind: 'COMPANY',
});

const germany: PlaceNode = { id: 'country:DE', name: 'Germany', kind: 'COUNTRY', countryCode: 'DE' };

function role(over: Partial<RoleEdge> & Pick<RoleEdge, 'id' | 'personId' | 'companyId'>): RoleEdge {
  return {
    title: null, titleCanonical: null, seniority: null, status: 'CURRENT', start: null, end: null,
    placeId: null, order: 0, statusAsOf: '', sourceIds: [], evidence: [], confidence: 0.5, ...over,
  };
}

function expansion(over: Partial<ExpansionEdge> & Pick<ExpansionEdge, 'id' | 'companyId'>): ExpansionEdge {
  return { kind: 'OFFICE', date: null, placeId: null, partnerId: null, sourceIds: [], evidence: [], ...over };
}

/** Le Monde-style article: Sébastien Badault runs Alibaba France; Alibaba opens in Germany. */
function firstDoc(): DocumentGraph {
  return {
    source: { id: SRC1, title: 'Alibaba nomme', url: null, publishedAt: '2015-05-01', lang: 'fr', ingestedAt: '2026-01-01T00:00:00.000Z' },
    persons: [person('person:sebastien-badault', 'Sébastien Badault', [], ['sebastien badault'])],
    companies: [
      company('company:alibaba', 'Alibaba'),
      company('company:alibaba-france', 'Alibaba France'),
    ],
    places: [germany],
    roles: [role({
      id: 'role:1', personId: 'person:sebastien-badault', companyId: 'company:alibaba',
      title: 'directeur général', status: 'CURRENT', placeId: germany.id, order: 2, statusAsOf: '2015-05-01',
      sourceIds: [SRC1], evidence: [{ sourceId: SRC1, sentence: 'Alibaba vient de nommer Sébastien Badault.' }],
      confidence: 0.75,
    })],
    expansions: [
      expansion({ id: 'exp:b', companyId: 'company:alibaba', placeId: germany.id, date: '2015', sourceIds: [SRC1],
        evidence: [{ sourceId: SRC1, sentence: 'Deux bureaux en Allemagne.' }] }),
      // No place in the text: stored as a self-loop, read back with placeId null.
      expansion({ id: 'exp:a', companyId: 'company:alibaba', kind: 'PARTNERSHIP', sourceIds: [SRC1],
        evidence: [{ sourceId: SRC1, sentence: 'Alibaba signe avec un partenaire.' }] }),
    ],
    subsidiaries: [{ childId: 'company:alibaba-france', parentId: 'company:alibaba' }],
  };
}

/** A later English article: the same people spelled otherwise, one more role, a rival parent. */
function secondDoc(): DocumentGraph {
  return {
    source: { id: SRC2, title: null, url: 'https://example.org/x', publishedAt: '2016-02-01', lang: 'en', ingestedAt: '2026-01-02T00:00:00.000Z' },
    persons: [{ ...person('person:sebastien-badault', 'Sebastien Badault'), aliasKeys: ['sebastien badault', 'seb badault'] }],
    companies: [
      { ...company('company:alibaba', 'Alibaba Group'), aliasKeys: ['alibaba', 'alibaba group'] },
      company('company:ebay', 'eBay'),
      company('company:alibaba-france', 'Alibaba France'),
    ],
    places: [germany],
    roles: [
      role({
        id: 'role:1', personId: 'person:sebastien-badault', companyId: 'company:alibaba',
        title: 'managing director', status: 'FORMER', start: '2014', order: 1, statusAsOf: '2016-02-01',
        sourceIds: [SRC2], evidence: [{ sourceId: SRC2, sentence: 'Former Alibaba MD Sebastien Badault…' }],
        confidence: 0.5,
      }),
      role({ id: 'role:0', personId: 'person:sebastien-badault', companyId: 'company:ebay', status: 'FORMER', sourceIds: [SRC2] }),
    ],
    expansions: [],
    subsidiaries: [{ childId: 'company:alibaba-france', parentId: 'company:ebay' }],
  };
}

describeNeo4j('Neo4j store', () => {
  let store: TestStore;

  beforeAll(async () => {
    const config = neo4jTestConfig();
    if (!config) throw new Error('unreachable: describeNeo4j skips without a connection');
    store = await emptyNeo4jStore(config);
    await store.init(); // a second init is a no-op, and so is re-creating the schema
  });
  beforeEach(async () => {
    await store.wipe();
  });
  afterAll(async () => {
    await store?.close();
  });

  it('ingests a new document and counts what it added', async () => {
    const result = await store.ingest(firstDoc());
    expect(result).toEqual({
      sourceId: SRC1,
      created: true,
      persons: { added: 1, merged: 0 },
      companies: { added: 2, merged: 0 },
      roles: { added: 1, merged: 0 },
      expansions: { added: 2, merged: 0 },
    });
    expect(await store.stats()).toEqual({
      persons: 1, companies: 2, places: 1, sources: 1, roles: 1, expansions: 2, subsidiaries: 1,
    });
  });

  it('re-ingesting a source is a no-op reported with created: false', async () => {
    await store.ingest(firstDoc());
    const before = await store.stats();
    const changed = firstDoc();
    changed.persons.push(person('person:other', 'Other Person'));
    const again = await store.ingest(changed);
    expect(again.created).toBe(false);
    expect(again.persons).toEqual({ added: 0, merged: 0 });
    expect(await store.stats()).toEqual(before);
    expect(await store.persons(['person:other'])).toEqual([null]);
  });

  it('reads back exactly what it wrote: nulls, numbers, evidence, sources', async () => {
    const doc = firstDoc();
    await store.ingest(doc);
    expect(await store.roles(['role:1'])).toEqual([doc.roles[0]]);
    expect(await store.persons(['person:sebastien-badault'])).toEqual([doc.persons[0]]);
    expect(await store.companies(['company:alibaba'])).toEqual([doc.companies[0]]);
    expect(await store.places([germany.id])).toEqual([germany]);
    expect(await store.sources([SRC1])).toEqual([doc.source]);
  });

  it('merges two documents naming the same person and company: one node, roles and evidence from both', async () => {
    await store.ingest(firstDoc());
    const result = await store.ingest(secondDoc());
    expect(result).toMatchObject({
      created: true,
      persons: { added: 0, merged: 1 },
      companies: { added: 1, merged: 2 },
      roles: { added: 1, merged: 1 },
    });
    expect(await store.stats()).toMatchObject({ persons: 1, companies: 3, sources: 2, roles: 2 });

    const [badault] = await store.persons(['person:sebastien-badault']);
    expect(badault).toMatchObject({ name: 'Sébastien Badault', aliases: ['Sebastien Badault'] });
    const [alibaba] = await store.companies(['company:alibaba']);
    expect(alibaba).toMatchObject({ name: 'Alibaba', aliases: ['Alibaba Group'], aliasKeys: ['alibaba', 'alibaba group'] });

    const [roles] = await store.rolesByPerson(['person:sebastien-badault']);
    expect(roles?.map((r) => r.id)).toEqual(['role:0', 'role:1']);
    const md = roles?.[1];
    // Merge rules of store/merge.ts: first title stays, the newer source decides the status,
    // gaps fill, evidence and sources accumulate in arrival order.
    expect(md).toMatchObject({
      title: 'directeur général', status: 'FORMER', statusAsOf: '2016-02-01', start: '2014',
      placeId: germany.id, order: 1, confidence: 0.75, sourceIds: [SRC1, SRC2],
    });
    expect(md?.evidence).toEqual([
      { sourceId: SRC1, sentence: 'Alibaba vient de nommer Sébastien Badault.' },
      { sourceId: SRC2, sentence: 'Former Alibaba MD Sebastien Badault…' },
    ]);
  });

  it('finds nodes by any folded name or alias through idsByKey', async () => {
    await store.ingest(firstDoc());
    await store.ingest(secondDoc());
    expect(await store.idsByKey('Company', ['alibaba group', 'nothing', 'alibaba', 'ebay'])).toEqual([
      ['company:alibaba'], [], ['company:alibaba'], ['company:ebay'],
    ]);
    expect(await store.idsByKey('Person', ['seb badault', 'alibaba'])).toEqual([['person:sebastien-badault'], []]);
    await expect(store.idsByKey('Place' as 'Person', ['germany'])).rejects.toBeInstanceOf(InputError);
  });

  it('keeps the first parent of a subsidiary', async () => {
    await store.ingest(firstDoc());
    await store.ingest(secondDoc());
    expect(await store.parentOf(['company:alibaba-france', 'company:alibaba', 'company:none'])).toEqual([
      'company:alibaba', null, null,
    ]);
    expect(await store.subsidiariesOf(['company:ebay', 'company:alibaba'])).toEqual([[], ['company:alibaba-france']]);
    expect((await store.stats()).subsidiaries).toBe(1);
  });

  it('answers batch reads aligned with the keys: misses, duplicates, wrong labels', async () => {
    await store.ingest(firstDoc());
    await store.ingest(secondDoc());
    const people = await store.persons(['person:nobody', 'person:sebastien-badault', 'company:alibaba', 'person:sebastien-badault']);
    expect(people.map((p) => p?.id ?? null)).toEqual([null, 'person:sebastien-badault', null, 'person:sebastien-badault']);
    expect((await store.roles(['role:none', 'role:0'])).map((r) => r?.companyId ?? null)).toEqual([null, 'company:ebay']);
    const byCompany = await store.rolesByCompany(['company:none', 'company:alibaba', 'company:ebay']);
    expect(byCompany.map((rs) => rs.map((r) => r.id))).toEqual([[], ['role:1'], ['role:0']]);
    expect(await store.persons([])).toEqual([]);
    expect(await store.rolesByPerson([])).toEqual([]);
  });

  it('keeps expansion events with and without a place, ordered by id', async () => {
    await store.ingest(firstDoc());
    const [events, none] = await store.expansionsByCompany(['company:alibaba', 'company:alibaba-france']);
    expect(events?.map((e) => [e.id, e.kind, e.placeId])).toEqual([
      ['exp:a', 'PARTNERSHIP', null],
      ['exp:b', 'OFFICE', germany.id],
    ]);
    expect(events?.[0]?.evidence).toEqual([{ sourceId: SRC1, sentence: 'Alibaba signe avec un partenaire.' }]);
    expect(none).toEqual([]);
    // The event without a place adds no Place node.
    expect((await store.stats()).places).toBe(1);
  });

  it('refuses a document pointing at nodes it does not define, and writes nothing of it', async () => {
    const broken = firstDoc();
    broken.persons = [];
    await expect(store.ingest(broken)).rejects.toThrow(/refers to nodes it does not define: person:sebastien-badault/);
    expect(await store.stats()).toEqual({
      persons: 0, companies: 0, places: 0, sources: 0, roles: 0, expansions: 0, subsidiaries: 0,
    });
  });

  it('lists ids sorted and answers ping', async () => {
    await store.ingest(secondDoc());
    expect(await store.allIds('Company')).toEqual(['company:alibaba', 'company:alibaba-france', 'company:ebay']);
    expect(await store.allIds('Source')).toEqual([SRC2]);
    expect(await store.ping()).toBe(true);
  });
});
