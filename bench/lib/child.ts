/**
 * A benchmark child process (a service under test) speaking a line protocol on stdout:
 * `READY {json}` once it serves, `STATS {json}` after the parent writes "stats".
 * Its stderr goes to ours, prefixed, so progress stays visible.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

export interface Child<T> {
  ready: Promise<T>;
  pid: number;
  /** Resolves with the next `PREFIX {json}` line. */
  expect<U>(prefix: string): Promise<U>;
  /** Sends a command line and resolves with the next `PREFIX {json}` line. */
  ask<U>(command: string, prefix: string): Promise<U>;
  stop(): Promise<void>;
}

const TSX = import.meta.resolve('tsx');

/** Heap limit of a service: a million-person memory store needs more than Node's default. */
export function maxHeapMB(): number {
  const raw = process.env.BENCH_NODE_HEAP_MB;
  const mb = raw ? Number(raw) : 16_384;
  if (!Number.isInteger(mb) || mb < 256) throw new Error(`BENCH_NODE_HEAP_MB must be an integer >= 256; got ${JSON.stringify(raw)}`);
  return mb;
}

export function startChild<T>(script: string, args: string[], label: string, env: NodeJS.ProcessEnv = process.env): Child<T> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  // BENCH_CPU_PROF=dir: the child writes a V8 CPU profile there when it exits.
  const profile = env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${env.BENCH_CPU_PROF}`, `--cpu-prof-name=${label.replace(/[^a-z0-9]+/gi, '-')}-${Date.now()}.cpuprofile`] : [];
  const proc: ChildProcess = spawn(process.execPath, ['--expose-gc', `--max-old-space-size=${maxHeapMB()}`, ...profile, '--import', TSX, path, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env,
  });
  if (proc.pid === undefined) throw new Error(`could not start ${script}`);
  const waiting = new Map<string, ((value: unknown) => void)[]>();
  const exited = new Promise<number | null>((resolve) => proc.once('exit', (code) => resolve(code)));
  createInterface({ input: proc.stderr as NodeJS.ReadableStream }).on('line', (line) => console.error(`[${label}] ${line}`));
  createInterface({ input: proc.stdout as NodeJS.ReadableStream }).on('line', (line) => {
    const m = /^([A-Z]+) (.*)$/.exec(line);
    const queue = m ? waiting.get(m[1] as string) : undefined;
    const next = queue?.shift();
    if (m && next) next(JSON.parse(m[2] as string));
    else console.error(`[${label}] ${line}`);
  });
  const expect = <U>(prefix: string): Promise<U> =>
    new Promise<U>((resolve, reject) => {
      const queue = waiting.get(prefix) ?? [];
      queue.push(resolve as (value: unknown) => void);
      waiting.set(prefix, queue);
      void exited.then((code) => reject(new Error(`${label} exited (code ${String(code)}) before sending ${prefix}`)));
    });
  return {
    ready: expect<T>('READY'),
    pid: proc.pid,
    expect,
    ask<U>(command: string, prefix: string) {
      const answer = expect<U>(prefix);
      proc.stdin?.write(`${command}\n`);
      return answer;
    },
    async stop() {
      proc.stdin?.end();
      const timer = setTimeout(() => proc.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
