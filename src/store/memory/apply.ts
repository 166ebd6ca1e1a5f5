/**
 * Applies one resolved document to the in-memory state. Runs synchronously from start to
 * end, so no reader ever sees half a document; the caller journals the document first.
 */
import { InputError } from '../../errors.js';
import type { CompanyNode, DocumentGraph, PersonNode } from '../../model/graph.js';
import { mergeExpansion, mergeNamed, mergeRole } from '../merge.js';
import type { IngestResult } from '../types.js';
import type { MemoryState, NodeAttrs } from './state.js';

export function applyDocument(state: MemoryState, doc: DocumentGraph): IngestResult {
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
  state.sources.set(doc.source.id, doc.source);
  const { graph } = state;

  mergeNamedNodes(state, 'Person', doc.persons, result.persons);
  mergeNamedNodes(state, 'Company', doc.companies, result.companies);
  for (const place of doc.places) {
    if (!graph.hasNode(place.id)) graph.addNode(place.id, { label: 'Place', record: place });
  }
  for (const link of doc.subsidiaries) {
    // A company has one parent: the first one stated stays.
    const hasParent = graph.outEdges(link.childId).some(
      (e) => graph.getEdgeAttributes(e).type === 'SUBSIDIARY_OF',
    );
    if (!hasParent) graph.addDirectedEdge(link.childId, link.parentId, { type: 'SUBSIDIARY_OF' });
  }
  for (const role of doc.roles) {
    const existing = state.role(role.id);
    if (existing) {
      graph.replaceEdgeAttributes(role.id, { type: 'HELD_ROLE', record: mergeRole(existing, role) });
      result.roles.merged++;
    } else {
      graph.addDirectedEdgeWithKey(role.id, role.personId, role.companyId, { type: 'HELD_ROLE', record: role });
      result.roles.added++;
    }
  }
  for (const event of doc.expansions) {
    const existing = state.expansions.get(event.id);
    state.expansions.set(event.id, existing ? mergeExpansion(existing, event) : event);
    let ids = state.expansionsByCompany.get(event.companyId);
    if (!ids) state.expansionsByCompany.set(event.companyId, (ids = new Set()));
    ids.add(event.id);
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
): void {
  for (const node of nodes) {
    const existing = state.node(label as 'Person', node.id) as typeof node | null;
    const record = existing ? mergeNamed(existing, node) : node;
    state.graph.mergeNode(node.id, { label, record } as NodeAttrs);
    state.indexKeys(label, node.id, record.aliasKeys);
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
  const exists = (id: string): boolean => known.has(id) || state.graph.hasNode(id);
  const missing: string[] = [];
  for (const r of doc.roles) for (const id of [r.personId, r.companyId, r.placeId]) if (id && !exists(id)) missing.push(id);
  for (const x of doc.expansions) for (const id of [x.companyId, x.placeId, x.partnerId]) if (id && !exists(id)) missing.push(id);
  for (const l of doc.subsidiaries) for (const id of [l.childId, l.parentId]) if (!exists(id)) missing.push(id);
  if (missing.length > 0) {
    throw new InputError(`document ${doc.source.id} refers to nodes it does not define: ${[...new Set(missing)].slice(0, 5).join(', ')}`);
  }
}
