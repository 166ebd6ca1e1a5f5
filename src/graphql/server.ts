/**
 * The HTTP service: GraphQL (GraphiQL in a browser, bundled, offline) at /graphql,
 * /healthz (the process is up) and /readyz (the store answers).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { IngestDeps } from '../services/ingest.js';
import type { GraphStore } from '../store/types.js';
import { configuredKey } from './auth.js';
import { createContext } from './context.js';
import { orderedExecution } from './engine.js';
import { maskError } from './errors.js';
import { API_KEY_PLACEHOLDER, EXAMPLES } from './examples.js';
import { buildSchema } from './schema.js';

export interface ServiceOptions {
  store: GraphStore;
  graphiql?: boolean;
  logging?: boolean;
  /** The key writes need; defaults to CAREERGRAPH_API_KEY. null or blank: writes are off. */
  apiKey?: string | null;
  /** Extractor and clock for ingestArticle (tests pass their own). */
  ingest?: IngestDeps;
}

export function createYogaApp(options: ServiceOptions) {
  // Read once, at startup: configuration is checked at the edge, not per request.
  const apiKey = configuredKey(options.apiKey === undefined ? process.env.CAREERGRAPH_API_KEY : options.apiKey);
  return createYoga({
    schema: buildSchema(),
    context: ({ request }) => createContext(options.store, { request, apiKey, ingest: options.ingest }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    logging: options.logging ?? false,
    maskedErrors: { maskError },
    plugins: [orderedExecution],
    renderGraphiQL,
    graphiql:
      options.graphiql === false
        ? false
        : {
            title: 'careergraph',
            defaultTabs: EXAMPLES.map((e) => ({
              query: e.query,
              variables: e.variables ? JSON.stringify(e.variables, null, 2) : null,
              headers: e.needsApiKey ? JSON.stringify({ Authorization: `Bearer ${API_KEY_PLACEHOLDER}` }, null, 2) : null,
            })),
          },
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export function createService(options: ServiceOptions): Server {
  const yoga = createYogaApp(options);
  return createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/healthz') return sendJson(res, 200, { status: 'ok' });
    if (path === '/readyz') {
      void options.store.ping().then(
        (ok) => sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'unavailable', store: options.store.kind }),
        () => sendJson(res, 503, { status: 'unavailable', store: options.store.kind }),
      );
      return;
    }
    if (path === '/') {
      res.writeHead(302, { location: '/graphql' });
      res.end();
      return;
    }
    void yoga(req, res);
  });
}

/** Listens and resolves with the bound address once the port is open. */
export function listen(server: Server, port: number, host: string): Promise<{ url: string; port: number }> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const bound = typeof address === 'object' && address ? address.port : port;
      resolve({ url: `http://${host}:${bound}/graphql`, port: bound });
    });
  });
}
