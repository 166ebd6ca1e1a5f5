/**
 * The embedded store: the whole graph in process memory, persisted to a directory as a
 * snapshot plus a journal (see snapshot.ts). `dir: null` keeps nothing on disk (tests).
 */
import type { DocumentGraph, RoleEdge } from '../../model/graph.js';
import type { GraphStore, IngestResult, NodeLabel, StoreStats } from '../types.js';
import { applyDocument, checkReferences } from './apply.js';
import {
  appendJournal, diskFiles, readJournal, readSnapshot, SNAPSHOT_VERSION, writeSnapshot,
  type DiskFiles, type Snapshot,
} from './snapshot.js';
import { MemoryState } from './state.js';

export interface MemoryStoreOptions {
  /** Directory of the snapshot and journal; null for a store that lives only in memory. */
  dir: string | null;
  /** Journal length that triggers a snapshot rewrite. */
  compactEvery?: number;
}

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class MemoryStore implements GraphStore {
  readonly kind = 'memory' as const;
  private state = new MemoryState();
  private files: DiskFiles | null;
  private journaled = 0;
  private ready = false;
  /** The counts as of the last change; null when something changed since. */
  private counted: StoreStats | null = null;

  constructor(private readonly options: MemoryStoreOptions) {
    this.files = options.dir ? diskFiles(options.dir) : null;
  }

  async init(): Promise<void> {
    if (this.ready) return;
    if (this.files) {
      const snap = readSnapshot(this.files.snapshot);
      if (snap) this.restore(snap);
      for (const doc of readJournal(this.files.journal)) {
        applyDocument(this.state, doc);
        this.journaled++;
      }
    }
    this.counted = null;
    this.ready = true;
  }

  async close(): Promise<void> {
    if (this.files && this.journaled > 0) this.compact();
    this.ready = false;
  }

  async ping(): Promise<boolean> {
    return this.ready;
  }

  async ingest(doc: DocumentGraph): Promise<IngestResult> {
    if (this.state.sources.has(doc.source.id)) return applyDocument(this.state, doc);
    // A document refused by apply must never reach the journal: replaying it would fail
    // every later start. Checked here, before the line is written.
    checkReferences(this.state, doc);
    // Journal first: once the line is on disk the document survives a crash whole.
    if (this.files && this.options.dir) appendJournal(this.options.dir, this.files.journal, doc);
    const result = applyDocument(this.state, doc);
    this.counted = null;
    this.journaled++;
    if (this.files && this.journaled >= (this.options.compactEvery ?? 1000)) this.compact();
    return result;
  }

  async ingestMany(docs: readonly DocumentGraph[]): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const doc of docs) results.push(await this.ingest(doc));
    return results;
  }

  /** Rewrites the snapshot with everything and empties the journal. */
  compact(): void {
    if (!this.files || !this.options.dir) return;
    writeSnapshot(this.options.dir, this.files, this.snapshot());
    this.journaled = 0;
  }

  async persons(ids: readonly string[]) {
    return ids.map((id) => this.state.node('Person', id));
  }

  async companies(ids: readonly string[]) {
    return ids.map((id) => this.state.node('Company', id));
  }

  async places(ids: readonly string[]) {
    return ids.map((id) => this.state.node('Place', id));
  }

  async sources(ids: readonly string[]) {
    return ids.map((id) => this.state.sources.get(id) ?? null);
  }

  async roles(ids: readonly string[]) {
    return ids.map((id) => this.state.role(id));
  }

  async rolesByPerson(personIds: readonly string[]): Promise<RoleEdge[][]> {
    return personIds.map((id) => (this.state.node('Person', id) ? this.state.rolesOf(id, 'out') : []));
  }

  async rolesByCompany(companyIds: readonly string[]): Promise<RoleEdge[][]> {
    return companyIds.map((id) => (this.state.node('Company', id) ? this.state.rolesOf(id, 'in') : []));
  }

  async expansionsByCompany(companyIds: readonly string[]) {
    return companyIds.map((id) =>
      [...(this.state.expansionsByCompany.get(id) ?? [])]
        .sort(byId)
        .map((eid) => this.state.expansions.get(eid))
        .filter((x) => x !== undefined),
    );
  }

  async parentOf(companyIds: readonly string[]) {
    const { graph } = this.state;
    return companyIds.map((id) => {
      if (!graph.hasNode(id)) return null;
      const edge = graph.outEdges(id).find((e) => graph.getEdgeAttributes(e).type === 'SUBSIDIARY_OF');
      return edge ? graph.target(edge) : null;
    });
  }

  async subsidiariesOf(companyIds: readonly string[]) {
    const { graph } = this.state;
    return companyIds.map((id) => {
      if (!graph.hasNode(id)) return [];
      return graph
        .inEdges(id)
        .filter((e) => graph.getEdgeAttributes(e).type === 'SUBSIDIARY_OF')
        .map((e) => graph.source(e))
        .sort(byId);
    });
  }

  async idsByKey(label: NodeLabel, keys: readonly string[]) {
    return keys.map((key) => [...(this.state.keyIndex[label].get(key) ?? [])].sort(byId));
  }

  async allIds(label: NodeLabel | 'Source') {
    if (label === 'Source') return [...this.state.sources.keys()].sort(byId);
    return this.state.graph.filterNodes((_, attrs) => attrs.label === label).sort(byId);
  }

  /**
   * Counted once per change, not per call: search checks freshness through stats() on
   * every request, and a walk over every node and edge would grow with the graph.
   */
  async stats(): Promise<StoreStats> {
    this.counted ??= this.count();
    return { ...this.counted };
  }

  private count(): StoreStats {
    const { graph } = this.state;
    const count = { Person: 0, Company: 0, Place: 0 };
    graph.forEachNode((_, attrs) => count[attrs.label]++);
    let roles = 0;
    let subsidiaries = 0;
    graph.forEachEdge((_, attrs) => (attrs.type === 'HELD_ROLE' ? roles++ : subsidiaries++));
    return {
      persons: count.Person,
      companies: count.Company,
      places: count.Place,
      sources: this.state.sources.size,
      roles,
      expansions: this.state.expansions.size,
      subsidiaries,
    };
  }

  private snapshot(): Snapshot {
    const { graph } = this.state;
    const snap: Snapshot = {
      version: SNAPSHOT_VERSION,
      persons: [], companies: [], places: [], roles: [], subsidiaries: [],
      sources: [...this.state.sources.values()],
      expansions: [...this.state.expansions.values()],
    };
    graph.forEachNode((_, attrs) => {
      if (attrs.label === 'Person') snap.persons.push(attrs.record);
      else if (attrs.label === 'Company') snap.companies.push(attrs.record);
      else snap.places.push(attrs.record);
    });
    graph.forEachEdge((_, attrs, source, target) => {
      if (attrs.type === 'HELD_ROLE') snap.roles.push(attrs.record);
      else snap.subsidiaries.push({ childId: source, parentId: target });
    });
    return snap;
  }

  private restore(snap: Snapshot): void {
    const state = new MemoryState();
    const { graph } = state;
    for (const p of snap.persons) {
      graph.addNode(p.id, { label: 'Person', record: p });
      state.indexKeys('Person', p.id, p.aliasKeys);
    }
    for (const c of snap.companies) {
      graph.addNode(c.id, { label: 'Company', record: c });
      state.indexKeys('Company', c.id, c.aliasKeys);
    }
    for (const pl of snap.places) graph.addNode(pl.id, { label: 'Place', record: pl });
    for (const s of snap.sources) state.sources.set(s.id, s);
    for (const r of snap.roles) graph.addDirectedEdgeWithKey(r.id, r.personId, r.companyId, { type: 'HELD_ROLE', record: r });
    for (const l of snap.subsidiaries) graph.addDirectedEdge(l.childId, l.parentId, { type: 'SUBSIDIARY_OF' });
    for (const x of snap.expansions) {
      state.expansions.set(x.id, x);
      let ids = state.expansionsByCompany.get(x.companyId);
      if (!ids) state.expansionsByCompany.set(x.companyId, (ids = new Set()));
      ids.add(x.id);
    }
    this.state = state;
  }
}

export function createMemoryStore(options: MemoryStoreOptions): GraphStore & { compact(): void } {
  return new MemoryStore(options);
}
