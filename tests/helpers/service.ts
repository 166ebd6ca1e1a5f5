/** Starts the real HTTP service on a free loopback port for a test, and talks GraphQL to it. */
import type { Server } from 'node:http';
import { createService, listen, type ServiceOptions } from '../../src/graphql/server.js';
import type { GraphStore } from '../../src/store/types.js';

export interface RunningService {
  url: string;
  base: string;
  gql<T = unknown>(
    query: string,
    variables?: Record<string, unknown>,
    headers?: Record<string, string>,
  ): Promise<{ data?: T; errors?: GqlError[] }>;
  close(): Promise<void>;
}

export interface GqlError {
  message: string;
  extensions?: { code?: string };
}

/** `options`: API key, extractor… (ServiceOptions); by default writes are off. */
export async function startService(store: GraphStore, options: Omit<ServiceOptions, 'store'> = {}): Promise<RunningService> {
  const server: Server = createService({ apiKey: null, ...options, store });
  const { url, port } = await listen(server, 0, '127.0.0.1');
  return {
    url,
    base: `http://127.0.0.1:${port}`,
    async gql(query, variables, headers = {}) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as { data?: never; errors?: GqlError[] };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
