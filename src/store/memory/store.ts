/**
 * The embedded store: the whole graph in process memory, persisted to a directory as a
 * snapshot plus a journal (see snapshot.ts). `dir: null` keeps nothing on disk (tests).
 */
import type { DocumentGraph, RoleEdge } from '../../model/graph.js';
import { refusedAt } from '../refused.js';
import * as composite from '../composite.js';
import type { GraphStore, IngestResult, NodeLabel, StoreStats } from '../types.js';
import { applyDocument, checkReferences } from './apply.js';
import {
  appendJournal, diskFiles, readJournal, readSnapshot, SNAPSHOT_VERSION, writeSnapshot,
  type DiskFiles, type Snapshot,
} from './snapshot.js';
import { Intake, MemoryState } from './state.js';

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
        applyDocument(this.state, doc, true);
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

  /** One by one; a refused document stops the call there (DocumentRefusedError). */
  async ingestMany(docs: readonly DocumentGraph[]): Promise<IngestResult[]> {
    const results: IngestResult[] = [];
    for (const doc of docs) {
      try {
        results.push(await this.ingest(doc));
      } catch (err) {
        throw refusedAt(err, results.length, results);
      }
    }
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
    return personIds.map((id) => (this.state.persons.has(id) ? this.state.rolesOf(id, 'out') : []));
  }

  async rolesByCompany(companyIds: readonly string[]): Promise<RoleEdge[][]> {
    return companyIds.map((id) => (this.state.companies.has(id) ? this.state.rolesOf(id, 'in') : []));
  }

  async expansionsByCompany(companyIds: readonly string[]) {
    return companyIds.map((id) => this.state.expansionsOfCompany(id));
  }

  async parentOf(companyIds: readonly string[]) {
    return companyIds.map((id) => this.state.parents.get(id) ?? null);
  }

  async subsidiariesOf(companyIds: readonly string[]) {
    return companyIds.map((id) => this.state.childrenOf(id));
  }

  careers(ids: readonly string[]) { return composite.careers(this, ids); }
  personCareers(ids: readonly string[]) { return composite.personCareers(this, ids); }
  staff(ids: readonly string[]) { return composite.staff(this, ids); }
  staffIn(ids: readonly string[], placeIds: readonly string[]) { return composite.staffIn(this, ids, placeIds); }
  staffLinks(ids: readonly string[]) { return composite.staffLinks(this, ids); }
  events(ids: readonly string[]) { return composite.events(this, ids); }
  families(ids: readonly string[]) { return composite.families(this, ids); }
  careersAt(ids: readonly string[]) { return composite.careersAt(this, ids); }
  lookup(nodeIds: readonly string[], roleIds: readonly string[]) { return composite.lookup(this, nodeIds, roleIds); }
  links(personIds: readonly string[], companyIds: readonly string[]) { return composite.links(this, personIds, companyIds); }

  async idsByKey(label: NodeLabel, keys: readonly string[]) {
    return keys.map((key) => this.state.idsByKey(label, key));
  }

  async allIds(label: NodeLabel | 'Source') {
    const { state } = this;
    const map = label === 'Source' ? state.sources : label === 'Person' ? state.persons : state.companies;
    return [...map.keys()].sort(byId);
  }

  /**
   * Counted once per change, not per call: search checks freshness through stats() on
   * every request.
   */
  async stats(): Promise<StoreStats> {
    this.counted ??= this.count();
    return { ...this.counted };
  }

  private count(): StoreStats {
    const { state } = this;
    return {
      persons: state.persons.size,
      companies: state.companies.size,
      places: state.places.size,
      sources: state.sources.size,
      roles: state.roles.size,
      expansions: state.expansions.size,
      subsidiaries: state.parents.size,
    };
  }

  private snapshot(): Snapshot {
    const { state } = this;
    return {
      version: SNAPSHOT_VERSION,
      persons: [...state.persons.values()],
      companies: [...state.companies.values()],
      places: [...state.places.values()],
      roles: [...state.roles.values()],
      subsidiaries: [...state.parents].map(([childId, parentId]) => ({ childId, parentId })),
      sources: [...state.sources.values()],
      expansions: [...state.expansions.values()],
    };
  }

  private restore(snap: Snapshot): void {
    const state = new MemoryState();
    const intake = new Intake(false);
    for (const p of snap.persons) state.putNamed('Person', p, intake);
    for (const c of snap.companies) state.putNamed('Company', c, intake);
    for (const pl of snap.places) state.putPlace(pl, intake);
    for (const s of snap.sources) state.putSource(s, intake);
    for (const r of snap.roles) state.putRole(r, null, intake);
    for (const l of snap.subsidiaries) state.link(l.childId, l.parentId);
    for (const x of snap.expansions) state.putExpansion(x, null, intake);
    this.state = state;
  }
}

export function createMemoryStore(options: MemoryStoreOptions): GraphStore & { compact(): void } {
  return new MemoryStore(options);
}
