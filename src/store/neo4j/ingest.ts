/**
 * A batch of documents, one write transaction. The driver may run this function again after
 * a transient error, so it only reads and writes through `tx` and keeps no state outside.
 *
 * The batch gives what ingesting its documents one by one would, in one go:
 * 1. sources: a document whose source is stored, or met earlier in the batch, is a no-op
 *    (created: false);
 * 2. references: every edge must point at a node of its document, of the store, or of an
 *    earlier document of the batch; the first document that fails stops the batch there
 *    (the documents before it are written, it and the rest are not: `refused`);
 * 3. one read per kind of what is stored with the batch's ids;
 * 4. merge in JS, document by document in order, with store/merge.ts (the memory store's
 *    rules: an id met again merges with what it became, a company keeps its first parent),
 *    counting per document;
 * 5. write only what changed, one UNWIND statement per kind (cypher-write.ts).
 *
 * Three round trips whatever the batch: the statements of a step are sent together (the
 * driver pipelines them inside the transaction, the server runs them in order), where
 * awaiting each one cost a round trip per statement (bench/neo4j-ingest-profile.ts).
 */
import { InputError } from '../../errors.js';
import type {
  CompanyNode, DocumentGraph, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SubsidiaryEdge,
} from '../../model/graph.js';
import { mergeExpansion, mergeNamed, mergeRole } from '../merge.js';
import type { IngestResult } from '../types.js';
import { num, props, reqStr } from './convert.js';
import * as W from './cypher-write.js';
import {
  companyProps, expansionFrom, expansionProps, personProps, placeProps, roleFrom, roleProps, sourceProps,
} from './records.js';
import {
  existingNodeIds, readCompanies, readParents, readPersons, rows, type Runner,
} from './reads.js';

export interface BatchOutcome {
  /** One per document from the first, up to the refused one (excluded): all written. */
  results: IngestResult[];
  /** The first document refused, if any: it and the documents after it are not written. */
  refused: InputError | null;
}

function emptyResult(sourceId: string): IngestResult {
  return {
    sourceId,
    created: false,
    persons: { added: 0, merged: 0 },
    companies: { added: 0, merged: 0 },
    roles: { added: 0, merged: 0 },
    expansions: { added: 0, merged: 0 },
  };
}

export async function ingestBatch(tx: Runner, docs: readonly DocumentGraph[]): Promise<BatchOutcome> {
  // Round trip 1: which sources are stored, which outside references exist, and the nodes.
  // Statements sent together are pipelined by the driver and run in order by the server.
  const personIds = distinctIds(docs.flatMap((d) => d.persons));
  const companyIds = distinctIds(docs.flatMap((d) => d.companies));
  const [stored, inStore, storedPersons, storedCompanies] = await Promise.all([
    storedSources(tx, docs.map((d) => d.source.id)),
    existingNodeIds(tx, [...new Set(docs.flatMap(referencesOutside))]),
    readPersons(tx, personIds),
    readCompanies(tx, companyIds),
  ]);
  const { accepted, results, refused } = admit(docs, stored, inStore);
  if (accepted.length === 0) return { results, refused };

  const batch = accepted.map(({ doc }) => doc);
  const persons = new Merger(storedPersons, mergeNamed);
  const companies = new Merger(storedCompanies, mergeNamed);
  // Round trip 2: the edges of stored nodes (a node the store did not hold has none).
  const children = [...new Set(batch.flatMap((d) => d.subsidiaries.map((l) => l.childId)))].filter((id) => companies.stored.has(id));
  const [storedRoleList, storedEventList, parents] = await Promise.all([
    storedRoles(tx, batch.flatMap((d) => d.roles).filter((r) => persons.stored.has(r.personId))),
    storedExpansions(tx, batch.flatMap((d) => d.expansions).filter((x) => companies.stored.has(x.companyId))),
    readParents(tx, children),
  ]);
  const roles = new Merger(storedRoleList, mergeRole);
  const expansions = new Merger(storedEventList, mergeExpansion);
  const hasParent = new Set(children.filter((_, i) => parents[i] !== null));
  const places = new Map<string, PlaceNode>();
  const subsidiaries: SubsidiaryEdge[] = [];

  for (const { doc, result } of accepted) {
    persons.add(doc.persons, result.persons);
    companies.add(doc.companies, result.companies);
    roles.add(doc.roles, result.roles);
    expansions.add(doc.expansions, result.expansions);
    for (const place of doc.places) if (!places.has(place.id)) places.set(place.id, place);
    for (const link of doc.subsidiaries) {
      if (hasParent.has(link.childId)) continue;
      hasParent.add(link.childId);
      subsidiaries.push({ childId: link.childId, parentId: link.parentId });
    }
  }

  // Round trip 3: every write, sent at once; the server runs them in this order (nodes
  // before the edges that match them), and any short count fails the whole transaction.
  const newEvents = expansions.created();
  const eventRow = (x: ExpansionEdge) => ({ companyId: x.companyId, ...allKeys(expansionProps(x), W.EXPANSION_KEYS) });
  await Promise.all([
    writeRows(tx, W.CREATE_SOURCES, accepted.map(({ doc }) => sourceProps(doc.source))),
    ...writeNamed(tx, persons, personProps, W.CREATE_PERSONS, W.UPDATE_PERSONS),
    ...writeNamed(tx, companies, companyProps, W.CREATE_COMPANIES, W.UPDATE_COMPANIES),
    ...writeNameKeys(tx, persons, companies),
    writeRows(tx, W.WRITE_PLACES, [...places.values()].map(placeProps)),
    writeRows(tx, W.CREATE_ROLES, roles.created().map((r) => ({
      personId: r.personId, companyId: r.companyId, ...allKeys(roleProps(r), W.ROLE_KEYS),
    }))),
    writeRows(tx, W.UPDATE_ROLES, roles.changed(roleProps).map((r) => ({ personId: r.personId, ...allKeys(roleProps(r), W.ROLE_KEYS) }))),
    writeRows(tx, W.CREATE_PLACED_EXPANSIONS, newEvents.filter((x) => x.placeId !== null).map(eventRow)),
    writeRows(tx, W.CREATE_UNPLACED_EXPANSIONS, newEvents.filter((x) => x.placeId === null).map(eventRow)),
    writeRows(tx, W.UPDATE_EXPANSIONS, expansions.changed(expansionProps).map(eventRow)),
    writeRows(tx, W.CREATE_SUBSIDIARIES, subsidiaries.map((l) => ({ ...l }))),
  ]);
  return { results, refused };
}

interface Admitted {
  doc: DocumentGraph;
  result: IngestResult;
}

/**
 * Steps 1 and 2: which documents are written. Stops at the first document that points at a
 * node defined neither by itself, nor by the store, nor by an earlier written document.
 */
function admit(
  docs: readonly DocumentGraph[], stored: Set<string>, inStore: Set<string>,
): { accepted: Admitted[]; results: IngestResult[]; refused: InputError | null } {
  const defined = new Set<string>();
  const seen = new Set<string>();
  const accepted: Admitted[] = [];
  const results: IngestResult[] = [];
  for (const doc of docs) {
    const result = emptyResult(doc.source.id);
    if (stored.has(doc.source.id) || seen.has(doc.source.id)) {
      results.push(result);
      continue;
    }
    const missing = [...new Set(referencesOutside(doc).filter((id) => !inStore.has(id) && !defined.has(id)))];
    if (missing.length > 0) {
      // Same message as the memory store's (and as a one-document batch's).
      const refused = new InputError(`document ${doc.source.id} refers to nodes it does not define: ${missing.slice(0, 5).join(', ')}`);
      return { accepted, results, refused };
    }
    seen.add(doc.source.id);
    for (const n of [...doc.persons, ...doc.companies, ...doc.places]) defined.add(n.id);
    result.created = true;
    results.push(result);
    accepted.push({ doc, result });
  }
  return { accepted, results, refused: null };
}

/** The ids a document's edges point at that the document itself does not define. */
function referencesOutside(doc: DocumentGraph): string[] {
  const known = new Set<string>();
  for (const n of [...doc.persons, ...doc.companies, ...doc.places]) known.add(n.id);
  const out: string[] = [];
  const want = (id: string | null): void => {
    if (id !== null && !known.has(id)) out.push(id);
  };
  for (const r of doc.roles) [r.personId, r.companyId, r.placeId].forEach(want);
  for (const x of doc.expansions) [x.companyId, x.placeId, x.partnerId].forEach(want);
  for (const l of doc.subsidiaries) [l.childId, l.parentId].forEach(want);
  return out;
}

async function storedSources(tx: Runner, ids: readonly string[]): Promise<Set<string>> {
  const found = await rows(tx, W.STORED_SOURCES, { ids: [...new Set(ids)] });
  return new Set(found.map((r) => reqStr(r.id, 'Source.id')));
}

async function storedRoles(tx: Runner, roles: readonly RoleEdge[]): Promise<RoleEdge[]> {
  const keys = distinctBy(roles, (r) => ({ id: r.id, personId: r.personId }));
  if (keys.length === 0) return [];
  return (await rows(tx, W.STORED_ROLES, { rows: keys })).map((r) => roleFrom(r.personId, r.companyId, props(r.props)));
}

async function storedExpansions(tx: Runner, events: readonly ExpansionEdge[]): Promise<ExpansionEdge[]> {
  const keys = distinctBy(events, (x) => ({ id: x.id, companyId: x.companyId }));
  if (keys.length === 0) return [];
  return (await rows(tx, W.STORED_EXPANSIONS, { rows: keys })).map((r) => expansionFrom(r.companyId, props(r.props)));
}

/** The lookup key of each distinct id (an id names one edge, so its ends are the same). */
function distinctBy<T extends { id: string }, K>(items: readonly T[], key: (x: T) => K): K[] {
  const out = new Map<string, K>();
  for (const x of items) if (!out.has(x.id)) out.set(x.id, key(x));
  return [...out.values()];
}

const distinctIds = (items: readonly { id: string }[]): string[] => [...new Set(items.map((x) => x.id))];

/**
 * Merges items of one kind, document after document, into what the store holds: an id met
 * again merges with what it has become, as a sequential apply would. Remembers what each
 * id was in the store, so only new and changed records are written.
 */
class Merger<T extends { id: string }> {
  readonly stored = new Map<string, T>();
  readonly final = new Map<string, T>();

  constructor(existing: readonly (T | null)[], private readonly merge: (a: T, b: T) => T) {
    for (const item of existing) if (item) this.stored.set(item.id, item);
  }

  add(items: readonly T[], counts: { added: number; merged: number }): void {
    for (const item of items) {
      const before = this.final.get(item.id) ?? this.stored.get(item.id);
      this.final.set(item.id, before ? this.merge(before, item) : item);
      counts[before ? 'merged' : 'added']++;
    }
  }

  /** Records not in the store before the batch. */
  created(): T[] {
    return [...this.final.values()].filter((x) => !this.stored.has(x.id));
  }

  /** Stored records the batch changed (compared by what would be written). */
  changed(write: (x: T) => Record<string, unknown>): T[] {
    const out: T[] = [];
    for (const [id, x] of this.final) {
      const before = this.stored.get(id);
      if (before && JSON.stringify(write(before)) !== JSON.stringify(write(x))) out.push(x);
    }
    return out;
  }
}

/**
 * A record's properties under every key the statement sets, null where absent (which
 * removes the property). A key the statement does not know would be lost: refused.
 */
function allKeys(props: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const k of keys) row[k] = props[k] ?? null;
  for (const k of Object.keys(props)) {
    if (!keys.includes(k)) throw new Error(`ingest has no statement for property ${k}; add it to cypher-write.ts`);
  }
  return row;
}

function writeNamed<T extends PersonNode | CompanyNode>(
  tx: Runner, nodes: Merger<T>, toProps: (n: T) => Record<string, unknown>,
  create: string, update: string,
): Promise<void>[] {
  return [
    writeRows(tx, create, nodes.created().map(toProps)),
    writeRows(tx, update, nodes.changed(toProps).map((n) => ({ id: n.id, aliases: n.aliases, aliasKeys: n.aliasKeys }))),
  ];
}

/** The (node, key) pairs not linked yet: every key of a new node, the new keys of a stored one. */
function newKeyLinks<T extends PersonNode | CompanyNode>(nodes: Merger<T>): { id: string; key: string }[] {
  const out: { id: string; key: string }[] = [];
  for (const [id, n] of nodes.final) {
    const had = new Set(nodes.stored.get(id)?.aliasKeys ?? []);
    for (const key of n.aliasKeys) if (!had.has(key)) out.push({ id, key });
  }
  return out;
}

function writeNameKeys(tx: Runner, persons: Merger<PersonNode>, companies: Merger<CompanyNode>): Promise<void>[] {
  const personLinks = newKeyLinks(persons);
  const companyLinks = newKeyLinks(companies);
  const keys = [...new Set([...personLinks, ...companyLinks].map((l) => l.key))];
  return [
    keys.length > 0 ? write(tx, W.MERGE_NAME_KEYS, { keys }, keys.length) : Promise.resolve(),
    writeRows(tx, W.LINK_PERSON_KEYS, personLinks),
    writeRows(tx, W.LINK_COMPANY_KEYS, companyLinks),
  ];
}

async function write(tx: Runner, query: string, params: Record<string, unknown>, expected: number): Promise<void> {
  const [row] = await rows(tx, query, params);
  const written = num(row?.n);
  if (written !== expected) {
    // Thrown inside the transaction function: the driver rolls the whole batch back.
    throw new Error(`Neo4j ingest wrote ${written} of ${expected} rows; the batch was rolled back`);
  }
}

function writeRows(tx: Runner, query: string, batch: readonly Record<string, unknown>[]): Promise<void> {
  if (batch.length === 0) return Promise.resolve();
  return write(tx, query, { rows: batch }, batch.length);
}

/**
 * How many documents share one transaction: up to MAX_BATCH_DOCUMENTS, and up to
 * MAX_BATCH_ITEMS nodes and edges (a few huge documents make a batch of their own).
 * Measured in bench/neo4j-load.ts: see the numbers in bench/README.md.
 */
export const MAX_BATCH_DOCUMENTS = 1_000;
export const MAX_BATCH_ITEMS = 20_000;

const itemsOf = (d: DocumentGraph): number =>
  1 + d.persons.length + d.companies.length + d.places.length + d.roles.length + d.expansions.length + d.subsidiaries.length;

/** Consecutive slices of `docs` within the budgets above (a document is never split). */
export function batches(docs: readonly DocumentGraph[]): DocumentGraph[][] {
  const out: DocumentGraph[][] = [];
  let current: DocumentGraph[] = [];
  let items = 0;
  for (const doc of docs) {
    const n = itemsOf(doc);
    if (current.length > 0 && (current.length >= MAX_BATCH_DOCUMENTS || items + n > MAX_BATCH_ITEMS)) {
      out.push(current);
      current = [];
      items = 0;
    }
    current.push(doc);
    items += n;
  }
  if (current.length > 0) out.push(current);
  return out;
}

/**
 * Runs a batch again when a concurrent writer committed a node or edge it creates (the
 * commit fails on the uniqueness constraint): the rerun rereads and finds that writer's
 * records, so nothing is lost. A few times at most; then the error stands.
 */
export async function retryConflicts<T>(run: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (err) {
      if (attempt >= attempts || !isWriteConflict(err)) throw err;
    }
  }
}

function isWriteConflict(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'Neo.ClientError.Schema.ConstraintValidationFailed';
}
