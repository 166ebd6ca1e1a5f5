/**
 * How a document's nodes and edges merge with what a store already holds. Both stores call
 * these pure functions (Neo4j reads the existing rows inside its write transaction), so a
 * merge can never differ between stores.
 */
import type {
  CompanyNode, EvidenceRef, ExpansionEdge, PersonNode, RoleEdge,
} from '../model/graph.js';

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

/** Appends in arrival order, skipping what is already there. */
function appendUnique(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

function appendEvidence(a: readonly EvidenceRef[], b: readonly EvidenceRef[]): EvidenceRef[] {
  const out = [...a];
  for (const e of b) {
    if (!out.some((o) => o.sourceId === e.sourceId && o.sentence === e.sentence)) out.push(e);
  }
  return out;
}

/** A node keeps its first name; every other spelling becomes an alias. */
export function mergeNamed<T extends PersonNode | CompanyNode>(existing: T, incoming: T): T {
  const aliases = union(existing.aliases, [...incoming.aliases, incoming.name])
    .filter((a) => a !== existing.name);
  return {
    ...existing,
    aliases,
    aliasKeys: union(existing.aliasKeys, incoming.aliasKeys),
  };
}

/**
 * A role stated again: evidence and sources accumulate; the status follows the most recent
 * source (ties go to the incoming one, so a later "ex-" wins); dates and place fill gaps only.
 */
export function mergeRole(existing: RoleEdge, incoming: RoleEdge): RoleEdge {
  const newer = incoming.statusAsOf >= existing.statusAsOf;
  return {
    ...existing,
    status: newer ? incoming.status : existing.status,
    statusAsOf: newer ? incoming.statusAsOf : existing.statusAsOf,
    start: existing.start ?? incoming.start,
    end: existing.end ?? incoming.end,
    placeId: existing.placeId ?? incoming.placeId,
    title: existing.title ?? incoming.title,
    titleCanonical: existing.titleCanonical ?? incoming.titleCanonical,
    seniority: existing.seniority ?? incoming.seniority,
    order: Math.min(existing.order, incoming.order),
    confidence: Math.max(existing.confidence, incoming.confidence),
    sourceIds: appendUnique(existing.sourceIds, incoming.sourceIds),
    evidence: appendEvidence(existing.evidence, incoming.evidence),
  };
}

export function mergeExpansion(existing: ExpansionEdge, incoming: ExpansionEdge): ExpansionEdge {
  return {
    ...existing,
    date: existing.date ?? incoming.date,
    sourceIds: appendUnique(existing.sourceIds, incoming.sourceIds),
    evidence: appendEvidence(existing.evidence, incoming.evidence),
  };
}
