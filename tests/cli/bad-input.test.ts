/** Bad input to the CLI: one line naming the problem, a non-zero exit, no stack trace. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CLI_TIMEOUT_MS } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'careergraph-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function expectOneLineError(result: ReturnType<typeof cli>, message: RegExp) {
  expect(result.status).not.toBe(0);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^careergraph: /);
  expect(lines[0]).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('careergraph extract on bad input', { timeout: CLI_TIMEOUT_MS }, () => {
  it('a missing file', () => {
    expectOneLineError(cli(['extract', join(dir, 'nope.txt')]), /nope\.txt: no such file/);
  });
  it('a binary file', () => {
    expectOneLineError(cli(['extract', file('img.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2]))]), /looks binary/);
  });
  it('an empty file', () => {
    expectOneLineError(cli(['extract', file('empty.txt', '')]), /empty\.txt is empty/);
  });
  it('a file that is not UTF-8', () => {
    expectOneLineError(cli(['extract', file('latin1.txt', new Uint8Array([0x4e, 0xe9, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]))]), /not valid UTF-8/);
  });
  it('a folder', () => {
    expectOneLineError(cli(['extract', dir]), /is a folder, expected a file/);
  });
  it('an unknown option', () => {
    expectOneLineError(cli(['extract', '--colour']), /--colour/);
  });
});

describe('careergraph commands', { timeout: CLI_TIMEOUT_MS }, () => {
  it('an unknown command prints usage and exits 2', () => {
    const result = cli(['frobnicate']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/unknown command "frobnicate"/);
  });
  it('serve refuses a port that is not one', () => {
    expectOneLineError(cli(['serve', '--port', 'eighty', '--no-seed', '--data', join(dir, 'data')]), /--port must be an integer/);
  });
  it('query refuses variables that are not JSON', () => {
    expectOneLineError(cli(['query', '{ stats { persons } }', '--variables', '{oops', '--no-seed', '--data', join(dir, 'data')]), /--variables is not valid JSON/);
  });
});
