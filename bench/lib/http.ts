/**
 * GraphQL over HTTP to a loopback server, with keep-alive connections (node:http: less
 * client overhead in the measured time than fetch). Only 127.0.0.1 / localhost URLs.
 */
import { Agent, request } from 'node:http';

export interface GraphqlResponse {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class GraphqlClient {
  private readonly agent: Agent;
  private readonly url: URL;

  constructor(url: string, maxSockets = 16) {
    this.url = new URL(url);
    if (this.url.hostname !== '127.0.0.1' && this.url.hostname !== 'localhost') {
      throw new Error(`benchmarks only send traffic to loopback; got ${this.url.hostname}`);
    }
    // The timeout is what makes node's Agent honour the server's `Keep-Alive: timeout=5`: it
    // keeps an idle socket for the smaller of the two, less a second (4 s). Without one, node 20
    // keeps idle sockets forever and reuses some the server is closing (ECONNRESET). It does not
    // limit a request in flight (nothing here listens for the request's 'timeout').
    this.agent = new Agent({ keepAlive: true, maxSockets, timeout: 60_000 });
  }

  /** Resolves with `data`; rejects when the response carries errors or is not 200. */
  async query(query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
    const body = await this.post(JSON.stringify({ query, variables }));
    const parsed = JSON.parse(body) as GraphqlResponse;
    if (parsed.errors && parsed.errors.length > 0) {
      const e = parsed.errors[0];
      throw new Error(`GraphQL error${e?.extensions?.code ? ` ${e.extensions.code}` : ''}: ${e?.message ?? '?'}`);
    }
    return parsed.data ?? {};
  }

  private post(payload: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const req = request(
        {
          agent: this.agent,
          host: this.url.hostname,
          port: this.url.port,
          path: this.url.pathname,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            accept: 'application/graphql-response+json, application/json',
            'content-length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const text = Buffer.concat(chunks).toString('utf8');
            if (res.statusCode !== 200) reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`));
            else resolve(text);
          });
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
