/**
 * Writes per client: a token bucket per client address. A bucket holds `burst` tokens and
 * refills at `perMinute` a minute; each write takes one, and a write that finds the bucket
 * empty is refused with RATE_LIMITED and how long to wait. Buckets that have refilled are
 * forgotten, and at most `maxClients` are kept (the oldest go first), so a flood of
 * addresses cannot grow memory without bound.
 */
import { RateLimitedError } from '../errors.js';

interface Bucket {
  tokens: number;
  at: number;
}

export interface RateLimiterOptions {
  perMinute: number;
  burst: number;
  /** The clock, from outside for tests. */
  now?: () => number;
  maxClients?: number;
}

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly perMs: number;
  private readonly maxClients: number;

  constructor(private readonly options: RateLimiterOptions) {
    this.now = options.now ?? Date.now;
    this.perMs = options.perMinute / 60_000;
    this.maxClients = options.maxClients ?? 10_000;
  }

  get enabled(): boolean {
    return this.options.perMinute > 0;
  }

  /** Takes one token of `client`'s bucket, or throws RateLimitedError. */
  take(client: string): void {
    if (!this.enabled) return;
    const now = this.now();
    const bucket = this.refill(client, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return;
    }
    const wait = Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
    throw new RateLimitedError(
      `too many writes from this client: at most ${this.options.perMinute} a minute (bursts of ${this.options.burst}); retry in ${wait} s`,
      wait,
    );
  }

  private refill(client: string, now: number): Bucket {
    let bucket = this.buckets.get(client);
    if (bucket) {
      bucket.tokens = Math.min(this.options.burst, bucket.tokens + (now - bucket.at) * this.perMs);
      bucket.at = now;
      // Most recently used last: Map keeps insertion order, so re-insert.
      this.buckets.delete(client);
      this.buckets.set(client, bucket);
      return bucket;
    }
    if (this.buckets.size >= this.maxClients) this.prune(now);
    bucket = { tokens: this.options.burst, at: now };
    this.buckets.set(client, bucket);
    return bucket;
  }

  /** Drops full buckets (nothing to remember), then the least recently used if still too many. */
  private prune(now: number): void {
    for (const [client, b] of this.buckets) {
      if (b.tokens + (now - b.at) * this.perMs >= this.options.burst) this.buckets.delete(client);
    }
    for (const client of this.buckets.keys()) {
      if (this.buckets.size < this.maxClients) break;
      this.buckets.delete(client);
    }
  }

  /** Clients currently remembered (tests). */
  get size(): number {
    return this.buckets.size;
  }
}
