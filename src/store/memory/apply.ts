/**
 * Applies one resolved document to the in-memory state. Runs synchronously from start to
 * end, so no reader ever sees half a document; the caller journals the document first.
 */
import { InputError } from '../../errors.js';
import type { CompanyNode, DocumentGraph, PersonNode } from '../../model/graph.js';
import { mergeExpansion, mergeNamed, mergeRole } from '../merge.js';
import type { IngestResult } from '../types.js';
import { Intake, type MemoryState } from './state.js';

/**
 * `fresh`: the document was parsed from the journal (its strings are its own); otherwise it
 * was made in this process and its strings may be views of larger ones, which are copied.
 */
export function applyDocument(state: MemoryState, doc: DocumentGraph, fresh = false): IngestResult {
  const result: IngestResult = {
    sourceId: doc.source.id,
    created: false,
    persons: { added: 0, merged: 0 },
    companies: { added: 0, merged: 0 },
    roles: { added: 0, merged: 0 },
    expansions: { added: 0, merged: 0 },
  };
  if (state.sources.has(doc.source.id)) return result;
  checkReferences(state, doc);
  result.created = true;
  const intake = new Intake(!fresh);
  state.putSource(doc.source, intake);

  mergeNamedNodes(state, 'Person', doc.persons, result.persons, intake);
  mergeNamedNodes(state, 'Company', doc.companies, result.companies, intake);
  for (const place of doc.places) state.putPlace(place, intake);
  for (const link of doc.subsidiaries) state.link(link.childId, link.parentId);
  for (const role of doc.roles) {
    const existing = state.role(role.id);
    state.putRole(existing ? mergeRole(existing, role) : role, existing, intake);
    result.roles[existing ? 'merged' : 'added']++;
  }
  for (const event of doc.expansions) {
    const existing = state.expansions.get(event.id) ?? null;
    state.putExpansion(existing ? mergeExpansion(existing, event) : event, existing, intake);
    result.expansions[existing ? 'merged' : 'added']++;
  }
  return result;
}

/** People or companies: merged with the node of the same id, their name keys indexed. */
function mergeNamedNodes<L extends 'Person' | 'Company'>(
  state: MemoryState,
  label: L,
  nodes: readonly (L extends 'Person' ? PersonNode : CompanyNode)[],
  counts: { added: number; merged: number },
  intake: Intake,
): void {
  for (const node of nodes) {
    const existing = state.node(label as 'Person', node.id) as typeof node | null;
    state.putNamed(label, existing ? mergeNamed(existing, node) : node, intake);
    counts[existing ? 'merged' : 'added']++;
  }
}

/**
 * Every edge must point at a node of the document or of the store. Checked before the
 * first write, so a malformed document changes nothing.
 */
export function checkReferences(state: MemoryState, doc: DocumentGraph): void {
  const known = new Set<string>();
  for (const n of [...doc.persons, ...doc.companies, ...doc.places]) known.add(n.id);
  const exists = (id: string): boolean => known.has(id) || state.hasNode(id);
  const missing: string[] = [];
  for (const r of doc.roles) for (const id of [r.personId, r.companyId, r.placeId]) if (id && !exists(id)) missing.push(id);
  for (const x of doc.expansions) for (const id of [x.companyId, x.placeId, x.partnerId]) if (id && !exists(id)) missing.push(id);
  for (const l of doc.subsidiaries) for (const id of [l.childId, l.parentId]) if (!exists(id)) missing.push(id);
  if (missing.length > 0) {
    throw new InputError(`document ${doc.source.id} refers to nodes it does not define: ${[...new Set(missing)].slice(0, 5).join(', ')}`);
  }
}
