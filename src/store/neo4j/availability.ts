/**
 * Fail fast while Neo4j is down, recover by itself when it is back. After a call finds the
 * server unavailable, calls fail at once with STORE_UNAVAILABLE instead of each waiting out
 * connection attempts and retries; one call a `probeEveryMs` is let through as a probe (and
 * `ping`, which /readyz calls, always really asks). The first call that succeeds closes the gate.
 *
 * Retries (`withRetry`) are ours rather than the driver's, so reads can keep a short budget
 * (a client waiting on a query wants an answer, not 15 s of reconnects) while writes keep the
 * configured one (an ingest is idempotent, so retrying it is safe).
 */
import neo4j from 'neo4j-driver';

export class Availability {
  private downSince: number | null = null;
  private lastTry = 0;

  constructor(
    private readonly probeEveryMs = 1_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** null: go ahead (all is well, or this call is the probe); else ms since the store went down. */
  gate(): number | null {
    if (this.downSince === null) return null;
    const t = this.now();
    if (t - this.lastTry >= this.probeEveryMs) {
      this.lastTry = t;
      return null;
    }
    return t - this.downSince;
  }

  get isDown(): boolean {
    return this.downSince !== null;
  }

  up(): void {
    this.downSince = null;
  }

  down(): void {
    const t = this.now();
    this.downSince ??= t;
    this.lastTry = t;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` again after errors the driver calls retriable (server gone, leader switch,
 * deadlock), with backoff from 100 ms, until `budgetMs` is spent.
 */
export async function withRetry<T>(work: () => Promise<T>, budgetMs: number): Promise<T> {
  const deadline = Date.now() + budgetMs;
  let delay = 100;
  for (;;) {
    try {
      return await work();
    } catch (err) {
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!neo4j.Neo4jError.isRetryable(err) || Date.now() + wait > deadline) throw err;
      await sleep(wait);
      delay = Math.min(delay * 2, 2_000);
    }
  }
}
