/**
 * careergraph's command line. The only place that calls process.exit: commands return an
 * exit code or throw; a typed error becomes one line on stderr, never a stack trace.
 */
import { CareergraphError } from '../errors.js';
import { runEval } from './commands/eval.js';
import { runExtract } from './commands/extract.js';
import { runIngest } from './commands/ingest.js';
import { runQuery } from './commands/query.js';
import { runServe } from './commands/serve.js';
import { runStats } from './commands/stats.js';

const USAGE = `usage: careergraph <command> [options]

commands:
  serve   [--port 4000] [--host 127.0.0.1] [--store memory|neo4j] [--data DIR] [--no-seed]
          [--graphiql] [--introspection]   (on even with NODE_ENV=production)
          GraphQL at /graphql (GraphiQL in a browser), /healthz, /readyz
  ingest  PATH... [--store memory|neo4j] [--data DIR]
          add articles (.txt, .md with front matter, .html, .jsonl) to the graph
  extract [FILE|-] [--jsonl] [--lang fr|en|auto] [--published DATE]
          print the facts of an article as JSON (one object per line with --jsonl)
  eval    FILE.jsonl [--json]
          score extraction on annotated passages: precision, recall, F1 per language
  query   'GRAPHQL' [--variables JSON] [--store memory|neo4j] [--data DIR]
          run one GraphQL operation against the store, no server needed
  stats   [--store memory|neo4j] [--data DIR]
          count nodes and facts in the graph`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  serve: runServe,
  ingest: runIngest,
  extract: runExtract,
  eval: runEval,
  stats: runStats,
  query: runQuery,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`careergraph: unknown command ${JSON.stringify(name)}\n\n${USAGE}\n`);
    return 2;
  }
  return command(rest);
}

function describe(error: unknown): string {
  if (error instanceof CareergraphError) return error.message;
  const code = (error as { code?: string }).code;
  // Argument errors from node:util parseArgs.
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) return (error as Error).message;
  return `internal error: ${(error as Error)?.message ?? String(error)}`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`careergraph: ${describe(error)}\n`);
    if (process.env.CAREERGRAPH_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(error instanceof CareergraphError ? 1 : 70);
  },
);
