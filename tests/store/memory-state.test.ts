/**
 * The memory store's compact state (src/store/memory/state.ts): long adjacency lists still
 * read in id order, stored records are copies that never change under a reader, and a
 * snapshot survives a restart byte for byte.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CompanyNode, DocumentGraph, PersonNode, RoleEdge } from '../../src/model/graph.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import { secondDocument, seedDocument } from '../helpers/documents.js';

const person = (n: number, key = `person ${n}`): PersonNode => ({
  id: `person:p${n}`, name: `Person ${n}`, key, aliases: [], aliasKeys: [key],
});
const company = (n: number): CompanyNode => ({
  id: `company:c${n}`, name: `Company ${n}`, key: `company ${n}`, aliases: [], aliasKeys: [`company ${n}`], kind: 'COMPANY',
});
const role = (id: string, p: number, c: number, source: string, title: string | null = null): RoleEdge => ({
  id, personId: `person:p${p}`, companyId: `company:c${c}`, title, titleCanonical: null, seniority: null,
  status: 'CURRENT', start: null, end: null, placeId: null, order: 0, statusAsOf: '', sourceIds: [source],
  evidence: [{ sourceId: source, sentence: `Sentence of ${id} in ${source}, long enough to be a slice.` }], confidence: 1,
});
const doc = (n: number, parts: Partial<DocumentGraph>): DocumentGraph => ({
  source: { id: `src-${n}`, title: `Article ${n}`, url: null, publishedAt: null, lang: 'en', ingestedAt: '2026-01-01T00:00:00.000Z' },
  persons: [], companies: [], places: [], roles: [], expansions: [], subsidiaries: [], ...parts,
});

/** Deterministic shuffle (no Math.random): role ids arrive in no particular order. */
const shuffled = <T>(xs: T[]): T[] => xs.map((x, i) => ({ x, k: (i * 7919) % 101 })).sort((a, b) => a.k - b.k).map((e) => e.x);

async function emptyStore() {
  const store = createMemoryStore({ dir: null });
  await store.init();
  return store;
}

describe('memory store state', () => {
  it('reads long lists in id order, also after more writes', async () => {
    const store = await emptyStore();
    const ids = shuffled(Array.from({ length: 60 }, (_, i) => `role:${String(i).padStart(3, '0')}`));
    // One document per role: a person with many roles at a company with many roles.
    for (const [n, id] of ids.slice(0, 40).entries()) {
      await store.ingest(doc(n, { persons: [person(1)], companies: [company(1)], roles: [role(id, 1, 1, `src-${n}`)] }));
    }
    const sorted = (rs: readonly { id: string }[]) => rs.map((r) => r.id);
    const [first] = await store.rolesByCompany(['company:c1']);
    expect(sorted(first ?? [])).toEqual([...ids.slice(0, 40)].sort());
    for (const [n, id] of ids.slice(40).entries()) {
      await store.ingest(doc(40 + n, { persons: [person(1)], companies: [company(1)], roles: [role(id, 1, 1, `src-${40 + n}`)] }));
    }
    expect(sorted((await store.rolesByCompany(['company:c1']))[0] ?? [])).toEqual([...ids].sort());
    expect(sorted((await store.rolesByPerson(['person:p1']))[0] ?? [])).toEqual([...ids].sort());
    expect((await store.stats()).roles).toBe(60);
  });

  it('keeps subsidiaries and name keys with many ids sorted', async () => {
    const store = await emptyStore();
    const children = shuffled(Array.from({ length: 30 }, (_, i) => i + 2));
    const companies = [company(1), ...children.map(company)];
    const persons = shuffled(Array.from({ length: 25 }, (_, i) => person(i, 'jean martin')));
    await store.ingest(doc(1, {
      persons,
      companies,
      subsidiaries: children.map((c) => ({ childId: `company:c${c}`, parentId: 'company:c1' })),
    }));
    const [subs] = await store.subsidiariesOf(['company:c1']);
    expect(subs).toEqual(children.map((c) => `company:c${c}`).sort());
    const [homonyms] = await store.idsByKey('Person', ['jean martin']);
    expect(homonyms).toEqual(persons.map((p) => p.id).sort());
    // A second parent stated later does not replace the first.
    await store.ingest(doc(2, { companies: [company(99), company(2)], subsidiaries: [{ childId: 'company:c2', parentId: 'company:c99' }] }));
    expect(await store.parentOf(['company:c2', 'company:c99'])).toEqual(['company:c1', null]);
  });

  it('stores copies: changing an ingested document or a later merge leaves what a reader holds', async () => {
    const store = await emptyStore();
    const first = doc(1, { persons: [person(1)], companies: [company(1)], roles: [role('role:a', 1, 1, 'src-1', 'CTO')] });
    await store.ingest(first);
    const [before] = await store.roles(['role:a']);
    const held = JSON.stringify(before);
    (first.roles[0] as RoleEdge).title = 'changed';
    first.roles[0]?.sourceIds.push('src-x');
    expect(JSON.stringify((await store.roles(['role:a']))[0])).toBe(held);

    await store.ingest(doc(2, { persons: [person(1)], companies: [company(1)], roles: [role('role:a', 1, 1, 'src-2', 'CTO')] }));
    expect(JSON.stringify(before)).toBe(held);
    const [after] = await store.roles(['role:a']);
    expect(after?.sourceIds).toEqual(['src-1', 'src-2']);
    expect(after?.evidence.map((e) => e.sourceId)).toEqual(['src-1', 'src-2']);
    expect((await store.rolesByPerson(['person:p1']))[0]).toEqual([after]);
  });

  it('writes the same snapshot again after a restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'careergraph-mem-state-'));
    const store = createMemoryStore({ dir });
    await store.init();
    await store.ingest(seedDocument());
    await store.ingest(secondDocument());
    await store.close();
    const written = readFileSync(join(dir, 'snapshot.json'), 'utf8');
    const again = createMemoryStore({ dir });
    await again.init();
    again.compact();
    expect(readFileSync(join(dir, 'snapshot.json'), 'utf8')).toBe(written);
    const fresh = await emptyStore();
    await fresh.ingest(seedDocument());
    await fresh.ingest(secondDocument());
    expect(await again.rolesByCompany(['company:amazon'])).toEqual(await fresh.rolesByCompany(['company:amazon']));
    expect(await again.stats()).toEqual(await fresh.stats());
  });
});
