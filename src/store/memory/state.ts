/**
 * The in-memory graph: entities as graphology nodes, roles and subsidiary links as edges
 * (what traversals walk), plus side tables for sources, expansions and the name-key index.
 * Expansions live in a table rather than as edges because an event may have no place.
 */
import { MultiDirectedGraph } from 'graphology';
import type {
  CompanyNode, ExpansionEdge, PersonNode, PlaceNode, RoleEdge, SourceNode,
} from '../../model/graph.js';
import type { NodeLabel } from '../types.js';

export type NodeAttrs =
  | { label: 'Person'; record: PersonNode }
  | { label: 'Company'; record: CompanyNode }
  | { label: 'Place'; record: PlaceNode };

export type EdgeAttrs =
  | { type: 'HELD_ROLE'; record: RoleEdge }
  | { type: 'SUBSIDIARY_OF' };

export class MemoryState {
  readonly graph = new MultiDirectedGraph<NodeAttrs, EdgeAttrs>();
  readonly sources = new Map<string, SourceNode>();
  readonly expansions = new Map<string, ExpansionEdge>();
  readonly expansionsByCompany = new Map<string, Set<string>>();
  /** folded name or alias → node ids, per label. */
  readonly keyIndex: Record<NodeLabel, Map<string, Set<string>>> = {
    Person: new Map(),
    Company: new Map(),
  };

  node(label: 'Person', id: string): PersonNode | null;
  node(label: 'Company', id: string): CompanyNode | null;
  node(label: 'Place', id: string): PlaceNode | null;
  node(label: NodeAttrs['label'], id: string): NodeAttrs['record'] | null {
    if (!this.graph.hasNode(id)) return null;
    const attrs = this.graph.getNodeAttributes(id);
    return attrs.label === label ? attrs.record : null;
  }

  role(id: string): RoleEdge | null {
    if (!this.graph.hasEdge(id)) return null;
    const attrs = this.graph.getEdgeAttributes(id);
    return attrs.type === 'HELD_ROLE' ? attrs.record : null;
  }

  /** Roles on the edges of a node, in one direction, sorted by id. */
  rolesOf(nodeId: string, direction: 'out' | 'in'): RoleEdge[] {
    if (!this.graph.hasNode(nodeId)) return [];
    const edges = direction === 'out' ? this.graph.outEdges(nodeId) : this.graph.inEdges(nodeId);
    const roles: RoleEdge[] = [];
    for (const e of edges) {
      const attrs = this.graph.getEdgeAttributes(e);
      if (attrs.type === 'HELD_ROLE') roles.push(attrs.record);
    }
    return roles.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  indexKeys(label: NodeLabel, id: string, keys: readonly string[]): void {
    const index = this.keyIndex[label];
    for (const key of keys) {
      let ids = index.get(key);
      if (!ids) index.set(key, (ids = new Set()));
      ids.add(id);
    }
  }
}
