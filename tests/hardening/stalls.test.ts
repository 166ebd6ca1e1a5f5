/**
 * A heavy query blocks the event loop (the memory store answers synchronously: talentFlow over
 * a huge company group took ~1.8 s of CPU at 1M persons). Node's connection timers run before
 * the sockets are read, so after a stall they used to judge clients by time the service itself
 * had spent busy:
 * - the keep-alive idle timer closed a connection whose next request the client had sent,
 *   within the advertised `Keep-Alive: timeout`, while the loop was blocked (ECONNRESET);
 * - the headers/request timeout check dropped a new connection whose request had been waiting,
 *   whole, in the socket buffer behind the blocked loop (408 or ECONNRESET).
 * Each stall here is deterministic: the blocking store read itself sends the client's bytes,
 * then spins until a point past the deadline, so no assertion depends on the machine's speed.
 * Slow clients (silent connections, headers or bodies that never finish, idle keep-alive
 * connections) are still closed.
 */
import type { IncomingHttpHeaders, Server } from 'node:http';
import { connect, type Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createService, listen } from '../../src/graphql/server.js';
import type { Limits } from '../../src/graphql/limits.js';
import { createMemoryStore } from '../../src/store/memory/store.js';
import type { GraphStore } from '../../src/store/types.js';

interface RawResponse {
  /** 0 when no answer came: then `error` says why (ECONNRESET, closed, …). */
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
  error?: string;
}

/**
 * One client connection written by hand (keep-alive, one request at a time), so the test
 * decides exactly when bytes are sent. A request that gets no answer resolves with status 0
 * and the socket's error code (ECONNRESET, …) or "closed".
 */
class RawConnection {
  readonly socket: Socket;
  readonly opened: Promise<void>;
  closed = false;
  private buffer = Buffer.alloc(0);
  private waiting: ((r: RawResponse) => void) | null = null;
  private failure: Error | null = null;

  constructor(port: number) {
    this.socket = connect(port, '127.0.0.1');
    this.opened = new Promise((resolve, reject) => {
      this.socket.once('connect', () => resolve());
      this.socket.once('error', reject);
    });
    this.socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      this.parse();
    });
    this.socket.on('error', (e: NodeJS.ErrnoException) => this.fail(new Error(e.code ?? e.message)));
    this.socket.on('close', () => {
      this.closed = true;
      this.fail(new Error('closed'));
    });
  }

  /** Writes the request now (the bytes reach the server's socket buffer at once). */
  send(query: string): Promise<RawResponse> {
    return this.sendRaw(post(query));
  }

  sendRaw(bytes: string): Promise<RawResponse> {
    if (this.waiting) throw new Error('one request at a time');
    const answer = new Promise<RawResponse>((resolve) => {
      this.waiting = resolve;
    });
    if (this.failure) this.fail(this.failure);
    else this.socket.write(bytes);
    return answer;
  }

  /** Resolves when the server has closed the connection. */
  whenClosed(): Promise<void> {
    return this.closed ? Promise.resolve() : new Promise((resolve) => this.socket.once('close', () => resolve()));
  }

  destroy(): void {
    this.socket.destroy();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.({ status: 0, headers: {}, body: '', error: this.failure.message });
  }

  private parse(): void {
    const end = this.buffer.indexOf('\r\n\r\n');
    if (end < 0 || !this.waiting) return;
    const [statusLine = '', ...lines] = this.buffer.subarray(0, end).toString('latin1').split('\r\n');
    const headers: IncomingHttpHeaders = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (this.buffer.length < end + 4 + length) return;
    const body = this.buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    this.buffer = this.buffer.subarray(end + 4 + length);
    const waiting = this.waiting;
    this.waiting = null;
    waiting({ status: Number(statusLine.split(' ')[1]), headers, body });
  }
}

function post(query: string): string {
  const body = JSON.stringify({ query });
  return `POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

/** Blocks the event loop until `until` (performance.now() time), as a CPU-bound resolver does. */
function spinUntil(until: number): void {
  while (performance.now() < until) {
    // busy: nothing else runs in this process meanwhile, the server's timers included
  }
}

/** The store whose `stats` read runs `stall` synchronously first (the heavy query). */
async function blockingStore(stall: { run: () => void }): Promise<GraphStore> {
  const store = createMemoryStore({ dir: null });
  await store.init();
  return new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'stats') {
        return () => {
          stall.run();
          return target.stats();
        };
      }
      const value: unknown = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const HEAVY = '{ stats { persons } }';
const LIGHT = '{ __typename }';

describe('event-loop stalls do not cost clients their connections', () => {
  let server: Server | null = null;
  const connections: RawConnection[] = [];

  async function start(limits: Partial<Limits>, stall: { run: () => void }): Promise<number> {
    server = createService({ store: await blockingStore(stall), apiKey: null, graphiql: false, limits });
    return (await listen(server, 0, '127.0.0.1')).port;
  }

  async function open(port: number): Promise<RawConnection> {
    const connection = new RawConnection(port);
    connections.push(connection);
    await connection.opened;
    return connection;
  }

  afterEach(async () => {
    for (const c of connections.splice(0)) c.destroy();
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  });

  it('answers a request sent on an idle keep-alive connection while the loop was blocked past its idle deadline', async () => {
    const stall = { run: () => {} };
    const port = await start({ keepAliveTimeoutMs: 2_000 }, stall);
    const keepAliveMs = (server as Server).keepAliveTimeout;
    const reused = await open(port);
    const first = await reused.send(LIGHT);
    expect(first.status).toBe(200);
    // The server says how long an idle connection stays open; clients reuse it within that.
    expect(first.headers['keep-alive']).toMatch(/^timeout=\d+/);
    const idleSince = performance.now();

    let second: Promise<RawResponse> | null = null;
    stall.run = () => {
      // The client reuses the connection a few ms after the last answer, well within the
      // advertised timeout; the service is busy and cannot read it until the stall ends,
      // long after the idle deadline (keep-alive timeout, Node's 1 s margin, 2 s more).
      second = reused.send(LIGHT);
      spinUntil(idleSince + keepAliveMs + 3_000);
    };
    const heavy = await open(port);
    expect((await heavy.send(HEAVY)).status).toBe(200);
    expect(second).not.toBeNull();
    const answer = await (second as unknown as Promise<RawResponse>);
    expect(answer.error ?? answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ data: { __typename: 'Query' } });
  }, 30_000);

  it('answers a request that arrived while the loop was blocked between the idle deadline and the close', async () => {
    const stall = { run: () => {} };
    const port = await start({ keepAliveTimeoutMs: 2_000 }, stall);
    const accepted = new Promise<Socket>((resolve) => (server as Server).once('connection', resolve));
    const reused = await open(port);
    const serverSide = await accepted;
    expect((await reused.send(LIGHT)).status).toBe(200);
    const heavy = await open(port);
    expect((await heavy.send(LIGHT)).status).toBe(200);

    // The idle deadline passes while the loop is free; before the service has closed the
    // connection, a heavy query blocks the loop, and meanwhile the client (one that keeps idle
    // connections longer than announced, as node's Agent does without a timeout option) sends.
    // Had the service not been busy, the client would have seen the connection closed first.
    let second: Promise<RawResponse> | null = null;
    // The connection's own 'timeout' listener runs after node's (which closes the connection
    // or hands it to the service's verdict) and does not change what node does.
    const heavyAnswer = new Promise<RawResponse>((resolve) => serverSide.once('timeout', () => resolve(heavy.send(HEAVY))));
    stall.run = () => {
      second = reused.send(LIGHT);
      spinUntil(performance.now() + 1_500);
    };
    expect((await heavyAnswer).status).toBe(200);
    expect(second).not.toBeNull();
    const answer = await (second as unknown as Promise<RawResponse>);
    expect(answer.error ?? answer.status).toBe(200);
  }, 30_000);

  it("answers a new connection's request that waited behind a blocked loop longer than the headers timeout", async () => {
    const stall = { run: () => {} };
    const headersTimeoutMs = 1_000;
    const port = await start({ headersTimeoutMs, requestTimeoutMs: 2_000 }, stall);
    const heavy = await open(port);
    expect((await heavy.send(LIGHT)).status).toBe(200);

    // A second connection, accepted by the server (its clock starts) but not yet read.
    const accepted = new Promise<number>((resolve) => (server as Server).once('connection', () => resolve(performance.now())));
    const fresh = await open(port);
    const acceptedAt = await accepted;
    let answer: Promise<RawResponse> | null = null;
    stall.run = () => {
      // The client sends its whole request at once; the service reads it only after the
      // stall, past the headers timeout and the request timeout (and two checks of them).
      answer = fresh.send(LIGHT);
      spinUntil(acceptedAt + 2_000 + 2_000);
    };
    expect((await heavy.send(HEAVY)).status).toBe(200);
    expect(answer).not.toBeNull();
    const response = await (answer as unknown as Promise<RawResponse>);
    expect(response.error ?? response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ data: { __typename: 'Query' } });
  }, 30_000);

  it('still closes slow clients: silent, unfinished headers, unfinished body, idle keep-alive', async () => {
    const port = await start({ headersTimeoutMs: 500, requestTimeoutMs: 1_000, keepAliveTimeoutMs: 1_000 }, { run: () => {} });

    const silent = await open(port);
    const partialHeaders = await open(port);
    const headersSent = partialHeaders.sendRaw('POST /graphql HTTP/1.1\r\nHost: x\r\n');
    const partialBody = await open(port);
    const bodySent = partialBody.sendRaw('POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"query":');
    const idle = await open(port);
    expect((await idle.send(LIGHT)).status).toBe(200);

    // Slow clients are answered 408 with a JSON error when nothing of an answer was sent yet.
    for (const pending of [headersSent, bodySent]) {
      const timedOut = await pending;
      expect(timedOut.error ?? timedOut.status).toBe(408);
      expect(timedOut.headers.connection).toBe('close');
      expect(JSON.parse(timedOut.body).errors[0].extensions.code).toBe('TIMEOUT');
    }
    await Promise.all([silent.whenClosed(), partialHeaders.whenClosed(), partialBody.whenClosed(), idle.whenClosed()]);
    for (const c of [silent, partialHeaders, partialBody, idle]) expect(c.closed).toBe(true);
  }, 30_000);

  it('answers malformed requests as Node does: 400, and 431 for oversized headers, then closes', async () => {
    const port = await start({}, { run: () => {} });
    const garbage = await open(port);
    const bad = await garbage.sendRaw('NOT HTTP AT ALL\r\n\r\n');
    expect(bad.status).toBe(400);
    await garbage.whenClosed();
    const huge = await open(port);
    const big = await huge.sendRaw(`GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    expect(big.status).toBe(431);
    await huge.whenClosed();
  }, 30_000);
});
