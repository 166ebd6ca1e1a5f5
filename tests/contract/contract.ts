/**
 * The behaviour every GraphStore must have. Each store's test file is a few lines that call
 * `storeContract` with a factory returning an EMPTY store. A behaviour only one store has
 * is a bug.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import type { DocumentGraph } from '../../src/model/graph.js';
import type { GraphStore } from '../../src/store/types.js';
import { secondDocument, seedDocument } from '../helpers/documents.js';

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
  });
}
