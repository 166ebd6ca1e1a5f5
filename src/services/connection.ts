/**
 * The shortest path between two people or companies, through roles (person–company) and
 * subsidiary links (company–company), walked in both directions.
 *
 * A bidirectional breadth-first search: each level of either side is one store read
 * (`links`: roles by person, roles by company, parent, subsidiaries, with only the role
 * fields a walk needs), so the same code runs on every store and its store calls grow with
 * the path length, not with the size of the graph it crosses. The roles and nodes of the
 * path found are then read whole, in one more round trip.
 *
 * Determinism: frontiers and neighbours are visited in id order, a state keeps the first
 * predecessor that reached it, and among the shortest paths found at the meeting level
 * the one whose node ids (then role ids) sort first wins. Same data, same path, any store.
 *
 * `overlapping`: two people connect through a company (or its group, across subsidiary
 * links) only if their roles there overlapped in time (dates.ts `overlapped`). The search
 * then carries, at company nodes, the role by which the walk entered the group.
 */
import { NotFoundError } from '../errors.js';
import type { CompanyNode, PersonNode, RoleEdge } from '../model/graph.js';
import type { Loaders } from '../graphql/loaders.js';
import type { RoleLink } from '../store/types.js';
import { overlapped } from './dates.js';
import { byCodePoint, loadAll, unique } from './load.js';

export type GraphNode = PersonNode | CompanyNode;

export interface Connection {
  hops: number;
  nodes: GraphNode[];
  roles: RoleEdge[];
}

export interface ConnectionOptions {
  maxHops: number;
  overlapping: boolean;
}

type Kind = 'Person' | 'Company';

interface State {
  node: string;
  kind: Kind;
  /** At a company, in overlapping mode: the role by which the walk entered its group. */
  carry: RoleLink | null;
}

interface Visit {
  state: State;
  depth: number;
  /** Key of the state this one was reached from, null at the root. */
  prev: string | null;
  /** The role walked to get here; null at the root and across a subsidiary link. */
  role: RoleLink | null;
}

class Side {
  readonly visited = new Map<string, Visit>();
  /** node id → keys of its visited states (several in overlapping mode). */
  readonly byNode = new Map<string, string[]>();
  frontier: string[];
  depth = 0;

  constructor(root: State) {
    const key = stateKey(root);
    this.add(key, { state: root, depth: 0, prev: null, role: null });
    this.frontier = [key];
  }

  add(key: string, visit: Visit): void {
    this.visited.set(key, visit);
    const keys = this.byNode.get(visit.state.node);
    if (keys) keys.push(key);
    else this.byNode.set(visit.state.node, [key]);
  }

  /** States from the root to `key`, root first. */
  chain(key: string): Visit[] {
    const out: Visit[] = [];
    for (let k: string | null = key; k !== null; ) {
      const visit: Visit = this.visited.get(k) as Visit;
      out.push(visit);
      k = visit.prev;
    }
    return out.reverse();
  }
}

const stateKey = (s: State): string => `${s.node}\u0000${s.carry?.id ?? ''}`;

export async function shortestConnection(
  loaders: Loaders,
  fromId: string,
  toId: string,
  options: ConnectionOptions,
): Promise<Connection | null> {
  await loaders.lookup([fromId, toId], []);
  const [from, to] = await Promise.all([endpoint(loaders, fromId), endpoint(loaders, toId)]);
  if (from.id === to.id) return { hops: 0, nodes: [from], roles: [] };
  const forward = new Side({ node: from.id, kind: kindOf(from), carry: null });
  const backward = new Side({ node: to.id, kind: kindOf(to), carry: null });

  while (forward.depth + backward.depth < options.maxHops) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) return null;
    // Grow the smaller side: fewer reads for the same progress.
    const [grow, other] = forward.frontier.length <= backward.frontier.length ? [forward, backward] : [backward, forward];
    await expand(loaders, grow, options.overlapping);
    const meetings = meet(grow, other, options.overlapping);
    if (meetings.length > 0) {
      const paths = meetings.map(([a, b]) => (grow === forward ? join(forward, a, backward, b) : join(forward, b, backward, a)));
      return materialize(loaders, paths.sort(comparePaths)[0] as RawPath);
    }
  }
  return null;
}

/** One level of one side: every neighbour of its frontier, read in one batch per relation. */
async function expand(loaders: Loaders, side: Side, overlapping: boolean): Promise<void> {
  const states = side.frontier.map((k) => (side.visited.get(k) as Visit).state);
  const persons = unique(states.filter((s) => s.kind === 'Person').map((s) => s.node));
  const companies = unique(states.filter((s) => s.kind === 'Company').map((s) => s.node));
  const { personRoles, companyRoles, parents, subsidiaries: children } = await loaders.links(persons, companies);
  const rolesOfPerson = new Map(persons.map((id, i) => [id, sortById(personRoles[i] ?? [])]));
  const rolesAtCompany = new Map(companies.map((id, i) => [id, sortById(companyRoles[i] ?? [])]));
  const linked = new Map(
    companies.map((id, i) => [id, unique([...(parents[i] ? [parents[i] as string] : []), ...(children[i] ?? [])])]),
  );

  side.depth++;
  const next: string[] = [];
  const visit = (prev: string, state: State, role: RoleLink | null): void => {
    const key = stateKey(state);
    if (side.visited.has(key)) return;
    side.add(key, { state, depth: side.depth, prev, role });
    next.push(key);
  };
  for (const key of [...side.frontier].sort(byCodePoint)) {
    const { state } = side.visited.get(key) as Visit;
    if (state.kind === 'Person') {
      for (const role of rolesOfPerson.get(state.node) ?? []) {
        visit(key, { node: role.companyId, kind: 'Company', carry: overlapping ? role : null }, role);
      }
      continue;
    }
    for (const role of rolesAtCompany.get(state.node) ?? []) {
      if (state.carry && (role.id === state.carry.id || !overlapped(state.carry, role))) continue;
      visit(key, { node: role.personId, kind: 'Person', carry: null }, role);
    }
    for (const company of linked.get(state.node) ?? []) {
      visit(key, { node: company, kind: 'Company', carry: state.carry }, null);
    }
  }
  side.frontier = next;
}

/** Pairs (state just reached by `grow`, state of `other`) on the same node, compatible. */
function meet(grow: Side, other: Side, overlapping: boolean): [string, string][] {
  const pairs: [string, string][] = [];
  for (const key of grow.frontier) {
    const mine = (grow.visited.get(key) as Visit).state;
    for (const theirs of other.byNode.get(mine.node) ?? []) {
      const carry = (other.visited.get(theirs) as Visit).state.carry;
      const compatible = !overlapping || !mine.carry || !carry || (mine.carry.id !== carry.id && overlapped(mine.carry, carry));
      if (compatible) pairs.push([key, theirs]);
    }
  }
  return pairs;
}

interface RawPath {
  nodes: string[];
  roles: RoleLink[];
}

/** Forward chain to the meeting node, then the backward chain from it to the target. */
function join(forward: Side, fKey: string, backward: Side, bKey: string): RawPath {
  const there = forward.chain(fKey);
  const back = backward.chain(bKey).reverse(); // meeting node first, target last
  const nodes = [...there.map((v) => v.state.node), ...back.slice(1).map((v) => v.state.node)];
  // A visit's role is the edge to its predecessor: forward, the edge before it; backward, after it.
  const roles = [...there.map((v) => v.role), ...back.map((v) => v.role)].filter((r): r is RoleLink => r !== null);
  return { nodes, roles };
}

function comparePaths(a: RawPath, b: RawPath): number {
  return (
    a.nodes.length - b.nodes.length ||
    compareLists(a.nodes, b.nodes) ||
    compareLists(a.roles.map((r) => r.id), b.roles.map((r) => r.id))
  );
}

function compareLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = byCodePoint(a[i] as string, b[i] as string);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}

/** The path's nodes and roles, read whole (the walk saw only role links). */
async function materialize(loaders: Loaders, path: RawPath): Promise<Connection> {
  await loaders.lookup(path.nodes, path.roles.map((r) => r.id));
  const [nodes, roles] = await Promise.all([
    Promise.all(path.nodes.map((id) => nodeById(loaders, id))),
    loadAll(loaders.role, path.roles.map((r) => r.id)),
  ]);
  return {
    hops: path.nodes.length - 1,
    nodes: nodes.filter((n): n is GraphNode => n !== null),
    roles: roles.filter((r): r is RoleEdge => r !== null),
  };
}

/** A person or a company by id; NOT_FOUND when it is neither. */
async function endpoint(loaders: Loaders, id: string): Promise<GraphNode> {
  const node = await nodeById(loaders, id);
  if (!node) throw new NotFoundError(`connection: no person or company has id ${JSON.stringify(id.slice(0, 120))}`);
  return node;
}

async function nodeById(loaders: Loaders, id: string): Promise<GraphNode | null> {
  const [person, company] = await Promise.all([loaders.person.load(id), loaders.company.load(id)]);
  return person ?? company;
}

export function kindOf(node: GraphNode): Kind {
  return 'kind' in node ? 'Company' : 'Person';
}

function sortById(roles: readonly RoleLink[]): RoleLink[] {
  return [...roles].sort((a, b) => byCodePoint(a.id, b.id));
}
