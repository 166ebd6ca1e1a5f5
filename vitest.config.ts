import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql ships ESM and CJS builds; Node (and so every dependency) loads the CJS one, while
// vite would hand our sources the ESM one. One instance, as in production: both get CJS.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

/**
 * Two projects: `unit` runs everywhere in seconds; `neo4j` needs a real Neo4j, which its
 * globalSetup finds (NEO4J_URI) or starts from tools/neo4j once per run. Files named
 * `*.neo4j.test.ts` belong to the second.
 */
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    // In CI a JSON report lets .ci/run print a plain "N passed, N failed" line.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'test-results/vitest.json' }]] : ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          // Some tests run dozens of HTTP round trips or score every fixture set; on a loaded
          // two-core machine that passes vitest's 5 s default. A timeout guards against hangs;
          // speed is measured in bench/, never here.
          testTimeout: 30_000,
          exclude: ['tests/**/*.neo4j.test.ts', 'node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'neo4j',
          include: ['tests/**/*.neo4j.test.ts'],
          globalSetup: ['tests/setup/neo4j.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One server, many files: run them one after another so they do not race on data.
          pool: 'forks',
          poolOptions: { forks: { singleFork: true } },
        },
      },
    ],
  },
});
