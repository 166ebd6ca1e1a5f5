/**
 * Model records ↔ Neo4j property maps. Neo4j properties hold no nulls (setting null removes
 * the property) and no maps, so:
 * - a null field is simply absent and reads back as null;
 * - `evidence` is stored as two parallel lists, `evidenceSourceIds[i]` / `evidenceSentences[i]`,
 *   which keeps it queryable in Cypher (a JSON string would not be);
 * - the ends of an edge (personId, companyId) are the relationship's nodes, not properties.
 * Writers produce these maps; `SET x = $props` then makes the entity exactly the record.
 */
import type {
  CompanyKind, CompanyNode, EvidenceRef, ExpansionEdge, ExpansionKindG, PersonNode, PlaceKind,
  PlaceNode, RoleEdge, SourceNode, Status,
} from '../../model/graph.js';
import { num, reqStr, str, strList, type Props } from './convert.js';

function withoutNulls(record: Record<string, unknown>): Props {
  const out: Props = {};
  for (const [k, v] of Object.entries(record)) if (v !== null && v !== undefined) out[k] = v;
  return out;
}

function evidenceProps(evidence: readonly EvidenceRef[]): Props {
  return {
    evidenceSourceIds: evidence.map((e) => e.sourceId),
    evidenceSentences: evidence.map((e) => e.sentence),
  };
}

function evidenceFrom(p: Props): EvidenceRef[] {
  const ids = strList(p.evidenceSourceIds);
  const sentences = strList(p.evidenceSentences);
  return ids.map((sourceId, i) => ({ sourceId, sentence: sentences[i] ?? '' }));
}

// ---------------------------------------------------------------- nodes

export function personProps(n: PersonNode): Props {
  return { id: n.id, name: n.name, key: n.key, aliases: n.aliases, aliasKeys: n.aliasKeys };
}

export function personFrom(p: Props): PersonNode {
  return {
    id: reqStr(p.id, 'Person.id'),
    name: reqStr(p.name, 'Person.name'),
    key: str(p.key) ?? '',
    aliases: strList(p.aliases),
    aliasKeys: strList(p.aliasKeys),
  };
}

export function companyProps(n: CompanyNode): Props {
  return { ...personProps(n), kind: n.kind };
}

export function companyFrom(p: Props): CompanyNode {
  return { ...personFrom(p), kind: (str(p.kind) ?? 'OTHER') as CompanyKind };
}

export function placeProps(n: PlaceNode): Props {
  return withoutNulls({ id: n.id, name: n.name, kind: n.kind, countryCode: n.countryCode });
}

export function placeFrom(p: Props): PlaceNode {
  return {
    id: reqStr(p.id, 'Place.id'),
    name: reqStr(p.name, 'Place.name'),
    kind: reqStr(p.kind, 'Place.kind') as PlaceKind,
    countryCode: str(p.countryCode),
  };
}

export function sourceProps(n: SourceNode): Props {
  return withoutNulls({ ...n });
}

export function sourceFrom(p: Props): SourceNode {
  return {
    id: reqStr(p.id, 'Source.id'),
    title: str(p.title),
    url: str(p.url),
    publishedAt: str(p.publishedAt),
    lang: str(p.lang) ?? '',
    ingestedAt: str(p.ingestedAt) ?? '',
  };
}

// ---------------------------------------------------------------- edges

export function roleProps(r: RoleEdge): Props {
  return withoutNulls({
    id: r.id,
    title: r.title,
    titleCanonical: r.titleCanonical,
    seniority: r.seniority,
    status: r.status,
    start: r.start,
    end: r.end,
    placeId: r.placeId,
    order: r.order,
    statusAsOf: r.statusAsOf,
    sourceIds: r.sourceIds,
    ...evidenceProps(r.evidence),
    confidence: r.confidence,
  });
}

export function roleFrom(personId: unknown, companyId: unknown, p: Props): RoleEdge {
  return {
    id: reqStr(p.id, 'HELD_ROLE.id'),
    personId: reqStr(personId, 'HELD_ROLE person'),
    companyId: reqStr(companyId, 'HELD_ROLE company'),
    title: str(p.title),
    titleCanonical: str(p.titleCanonical),
    seniority: str(p.seniority),
    status: (str(p.status) ?? 'CURRENT') as Status,
    start: str(p.start),
    end: str(p.end),
    placeId: str(p.placeId),
    order: num(p.order),
    statusAsOf: str(p.statusAsOf) ?? '',
    sourceIds: strList(p.sourceIds),
    evidence: evidenceFrom(p),
    confidence: num(p.confidence),
  };
}

/**
 * `placeId` is kept as a property too: an event without a place is a self-loop on its
 * company (see cypher-write.ts), so the end node alone cannot say "no place".
 */
export function expansionProps(x: ExpansionEdge): Props {
  return withoutNulls({
    id: x.id,
    kind: x.kind,
    date: x.date,
    placeId: x.placeId,
    partnerId: x.partnerId,
    sourceIds: x.sourceIds,
    ...evidenceProps(x.evidence),
  });
}

export function expansionFrom(companyId: unknown, p: Props): ExpansionEdge {
  return {
    id: reqStr(p.id, 'EXPANDED.id'),
    companyId: reqStr(companyId, 'EXPANDED company'),
    kind: reqStr(p.kind, 'EXPANDED.kind') as ExpansionKindG,
    date: str(p.date),
    placeId: str(p.placeId),
    partnerId: str(p.partnerId),
    sourceIds: strList(p.sourceIds),
    evidence: evidenceFrom(p),
  };
}
