/** Heap measurement with a forced full GC (node --expose-gc). */
import { spawnSync } from 'node:child_process';

type Gc = () => void;

export function hasGc(): boolean {
  return typeof (globalThis as { gc?: Gc }).gc === 'function';
}

/** heapUsed after two full collections (the second frees what finalizers released). */
export function settledHeap(): number {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (!gc) throw new Error('heap measurement needs node --expose-gc');
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * Runs this script again under --expose-gc when it lacks it (e.g. started by `npx tsx`),
 * and returns its exit code; null when the current process already has gc.
 */
export function rerunWithGc(): number | null {
  if (hasGc()) return null;
  const script = process.argv[1];
  if (!script) throw new Error('no script path to re-run');
  const heap = `--max-old-space-size=${process.env.BENCH_NODE_HEAP_MB ?? '16384'}`;
  const r = spawnSync(process.execPath, [...process.execArgv, '--expose-gc', heap, script, ...process.argv.slice(2)], { stdio: 'inherit' });
  return r.status ?? 1;
}

export const MB = 1024 * 1024;

/** A heap-measuring script's entry: under --expose-gc (re-run if needed), errors to exit 1. */
export function runWithGc(main: () => Promise<void>): void {
  const code = rerunWithGc();
  if (code !== null) {
    process.exitCode = code;
    return;
  }
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? err.stack : String(err));
    process.exitCode = 1;
  });
}
