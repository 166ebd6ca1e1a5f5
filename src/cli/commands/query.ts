/**
 * careergraph query 'GRAPHQL' [--variables JSON]: runs one operation against the store
 * without a server, through the same schema, resolvers and error masking as /graphql.
 */
import { parseArgs } from 'node:util';
import { InputError } from '../../errors.js';
import { createYogaApp } from '../../graphql/server.js';
import { openStore } from '../store.js';

function parseVariables(raw: string | undefined): Record<string, unknown> | undefined {
  if (raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InputError(`--variables is not valid JSON (${(error as Error).message})`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new InputError('--variables must be a JSON object');
  return value as Record<string, unknown>;
}

export async function runQuery(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      variables: { type: 'string' },
      store: { type: 'string' },
      data: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 1) throw new InputError(`query takes one GRAPHQL operation in quotes, got ${positionals.length} arguments`);
  const variables = parseVariables(values.variables);
  const { store } = await openStore({ store: values.store, data: values.data, seed: !values['no-seed'] });
  try {
    const yoga = createYogaApp({ store, graphiql: false });
    const response = await yoga.fetch('http://careergraph.local/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: positionals[0], variables }),
    });
    const result = (await response.json()) as { errors?: unknown[] };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return result.errors && result.errors.length > 0 ? 1 : 0;
  } finally {
    await store.close();
  }
}
