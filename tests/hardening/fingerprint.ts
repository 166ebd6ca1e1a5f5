/**
 * What a store holds, reduced to compare before and after: counts, every id, and per source
 * the roles and expansion events that cite it (what "this document is whole" means).
 */
import type { GraphStore } from '../../src/store/types.js';

export interface Fingerprint {
  stats: unknown;
  persons: string[];
  companies: string[];
  sources: string[];
}

export async function fingerprint(store: GraphStore): Promise<Fingerprint> {
  return {
    stats: await store.stats(),
    persons: await store.allIds('Person'),
    companies: await store.allIds('Company'),
    sources: await store.allIds('Source'),
  };
}

/** source id → sorted ids of the roles (`role:…`) and expansion events that cite it, with their evidence. */
export async function factsBySource(store: GraphStore): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const add = (sourceId: string, what: string) => {
    let list = out.get(sourceId);
    if (!list) out.set(sourceId, (list = []));
    list.push(what);
  };
  for (const source of await store.allIds('Source')) out.set(source, []);
  const persons = await store.allIds('Person');
  for (const roles of await store.rolesByPerson(persons)) {
    for (const role of roles) {
      for (const s of role.sourceIds) add(s, `${role.id} ${role.personId}->${role.companyId}`);
      for (const e of role.evidence) add(e.sourceId, `${role.id} evidence ${e.sentence}`);
    }
  }
  const companies = await store.allIds('Company');
  for (const events of await store.expansionsByCompany(companies)) {
    for (const x of events) {
      for (const s of x.sourceIds) add(s, `${x.id} ${x.companyId}->${x.placeId ?? '-'}`);
      for (const e of x.evidence) add(e.sourceId, `${x.id} evidence ${e.sentence}`);
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}
