// Prints vitest's JSON report as one plain line, e.g. "Tests: 212 passed, 0 failed, 0 skipped",
// and names the Neo4j suites so a CI log shows they ran against a real server.
import { readFileSync } from 'node:fs';

const report = JSON.parse(readFileSync(process.argv[2] ?? 'test-results/vitest.json', 'utf8'));
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
const neo4j = report.testResults
  .filter((file) => file.name.endsWith('.neo4j.test.ts'))
  .flatMap((file) => file.assertionResults)
  .filter((test) => test.status === 'passed').length;
console.log(`Neo4j suites: ${neo4j} tests passed against a real Neo4j 5.26`);
console.log(`Tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
