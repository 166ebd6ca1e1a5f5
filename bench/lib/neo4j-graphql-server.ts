/**
 * Child process: @neo4j/graphql over the bench Neo4j, served by graphql-yoga on 127.0.0.1 at
 * a free port (the same HTTP stack as our service, so the comparison is engine to engine).
 *
 *   node --import tsx bench/lib/neo4j-graphql-server.ts      (NEO4J_URI etc. in the env)
 *
 * Checks the database first (`checkNeo4jCompat`: Neo4j version, APOC functions) and prints
 * `READY {url}` or `FAILED {why}`. Exits when stdin closes.
 */
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { neo4jConfigFromEnv } from '../../src/store/neo4j/index.js';
import { driverFor } from './neo4j.js';
import { typeDefs } from './neo4j-graphql-schema.js';

async function main(): Promise<void> {
  const config = neo4jConfigFromEnv();
  const driver = driverFor(config);
  const neo = new Neo4jGraphQL({ typeDefs: typeDefs(), driver });
  try {
    await neo.checkNeo4jCompat({ driver, sessionConfig: { database: config.database } });
  } catch (err) {
    console.log(`FAILED ${JSON.stringify({ why: err instanceof Error ? err.message : String(err) })}`);
    await driver.close();
    return;
  }
  const schema = await neo.getSchema();
  const yoga = createYoga({ schema, graphqlEndpoint: '/graphql', landingPage: false, graphiql: false, logging: false, context: { sessionConfig: { database: config.database } } });
  const server = createServer((req, res) => void yoga(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  console.log(`READY ${JSON.stringify({ url: `http://127.0.0.1:${port}/graphql` })}`);
  createInterface({ input: process.stdin }).on('close', () => {
    server.closeAllConnections();
    server.close();
    void driver.close();
  });
}

main().catch((err: unknown) => {
  console.log(`FAILED ${JSON.stringify({ why: err instanceof Error ? err.message : String(err) })}`);
  process.exitCode = 1;
});
