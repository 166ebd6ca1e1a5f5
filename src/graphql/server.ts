/**
 * The HTTP service: GraphQL (GraphiQL in a browser, bundled, offline) at /graphql,
 * /healthz (the process is up) and /readyz (the store answers).
 *
 * Requests pass limits.ts before GraphQL sees them: a body over the limit is answered 413
 * as soon as its Content-Length or its streamed bytes say so, never buffered whole and never
 * parsed; a body that is not UTF-8 is refused; an operation past the execution timeout
 * stops at its next resolver (deadline.ts). security.ts holds the GraphQL limits.
 */
import { createServer, STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
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

/** A raw HTTP answer written to the socket, then the connection is closed (nothing reached a handler). */
function refuseConnection(socket: Duplex, status: number, code: string, message: string, headersSent: boolean): void {
  if (socket.writable && !headersSent) {
    const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nContent-Type: application/json; charset=utf-8\r\n`
      + `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}

/** A turn of the event loop shorter than this polled the sockets just before: little can be unread. */
const QUIET_TURN_MS = 100;
/** A verdict waits for a quiet turn at most this long (a loop busy without end closes anyway). */
const MAX_POSTPONE_MS = 10_000;

/**
 * Runs `verdict` after the loop has read what clients had sent: after a turn that began (and
 * so polled the sockets) less than QUIET_TURN_MS earlier. A turn spent in a long resolver
 * leaves unread whatever arrived meanwhile, so the verdict waits for the next one.
 */
function afterReading(verdict: () => void, giveUpAt = performance.now() + MAX_POSTPONE_MS): void {
  const scheduled = performance.now();
  setImmediate(() => {
    const now = performance.now();
    if (now - scheduled > QUIET_TURN_MS && now < giveUpAt) afterReading(verdict, giveUpAt);
    else verdict();
  });
}

/**
 * Node's connection timers (the keep-alive idle timer, the headersTimeout/requestTimeout check)
 * fire when a blocked loop comes back, before it reads the sockets again. After a resolver
 * had blocked the loop for seconds (a memory-store graph walk is synchronous), they judged a
 * client by time the service spent busy: a keep-alive connection the client had just reused,
 * or a new connection whose whole request sat in the socket buffer, was closed with that
 * request unread, and the client saw ECONNRESET (or a 408). So each verdict waits until the
 * loop has read what had arrived (afterReading) and only then closes a connection whose
 * client really sent nothing in time.
 */
function judgeClientsNotStalls(server: Server, limits: Limits): void {
  const latest = new WeakMap<Duplex, { count: number; req: IncomingMessage; res: ServerResponse }>();
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    latest.set(req.socket, { count: (latest.get(req.socket)?.count ?? 0) + 1, req, res });
  });

  /** Requests whose headers arrived on `socket` so far, and bytes read from it. */
  const progress = (socket: Duplex) => ({ requests: latest.get(socket)?.count ?? 0, bytes: (socket as Socket).bytesRead });
  const moved = (before: { requests: number; bytes: number }, socket: Duplex) => {
    const now = progress(socket);
    return now.requests > before.requests || now.bytes > before.bytes;
  };

  // The keep-alive idle timer (the only socket timeout the service sets). With a listener
  // here node no longer destroys the socket itself.
  server.on('timeout', (socket: Socket) => {
    const before = progress(socket);
    afterReading(() => {
      // Something since: a request (node stops the idle timer when its headers are in) or the
      // start of one (which headersTimeout now times).
      if (!socket.destroyed && !moved(before, socket)) socket.destroy();
    });
  });

  // With a listener here node writes no answer of its own: the same ones, as JSON, but
  // request timeouts are judged one turn later.
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const headersSent = latest.get(socket)?.res.headersSent ?? false;
    switch (error.code) {
      case 'ERR_HTTP_REQUEST_TIMEOUT':
        return judgeTimeout(socket);
      case 'HPE_HEADER_OVERFLOW':
        return refuseConnection(socket, 431, 'PAYLOAD_TOO_LARGE', 'the request headers are too large', headersSent);
      case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
        return refuseConnection(socket, 413, 'PAYLOAD_TOO_LARGE', 'the chunk extensions are too large', headersSent);
      case 'ECONNRESET':
      case 'EPIPE':
        socket.destroy();
        return;
      default:
        return refuseConnection(socket, 400, 'BAD_REQUEST', 'the request is not valid HTTP/1.1', headersSent);
    }
  });

  /**
   * Node found a request begun (or a connection opened) longer ago than headersTimeout /
   * requestTimeout and not complete, and stopped timing it. Once the bytes that were waiting
   * have been read: a request now complete, or the first bytes of a connection that had sent
   * none (node times the request they begin afresh), were late only because the service was
   * busy; anything else is a slow client, answered 408 TIMEOUT and closed.
   */
  function judgeTimeout(socket: Duplex): void {
    const before = latest.get(socket);
    const pending = before && !before.req.complete ? before.req : null;
    const start = progress(socket);
    afterReading(() => {
      if (socket.destroyed) return;
      const now = latest.get(socket);
      const arrived = pending
        ? pending.complete
        : start.bytes === 0 && start.requests === 0
          ? moved(start, socket)
          : now !== undefined && now.count > start.requests && now.req.complete;
      if (arrived) return;
      const message = pending
        ? `the request body did not arrive within ${limits.requestTimeoutMs} ms`
        : `the request headers did not arrive within ${limits.headersTimeoutMs} ms`;
      refuseConnection(socket, 408, 'TIMEOUT', message, now?.res.headersSent ?? false);
    });
  }
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
