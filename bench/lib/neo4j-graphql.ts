/**
 * @neo4j/graphql as an engine: its server runs in a child process over the same Neo4j;
 * each query of the mix is asked as a user of that library would ask it: through the
 * generated API where it can express the question (careerPath, nested50), else through the
 * `@cypher` fields of neo4j-graphql-schema.ts.
 */
import { startChild } from './child.js';
import type { Engine } from './engines.js';
import { GraphqlClient } from './http.js';
import { ids, list, obj, type Obj } from './json-shape.js';
import { EXPANSION_SELECTION, lucene, talentFlow, type Call, type QuerySpec } from './mix.js';
import type { Neo4jTarget } from './neo4j.js';
import { at, type Targets } from './targets.js';

interface NgSpec {
  mode: 'generated' | '@cypher';
  call(t: Targets, i: number): Call;
  answer(data: Obj, t: Targets, i: number): string[];
}

/** Career order as far as the generated sort can say it (it cannot sort undated roles first). */
const CAREER_SORT = '[{ edge: { order: ASC } }, { edge: { status: DESC } }, { edge: { start: ASC } }, { edge: { id: ASC } }]';

const roleIds = (person: Obj): string[] => list(obj(person.rolesConnection).edges).map((e) => String(obj(e.properties).id));

export const NEO4J_GRAPHQL: Record<string, NgSpec> = {
  careerPath: {
    mode: 'generated',
    call: (t, i) => ({
      query: `query CareerPath($id: ID!) {
  people(where: { id: { eq: $id } }) {
    id name
    rolesConnection(sort: ${CAREER_SORT}) {
      edges { properties { id title titleCanonical status start end placeId evidenceSentences } node { id name } }
    }
  }
}`,
      variables: { id: at(t.persons, i) },
    }),
    answer: (d) => roleIds(list(d.people)[0] ?? {}),
  },
  // Our schema's talentFlow field is mirrored by a @cypher field of the same shape.
  talentFlow: { mode: '@cypher', call: talentFlow.ours, answer: talentFlow.answerOurs },
  connection: {
    mode: '@cypher',
    call: (t, i) => {
      const [from, to] = at(t.personPairs, i);
      return {
        query: `query Connection($from: ID!, $to: ID!) {
  shortestConnection(from: $from, to: $to) { hops nodes { id name } roles { id title } }
}`,
        variables: { from, to },
      };
    },
    answer: (d) => [d.shortestConnection ? String(obj(d.shortestConnection).hops) : 'none'],
  },
  expansion: {
    mode: '@cypher',
    call: (t, i) => ({
      query: `query Expansion($id: ID!) {
  expansion(id: $id) {${EXPANSION_SELECTION}  }
}`,
      variables: { id: at(t.groups, i) },
    }),
    answer: (d) => {
      const x = obj(d.expansion);
      const partners = list(x.partners).sort((a, b) => String(a.name).localeCompare(String(b.name), 'fr'));
      return [...ids(x.events), '|', ...ids(x.places), '|', ...ids(partners), '|', ...ids(x.leaders)];
    },
  },
  search: {
    mode: '@cypher',
    call: (t, i) => ({
      query: `query Search($lucene: String!) { nameSearch(lucene: $lucene) { score node { id name } } }`,
      variables: { lucene: lucene(at(t.searches, i)) },
    }),
    answer: (d) => list(d.nameSearch).map((h) => String(obj(h.node).id)),
  },
  nested50: {
    mode: 'generated',
    call: (t, i) => ({
      query: `query Nested50($id: ID!) {
  companies(where: { id: { eq: $id } }) {
    id name
    people(limit: 50, sort: [{ key: ASC }, { id: ASC }]) {
      id name
      rolesConnection(sort: ${CAREER_SORT}) {
        edges { properties { id title start end } node { id name parent { id name } } }
      }
    }
  }
}`,
      variables: { id: at(t.staffed, i) },
    }),
    answer: (d) => list(obj(list(d.companies)[0]).people).flatMap((p) =>
      list(obj(p.rolesConnection).edges).map((e) => `${String(p.id)}/${String(obj(e.properties).id)}@${String(list(obj(e.node).parent)[0]?.id ?? '-')}`)),
  },
};

export async function neo4jGraphqlEngine(
  target: Neo4jTarget, t: Targets, concurrency: number, log: (line: string) => void,
): Promise<{ engine: Engine; stop: () => Promise<void> } | { why: string }> {
  if (!target.apoc) return { why: 'APOC Core is not installed in this Neo4j (@neo4j/graphql requires it)' };
  const env: NodeJS.ProcessEnv = { ...process.env, NEO4J_URI: target.config.uri };
  if (target.config.user !== null) env.NEO4J_USER = target.config.user;
  if (target.config.password !== null) env.NEO4J_PASSWORD = target.config.password;
  env.NEO4J_DATABASE = target.config.database;
  const child = startChild<{ url: string }>('./neo4j-graphql-server.ts', [], '@neo4j/graphql', env);
  const failed = child.expect<{ why: string }>('FAILED').then((f) => ({ why: f.why }));
  const outcome = await Promise.race([child.ready, failed]);
  if ('why' in outcome) {
    await child.stop();
    return outcome;
  }
  failed.catch(() => {});
  log(`  @neo4j/graphql serving ${outcome.url}`);
  const client = new GraphqlClient(outcome.url, concurrency);
  const engine: Engine = {
    name: 'neo4jGraphql',
    supports: (spec: QuerySpec) => (NEO4J_GRAPHQL[spec.name] ? { ok: true } : { ok: false, why: 'no @neo4j/graphql form written for it' }),
    async run(spec, i) {
      const ng = NEO4J_GRAPHQL[spec.name];
      if (!ng) throw new Error(`no @neo4j/graphql form for ${spec.name}`);
      const { query, variables } = ng.call(t, i);
      return ng.answer(await client.query(query, variables), t, i);
    },
    async close() {
      client.close();
    },
  };
  return { engine, stop: () => child.stop() };
}

export function neo4jGraphqlMode(name: string): string | undefined {
  return NEO4J_GRAPHQL[name]?.mode;
}
