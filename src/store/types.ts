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
 * A role reduced to what walks over careers need (connection, talent flow, listing people):
 * its ends, status, dates and career order; no title, place or evidence.
 */
export type RoleLink = Pick<RoleEdge, 'id' | 'personId' | 'companyId' | 'status' | 'start' | 'end' | 'order'>;

/**
 * What a composite read brings along with its answer: the records its caller asks for next,
 * read in the same round trip. Each entry is a key the read looked up and exactly what the
 * matching primitive read (persons, companies, places, parentOf, rolesByPerson,
 * rolesByCompany) answers for it, null or [] for a miss, so a caller may cache it as such.
 */
export interface Related {
  persons?: [string, PersonNode | null][];
  companies?: [string, CompanyNode | null][];
  places?: [string, PlaceNode | null][];
  parents?: [string, string | null][];
  rolesByPerson?: [string, RoleEdge[]][];
  rolesByCompany?: [string, RoleEdge[]][];
  roles?: [string, RoleEdge | null][];
}

/** A composite read's answer: `values` aligned with the keys, plus what came along. */
export interface WithRelated<T> {
  values: T[];
  related: Related;
}

/**
 * Careers that passed through some companies (talent flow): each person with a role at one
 * of the companies, by person id, with all their roles as links, by role id.
 */
export type CareersAt = [string, RoleLink[]][];

/** One level of a walk (connection): the links of some people and companies. */
export interface Links {
  /** Roles of each person, by role id (as rolesByPerson). */
  personRoles: RoleLink[][];
  /** Roles at each company, by role id (as rolesByCompany). */
  companyRoles: RoleLink[][];
  /** The parent of each company, or null (as parentOf). */
  parents: (string | null)[];
  /** Direct subsidiaries of each company, sorted (as subsidiariesOf). */
  subsidiaries: string[][];
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
   * other (an id met twice merges with what it became; a repeated source is created: false).
   * Each document is still whole or absent; a store may commit several together (Neo4j
   * batches them into transactions) so bulk loads pay one commit per batch. A document
   * `ingest` would refuse stops the call there: the documents before it are written, it and
   * the ones after are not, and the call rejects with a DocumentRefusedError (refused.ts:
   * its index, and the results of those written). Other errors reject too; batches
   * committed before stay, and ingesting again is safe (a present source is a no-op).
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

  // Composite reads: what one question needs, in one round trip. Both stores must answer
  // exactly what the primitives above give (src/store/composite.ts composes them).

  /** rolesByPerson, with the roles' companies, those companies' parents, and the roles' places. */
  careers(personIds: readonly string[]): Promise<WithRelated<RoleEdge[]>>;
  /** persons, with what `careers` gives for them (their roles as `rolesByPerson`). */
  personCareers(personIds: readonly string[]): Promise<WithRelated<PersonNode | null>>;
  /** rolesByCompany, with the roles' persons and places. */
  staff(companyIds: readonly string[]): Promise<WithRelated<RoleEdge[]>>;
  /**
   * `staff` narrowed to the roles located in `placeIds`: a role's place is one of them, or is
   * a city or region of a country among them (`country:<code>`). With those roles' persons
   * and places. Who leads a group where it expands, without reading all its roles.
   */
  staffIn(companyIds: readonly string[], placeIds: readonly string[]): Promise<WithRelated<RoleEdge[]>>;
  /**
   * expansionsByCompany, with the events' places (and, for a city or region, its country
   * `country:<code>`) and partner companies.
   */
  events(companyIds: readonly string[]): Promise<WithRelated<ExpansionEdge[]>>;
  /**
   * Each company and its subsidiaries at any depth (cycles cut): the company first, then
   * level by level, each level in id order; `[id]` for an id that is no company. With the
   * companies themselves.
   */
  families(companyIds: readonly string[]): Promise<WithRelated<string[]>>;
  /** rolesByCompany as links, with the persons holding them. */
  staffLinks(companyIds: readonly string[]): Promise<WithRelated<RoleLink[]>>;
  /**
   * Every person with a role at one of the companies (by person id), with all their roles
   * as links (as rolesByPerson, by role id). Links only: a talent flow reads whole only the
   * few roles, people and companies of the moves it finds (`lookup`).
   */
  careersAt(companyIds: readonly string[]): Promise<CareersAt>;
  /**
   * Records by id, whatever their kind: each node id answered as a person and as a company
   * (null for the kind it is not), each role id as a role.
   */
  lookup(nodeIds: readonly string[], roleIds: readonly string[]): Promise<Related>;
  /** One level of a walk: roles of the persons, roles at the companies, parents, subsidiaries. */
  links(personIds: readonly string[], companyIds: readonly string[]): Promise<Links>;

  /**
   * Ids of the nodes of `label` whose folded name or alias equals each key, sorted.
   * Keys are already folded by the caller (see resolve/keys.ts).
   */
  idsByKey(label: NodeLabel, keys: readonly string[]): Promise<string[][]>;

  /** All ids of a label, sorted (for listing and search indexing). */
  allIds(label: NodeLabel | 'Source'): Promise<string[]>;

  stats(): Promise<StoreStats>;
}
