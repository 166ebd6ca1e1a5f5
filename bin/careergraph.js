#!/usr/bin/env node
// Runs the compiled CLI (built by `npm ci` through the `prepare` script).
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  process.stderr.write('careergraph: not built yet; run `npm run build` (npm ci does it through prepare)\n');
  process.exit(1);
}
await import(main.href);
