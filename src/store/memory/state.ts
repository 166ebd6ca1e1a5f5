/**
 * The in-memory graph in plain Maps and arrays, built to be small (bench/heap.ts measures it):
 *
 * - one Map per kind of record (persons, companies, places, sources, roles, expansions), each
 *   record a plain object of one fixed shape, made in one place below;
 * - one string instance per id: a record refers to a node by the id instance of the node's own
 *   record, to a source by the source's, and repeated values (titles, dates, kinds) come from
 *   an intern table, so a role costs its own fields and not copies of its neighbours' ids;
 * - adjacency as id lists (`IdList`): a single id is kept as the string itself, a few as an
 *   exact-size array kept sorted, many as an array that grows by push and is sorted when read;
 * - a role or event stated by one source shares that source's one-element `sourceIds` array
 *   (frozen) with the others of the same source; an empty `aliases` is one shared frozen array.
 *
 * Records are never changed once stored: a merge stores a new record, so a reader holding
 * one keeps a consistent view. Returned arrays may be shared: callers must not mutate them.
 */
import type {
  CompanyNode, EvidenceRef, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
} from '../../model/graph.js';
import type { NodeLabel } from '../types.js';

/** One id alone, or several. */
type IdList = string | string[];

/** Lists shorter than this are replaced by a sorted exact-size copy on insert. */
const SMALL_LIST = 16;

const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const EMPTY: string[] = Object.freeze([]) as unknown as string[];

/** V8 keeps a substring as a view of its parent (an article's whole text); this copies it. */
const copyString = (s: string): string => (s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string));

/**
 * Strings of the records being stored come from somewhere: a document made in this process
 * (its names and sentences may be substrings of the article text: copied, once per distinct
 * string) or a parsed snapshot or journal (fresh strings: kept as they are).
 */
export class Intake {
  private readonly copies = new Map<string, string>();
  /** One evidence object per sentence of a source, whatever cites it. */
  private readonly refs = new Map<string, EvidenceRef>();
  constructor(private readonly copy: boolean) {}

  own(s: string): string {
    if (!this.copy || s.length < 13) return s;
    let c = this.copies.get(s);
    if (c === undefined) this.copies.set(s, (c = copyString(s)));
    return c;
  }

  ref(sourceId: string, sentence: string): EvidenceRef {
    const known = this.refs.get(sentence);
    if (known?.sourceId === sourceId) return known;
    const ref = evidenceRef(sourceId, this.own(sentence));
    this.refs.set(sentence, ref);
    return ref;
  }
}

/** Inserts `id` into `list` (a no-op when present); returns the list to store. */
function listAdd(list: IdList | undefined, id: string, fresh: boolean): IdList {
  if (list === undefined) return id;
  if (typeof list === 'string') {
    if (list === id) return list;
    return list < id ? [list, id] : [id, list];
  }
  if (list.length < SMALL_LIST) {
    let i = list.length;
    while (i > 0 && (list[i - 1] as string) > id) i--;
    if (i > 0 && list[i - 1] === id) return list;
    return list.slice(0, i).concat(id, list.slice(i));
  }
  // Long lists (a large company's roles) grow by push; `fresh` says the caller knows the id
  // is not there yet, which saves a scan of the whole list.
  if (fresh || !list.includes(id)) list.push(id);
  return list;
}

/** The ids of a list, sorted (sorting a long list in place once after it grew). */
function listIds(list: IdList | undefined): readonly string[] {
  if (list === undefined) return EMPTY;
  if (typeof list === 'string') return [list];
  for (let i = 1; i < list.length; i++) {
    if ((list[i - 1] as string) > (list[i] as string)) {
      list.sort(byId);
      break;
    }
  }
  return list;
}

export class MemoryState {
  readonly persons = new Map<string, PersonNode>();
  readonly companies = new Map<string, CompanyNode>();
  readonly places = new Map<string, PlaceNode>();
  readonly sources = new Map<string, SourceNode>();
  readonly roles = new Map<string, RoleEdge>();
  readonly expansions = new Map<string, ExpansionEdge>();
  /** Child company → its parent: a company has one parent, the first one stated. */
  readonly parents = new Map<string, string>();
  private readonly children = new Map<string, IdList>();
  /** Person → its role ids; company → the ids of the roles held at it. */
  private readonly rolesOut = new Map<string, IdList>();
  private readonly rolesIn = new Map<string, IdList>();
  private readonly expansionsOf = new Map<string, IdList>();
  /** Folded name or alias → node ids, per label. */
  private readonly keyIndex: Record<NodeLabel, Map<string, IdList>> = { Person: new Map(), Company: new Map() };
  /** Repeated values (titles, dates, kinds): one instance each. */
  private readonly strings = new Map<string, string>();
  /** The last one-element sourceIds array made: roles of one source come together. */
  private single: readonly string[] = EMPTY;

  // ---- reads -------------------------------------------------------------------------------

  hasNode(id: string): boolean {
    return this.persons.has(id) || this.companies.has(id) || this.places.has(id);
  }

  node(label: 'Person', id: string): PersonNode | null;
  node(label: 'Company', id: string): CompanyNode | null;
  node(label: 'Place', id: string): PlaceNode | null;
  node(label: 'Person' | 'Company' | 'Place', id: string): PersonNode | CompanyNode | PlaceNode | null {
    const map = label === 'Person' ? this.persons : label === 'Company' ? this.companies : this.places;
    return map.get(id) ?? null;
  }

  role(id: string): RoleEdge | null {
    return this.roles.get(id) ?? null;
  }

  /** Roles of a person ('out') or held at a company ('in'), sorted by id. */
  rolesOf(nodeId: string, direction: 'out' | 'in'): RoleEdge[] {
    return listIds((direction === 'out' ? this.rolesOut : this.rolesIn).get(nodeId))
      .map((id) => this.roles.get(id) as RoleEdge);
  }

  /** Expansion events of a company, sorted by id. */
  expansionsOfCompany(companyId: string): ExpansionEdge[] {
    return listIds(this.expansionsOf.get(companyId)).map((id) => this.expansions.get(id) as ExpansionEdge);
  }

  /** Direct subsidiaries of a company, sorted. */
  childrenOf(companyId: string): string[] {
    return [...listIds(this.children.get(companyId))];
  }

  /** Node ids whose folded name or alias is `key`, sorted. */
  idsByKey(label: NodeLabel, key: string): string[] {
    return [...listIds(this.keyIndex[label].get(key))];
  }

  // ---- writes: each stores a compact copy of the record it is given ------------------------

  /** A person or company, new or merged (the record replaces the one of the same id). */
  putNamed<T extends PersonNode | CompanyNode>(label: 'Person' | 'Company', node: T, intake: Intake): void {
    const map = (label === 'Person' ? this.persons : this.companies) as Map<string, T>;
    const old = map.get(node.id);
    const id = old ? old.id : intake.own(node.id);
    const key = old && old.key === node.key ? old.key : intake.own(node.key);
    const ownKey = (k: string): string => (k === key ? key : (old?.aliasKeys.find((o) => o === k) ?? intake.own(k)));
    const aliases = node.aliases.length === 0
      ? EMPTY
      : node.aliases.map((a) => old?.aliases.find((o) => o === a) ?? intake.own(a));
    const aliasKeys = node.aliasKeys.map(ownKey);
    const name = old && old.name === node.name ? old.name : intake.own(node.name);
    const record = label === 'Person'
      ? personRecord(id, name, key, aliases, aliasKeys)
      : companyRecord(id, name, key, aliases, aliasKeys, this.intern((node as CompanyNode).kind));
    map.set(id, record as T);
    const index = this.keyIndex[label];
    for (const k of aliasKeys) {
      const list = index.get(k);
      const next = listAdd(list, id, false);
      if (next !== list) index.set(k, next);
    }
  }

  /** A place: the first record of an id stays (places come from the lexicon). */
  putPlace(place: PlaceNode, intake: Intake): void {
    if (this.places.has(place.id)) return;
    const id = intake.own(place.id);
    this.places.set(id, {
      id,
      name: intake.own(place.name),
      kind: this.intern(place.kind),
      countryCode: this.internOrNull(place.countryCode),
    });
  }

  putSource(source: SourceNode, intake: Intake): void {
    const id = intake.own(source.id);
    this.sources.set(id, {
      id,
      title: source.title === null ? null : intake.own(source.title),
      url: source.url === null ? null : intake.own(source.url),
      publishedAt: this.internOrNull(source.publishedAt),
      lang: this.intern(source.lang),
      ingestedAt: intake.own(source.ingestedAt),
    });
  }

  /** `child` belongs to `parent`, unless it already has a parent. */
  link(childId: string, parentId: string): void {
    if (this.parents.has(childId)) return;
    const child = this.nodeId(childId);
    const parent = this.nodeId(parentId);
    this.parents.set(child, parent);
    this.children.set(parent, listAdd(this.children.get(parent), child, false));
  }

  /** A role, new or merged with the stored one of its id (`previous`). */
  putRole(role: RoleEdge, previous: RoleEdge | null, intake: Intake): void {
    const id = previous ? previous.id : intake.own(role.id);
    const personId = previous && previous.personId === role.personId ? previous.personId : this.nodeId(role.personId);
    const companyId = previous && previous.companyId === role.companyId ? previous.companyId : this.nodeId(role.companyId);
    const record = roleRecord(
      id, personId, companyId,
      this.internOrNull(role.title), this.internOrNull(role.titleCanonical), this.internOrNull(role.seniority),
      this.intern(role.status), this.internOrNull(role.start), this.internOrNull(role.end),
      role.placeId === null ? null : this.nodeId(role.placeId),
      role.order, this.intern(role.statusAsOf),
      this.sourceIds(role.sourceIds, previous?.sourceIds), this.evidence(role.evidence, previous?.evidence, intake),
      role.confidence,
    );
    this.roles.set(id, record);
    if (previous) return;
    this.rolesOut.set(personId, listAdd(this.rolesOut.get(personId), id, true));
    this.rolesIn.set(companyId, listAdd(this.rolesIn.get(companyId), id, true));
  }

  /** An expansion event, new or merged with the stored one of its id (`previous`). */
  putExpansion(event: ExpansionEdge, previous: ExpansionEdge | null, intake: Intake): void {
    const id = previous ? previous.id : intake.own(event.id);
    const companyId = previous && previous.companyId === event.companyId ? previous.companyId : this.nodeId(event.companyId);
    const record = expansionRecord(
      id, companyId, this.intern(event.kind), this.internOrNull(event.date),
      event.placeId === null ? null : this.nodeId(event.placeId),
      event.partnerId === null ? null : this.nodeId(event.partnerId),
      this.sourceIds(event.sourceIds, previous?.sourceIds), this.evidence(event.evidence, previous?.evidence, intake),
    );
    this.expansions.set(id, record);
    const list = this.expansionsOf.get(companyId);
    const next = listAdd(list, id, false);
    if (next !== list) this.expansionsOf.set(companyId, next);
  }

  // ---- canonical strings -------------------------------------------------------------------

  /** The stored instance of a node id (the id of the node's record); `id` when unknown. */
  private nodeId(id: string): string {
    return (this.persons.get(id) ?? this.companies.get(id) ?? this.places.get(id))?.id ?? id;
  }

  private sourceId(id: string): string {
    return this.sources.get(id)?.id ?? id;
  }

  private intern<T extends string>(s: T): T {
    let t = this.strings.get(s);
    if (t === undefined) this.strings.set((t = copyString(s)), t);
    return t as T;
  }

  private internOrNull(s: string | null): string | null {
    return s === null ? null : this.intern(s);
  }

  /** The previous array when unchanged; one shared frozen array per source for one source. */
  private sourceIds(ids: readonly string[], previous: readonly string[] | undefined): string[] {
    if (previous && sameStrings(ids, previous)) return previous as string[];
    if (ids.length === 1) {
      const id = this.sourceId(ids[0] as string);
      if (this.single[0] !== id) this.single = Object.freeze([id]);
      return this.single as string[];
    }
    return ids.map((id) => this.sourceId(id));
  }

  private evidence(refs: readonly EvidenceRef[], previous: readonly EvidenceRef[] | undefined, intake: Intake): EvidenceRef[] {
    if (previous && refs.length === previous.length && refs.every((r, i) => r === previous[i])) return previous as EvidenceRef[];
    return refs.map((r) => previous?.find((p) => p === r) ?? intake.ref(this.sourceId(r.sourceId), r.sentence));
  }
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

// One object literal per kind of record: every record of a kind has one hidden class, with
// its fields in the object itself.

function personRecord(id: string, name: string, key: string, aliases: string[], aliasKeys: string[]): PersonNode {
  return { id, name, key, aliases, aliasKeys };
}

function companyRecord(
  id: string, name: string, key: string, aliases: string[], aliasKeys: string[], kind: CompanyNode['kind'],
): CompanyNode {
  return { id, name, key, aliases, aliasKeys, kind };
}

function roleRecord(
  id: string, personId: string, companyId: string, title: string | null, titleCanonical: string | null,
  seniority: string | null, status: RoleEdge['status'], start: string | null, end: string | null,
  placeId: string | null, order: number, statusAsOf: string, sourceIds: string[], evidence: EvidenceRef[],
  confidence: number,
): RoleEdge {
  return {
    id, personId, companyId, title, titleCanonical, seniority, status, start, end, placeId, order, statusAsOf,
    sourceIds, evidence, confidence,
  };
}

function expansionRecord(
  id: string, companyId: string, kind: ExpansionEdge['kind'], date: string | null, placeId: string | null,
  partnerId: string | null, sourceIds: string[], evidence: EvidenceRef[],
): ExpansionEdge {
  return { id, companyId, kind, date, placeId, partnerId, sourceIds, evidence };
}

function evidenceRef(sourceId: string, sentence: string): EvidenceRef {
  return { sourceId, sentence };
}
