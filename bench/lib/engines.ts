/**
 * The engines a query can run on, behind one shape: `run(spec, i)` sends the i-th call of a
 * query and resolves with its answer (the ids that must agree across engines).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import type { GraphqlClient } from './http.js';
import type { QuerySpec } from './mix.js';
import type { Targets } from './targets.js';

export type EngineName = 'ours' | 'rawCypher' | 'neo4jGraphql';

export interface Engine {
  name: EngineName;
  /** null when the engine cannot express the query (with the reason in `why`). */
  supports(spec: QuerySpec): { ok: true } | { ok: false; why: string };
  run(spec: QuerySpec, i: number): Promise<string[]>;
  close(): Promise<void>;
}

export function oursEngine(client: GraphqlClient, t: Targets): Engine {
  return {
    name: 'ours',
    supports: () => ({ ok: true }),
    async run(spec, i) {
      const { query, variables } = spec.ours(t, i);
      return spec.answerOurs(await client.query(query, variables));
    },
    async close() {
      client.close();
    },
  };
}

export function cypherEngine(driver: Driver, database: string, t: Targets): Engine {
  return {
    name: 'rawCypher',
    supports: () => ({ ok: true }),
    async run(spec, i) {
      const { query, params } = spec.cypher(t, i);
      const { records } = await driver.executeQuery(query, params, { database, routing: neo4j.routing.READ });
      return spec.answerCypher(records.map((r) => r.toObject() as Record<string, unknown>));
    },
    async close() {
      await driver.close();
    },
  };
}
