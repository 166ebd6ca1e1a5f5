/**
 * One document, one write transaction. The driver may run this function again after a
 * transient error, so it only reads and writes through `tx` and keeps no state outside.
 *
 * Order: source check → reference check → read what exists with the same ids → merge in JS
 * with store/merge.ts (the same rules and the same sequential order as the memory store's
 * applyDocument) → write nodes, then relationships, with UNWIND batches.
 */
import { InputError } from '../../errors.js';
import type { DocumentGraph, SubsidiaryEdge } from '../../model/graph.js';
import { mergeExpansion, mergeNamed, mergeRole } from '../merge.js';
import type { IngestResult } from '../types.js';
import { num } from './convert.js';
import * as W from './cypher-write.js';
import {
  companyProps, expansionProps, personProps, placeProps, roleProps, sourceProps,
} from './records.js';
import {
  existingNodeIds, readCompanies, readExpansions, readParents, readPersons, readRoles, rows,
  sourceExists, type Runner,
} from './reads.js';

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

export async function ingestDocument(tx: Runner, doc: DocumentGraph): Promise<IngestResult> {
  const result = emptyResult(doc.source.id);
  if (await sourceExists(tx, doc.source.id)) return result;
  await checkReferences(tx, doc);
  result.created = true;

  const persons = mergeAll(doc.persons, await existingMap(readPersons(tx, ids(doc.persons))), mergeNamed, result.persons);
  const companies = mergeAll(doc.companies, await existingMap(readCompanies(tx, ids(doc.companies))), mergeNamed, result.companies);
  const roles = mergeAll(doc.roles, await existingMap(readRoles(tx, ids(doc.roles))), mergeRole, result.roles);
  const expansions = mergeAll(doc.expansions, await existingMap(readExpansions(tx, ids(doc.expansions))), mergeExpansion, result.expansions);
  const subsidiaries = await newSubsidiaries(tx, doc.subsidiaries);

  await write(tx, W.CREATE_SOURCE, { props: sourceProps(doc.source) }, 1);
  await writeRows(tx, W.WRITE_PERSONS, persons.map((p) => ({ props: personProps(p) })));
  await writeRows(tx, W.WRITE_COMPANIES, companies.map((c) => ({ props: companyProps(c) })));
  await writeRows(tx, W.WRITE_PLACES, doc.places.map((p) => ({ props: placeProps(p) })));
  await writeRows(tx, W.WRITE_ROLES, roles.map((r) => ({
    personId: r.personId, companyId: r.companyId, props: roleProps(r),
  })));
  const placed = expansions.filter((x) => x.placeId !== null);
  const unplaced = expansions.filter((x) => x.placeId === null);
  await writeRows(tx, W.WRITE_PLACED_EXPANSIONS, placed.map((x) => ({
    companyId: x.companyId, placeId: x.placeId, props: expansionProps(x),
  })));
  await writeRows(tx, W.WRITE_UNPLACED_EXPANSIONS, unplaced.map((x) => ({
    companyId: x.companyId, props: expansionProps(x),
  })));
  await writeRows(tx, W.WRITE_SUBSIDIARIES, subsidiaries.map((l) => ({ ...l })));
  return result;
}

const ids = (items: readonly { id: string }[]): string[] => items.map((x) => x.id);

async function existingMap<T extends { id: string }>(read: Promise<(T | null)[]>): Promise<Map<string, T>> {
  const map = new Map<string, T>();
  for (const item of await read) if (item) map.set(item.id, item);
  return map;
}

/**
 * Merges the document's items, in document order, into what exists; an id met twice in
 * one document merges with its first occurrence, as a sequential apply would. Returns the
 * final record of every id touched, once each.
 */
function mergeAll<T extends { id: string }>(
  incoming: readonly T[], existing: Map<string, T>, merge: (a: T, b: T) => T,
  counts: { added: number; merged: number },
): T[] {
  const final = new Map<string, T>();
  for (const item of incoming) {
    const before = final.get(item.id) ?? existing.get(item.id);
    final.set(item.id, before ? merge(before, item) : item);
    counts[before ? 'merged' : 'added']++;
  }
  return [...final.values()];
}

/** A company has one parent: the first one stated stays (store, then document order). */
async function newSubsidiaries(tx: Runner, links: readonly SubsidiaryEdge[]): Promise<SubsidiaryEdge[]> {
  if (links.length === 0) return [];
  const children = links.map((l) => l.childId);
  const parents = await readParents(tx, children);
  const hasParent = new Set(children.filter((_, i) => parents[i] !== null));
  const out: SubsidiaryEdge[] = [];
  for (const link of links) {
    if (hasParent.has(link.childId)) continue;
    hasParent.add(link.childId);
    out.push({ childId: link.childId, parentId: link.parentId });
  }
  return out;
}

/**
 * Every edge must point at a node of the document or of the store; checked before the first
 * write, with the same message as the memory store.
 */
async function checkReferences(tx: Runner, doc: DocumentGraph): Promise<void> {
  const known = new Set<string>();
  for (const n of [...doc.persons, ...doc.companies, ...doc.places]) known.add(n.id);
  const wanted: string[] = [];
  const want = (id: string | null): void => {
    if (id !== null && !known.has(id)) wanted.push(id);
  };
  for (const r of doc.roles) [r.personId, r.companyId, r.placeId].forEach(want);
  for (const x of doc.expansions) [x.companyId, x.placeId, x.partnerId].forEach(want);
  for (const l of doc.subsidiaries) [l.childId, l.parentId].forEach(want);
  if (wanted.length === 0) return;
  const found = await existingNodeIds(tx, wanted);
  const missing = [...new Set(wanted.filter((id) => !found.has(id)))];
  if (missing.length > 0) {
    throw new InputError(`document ${doc.source.id} refers to nodes it does not define: ${missing.slice(0, 5).join(', ')}`);
  }
}

async function write(tx: Runner, query: string, params: Record<string, unknown>, expected: number): Promise<void> {
  const [row] = await rows(tx, query, params);
  const written = num(row?.n);
  if (written !== expected) {
    // Thrown inside the transaction function: the driver rolls the whole document back.
    throw new Error(`Neo4j ingest wrote ${written} of ${expected} rows; the document was rolled back`);
  }
}

function writeRows(tx: Runner, query: string, batch: readonly Record<string, unknown>[]): Promise<void> {
  if (batch.length === 0) return Promise.resolve();
  return write(tx, query, { rows: batch }, batch.length);
}
