/**
 * The bidirectional search against a plain breadth-first search on random graphs: same
 * length (or both none), and a path that really walks the graph. Then deep subsidiary
 * chains, which the seed does not have.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLoaders } from '../../src/graphql/loaders.js';
import type { CompanyNode, DocumentGraph, PersonNode, RoleEdge } from '../../src/model/graph.js';
import { shortestConnection } from '../../src/services/connection.js';
import { overlapped } from '../../src/services/dates.js';
import { talentFlow } from '../../src/services/talent.js';
import { createMemoryStore } from '../../src/store/memory/store.js';

const person = (i: number): PersonNode => ({ id: `person:p${i}`, name: `P${i}`, key: `p${i}`, aliases: [], aliasKeys: [`p${i}`] });
const company = (i: number): CompanyNode => ({ id: `company:c${i}`, name: `C${i}`, key: `c${i}`, aliases: [], aliasKeys: [`c${i}`], kind: 'COMPANY' });

interface Spec {
  persons: number;
  companies: number;
  roles: { p: number; c: number; status: 'CURRENT' | 'FORMER'; start: number | null; end: number | null }[];
  /** parent index for companies 1..n-1 (null: none); always a smaller index, so no cycle. */
  parents: (number | null)[];
}

function documentOf(spec: Spec): DocumentGraph {
  const roles = new Map<string, RoleEdge>();
  spec.roles.forEach((r, i) => {
    const p = r.p % spec.persons;
    const c = r.c % spec.companies;
    const id = `role:${String(i).padStart(3, '0')}`;
    roles.set(id, {
      id, personId: `person:p${p}`, companyId: `company:c${c}`, title: `t${i}`, titleCanonical: null, seniority: null,
      status: r.status, start: r.start === null ? null : String(2000 + r.start), end: r.end === null || r.status === 'CURRENT' ? null : String(2000 + (r.start ?? 0) + r.end),
      placeId: null, order: 0, statusAsOf: '', sourceIds: ['s'], evidence: [], confidence: 1,
    });
  });
  return {
    source: { id: 's', title: null, url: null, publishedAt: null, lang: 'en', ingestedAt: '' },
    persons: Array.from({ length: spec.persons }, (_, i) => person(i)),
    companies: Array.from({ length: spec.companies }, (_, i) => company(i)),
    places: [],
    roles: [...roles.values()],
    expansions: [],
    subsidiaries: spec.parents.flatMap((parent, i) =>
      parent === null || i + 1 >= spec.companies ? [] : [{ childId: `company:c${i + 1}`, parentId: `company:c${parent % (i + 1)}` }],
    ),
  };
}

/** Plain BFS over (node, carried role) states, one direction: the reference answer. */
function referenceHops(doc: DocumentGraph, from: string, to: string, overlapping: boolean): number | null {
  const byPerson = new Map<string, RoleEdge[]>();
  const byCompany = new Map<string, RoleEdge[]>();
  for (const r of doc.roles) {
    byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
    byCompany.set(r.companyId, [...(byCompany.get(r.companyId) ?? []), r]);
  }
  const links = new Map<string, string[]>();
  for (const s of doc.subsidiaries) {
    links.set(s.childId, [...(links.get(s.childId) ?? []), s.parentId]);
    links.set(s.parentId, [...(links.get(s.parentId) ?? []), s.childId]);
  }
  type S = { node: string; carry: RoleEdge | null; d: number };
  const seen = new Set<string>();
  const queue: S[] = [{ node: from, carry: null, d: 0 }];
  while (queue.length > 0) {
    const s = queue.shift() as S;
    if (s.node === to) return s.d;
    const key = `${s.node}|${s.carry?.id ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (s.node.startsWith('person:')) {
      for (const r of byPerson.get(s.node) ?? []) queue.push({ node: r.companyId, carry: overlapping ? r : null, d: s.d + 1 });
    } else {
      for (const r of byCompany.get(s.node) ?? []) {
        if (s.carry && (r.id === s.carry.id || !overlapped(s.carry, r))) continue;
        queue.push({ node: r.personId, carry: null, d: s.d + 1 });
      }
      for (const c of links.get(s.node) ?? []) queue.push({ node: c, carry: s.carry, d: s.d + 1 });
    }
  }
  return null;
}

const specArb = fc.record({
  persons: fc.integer({ min: 1, max: 7 }),
  companies: fc.integer({ min: 1, max: 5 }),
  roles: fc.array(
    fc.record({
      p: fc.nat(20), c: fc.nat(20), status: fc.constantFrom('CURRENT' as const, 'FORMER' as const),
      start: fc.option(fc.nat(10)), end: fc.option(fc.nat(5)),
    }),
    { maxLength: 14 },
  ),
  parents: fc.array(fc.option(fc.nat(10), { freq: 3 }), { maxLength: 4 }),
});

describe('connection', () => {
  it('finds paths as long as a plain BFS does, that really walk the graph', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, fc.nat(30), fc.nat(30), fc.boolean(), fc.integer({ min: 0, max: 6 }), async (spec, a, b, overlapping, maxHops) => {
        const doc = documentOf(spec);
        const store = createMemoryStore({ dir: null });
        await store.init();
        await store.ingest(doc);
        const ids = [...doc.persons, ...doc.companies].map((n) => n.id);
        const from = ids[a % ids.length] as string;
        const to = ids[b % ids.length] as string;
        const found = await shortestConnection(createLoaders(store), from, to, { maxHops, overlapping });
        const expected = referenceHops(doc, from, to, overlapping);
        if (expected === null || (expected > maxHops && from !== to)) {
          expect(found).toBeNull();
          return;
        }
        expect(found?.hops).toBe(expected);
        const nodes = found?.nodes.map((n) => n.id) ?? [];
        expect(nodes[0]).toBe(from);
        expect(nodes[nodes.length - 1]).toBe(to);
        expect(nodes).toHaveLength(expected + 1);
        let r = 0;
        for (let i = 1; i < nodes.length; i++) {
          const [x, y] = [nodes[i - 1] as string, nodes[i] as string];
          if (x.startsWith('company:') && y.startsWith('company:')) {
            expect(doc.subsidiaries.some((s) => (s.childId === x && s.parentId === y) || (s.childId === y && s.parentId === x))).toBe(true);
          } else {
            const role = found?.roles[r++];
            expect([role?.personId, role?.companyId].sort()).toEqual([x, y].sort());
          }
        }
        expect(r).toBe(found?.roles.length);
      }),
      { numRuns: 300 },
    );
  });

  it('is the same path whatever order the facts came in', async () => {
    await fc.assert(
      fc.asyncProperty(specArb, fc.nat(30), fc.nat(30), async (spec, a, b) => {
        const doc = documentOf(spec);
        const reversed: DocumentGraph = { ...doc, roles: [...doc.roles].reverse(), persons: [...doc.persons].reverse() };
        const answers = [];
        for (const d of [doc, reversed]) {
          const store = createMemoryStore({ dir: null });
          await store.init();
          await store.ingest(d);
          const ids = [...doc.persons, ...doc.companies].map((n) => n.id).sort();
          const path = await shortestConnection(createLoaders(store), ids[a % ids.length] as string, ids[b % ids.length] as string, { maxHops: 6, overlapping: false });
          answers.push(path && { nodes: path.nodes.map((n) => n.id), roles: path.roles.map((x) => x.id) });
        }
        expect(answers[1]).toEqual(answers[0]);
      }),
      { numRuns: 100 },
    );
  });
});

describe('subsidiaries at any depth', () => {
  // c0 ← c1 ← c2 ← c3: p0 was at c3 (three levels down), then at c9.
  const spec: Spec = {
    persons: 2,
    companies: 10,
    roles: [
      { p: 0, c: 3, status: 'FORMER', start: null, end: null },
      { p: 0, c: 9, status: 'CURRENT', start: null, end: null },
      { p: 1, c: 9, status: 'CURRENT', start: null, end: null },
    ],
    parents: [0, 1, 2, null, null, null, null, null],
  };

  it('talentFlow from the top of the group finds a move from its great-grandchild', async () => {
    const store = createMemoryStore({ dir: null });
    await store.init();
    await store.ingest(documentOf(spec));
    const moves = await talentFlow(createLoaders(store), 'company:c0', 'company:c9', { since: null, until: null });
    expect(moves.map((m) => [m.person.id, m.from.companyId])).toEqual([['person:p0', 'company:c3']]);
  });

  it('connection climbs the chain: p1 → c9 → p0 → c3 → c2 → c1 → c0', async () => {
    const store = createMemoryStore({ dir: null });
    await store.init();
    await store.ingest(documentOf(spec));
    const path = await shortestConnection(createLoaders(store), 'person:p1', 'company:c0', { maxHops: 6, overlapping: false });
    expect(path?.nodes.map((n) => n.id)).toEqual(['person:p1', 'company:c9', 'person:p0', 'company:c3', 'company:c2', 'company:c1', 'company:c0']);
    expect(path?.roles).toHaveLength(3);
    expect(await shortestConnection(createLoaders(store), 'person:p1', 'company:c0', { maxHops: 5, overlapping: false })).toBeNull();
  });
});
