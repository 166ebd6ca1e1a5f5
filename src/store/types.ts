import type {
  CompanyNode, DocumentGraph, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
} from '../model/graph.js';

export type StoreKind = 'memory' | 'neo4j';
export type NodeLabel = 'Person' | 'Company';

export interface IngestResult {
  sourceId: string;
  /** false when the source was already in the store: nothing was written. */
  created: boolean;
  persons: { added: number; merged: number };
  companies: { added: number; merged: number };
  roles: { added: number; merged: number };
  expansions: { added: number; merged: number };
}

export interface StoreStats {
  persons: number;
  companies: number;
  places: number;
  sources: number;
  roles: number;
  expansions: number;
  subsidiaries: number;
}

/**
 * The one storage interface. Batch-first: every read takes a list of keys and returns a list
 * aligned with it (`null` or `[]` for a miss), so DataLoader can sit in front of it.
 * Lists inside a result are in a defined order (see each method) so both stores answer
 * byte for byte alike.
 */
export interface GraphStore {
  readonly kind: StoreKind;
  /** Connects and prepares (constraints, indexes, snapshot load). Idempotent. */
  init(): Promise<void>;
  close(): Promise<void>;
  /** true when the store answers a trivial query now. */
  ping(): Promise<boolean>;

  /**
   * Writes one document atomically: all of it or none of it. A source already present
   * (same id) is a no-op reported with `created: false`.
   */
  ingest(doc: DocumentGraph): Promise<IngestResult>;

  /**
   * Writes documents in order, with the result `ingest` would give for each, one after the
   * other. Each document is still whole or absent; a store may commit several together
   * (Neo4j batches them into one transaction) so bulk loads pay one commit per batch.
   */
  ingestMany(docs: readonly DocumentGraph[]): Promise<IngestResult[]>;

  persons(ids: readonly string[]): Promise<(PersonNode | null)[]>;
  companies(ids: readonly string[]): Promise<(CompanyNode | null)[]>;
  places(ids: readonly string[]): Promise<(PlaceNode | null)[]>;
  sources(ids: readonly string[]): Promise<(SourceNode | null)[]>;
  roles(ids: readonly string[]): Promise<(RoleEdge | null)[]>;

  /** Roles of each person, ordered by role id. */
  rolesByPerson(personIds: readonly string[]): Promise<RoleEdge[][]>;
  /** Roles at each company (not its subsidiaries), ordered by role id. */
  rolesByCompany(companyIds: readonly string[]): Promise<RoleEdge[][]>;
  /** Expansion events of each company, ordered by event id. */
  expansionsByCompany(companyIds: readonly string[]): Promise<ExpansionEdge[][]>;
  /** The parent company id of each company, or null. */
  parentOf(companyIds: readonly string[]): Promise<(string | null)[]>;
  /** Direct subsidiary ids of each company, sorted. */
  subsidiariesOf(companyIds: readonly string[]): Promise<string[][]>;

  /**
   * Ids of the nodes of `label` whose folded name or alias equals each key, sorted.
   * Keys are already folded by the caller (see resolve/keys.ts).
   */
  idsByKey(label: NodeLabel, keys: readonly string[]): Promise<string[][]>;

  /** All ids of a label, sorted (for listing and search indexing). */
  allIds(label: NodeLabel | 'Source'): Promise<string[]>;

  stats(): Promise<StoreStats>;
}
