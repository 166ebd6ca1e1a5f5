/** careergraph serve: the GraphQL service over the chosen store. */
import { parseArgs } from 'node:util';
import { InputError } from '../../errors.js';
import { limitsFromEnv } from '../../graphql/limits.js';
import { createService, listen } from '../../graphql/server.js';
import { openStore } from '../store.js';

function port(value: string | undefined): number {
  const raw = value ?? process.env.PORT ?? '4000';
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InputError(`--port must be an integer 0–65535, got ${JSON.stringify(raw)}`);
  return n;
}

export async function runServe(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      store: { type: 'string' },
      data: { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      // On even with NODE_ENV=production (as CAREERGRAPH_GRAPHIQL=1 / CAREERGRAPH_INTROSPECTION=1).
      graphiql: { type: 'boolean' },
      introspection: { type: 'boolean' },
    },
  });
  // Limits are read and checked before the store opens: a bad value fails at once.
  const limits = limitsFromEnv(process.env, {
    ...(values.graphiql ? { graphiql: true } : {}),
    ...(values.introspection ? { introspection: true } : {}),
  });
  const { store, seeded } = await openStore({ store: values.store, data: values.data, seed: !values['no-seed'] });
  const server = createService({ store, logging: false, limits });
  const { url } = await listen(server, port(values.port), values.host ?? process.env.HOST ?? '127.0.0.1');
  const stats = await store.stats();
  process.stdout.write(
    `careergraph serving ${url} (store: ${store.kind}; ${stats.persons} people, ${stats.companies} companies, ${stats.roles} roles` +
      `${seeded ? `; loaded ${seeded} seed article(s)` : ''})\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  process.stdout.write('careergraph: shutting down\n');
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await store.close();
  return 0;
}
