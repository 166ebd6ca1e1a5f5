/**
 * A bounded load loop: `concurrency` workers call `op(i)` for i = 0, 1, 2, … until `requests`
 * calls are done or `seconds` have passed, whichever comes first; then it stops by itself.
 * Warm-up calls run first and are not counted.
 */
import { performance } from 'node:perf_hooks';

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

export interface PhaseResult extends Latency {
  count: number;
  errors: number;
  /** The first error's message, to see what failed. */
  firstError: string | null;
  seconds: number;
  /** Completed calls per second over the phase. */
  throughput: number;
  concurrency: number;
}

export interface PhaseOptions {
  requests: number;
  seconds: number;
  concurrency: number;
  warmup: number;
}

export async function runPhase(op: (i: number) => Promise<unknown>, options: PhaseOptions): Promise<PhaseResult> {
  for (let i = 0; i < options.warmup; i++) {
    try {
      await op(i);
    } catch {
      // Counted in the measured calls below if it persists.
    }
  }
  const times: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  let next = options.warmup;
  const end = options.warmup + options.requests;
  const start = performance.now();
  const deadline = start + options.seconds * 1000;
  const worker = async (): Promise<void> => {
    while (next < end && performance.now() < deadline) {
      const i = next++;
      const t0 = performance.now();
      try {
        await op(i);
        times.push(performance.now() - t0);
      } catch (err) {
        errors++;
        firstError ??= err instanceof Error ? err.message.slice(0, 300) : String(err);
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - start) / 1000;
  return {
    count: times.length,
    errors,
    firstError,
    seconds: round(seconds),
    throughput: round(times.length / seconds, 1),
    concurrency: options.concurrency,
    ...latency(times),
  };
}

export function latency(times: readonly number[]): Latency {
  if (times.length === 0) return { p50: NaN, p95: NaN, p99: NaN, mean: NaN, max: NaN };
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] as number;
  return {
    p50: round(at(0.5)),
    p95: round(at(0.95)),
    p99: round(at(0.99)),
    mean: round(sorted.reduce((s, x) => s + x, 0) / sorted.length),
    max: round(sorted[sorted.length - 1] as number),
  };
}

const round = (x: number, digits = 2): number => Math.round(x * 10 ** digits) / 10 ** digits;
