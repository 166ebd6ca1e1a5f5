/** careergraph stats: node and fact counts. */
import { parseArgs } from 'node:util';
import { openStore } from '../store.js';

export async function runStats(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { store: { type: 'string' }, data: { type: 'string' }, 'no-seed': { type: 'boolean', default: false } },
  });
  const { store } = await openStore({ store: values.store, data: values.data, seed: !values['no-seed'] });
  try {
    process.stdout.write(`${JSON.stringify(await store.stats(), null, 2)}\n`);
  } finally {
    await store.close();
  }
  return 0;
}
