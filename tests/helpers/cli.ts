/** Runs the built CLI (bin/careergraph.js → dist/) as a user would. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/careergraph.js', import.meta.url));

/**
 * How long one CLI run may take before it counts as hung. Tests that spawn the CLI use it as
 * their own timeout too: a cold start under load exceeds vitest's 5 s default without hanging.
 */
export const CLI_TIMEOUT_MS = 60_000;

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { input?: string | Uint8Array; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    timeout: CLI_TIMEOUT_MS,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
