/** Starts the real HTTP service on a free loopback port for a test, and talks GraphQL to it. */
import type { Server } from 'node:http';
import { createService, listen } from '../../src/graphql/server.js';
import type { GraphStore } from '../../src/store/types.js';

export interface RunningService {
  url: string;
  base: string;
  gql<T = unknown>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: GqlError[] }>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

export async function startService(store: GraphStore): Promise<RunningService> {
  const server: Server = createService({ store });
  const { url, port } = await listen(server, 0, '127.0.0.1');
  return {
    url,
    base: `http://127.0.0.1:${port}`,
    async gql(query, variables) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: never; errors?: GqlError[] };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
