/**
 * Kill `careergraph ingest` mid-run and check what it left: every document whole or absent.
 * "Whole" is judged against the complete run that follows (same binary, same articles): a
 * source present after the kill must be cited by exactly the roles and expansion events
 * (with evidence) that cite it once everything is in; an absent source by none.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { cli } from '../helpers/cli.js';

const BIN = fileURLToPath(new URL('../../bin/careergraph.js', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface KillRun {
  signal: NodeJS.Signals | null;
  code: number | null;
  ms: number;
}

/**
 * Starts the CLI with `args`, polls `ready()` every `pollMs`, and SIGKILLs the process the first
 * time it answers true (or fails if the process ends first, or after `timeoutMs`).
 */
export function ingestThenKill(
  args: string[], env: Record<string, string>, ready: () => Promise<boolean> | boolean, pollMs = 20, timeoutMs = 60_000,
): Promise<KillRun> {
  const t0 = Date.now();
  const child = spawn(process.execPath, [BIN, 'ingest', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  child.stdout.resume();
  return new Promise((resolve, reject) => {
    let done = false;
    let polling = false;
    const timer = setInterval(() => {
      if (done || polling) return;
      if (Date.now() - t0 > timeoutMs) {
        child.kill('SIGKILL');
        return;
      }
      polling = true;
      Promise.resolve(ready()).then(
        (yes) => {
          polling = false;
          if (yes && !done) child.kill('SIGKILL');
        },
        () => {
          polling = false;
        },
      );
    }, pollMs);
    child.on('exit', (code, signal) => {
      done = true;
      clearInterval(timer);
      if (signal !== 'SIGKILL') reject(new Error(`ingest ended by itself before the kill (code ${code}): ${stderr.slice(-500)}`));
      else resolve({ signal, code, ms: Date.now() - t0 });
    });
  });
}

/** Runs the ingest to the end; returns how many documents it added and found present. */
export function ingestToEnd(args: string[], env: Record<string, string> = {}): { added: number; present: number } {
  const result = cli(['ingest', ...args], { env });
  expect(result.status, result.stderr).toBe(0);
  const m = /ingested (\d+) document\(s\) \((\d+) already present\)/.exec(result.stdout);
  if (!m) throw new Error(`unexpected ingest output: ${result.stdout}`);
  return { added: Number(m[1]), present: Number(m[2]) };
}

/** Every source of `partial` is whole (as in `complete`); nothing cites a source it lacks. */
export function expectWholeOrAbsent(partial: Map<string, string[]>, sources: readonly string[], complete: Map<string, string[]>): void {
  const present = new Set(sources);
  for (const [source, facts] of partial) {
    expect(present.has(source), `${source} is cited but has no Source node`).toBe(true);
    expect(facts, `document ${source} is not whole`).toEqual(complete.get(source));
  }
  for (const source of sources) expect(partial.has(source)).toBe(true);
}
