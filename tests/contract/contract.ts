/**
 * The behaviour every GraphStore must have. Each store's test file is a few lines that call
 * `storeContract` with a factory returning an EMPTY store. A behaviour only one store has
 * is a bug.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { DocumentGraph } from '../../src/model/graph.js';
import { DocumentWriter, ingestDocuments, type DocumentOutcome } from '../../src/services/ingest.js';
import { DocumentRefusedError } from '../../src/store/refused.js';
import type { GraphStore, IngestResult } from '../../src/store/types.js';
import { articleDocument, secondDocument, seedDocument } from '../helpers/documents.js';

/** Everything a store holds, read through its public methods, as plain data to compare. */
export async function contents(store: GraphStore): Promise<unknown> {
  const personIds = await store.allIds('Person');
  const companyIds = await store.allIds('Company');
  const persons = await store.persons(personIds);
  const companies = await store.companies(companyIds);
  const keys = [...new Set([...persons, ...companies].flatMap((n) => n?.aliasKeys ?? []))].sort();
  return {
    stats: await store.stats(),
    sources: await store.sources(await store.allIds('Source')),
    persons,
    companies,
    roles: await store.rolesByPerson(personIds),
    expansions: await store.expansionsByCompany(companyIds),
    parents: await store.parentOf(companyIds),
    personKeys: await store.idsByKey('Person', keys),
    companyKeys: await store.idsByKey('Company', keys),
  };
}

/** The second document without the people it names: it points at nodes it does not define. */
function brokenDocument(): DocumentGraph {
  const broken = secondDocument();
  broken.persons = [];
  return broken;
}

/** A copy of a document under another source id (same facts, another article). */
function reprint(doc: DocumentGraph, n: number): DocumentGraph {
  const id = `${doc.source.id.slice(0, 56)}${String(n).padStart(8, '0')}`;
  const evidence = (e: { sourceId: string; sentence: string }) => ({ ...e, sourceId: id });
  return {
    ...doc,
    source: { ...doc.source, id, publishedAt: `2016-01-${String(1 + (n % 28)).padStart(2, '0')}` },
    roles: doc.roles.map((r) => ({ ...r, sourceIds: [id], evidence: r.evidence.map(evidence), statusAsOf: '2016-01-01' })),
    expansions: doc.expansions.map((x) => ({ ...x, sourceIds: [id], evidence: x.evidence.map(evidence) })),
  };
}

export function storeContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;
    beforeEach(async () => {
      store = await makeStore();
    });

    it('ingests a document and counts what it added', async () => {
      const result = await store.ingest(seedDocument());
      expect(result.created).toBe(true);
      expect(result.persons).toEqual({ added: 3, merged: 0 });
      expect(await store.stats()).toMatchObject({ persons: 3, sources: 1, roles: 7, expansions: 7, subsidiaries: 1 });
    });

    it('re-ingesting the same source writes nothing', async () => {
      await store.ingest(seedDocument());
      const before = await store.stats();
      const again = await store.ingest(seedDocument());
      expect(again.created).toBe(false);
      expect(await store.stats()).toEqual(before);
    });

    it('merges two documents naming the same person and company: one node, roles and evidence from both', async () => {
      const seed = seedDocument();
      const second = secondDocument();
      await store.ingest(seed);
      const result = await store.ingest(second);
      expect(result.persons).toEqual({ added: 1, merged: 1 });
      const [badault] = await store.idsByKey('Person', ['sebastien badault']);
      expect(badault).toEqual(['person:sebastien-badault']);
      const [alibaba] = await store.idsByKey('Company', ['alibaba']);
      expect(alibaba).toEqual(['company:alibaba']);
      const [roles] = await store.rolesByPerson(['person:sebastien-badault']);
      const md = roles?.find((r) => r.companyId === 'company:alibaba');
      expect(md?.sourceIds).toEqual([seed.source.id, second.source.id]);
      expect(md?.evidence.map((e) => e.sourceId)).toEqual([seed.source.id, second.source.id]);
      const [person] = await store.persons(['person:sebastien-badault']);
      expect(person?.name).toBe('Sébastien Badault');
      expect(person?.aliases).toEqual(['Sebastien Badault']);
    });

    it('answers batch reads aligned with the keys, misses included', async () => {
      await store.ingest(seedDocument());
      const people = await store.persons(['person:nobody', 'person:terry-von-bibra']);
      expect(people.map((p) => p?.name ?? null)).toEqual([null, 'Terry von Bibra']);
      const roles = await store.rolesByPerson(['person:terry-von-bibra', 'person:nobody']);
      expect(roles.map((r) => r.length)).toEqual([3, 0]);
      const byCompany = await store.rolesByCompany(['company:amazon', 'company:nope']);
      expect(byCompany[0]?.map((r) => r.personId).sort()).toEqual(['person:sebastien-badault', 'person:terry-von-bibra']);
      expect(byCompany[1]).toEqual([]);
      expect(byCompany[0]?.map((r) => r.id)).toEqual([...(byCompany[0]?.map((r) => r.id) ?? [])].sort());
      const places = await store.places(['country:DE', 'city:de:munich']);
      expect(places.map((p) => p?.name)).toEqual(['Germany', 'Munich']);
    });

    it('keeps subsidiaries: Google France belongs to Google', async () => {
      await store.ingest(seedDocument());
      expect(await store.parentOf(['company:google-france', 'company:google', 'company:nope'])).toEqual([
        'company:google', null, null,
      ]);
      expect(await store.subsidiariesOf(['company:google', 'company:alibaba'])).toEqual([['company:google-france'], []]);
    });

    it('finds companies by alias key: "Alibaba Group" is Alibaba', async () => {
      await store.ingest(seedDocument());
      expect(await store.idsByKey('Company', ['alibaba group', 'alibaba', 'yahoo', 'nothing'])).toEqual([
        ['company:alibaba'], ['company:alibaba'], ['company:yahoo'], [],
      ]);
      const [alibaba] = await store.companies(['company:alibaba']);
      expect(alibaba).toMatchObject({ name: 'Alibaba', aliases: ['Alibaba Group'] });
    });

    it('keeps expansion events with place, partner and date', async () => {
      await store.ingest(seedDocument());
      const [events] = await store.expansionsByCompany(['company:alibaba']);
      const ipo = events?.find((e) => e.kind === 'IPO');
      expect(ipo).toMatchObject({ date: '2014-09', placeId: 'city:us:new-york', partnerId: 'company:nyse' });
      const partners = events?.filter((e) => e.kind === 'PARTNERSHIP').map((e) => e.partnerId).sort();
      expect(partners).toEqual(['company:afii', 'company:ubifrance']);
      expect(events?.map((e) => e.id)).toEqual([...(events?.map((e) => e.id) ?? [])].sort());
    });

    it('refuses a document that points at nodes it does not define, and changes nothing', async () => {
      await store.ingest(seedDocument());
      const before = await store.stats();
      const broken: DocumentGraph = secondDocument();
      broken.persons = [];
      await expect(store.ingest(broken)).rejects.toBeInstanceOf(InputError);
      expect(await store.stats()).toEqual(before);
    });

    it('lists ids and answers ping', async () => {
      await store.ingest(seedDocument());
      expect(await store.ping()).toBe(true);
      expect(await store.allIds('Person')).toEqual([
        'person:michael-evans', 'person:sebastien-badault', 'person:terry-von-bibra',
      ]);
      expect(await store.allIds('Source')).toHaveLength(1);
    });

    describe('ingestMany', () => {
      const batch = (): DocumentGraph[] => [
        seedDocument(), secondDocument(), seedDocument(), articleDocument('keldor.json'), reprint(seedDocument(), 1), reprint(secondDocument(), 2),
      ];

      it('gives the results and the graph of ingesting the documents one by one', async () => {
        const oneByOne: IngestResult[] = [];
        for (const doc of batch()) oneByOne.push(await store.ingest(doc));
        const expected = await contents(store);
        store = await makeStore();
        expect(await store.ingestMany(batch())).toEqual(oneByOne);
        expect(await contents(store)).toEqual(expected);
      });

      it('merges an id met twice in one call with its first occurrence, and reports a repeated source as not created', async () => {
        const results = await store.ingestMany([seedDocument(), secondDocument(), seedDocument()]);
        expect(results.map((r) => r.created)).toEqual([true, true, false]);
        expect(results[1]?.persons).toEqual({ added: 1, merged: 1 });
        expect(results[2]).toMatchObject({ persons: { added: 0, merged: 0 }, roles: { added: 0, merged: 0 } });
        const [roles] = await store.rolesByPerson(['person:sebastien-badault']);
        const md = roles?.find((r) => r.companyId === 'company:alibaba');
        expect(md?.sourceIds).toEqual([seedDocument().source.id, secondDocument().source.id]);
      });

      it('writes nothing for a source already in the store', async () => {
        const first = await store.ingest(seedDocument());
        const before = await contents(store);
        const results = await store.ingestMany([seedDocument()]);
        expect(results).toEqual([{ ...first, created: false, persons: { added: 0, merged: 0 }, companies: { added: 0, merged: 0 }, roles: { added: 0, merged: 0 }, expansions: { added: 0, merged: 0 } }]);
        expect(await contents(store)).toEqual(before);
      });

      it('accepts a document pointing at nodes an earlier document of the call defines, not a later one', async () => {
        const seed = seedDocument();
        const leaning: DocumentGraph = { ...reprint(seed, 3), persons: [], companies: [], places: [] };
        expect((await store.ingestMany([seed, leaning])).map((r) => r.created)).toEqual([true, true]);
        store = await makeStore();
        await expect(store.ingestMany([leaning, seed])).rejects.toMatchObject({ index: 0, written: [] });
        expect((await store.stats()).sources).toBe(0);
      });

      it('stops at a refused document: those before it are written whole, it and those after it are not', async () => {
        const keldor = articleDocument('keldor.json');
        const error = await store.ingestMany([seedDocument(), brokenDocument(), keldor]).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(DocumentRefusedError);
        expect(error).toBeInstanceOf(InputError);
        const refused = error as DocumentRefusedError;
        expect(refused.index).toBe(1);
        expect(refused.message).toMatch(/refers to nodes it does not define/);
        expect(refused.written.map((r) => r.sourceId)).toEqual([seedDocument().source.id]);
        const expected = await contents(store);
        const reference = await makeStore();
        await reference.ingest(seedDocument());
        expect(expected).toEqual(await contents(reference));
      });

      it('ingestDocuments reports the refused document and still writes the ones after it', async () => {
        const keldor = articleDocument('keldor.json');
        const outcomes = await ingestDocuments(store, [seedDocument(), brokenDocument(), keldor]);
        expect(outcomes.map((o) => (o.error ? 'refused' : o.result.created))).toEqual([true, 'refused', true]);
        expect(outcomes[1]?.error).toBeInstanceOf(InputError);
        expect((await store.allIds('Source')).sort()).toEqual([seedDocument().source.id, keldor.source.id].sort());
      });

      it('DocumentWriter writes while documents are pushed, reports each in order, and stops at a store error', async () => {
        const outcomes: DocumentOutcome[] = [];
        const writer = new DocumentWriter(store, (o) => outcomes.push(o), 2);
        const keldor = articleDocument('keldor.json');
        for (const doc of [seedDocument(), brokenDocument(), seedDocument(), keldor, reprint(seedDocument(), 4)]) await writer.push(doc);
        await writer.close();
        expect(outcomes.map((o) => (o.error ? 'refused' : o.result.created))).toEqual([true, 'refused', false, true, true]);
        expect(await store.allIds('Source')).toHaveLength(3);

        const down = new Error('store down');
        let calls = 0;
        const failing: GraphStore = { ...store, kind: store.kind, ingestMany: async (docs) => (++calls > 1 ? Promise.reject(down) : store.ingestMany(docs)) };
        const broken = new DocumentWriter(failing, () => {}, 1);
        await broken.push(reprint(seedDocument(), 5));
        await expect((async () => {
          for (let n = 6; n < 12; n++) await broken.push(reprint(seedDocument(), n));
          await broken.close();
        })()).rejects.toBe(down);
      });

      it('answers an empty list with no results', async () => {
        expect(await store.ingestMany([])).toEqual([]);
      });
    });
  });
}
