/**
 * `npm run neo4j:start|stop` → `tsx tools/neo4j/cli.ts <command> [--test]`.
 *
 *   start   start the local server (no-op when running) and print NEO4J_URI=…
 *   stop    stop it (SIGTERM, then SIGKILL after a minute)
 *   status  say whether it runs; exit 1 when not
 *   env     print NEO4J_URI=… for a running server; exit 1 when not
 *   fetch   only fetch the jars into tools/neo4j/lib
 *
 * `--test` acts on the test instance (port NEO4J_TEST_PORT, default 7688) instead of the
 * developer's (NEO4J_PORT, default 7687). Progress goes to stderr, the env lines to stdout,
 * so `eval "$(npm run -s neo4j:start)"` works.
 */
import { envLines, ensureLib, instance, running, start, stop, uriOf } from './server.js';

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? '';
  const inst = instance(argv.includes('--test') ? 'test' : 'dev');
  switch (command) {
    case 'start': {
      const server = await start(inst);
      if (!server.startedNow) console.error(`neo4j: ${inst.name} server already running (pid ${server.pid})`);
      for (const line of envLines(server.port)) console.log(line);
      return 0;
    }
    case 'stop':
      await stop(inst);
      return 0;
    case 'status': {
      const rec = running(inst);
      console.log(rec ? `running: pid ${rec.pid}, ${uriOf(rec.port)}` : `not running (${inst.name})`);
      return rec ? 0 : 1;
    }
    case 'env': {
      const rec = running(inst);
      if (!rec) {
        console.error(`neo4j: ${inst.name} server is not running; start it with npm run neo4j:start`);
        return 1;
      }
      for (const line of envLines(rec.port)) console.log(line);
      return 0;
    }
    case 'fetch':
      ensureLib();
      return 0;
    default:
      console.error('usage: tsx tools/neo4j/cli.ts start|stop|status|env|fetch [--test]');
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    console.error(`neo4j: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
