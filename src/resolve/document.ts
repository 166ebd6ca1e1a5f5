/**
 * Facts of one document → the nodes and edges it adds (DocumentGraph). Pure: the source's
 * metadata and the ingestion time come in from the caller.
 */
import { lookupExchange } from '../lexicon/exchanges.js';
import { lookupPlace } from '../lexicon/places.js';
import type { ExpansionFact, Facts, RoleFact } from '../model/facts.js';
import type {
  CompanyKind, CompanyNode, DocumentGraph, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
  SubsidiaryEdge,
} from '../model/graph.js';
import { fold } from '../model/keys.js';
import { mergeExpansion, mergeRole } from '../store/merge.js';
import { companyKey, countryParent } from './company-names.js';
import { companyId, expansionId, personId, placeIdFor, roleId } from './ids.js';

/** What is known of the source besides its facts; it becomes the Source node as it is. */
export type SourceMeta = SourceNode;

/** Collects the spellings of each entity, then names it by its most frequent spelling. */
class NameBook<T extends PersonNode | CompanyNode> {
  private readonly spellings = new Map<string, Map<string, number>>();
  private readonly kinds = new Map<string, CompanyKind>();

  add(id: string, name: string, kind: CompanyKind = 'COMPANY'): void {
    let counts = this.spellings.get(id);
    if (!counts) this.spellings.set(id, (counts = new Map()));
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (kind !== 'COMPANY' || !this.kinds.has(id)) this.kinds.set(id, kind);
  }

  nodes(make: (id: string, name: string, aliases: string[], kind: CompanyKind) => T): T[] {
    return [...this.spellings.entries()].map(([id, counts]) => {
      const ranked = [...counts.entries()].sort(
        ([a, na], [b, nb]) => nb - na || a.length - b.length || (a < b ? -1 : 1),
      );
      const names = ranked.map(([n]) => n);
      return make(id, names[0] ?? '', names.slice(1).sort(), this.kinds.get(id) ?? 'COMPANY');
    });
  }
}

const keysOf = (name: string, aliases: readonly string[], key: (n: string) => string[]): string[] =>
  [...new Set([name, ...aliases].flatMap(key).filter((k) => k !== ''))].sort();
/** A company is also found without its legal suffix: "Alibaba" finds "Alibaba Group". */
const personKeys = (n: string): string[] => [fold(n)];
const companyKeys = (n: string): string[] => [fold(n), companyKey(n)];

export function resolveDocument(facts: Facts, meta: SourceMeta): DocumentGraph {
  const people = new NameBook<PersonNode>();
  const firms = new NameBook<CompanyNode>();
  const places = new Map<string, PlaceNode>();
  const subsidiaries = new Map<string, SubsidiaryEdge>();
  const roles = new Map<string, RoleEdge>();
  const expansions = new Map<string, ExpansionEdge>();
  const statusAsOf = meta.publishedAt ?? '';

  const company = (name: string, kind: CompanyKind = 'COMPANY'): string => {
    const key = companyKey(name);
    const id = companyId(key);
    firms.add(id, name.trim(), kind);
    const parent = countryParent(name);
    if (parent) {
      const parentId = company(parent);
      if (parentId !== id) subsidiaries.set(id, { childId: id, parentId });
    }
    return id;
  };
  const place = (name: string | null): string | null => {
    if (!name || name.trim() === '') return null;
    const known = lookupPlace(name);
    const node: PlaceNode = known
      ? { id: known.id, name: known.name, kind: known.kind, countryCode: known.countryCode }
      : { id: placeIdFor(name), name: name.trim(), kind: 'CITY', countryCode: null };
    places.set(node.id, node);
    return node.id;
  };

  for (const fact of facts.roles) {
    const role = resolveRole(fact, people, company, place, meta.id, statusAsOf);
    const existing = roles.get(role.id);
    roles.set(role.id, existing ? mergeRole(existing, role) : role);
  }
  for (const fact of facts.expansions) {
    const event = resolveExpansion(fact, company, place, meta.id);
    const existing = expansions.get(event.id);
    expansions.set(event.id, existing ? mergeExpansion(existing, event) : event);
  }

  const source: SourceNode = { ...meta };
  const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return {
    source,
    persons: people
      .nodes((id, name, aliases) => ({ id, name, key: fold(name), aliases, aliasKeys: keysOf(name, aliases, personKeys) }))
      .sort(byId),
    companies: firms
      .nodes((id, name, aliases, kind) => ({ id, name, key: companyKey(name), aliases, aliasKeys: keysOf(name, aliases, companyKeys), kind }))
      .sort(byId),
    places: [...places.values()].sort(byId),
    roles: [...roles.values()].sort(byId),
    expansions: [...expansions.values()].sort(byId),
    subsidiaries: [...subsidiaries.values()].sort((a, b) => (a.childId < b.childId ? -1 : 1)),
  };
}

function resolveRole(
  fact: RoleFact,
  people: NameBook<PersonNode>,
  company: (name: string) => string,
  place: (name: string | null) => string | null,
  sourceId: string,
  statusAsOf: string,
): RoleEdge {
  const pKey = fold(fact.person);
  const pId = personId(pKey);
  people.add(pId, fact.person.trim());
  const cId = company(fact.company);
  const titleCanonical = fact.titleCanonical ?? null;
  return {
    id: roleId(pId, cId, fold(titleCanonical ?? fact.title ?? '')),
    personId: pId,
    companyId: cId,
    title: fact.title,
    titleCanonical,
    seniority: fact.seniority ?? null,
    status: fact.status === 'former' ? 'FORMER' : 'CURRENT',
    start: fact.start,
    end: fact.end,
    placeId: place(fact.place),
    order: fact.order ?? 0,
    statusAsOf,
    sourceIds: [sourceId],
    evidence: [{ sourceId, sentence: fact.evidence }],
    confidence: fact.confidence ?? 1,
  };
}

function resolveExpansion(
  fact: ExpansionFact,
  company: (name: string, kind?: CompanyKind) => string,
  place: (name: string | null) => string | null,
  sourceId: string,
): ExpansionEdge {
  const cId = company(fact.company);
  const kind = fact.kind.toUpperCase() as ExpansionEdge['kind'];
  let partnerId = fact.partner ? company(fact.partner) : null;
  let placeId: string | null;
  // A listing's place is the exchange's city; the exchange itself is the partner (DESIGN.md).
  const exchange = fact.kind === 'ipo' ? lookupExchange(fact.partner ?? fact.place ?? '') : null;
  if (exchange) {
    partnerId = company(exchange.name, 'EXCHANGE');
    placeId = place(exchange.city);
  } else {
    placeId = place(fact.place);
  }
  return {
    id: expansionId(cId, kind, placeId, partnerId),
    companyId: cId,
    kind,
    date: fact.date,
    placeId,
    partnerId,
    sourceIds: [sourceId],
    evidence: [{ sourceId, sentence: fact.evidence }],
  };
}
