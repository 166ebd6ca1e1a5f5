/**
 * The questions of issue 5 over HTTP, for every store: talent flow, connection, expansion,
 * colleagues, search, pagination, as-of, the write mutation, and batched store calls.
 * Each store's test file calls `queriesContract` with a factory returning an EMPTY store.
 * The answers are exact (order included): both stores must give the same ones.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSyntheticDocument } from '../graphql/synthetic.js';
import { countingStore } from '../graphql/counting-store.js';
import { fixtureExtractor, HARBOR_FACTS, HARBOR_TEXT } from '../graphql/fixture-extractor.js';
import { invalidateCatalog } from '../../src/services/catalog.js';
import * as composite from '../../src/store/composite.js';
import type { GraphStore, Related } from '../../src/store/types.js';
import { articleDocument, secondDocument, seedDocument } from '../helpers/documents.js';
import { startService, type GqlError, type RunningService } from '../helpers/service.js';

interface Named {
  name: string;
}
interface RoleView {
  person: Named;
  company: Named;
  title: string | null;
  place: Named | null;
}
interface MoveView {
  person: Named;
  from: RoleView;
  to: RoleView;
}
interface PageView {
  totalCount: number;
  edges: { cursor: string; node: Named }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const API_KEY = 'contract-test-key';
const AUTH = { authorization: `Bearer ${API_KEY}` };
const ROLE = 'person { name } company { name } title place { name }';
const names = (list: readonly { name: string }[] | undefined): string[] => (list ?? []).map((x) => x.name);
const code = (errors: GqlError[] | undefined): string | undefined => errors?.[0]?.extensions?.code;

export function queriesContract(name: string, makeEmptyStore: () => Promise<GraphStore>): void {
  // A factory may hand back the same store object wiped empty: forget what was cached for it.
  const makeStore = async (): Promise<GraphStore> => {
    const store = await makeEmptyStore();
    invalidateCatalog(store);
    return store;
  };
  describe(`GraphQL questions: ${name}`, () => {
    let service: RunningService;
    let store: GraphStore;
    beforeAll(async () => {
      store = await makeStore();
      for (const doc of [seedDocument(), secondDocument(), articleDocument('keldor.json')]) await store.ingest(doc);
      service = await startService(store);
    });
    afterAll(async () => {
      await service?.close();
    });

    const flow = async (from: string, to: string, extra = ''): Promise<MoveView[]> => {
      const { data, errors } = await service.gql<{ talentFlow: MoveView[] }>(
        `{ talentFlow(from: "${from}", to: "${to}"${extra}) { person { name } from { ${ROLE} } to { ${ROLE} } } }`,
      );
      expect(errors).toBeUndefined();
      return data?.talentFlow ?? [];
    };

    describe('talentFlow', () => {
      it('Amazon → Alibaba: Badault and von Bibra, each with the roles they left and took', async () => {
        const moves = await flow('company:amazon', 'company:alibaba');
        expect(moves.map((m) => [m.person.name, m.from.company.name, m.to.company.name])).toEqual([
          ['Sébastien Badault', 'Amazon', 'Alibaba'],
          ['Terry von Bibra', 'Amazon', 'Alibaba'],
        ]);
        expect(moves[1]?.to.place?.name).toBe('Germany');
      });

      it('Google → Alibaba: Badault, through Google France (a subsidiary)', async () => {
        const moves = await flow('company:google', 'company:alibaba');
        expect(moves.map((m) => [m.person.name, m.from.company.name])).toEqual([['Sébastien Badault', 'Google France']]);
      });

      it('orders moves by the date of the new role, and reaches into the target group (Keldor Systems Germany)', async () => {
        const moves = await flow('company:amazon', 'company:keldor-systems');
        expect(moves.map((m) => [m.person.name, m.to.company.name])).toEqual([
          ['Marc Duval', 'Keldor Systems'],
          ['Lena Okafor', 'Keldor Systems Germany'],
          ['Ines Brandt', 'Keldor Systems'],
        ]);
      });

      it('keeps moves whose new role starts within since/until, dates compared as prefixes', async () => {
        expect(names((await flow('company:amazon', 'company:keldor-systems', ', since: "2019"')).map((m) => m.person))).toEqual([
          'Lena Okafor', 'Ines Brandt',
        ]);
        expect(names((await flow('company:amazon', 'company:keldor-systems', ', until: "2019-02-28"')).map((m) => m.person))).toEqual([
          'Marc Duval', 'Lena Okafor',
        ]);
        // Undated new roles cannot be placed in a range.
        expect(await flow('company:amazon', 'company:alibaba', ', since: "2000"')).toEqual([]);
      });

      it('makes no move out of two undated former roles (Amazon and Yahoo are in no known order)', async () => {
        expect(await flow('company:yahoo', 'company:amazon')).toEqual([]);
        expect(await flow('company:amazon', 'company:yahoo')).toEqual([]);
      });

      it('refuses a bad date (BAD_USER_INPUT) and an unknown company (NOT_FOUND)', async () => {
        const bad = await service.gql(`{ talentFlow(from: "company:amazon", to: "company:alibaba", since: "last year") { person { name } } }`);
        expect(code(bad.errors)).toBe('BAD_USER_INPUT');
        const unknown = await service.gql(`{ talentFlow(from: "company:nowhere", to: "company:alibaba") { person { name } } }`);
        expect(code(unknown.errors)).toBe('NOT_FOUND');
      });

      it("counts where a company's people came from and went to, most people first", async () => {
        const { data } = await service.gql<{
          alibaba: { talentIn: { company: Named; count: number; people: Named[] }[] };
          amazon: { talentOut: { company: Named; count: number; people: Named[] }[] };
        }>(`{
          alibaba: company(id: "company:alibaba") { talentIn { company { name } count people { name } } }
          amazon: company(id: "company:amazon") { talentOut { company { name } count people { name } } }
        }`);
        expect(data?.alibaba.talentIn.map((t) => [t.company.name, t.count, names(t.people)])).toEqual([
          ['Amazon', 2, ['Sébastien Badault', 'Terry von Bibra']],
          ['Google France', 1, ['Sébastien Badault']],
          ['Yahoo', 1, ['Terry von Bibra']],
        ]);
        expect(data?.amazon.talentOut.map((t) => [t.company.name, t.count])).toEqual([
          ['Alibaba', 2],
          ['Keldor Systems', 2],
          ['Google France', 1],
          ['Keldor Systems Germany', 1],
          ['Vireo Logistics', 1],
        ]);
      });
    });

    describe('connection', () => {
      const CONNECTION = `query ($from: ID!, $to: ID!, $max: Int, $overlapping: Boolean) {
        connection(from: $from, to: $to, maxHops: $max, overlapping: $overlapping) {
          hops nodes { __typename ... on Person { name } ... on Company { name } } roles { ${ROLE} }
        }
      }`;
      interface ConnectionView {
        hops: number;
        nodes: { __typename: string; name: string }[];
        roles: RoleView[];
      }
      const connect = async (vars: Record<string, unknown>) => {
        const { data, errors } = await service.gql<{ connection: ConnectionView | null }>(CONNECTION, vars);
        expect(errors).toBeUndefined();
        return data?.connection ?? null;
      };

      it('links Badault and von Bibra in 2 hops, through Alibaba (ties go to the smaller id)', async () => {
        const path = await connect({ from: 'person:sebastien-badault', to: 'person:terry-von-bibra' });
        expect(path?.hops).toBe(2);
        expect(path?.nodes.map((n) => [n.__typename, n.name])).toEqual([
          ['Person', 'Sébastien Badault'], ['Company', 'Alibaba'], ['Person', 'Terry von Bibra'],
        ]);
        expect(path?.roles.map((r) => [r.person.name, r.company.name])).toEqual([
          ['Sébastien Badault', 'Alibaba'], ['Terry von Bibra', 'Alibaba'],
        ]);
      });

      it('walks subsidiary links between companies, from a person to a company', async () => {
        const path = await connect({ from: 'person:lena-okafor', to: 'company:keldor-systems' });
        expect(path?.nodes.map((n) => n.name)).toEqual(['Lena Okafor', 'Keldor Systems Germany', 'Keldor Systems']);
        expect(path?.hops).toBe(2);
        expect(path?.roles).toHaveLength(1);
      });

      it('with overlapping: true, connects only people whose tenures overlapped', async () => {
        const any = await connect({ from: 'person:ines-brandt', to: 'person:marc-duval' });
        expect(any?.nodes.map((n) => n.name)).toEqual(['Ines Brandt', 'Amazon', 'Marc Duval']);
        // At Amazon, 2016–2020 and 2010–2014 never met; both hold a current role at Keldor Systems.
        const together = await connect({ from: 'person:ines-brandt', to: 'person:marc-duval', overlapping: true });
        expect(together?.nodes.map((n) => n.name)).toEqual(['Ines Brandt', 'Keldor Systems', 'Marc Duval']);
        // Badault's undated Amazon role proves no overlap with anyone.
        expect(await connect({ from: 'person:sebastien-badault', to: 'person:lena-okafor', overlapping: true, max: 6 })).toBeNull();
        expect((await connect({ from: 'person:sebastien-badault', to: 'person:lena-okafor' }))?.hops).toBe(2);
      });

      it('returns null beyond maxHops, hops 0 for a node to itself', async () => {
        expect(await connect({ from: 'person:anna-kowalczyk-berg', to: 'company:google', max: 3 })).toBeNull();
        const far = await connect({ from: 'person:anna-kowalczyk-berg', to: 'company:google', max: 4 });
        expect(far?.nodes.map((n) => n.name)).toEqual(['Anna Kowalczyk-Berg', 'Amazon', 'Sébastien Badault', 'Google France', 'Google']);
        expect(await connect({ from: 'company:yahoo', to: 'company:yahoo' })).toEqual({ hops: 0, nodes: [{ __typename: 'Company', name: 'Yahoo' }], roles: [] });
      });

      it('refuses maxHops above 6 (BAD_USER_INPUT) and an unknown id (NOT_FOUND)', async () => {
        const tooFar = await service.gql(CONNECTION, { from: 'person:sebastien-badault', to: 'company:yahoo', max: 7 });
        expect(code(tooFar.errors)).toBe('BAD_USER_INPUT');
        const unknown = await service.gql(CONNECTION, { from: 'person:nobody', to: 'company:yahoo' });
        expect(code(unknown.errors)).toBe('NOT_FOUND');
      });
    });

    describe('expansion', () => {
      interface ExpansionView {
        events: { kind: string; date: string | null; place: Named | null; partner: Named | null }[];
        places: Named[];
        partners: Named[];
        leaders: RoleView[];
      }
      const EXPANSION = `query ($id: ID!) { expansion(company: $id) {
        events { kind date place { name } partner { name } }
        places { name } partners { name } leaders { ${ROLE} }
      } }`;

      it('Alibaba: places with the cities’ countries, dated partnership and listing, leaders per country', async () => {
        const { data, errors } = await service.gql<{ expansion: ExpansionView }>(EXPANSION, { id: 'company:alibaba' });
        expect(errors).toBeUndefined();
        const x = data?.expansion;
        expect(names(x?.places)).toEqual(['France', 'Germany', 'United States', 'Berlin', 'Munich', 'New York']);
        const partnerships = x?.events.filter((e) => e.kind === 'PARTNERSHIP');
        expect(partnerships?.map((e) => [e.partner?.name, e.date]).sort()).toEqual([['AFII', '2014-05'], ['Ubifrance', '2014-05']]);
        expect(x?.events.find((e) => e.kind === 'IPO')).toEqual({ kind: 'IPO', date: '2014-09', place: { name: 'New York' }, partner: { name: 'NYSE' } });
        expect(x?.events.map((e) => e.date)).toEqual(['2014-05', '2014-05', '2014-09', null, null, null, null]);
        expect(names(x?.partners)).toEqual(['AFII', 'NYSE', 'Ubifrance']);
        expect(x?.leaders.map((r) => [r.person.name, r.place?.name])).toEqual([
          ['Sébastien Badault', 'France'],
          ['Terry von Bibra', 'Germany'],
        ]);
      });

      it("includes subsidiaries' events, and a leader placed in a city of an expansion country", async () => {
        const { data } = await service.gql<{ expansion: ExpansionView }>(EXPANSION, { id: 'company:keldor-systems' });
        expect(data?.expansion.events.map((e) => [e.kind, e.place?.name, e.date])).toEqual([
          ['OFFICE', 'Berlin', '2020'],
          ['OFFICE', 'Hamburg', '2021-03'],
          ['MARKET', 'Austria', null],
        ]);
        expect(names(data?.expansion.places)).toEqual(['Austria', 'Germany', 'Berlin', 'Hamburg']);
        expect(data?.expansion.leaders.map((r) => [r.person.name, r.place?.name])).toEqual([['Lena Okafor', 'Munich']]);
      });

      it('is NOT_FOUND for an unknown company', async () => {
        const { errors } = await service.gql(EXPANSION, { id: 'company:atlantis' });
        expect(code(errors)).toBe('NOT_FOUND');
      });
    });

    describe('colleagues and as-of', () => {
      it('lists colleagues, overlapping tenures first', async () => {
        const { data } = await service.gql<{ person: { colleagues: { person: Named; company: Named; overlapped: boolean }[] } }>(`{
          person(id: "person:lena-okafor") { colleagues { person { name } company { name } overlapped } }
        }`);
        expect(data?.person.colleagues.map((c) => [c.person.name, c.company.name, c.overlapped])).toEqual([
          ['Ines Brandt', 'Amazon', true],
          ['Marc Duval', 'Amazon', true],
          ['Anna Kowalczyk-Berg', 'Amazon', false],
          ['Sébastien Badault', 'Amazon', false],
          ['Terry von Bibra', 'Amazon', false],
        ]);
      });

      it('gives the roles held at a date', async () => {
        const { data } = await service.gql<{ amazon: { y2013: RoleView[] }; keldor: { y2016: RoleView[]; y2021: RoleView[] }; alibaba: { y2024: RoleView[] } }>(`{
          amazon: company(id: "company:amazon") { y2013: roles(asOf: "2013") { ${ROLE} } }
          keldor: company(id: "company:keldor-systems") { y2016: roles(asOf: "2016-06") { ${ROLE} } y2021: roles(asOf: "2021") { ${ROLE} } }
          alibaba: company(id: "company:alibaba") { y2024: roles(asOf: "2024") { ${ROLE} } }
        }`);
        expect(data?.amazon.y2013.map((r) => r.person.name)).toEqual(['Lena Okafor', 'Marc Duval']);
        expect(data?.keldor.y2016.map((r) => r.person.name)).toEqual(['Marc Duval']);
        expect(data?.keldor.y2021.map((r) => r.person.name)).toEqual(['Ines Brandt', 'Marc Duval']);
        // Undated: held from the publication of the article calling it current (2023-06-01); the seed has no date.
        expect(data?.alibaba.y2024.map((r) => r.person.name)).toEqual(['Sébastien Badault']);
        const bad = await service.gql(`{ company(id: "company:amazon") { roles(asOf: "June") { title } } }`);
        expect(code(bad.errors)).toBe('BAD_USER_INPUT');
      });
    });

    describe('search', () => {
      const search = async (query: string, first = 10) => {
        const { data, errors } = await service.gql<{ search: { score: number; node: { __typename: string; name: string } }[] }>(
          `query ($q: String!, $n: Int) { search(query: $q, first: $n) { score node { __typename ... on Person { name } ... on Company { name } } } }`,
          { q: query, n: first },
        );
        expect(errors).toBeUndefined();
        return data?.search ?? [];
      };

      it('finds Sébastien Badault first for "badolt"', async () => {
        expect((await search('badolt'))[0]?.node).toEqual({ __typename: 'Person', name: 'Sébastien Badault' });
      });

      it('forgives case, accents, prefixes and knows aliases', async () => {
        expect((await search('SEBASTIEN'))[0]?.node.name).toBe('Sébastien Badault');
        expect((await search('okaf'))[0]?.node.name).toBe('Lena Okafor');
        expect((await search('alibaba group'))[0]?.node.name).toBe('Alibaba');
        expect((await search('keldor')).map((h) => h.node.name)).toEqual(['Keldor Systems', 'Keldor Systems Germany']);
      });

      it('ranks best first, ties by name, and honours first', async () => {
        const hits = await search('amazon keldor alibaba', 100);
        expect(hits.length).toBeGreaterThan(1);
        for (let i = 1; i < hits.length; i++) expect((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0)).toBe(true);
        expect(await search('keldor', 1)).toHaveLength(1);
        const blank = await service.gql(`{ search(query: "  ") { score } }`);
        expect(code(blank.errors)).toBe('BAD_USER_INPUT');
      });
    });

    describe('pagination', () => {
      const PEOPLE = `query ($first: Int, $after: String, $filter: PersonFilter) {
        people(first: $first, after: $after, filter: $filter) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
      }`;
      const page = async (vars: Record<string, unknown>) => {
        const { data, errors } = await service.gql<{ people: PageView }>(PEOPLE, vars);
        expect(errors).toBeUndefined();
        return data?.people as PageView;
      };
      const ALL = ['Anna Kowalczyk-Berg', 'Ines Brandt', 'Lena Okafor', 'Marc Duval', 'Michael Evans', 'Sébastien Badault', 'Terry von Bibra'];

      it('walks every person page by page, in name order', async () => {
        const seen: string[] = [];
        let after: string | null = null;
        for (let i = 0; i < 10; i++) {
          const p: PageView = await page({ first: 3, after });
          expect(p.totalCount).toBe(7);
          seen.push(...p.edges.map((e) => e.node.name));
          if (!p.pageInfo.hasNextPage) break;
          after = p.pageInfo.endCursor;
        }
        expect(seen).toEqual(ALL);
      });

      it('filters by name (folded substring) and by company (with subsidiaries)', async () => {
        expect(names((await page({ filter: { name: 'BADAU' } })).edges.map((e) => e.node))).toEqual(['Sébastien Badault']);
        const keldor = await page({ filter: { company: 'company:keldor-systems' } });
        expect(names(keldor.edges.map((e) => e.node))).toEqual(['Ines Brandt', 'Lena Okafor', 'Marc Duval']);
        const both = await page({ filter: { company: 'company:amazon', name: 'o' } });
        expect(names(both.edges.map((e) => e.node))).toEqual(['Anna Kowalczyk-Berg', 'Lena Okafor', 'Terry von Bibra']);
      });

      it('refuses a bad cursor and a page too large with BAD_USER_INPUT', async () => {
        expect(code((await service.gql(PEOPLE, { after: 'not-a-cursor' })).errors)).toBe('BAD_USER_INPUT');
        expect(code((await service.gql(PEOPLE, { first: 101 })).errors)).toBe('BAD_USER_INPUT');
        const sources = await page({ first: 1 });
        // A cursor of another list is refused too.
        const { data } = await service.gql<{ person: { sources: PageView } }>(`{ person(id: "person:sebastien-badault") { sources(first: 1) { totalCount edges { cursor node { name: title } } pageInfo { hasNextPage endCursor } } } }`);
        expect(code((await service.gql(PEOPLE, { after: data?.person.sources.pageInfo.endCursor })).errors)).toBe('BAD_USER_INPUT');
        expect(sources.edges).toHaveLength(1);
      });

      it("pages a company's people and a person's and a company's sources", async () => {
        const { data } = await service.gql<{ company: { people: PageView; sources: PageView }; person: { sources: PageView } }>(`{
          company(id: "company:alibaba") {
            people(first: 2) { totalCount edges { cursor node { name } } pageInfo { hasNextPage endCursor } }
            sources { totalCount edges { cursor node { name: title } } pageInfo { hasNextPage endCursor } }
          }
          person(id: "person:sebastien-badault") { sources { totalCount edges { cursor node { name: title } } pageInfo { hasNextPage endCursor } } }
        }`);
        expect(data?.company.people.totalCount).toBe(3);
        expect(names(data?.company.people.edges.map((e) => e.node))).toEqual(['Michael Evans', 'Sébastien Badault']);
        expect(data?.company.people.pageInfo.hasNextPage).toBe(true);
        expect(names(data?.company.sources.edges.map((e) => e.node))).toEqual([
          'Alibaba nomme un directeur général en France', 'Vireo Logistics hires a COO',
        ]);
        expect(data?.person.sources.totalCount).toBe(2);
      });
    });
  });

  describe(`GraphQL writes: ${name}`, () => {
    let service: RunningService;
    let store: GraphStore;
    const INGEST = `mutation ($input: ArticleInput!) {
      ingestArticle(input: $input) {
        sourceId created
        persons { added merged } companies { added merged } roles { added merged } expansions { added merged }
        namedPeople { name } namedCompanies { name } source { title publishedAt lang }
      }
    }`;
    const article = { text: HARBOR_TEXT, title: 'Harbor Lane hires a COO', publishedAt: '2024-03-04', lang: 'en' };

    beforeAll(async () => {
      store = await makeStore();
      await store.ingest(seedDocument());
      service = await startService(store, {
        apiKey: API_KEY,
        ingest: { extractor: fixtureExtractor({ [HARBOR_TEXT]: HARBOR_FACTS }), now: () => new Date('2026-01-01T00:00:00Z') },
      });
    });
    afterAll(async () => {
      await service?.close();
    });

    it('refuses a write without the key, or with a wrong one (UNAUTHENTICATED), and writes nothing', async () => {
      const before = await store.stats();
      const none = await service.gql(INGEST, { input: article });
      expect(code(none.errors)).toBe('UNAUTHENTICATED');
      const wrong = await service.gql(INGEST, { input: article }, { authorization: 'Bearer nope' });
      expect(code(wrong.errors)).toBe('UNAUTHENTICATED');
      expect(await store.stats()).toEqual(before);
    });

    it('refuses blank text, a publishedAt that is not a date and an unknown lang (BAD_USER_INPUT)', async () => {
      for (const input of [
        { ...article, text: '  \n ' },
        { ...article, publishedAt: 'yesterday' },
        { ...article, lang: 'de' },
      ]) {
        const { errors } = await service.gql(INGEST, { input }, AUTH);
        expect(code(errors), JSON.stringify(input).slice(0, 60)).toBe('BAD_USER_INPUT');
      }
    });

    it('ingests an article, merging with the Amazon already there; search and talentFlow see it', async () => {
      const { data, errors } = await service.gql<{ ingestArticle: Record<string, unknown> & { namedPeople: Named[]; namedCompanies: Named[] } }>(INGEST, { input: article }, AUTH);
      expect(errors).toBeUndefined();
      expect(data?.ingestArticle).toMatchObject({
        created: true,
        persons: { added: 1, merged: 0 },
        companies: { added: 1, merged: 1 },
        roles: { added: 2, merged: 0 },
        source: { title: 'Harbor Lane hires a COO', publishedAt: '2024-03-04', lang: 'en' },
      });
      expect(names(data?.ingestArticle.namedPeople)).toEqual(['Priya Castellanos']);
      expect(names(data?.ingestArticle.namedCompanies)).toEqual(['Amazon', 'Harbor Lane Robotics']);

      const hits = await service.gql<{ search: { node: Named }[] }>(`{ search(query: "castelanos") { node { ... on Person { name } } } }`);
      expect(hits.data?.search[0]?.node.name).toBe('Priya Castellanos');
      const moves = await movesOf(service, 'company:amazon', 'company:harbor-lane-robotics');
      expect(moves).toEqual([['Priya Castellanos', 'Amazon', 'Harbor Lane Robotics']]);

      const again = await service.gql<{ ingestArticle: { created: boolean } }>(INGEST, { input: article }, AUTH);
      expect(again.data?.ingestArticle.created).toBe(false);
    });

    it('with the rules extractor: a new article about a former Amazon executive shows in talentFlow', async () => {
      const real = await startService(store, { apiKey: API_KEY });
      try {
        const text =
          'Tidewater Analytics has named Oskar Lindqvist as its chief financial officer. Lindqvist was previously vice president of finance at Amazon.';
        const { data, errors } = await real.gql<{ ingestArticle: { namedPeople: Named[]; namedCompanies: Named[] } }>(
          INGEST, { input: { text, lang: 'en', publishedAt: '2024-05-02', title: 'Tidewater names a CFO' } }, AUTH,
        );
        expect(errors).toBeUndefined();
        expect(names(data?.ingestArticle.namedPeople)).toContain('Oskar Lindqvist');
        const moves = await movesOf(real, 'company:amazon', 'company:tidewater-analytics');
        expect(moves.map((m) => m[0])).toEqual(['Oskar Lindqvist']);
      } finally {
        await real.close();
      }
    });
  });

  describe(`composite reads: ${name}`, () => {
    // Each composite read must answer exactly what composing the primitives gives
    // (src/store/composite.ts): values in order, and the same records brought along.
    const sortRelated = (related: Related): Record<string, unknown[]> =>
      Object.fromEntries(Object.entries(related).map(([k, v]) => [k, [...(v as [string, unknown][])].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))]));
    let store: GraphStore;
    let persons: string[];
    let companies: string[];
    let roleIds: string[];
    beforeAll(async () => {
      store = await makeStore();
      for (const doc of [seedDocument(), secondDocument(), articleDocument('keldor.json'), createSyntheticDocument(30)]) await store.ingest(doc);
      persons = [...(await store.allIds('Person')), 'person:nobody'];
      companies = [...(await store.allIds('Company')), 'company:nothing', persons[0] as string];
      roleIds = (await store.rolesByPerson(persons)).flat().map((r) => r.id).concat(['role:none']);
    });

    it('careers, staff, staffLinks, events and families', async () => {
      for (const [mine, composed] of [
        [await store.careers(persons), await composite.careers(store, persons)],
        [await store.personCareers(persons), await composite.personCareers(store, persons)],
        [await store.staff(companies), await composite.staff(store, companies)],
        [await store.staffLinks(companies), await composite.staffLinks(store, companies)],
        [await store.events(companies), await composite.events(store, companies)],
        [await store.families(companies), await composite.families(store, companies)],
      ] as const) {
        expect(mine.values).toEqual(composed.values);
        expect(sortRelated(mine.related)).toEqual(sortRelated(composed.related));
      }
      expect((await store.careers([])).values).toEqual([]);
    });

    it('staffIn: roles located in places, or in cities and regions of listed countries', async () => {
      const roles = (await store.staff(companies)).values.flat();
      const placeIds = [...new Set(roles.flatMap((r) => (r.placeId ? [r.placeId] : [])))].sort();
      const places = (await store.places(placeIds)).filter((p) => p !== null);
      // The country of the first city a role is placed in: its other cities come in through it.
      const country = places.map((p) => composite.countryIdOf(p)).find((id) => id !== null);
      expect(country).toBeDefined();
      const where = [country as string, 'place:nowhere'];
      const mine = await store.staffIn(companies, where);
      const composed = await composite.staffIn(store, companies, where);
      expect(mine.values).toEqual(composed.values);
      expect(sortRelated(mine.related)).toEqual(sortRelated(composed.related));
      const kept = mine.values.flat();
      // Narrowed, not empty: some located roles are kept, some left out.
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(roles.filter((r) => r.placeId).length);
      expect(kept.some((r) => !where.includes(r.placeId ?? ''))).toBe(true);
      expect((await store.staffIn(companies, [])).values.flat()).toEqual([]);
    });

    it('careersAt, lookup and links', async () => {
      expect(await store.careersAt(companies)).toEqual(await composite.careersAt(store, companies));
      const ids = [...persons.slice(0, 5), ...companies.slice(0, 5), 'company:nothing'];
      expect(sortRelated(await store.lookup(ids, roleIds))).toEqual(sortRelated(await composite.lookup(store, ids, roleIds)));
      expect(await store.links(persons, companies)).toEqual(await composite.links(store, persons, companies));
      expect(await store.links([], [])).toEqual({ personRoles: [], companyRoles: [], parents: [], subsidiaries: [] });
    });
  });

  describe(`GraphQL store calls: ${name}`, () => {
    it('reads 50 people with their roles and companies in a few store calls, not one per person', async () => {
      const store = await makeStore();
      await store.ingest(createSyntheticDocument(50));
      const counted = countingStore(store);
      const service = await startService(counted.store);
      try {
        const query = `{ people(first: 50) { totalCount edges { node {
          name roles { title status company { name parent { name } } place { name } }
        } } } }`;
        const first = await service.gql<{ people: { totalCount: number; edges: unknown[] } }>(query);
        expect(first.errors).toBeUndefined();
        expect(first.data?.people.edges).toHaveLength(50);
        // Cold, the catalog of all people and companies is read too: still a handful of calls.
        const cold = Object.values(counted.calls());
        expect(cold.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(10);
        expect(Math.max(...cold)).toBeLessThanOrEqual(2);
        // The catalog is built once per store version: count a warm request.
        counted.reset();
        const warm = await service.gql(query);
        expect(warm.errors).toBeUndefined();
        const calls = counted.calls();
        // One composite read answers the roles with their companies, parents and places.
        expect(calls).toEqual({ stats: 1, careers: 1 });
      } finally {
        await service.close();
      }
    });
  });
}

async function movesOf(service: RunningService, from: string, to: string): Promise<string[][]> {
  const { data, errors } = await service.gql<{ talentFlow: MoveView[] }>(
    `{ talentFlow(from: "${from}", to: "${to}") { person { name } from { ${ROLE} } to { ${ROLE} } } }`,
  );
  expect(errors).toBeUndefined();
  return (data?.talentFlow ?? []).map((m) => [m.person.name, m.from.company.name, m.to.company.name]);
}
