/**
 * Checks that no annotated name or sentence is copied into src/: `npx tsx tools/copied-text/cli.ts
 * GOLD.jsonl…` (for instance the development set, which the tests may not read). Exit 1 with
 * each copy listed, 0 when there is none.
 */
import { findCopies, formatFinding, readGold, sourceFiles } from './scan.js';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: tsx tools/copied-text/cli.ts GOLD.jsonl [GOLD.jsonl …]');
  process.exit(2);
}
const found = findCopies(readGold(files), sourceFiles('src'));
for (const f of found) console.log(formatFinding(f));
console.log(found.length === 0 ? 'no copied name or text in src/' : `${found.length} copies in src/`);
process.exit(found.length === 0 ? 0 : 1);
