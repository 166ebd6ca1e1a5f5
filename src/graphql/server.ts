/**
 * The HTTP service: GraphQL (GraphiQL in a browser, bundled, offline) at /graphql,
 * /healthz (the process is up) and /readyz (the store answers).
 *
 * Requests pass limits.ts before GraphQL sees them: a body over the limit is answered 413
 * as soon as its Content-Length or its streamed bytes say so, never buffered whole and never
 * parsed; a body that is not UTF-8 is refused; an operation past the execution timeout
 * stops at its next resolver (deadline.ts). security.ts holds the GraphQL limits.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { IngestDeps } from '../services/ingest.js';
import type { GraphStore } from '../store/types.js';
import { configuredKey } from './auth.js';
import { createContext } from './context.js';
import { deadline, guardResolvers } from './deadline.js';
import { orderedExecution } from './engine.js';
import { maskError } from './errors.js';
import { API_KEY_PLACEHOLDER, EXAMPLES, namedOperation } from './examples.js';
import { limitsFromEnv, type Limits } from './limits.js';
import { RateLimiter } from './rate-limit.js';
import { buildSchema } from './schema.js';
import { securityPlugins } from './security.js';
import { judgeClientsNotStalls } from './stalls.js';

export interface ServiceOptions {
  store: GraphStore;
  /** Overrides limits.graphiql (false: never; true: even in production). */
  graphiql?: boolean;
  logging?: boolean;
  /** The key writes need; defaults to CAREERGRAPH_API_KEY. null or blank: writes are off. */
  apiKey?: string | null;
  /** Extractor and clock for ingestArticle (tests pass their own). */
  ingest?: IngestDeps;
  /** Over CAREERGRAPH_* variables over the defaults (limits.ts). */
  limits?: Partial<Limits>;
}

/** What the HTTP layer hands to each GraphQL request. */
interface ServerContext {
  signal?: AbortSignal;
  client?: string;
}

export function createYogaApp(options: ServiceOptions, limits: Limits = limitsFromEnv(process.env, options.limits)) {
  // Read once, at startup: configuration is checked at the edge, not per request.
  const apiKey = configuredKey(options.apiKey === undefined ? process.env.CAREERGRAPH_API_KEY : options.apiKey);
  const rateLimiter = new RateLimiter({ perMinute: limits.writesPerMinute, burst: limits.writeBurst });
  const graphiql = options.graphiql ?? limits.graphiql;
  return createYoga<ServerContext>({
    schema: guardResolvers(buildSchema()),
    context: ({ request, signal, client }) =>
      createContext(options.store, {
        request, apiKey, ingest: options.ingest, signal: signal ?? null, client, rateLimiter,
        maxArticleBytes: limits.maxArticleBytes,
      }),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // createService already refused larger bodies; this covers yoga used directly (CLI query).
    maxRequestBodySize: limits.maxBodyBytes,
    logging: options.logging ?? false,
    maskedErrors: { maskError, isDev: false },
    plugins: [orderedExecution, ...securityPlugins(limits)],
    renderGraphiQL,
    graphiql: !graphiql
      ? false
      : {
          title: 'careergraph',
          defaultTabs: EXAMPLES.map((e) => ({
            query: namedOperation(e),
            variables: e.variables ? JSON.stringify(e.variables, null, 2) : null,
            headers: e.needsApiKey ? JSON.stringify({ Authorization: `Bearer ${API_KEY_PLACEHOLDER}` }, null, 2) : null,
          })),
        },
  });
}

type YogaApp = ReturnType<typeof createYogaApp>;

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

/** A GraphQL-shaped error answer from the HTTP layer (nothing reached GraphQL). */
function sendError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] }, headers);
}

/**
 * 413, then the connection is closed. What the client still sends is read and dropped for a
 * moment (so it sees the answer rather than a reset), never kept.
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number, size: number | null): void {
  const message = size === null
    ? `the request body is over ${limit} bytes, the limit`
    : `the request body is ${size} bytes; requests are limited to ${limit} bytes`;
  sendError(res, 413, 'PAYLOAD_TOO_LARGE', message, { connection: 'close' });
  req.removeAllListeners('data');
  req.on('data', () => {});
  req.on('error', () => {});
  const linger = setTimeout(() => req.socket.destroy(), 2_000);
  linger.unref();
  req.once('end', () => clearTimeout(linger));
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The body, counted as it streams; null when it went over `limit` (413 already sent). */
function readBody(req: IncomingMessage, res: ServerResponse, limit: number): Promise<Buffer | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (body: Buffer | null) => {
      if (settled) return;
      settled = true;
      resolve(body);
    };
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        refuseTooLarge(req, res, limit, null);
        finish(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => finish(Buffer.concat(chunks)));
    req.on('error', () => finish(null));
    req.on('aborted', () => finish(null));
  });
}

function requestHeaders(req: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'content-length' || name === 'transfer-encoding' || name === 'connection') continue;
    headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

async function handleGraphQL(yoga: YogaApp, limits: Limits, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  let body: Buffer | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limits.maxBodyBytes) {
      refuseTooLarge(req, res, limits.maxBodyBytes, declared);
      return;
    }
    const read = await readBody(req, res, limits.maxBodyBytes);
    if (read === null) return;
    try {
      utf8.decode(read);
    } catch {
      sendError(res, 400, 'BAD_USER_INPUT', 'the request body is not valid UTF-8 text');
      return;
    }
    body = read;
  }
  const timer = deadline(limits.executionTimeoutMs);
  // A client that hangs up stops its operation too.
  const gone = () => {
    if (!res.writableFinished) timer.abort(new Error('client closed the connection'));
  };
  res.once('close', gone);
  // If a resolver is stuck in a store call the signal cannot interrupt, answer anyway.
  const backstop = setTimeout(() => {
    sendError(res, 503, 'TIMEOUT', `the operation ran longer than ${limits.executionTimeoutMs} ms and was stopped`);
  }, limits.executionTimeoutMs + 1_000);
  backstop.unref();
  try {
    const response = await yoga.fetch(
      `http://localhost${req.url ?? '/graphql'}`,
      { method, headers: requestHeaders(req), ...(body === undefined ? {} : { body: new Uint8Array(body.buffer, body.byteOffset, body.length) }) } as RequestInit,
      { signal: timer.signal, client: req.socket.remoteAddress ?? 'unknown' },
    );
    const payload = Buffer.from(await response.arrayBuffer());
    if (res.headersSent) return;
    const headers: Record<string, string> = {};
    response.headers.forEach((value, name) => {
      headers[name] = value;
    });
    headers['content-length'] = String(payload.length);
    res.writeHead(response.status, headers);
    res.end(method === 'HEAD' ? undefined : payload);
  } finally {
    clearTimeout(backstop);
    timer.done();
    res.off('close', gone);
  }
}

export function createService(options: ServiceOptions): Server {
  const limits = limitsFromEnv(process.env, options.limits);
  const yoga = createYogaApp(options, limits);
  // Node checks headersTimeout/requestTimeout on a timer (30 s by default): check often
  // enough that the timeouts mean what they say.
  const connectionsCheckingInterval = Math.max(50, Math.min(1_000, Math.floor(limits.headersTimeoutMs / 2)));
  const server = createServer({ connectionsCheckingInterval }, (req: IncomingMessage, res: ServerResponse) => {
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
    if (path !== '/graphql') return sendError(res, 404, 'NOT_FOUND', `no such path ${JSON.stringify(path?.slice(0, 80))}; GraphQL is at /graphql`);
    handleGraphQL(yoga, limits, req, res).catch(() => {
      // Never a stack to the client: the error is yoga's or the socket's, both already logged.
      sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
    });
  });
  server.requestTimeout = limits.requestTimeoutMs;
  server.headersTimeout = limits.headersTimeoutMs;
  // Idle keep-alive connections are closed after 5 s by default (node announces
  // `Keep-Alive: timeout=5` and closes a second later); a slow-loris client holds none long.
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  judgeClientsNotStalls(server, limits);
  return server;
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
