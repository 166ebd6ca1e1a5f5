/**
 * The foundation's promises over HTTP, on the seed facts: career paths in order with
 * evidence, name lookup, company people, subsidiaries, errors with codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_KEY_PLACEHOLDER, EXAMPLES } from '../../src/graphql/examples.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { fixtureExtractor, HARBOR_FACTS, HARBOR_TEXT } from '../graphql/fixture-extractor.js';
import { seedDocument } from '../helpers/documents.js';
import { startService, type RunningService } from '../helpers/service.js';

interface RoleView {
  company: { name: string; parent: { name: string } | null };
  title: string | null;
  status: string;
  place: { name: string } | null;
  evidence: { sentence: string; source: { id: string; lang: string } }[];
}

let service: RunningService;

beforeAll(async () => {
  const store = createMemoryStore({ dir: null });
  await store.init();
  await store.ingest(seedDocument());
  // The write tab's article is the fixture extractor's: the tab runs whatever extraction does.
  service = await startService(store, { apiKey: API_KEY_PLACEHOLDER, ingest: { extractor: fixtureExtractor({ [HARBOR_TEXT]: HARBOR_FACTS }) } });
});
afterAll(() => service.close());

const CAREER = `query ($name: String!) {
  person(name: $name) {
    name
    careerPath { company { name parent { name } } title status place { name } evidence { sentence source { id lang } } }
  }
}`;

describe('career path', () => {
  it("gives Badault's roles oldest first: Amazon, Google France, Alibaba, each with evidence", async () => {
    const { data, errors } = await service.gql<{ person: { name: string; careerPath: RoleView[] } }>(CAREER, {
      name: 'sebastien badault',
    });
    expect(errors).toBeUndefined();
    const path = data?.person.careerPath ?? [];
    expect(data?.person.name).toBe('Sébastien Badault');
    expect(path.map((r) => [r.company.name, r.status])).toEqual([
      ['Amazon', 'FORMER'],
      ['Google France', 'FORMER'],
      ['Alibaba', 'CURRENT'],
    ]);
    expect(path[1]?.company.parent?.name).toBe('Google');
    expect(path[2]).toMatchObject({ title: 'directeur général', place: { name: 'France' } });
    for (const role of path) {
      expect(role.evidence.length).toBeGreaterThan(0);
      expect(role.evidence[0]?.source.lang).toBe('fr');
    }
    expect(path[2]?.evidence[0]?.sentence).toContain('Sébastien Badault');
  });

  it('finds a person whatever the case, accents and spacing', async () => {
    for (const name of ['SÉBASTIEN BADAULT', 'Sebastien  Badault', 'sébastien-badault']) {
      const { data } = await service.gql<{ person: { name: string } | null }>(`query ($n: String!) { person(name: $n) { name } }`, { n: name });
      expect(data?.person?.name).toBe('Sébastien Badault');
    }
  });

  it('gives von Bibra Alibaba now (in Germany) and Amazon and Yahoo before', async () => {
    const { data } = await service.gql<{ person: { currentRoles: RoleView[]; former: RoleView[] } }>(`{
      person(name: "terry von bibra") {
        currentRoles { company { name } place { name } status }
        former: roles(status: FORMER) { company { name } status }
      }
    }`);
    expect(data?.person.currentRoles.map((r) => [r.company.name, r.place?.name])).toEqual([['Alibaba', 'Germany']]);
    expect(data?.person.former.map((r) => r.company.name).sort()).toEqual(['Amazon', 'Yahoo']);
  });

  it('gives Michael Evans as Président of Alibaba Group, current', async () => {
    const { data } = await service.gql<{ person: { roles: { title: string; status: string; company: { name: string; aliases: string[] } }[] } }>(`{
      person(name: "Michael Evans") { roles { title status company { name aliases } } }
    }`);
    expect(data?.person.roles).toEqual([
      { title: 'Président', status: 'CURRENT', company: { name: 'Alibaba', aliases: ['Alibaba Group'] } },
    ]);
  });

  it('returns null for an unknown person, not an error', async () => {
    const { data, errors } = await service.gql(`{ person(name: "Nobody Here") { name } }`);
    expect(errors).toBeUndefined();
    expect(data).toEqual({ person: null });
  });
});

describe('companies', () => {
  it('finds Alibaba by its group name and lists its people, current first', async () => {
    const { data } = await service.gql<{ company: { id: string; roles: { person: { name: string }; status: string }[] } }>(`{
      company(name: "alibaba group") { id roles { person { name } status } }
    }`);
    expect(data?.company.id).toBe('company:alibaba');
    expect(data?.company.roles.map((r) => r.person.name)).toEqual(['Michael Evans', 'Sébastien Badault', 'Terry von Bibra']);
  });

  it("counts Google France's people among Google's alumni", async () => {
    const { data } = await service.gql<{ company: { subsidiaries: { name: string }[]; alumni: { name: string }[] } }>(`{
      company(name: "Google") { subsidiaries { name } alumni { name } }
    }`);
    expect(data?.company.subsidiaries).toEqual([{ name: 'Google France' }]);
    expect(data?.company.alumni).toEqual([{ name: 'Sébastien Badault' }]);
  });

  it('lists Amazon alumni by name', async () => {
    const { data } = await service.gql<{ company: { alumni: { name: string }[] } }>(`{ company(id: "company:amazon") { alumni { name } } }`);
    expect(data?.company.alumni.map((p) => p.name)).toEqual(['Sébastien Badault', 'Terry von Bibra']);
  });
});

describe('response shape', () => {
  it('orders keys as the query does, whatever resolves first', async () => {
    const { data } = await service.gql<{ person: { careerPath: Record<string, unknown>[] } }>(`{
      person(name: "sebastien badault") { careerPath { evidence { sentence } place { name } company { name } title } }
    }`);
    for (const role of data?.person.careerPath ?? []) {
      expect(Object.keys(role)).toEqual(['evidence', 'place', 'company', 'title']);
    }
  });
});

describe('errors', () => {
  it('refuses person() with both id and name, with code BAD_USER_INPUT', async () => {
    const { errors } = await service.gql(`{ person(id: "x", name: "y") { name } }`);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(/exactly one of "id" and "name"/);
  });

  it('refuses an unknown field with a validation error naming it', async () => {
    const { errors } = await service.gql(`{ person(name: "x") { salary } }`);
    expect(errors?.[0]?.message).toMatch(/salary/);
  });
});

describe('playground and probes', () => {
  it('runs every GraphiQL example tab without error', async () => {
    for (const example of EXAMPLES) {
      const headers: Record<string, string> = example.needsApiKey ? { authorization: `Bearer ${API_KEY_PLACEHOLDER}` } : {};
      const { errors, data } = await service.gql(example.query, example.variables, headers);
      expect(errors, example.name).toBeUndefined();
      expect(data, example.name).toBeTruthy();
    }
  });

  it('serves GraphiQL to a browser with its assets bundled (no CDN)', async () => {
    const res = await fetch(service.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('careergraph');
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    expect(html).toContain('person(name: \\"sebastien badault\\")'.replace(/\\\\/g, '\\'));
  });

  it('answers /healthz and /readyz', async () => {
    expect((await fetch(`${service.base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${service.base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready', store: 'memory' });
  });
});
