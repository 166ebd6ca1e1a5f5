/**
 * Connection timeouts that judge the client, not the service's own event-loop stalls.
 * Node's keep-alive idle timer and its headersTimeout/requestTimeout check fire when a blocked
 * loop comes back, before the sockets are read again (nodejs/node#43456); without this, a
 * client whose request sat unread behind a long resolver saw ECONNRESET or a 408.
 * tests/hardening/stalls.test.ts holds the cases.
 */
import { STATUS_CODES, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Duplex } from 'node:stream';
import type { Limits } from './limits.js';

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
export function judgeClientsNotStalls(server: Server, limits: Limits): void {
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
