import { InputError } from '../../errors.js';
import { shortestConnection } from '../../services/connection.js';
import { expansionById } from '../../services/expansion.js';
import { findCompanyId, findPersonId } from '../../services/lookup.js';
import { listPeople, type PersonFilter } from '../../services/people.js';
import { talentFlow } from '../../services/talent.js';
import { intInRange, partialDate, text } from '../args.js';
import type { Context } from '../context.js';
import { paginate, type PageArgs } from '../pagination.js';
import { personCursorKey } from './keys.js';

interface ByIdOrName {
  id?: string | null;
  name?: string | null;
}

/** Exactly one of id and name, and not blank. */
function oneOf(args: ByIdOrName, what: string): { id: string } | { name: string } {
  const hasId = args.id !== undefined && args.id !== null;
  const hasName = args.name !== undefined && args.name !== null;
  if (hasId === hasName) throw new InputError(`${what} takes exactly one of "id" and "name"`);
  const value = (hasId ? args.id : args.name) as string;
  if (value.trim() === '') throw new InputError(`${what}: "${hasId ? 'id' : 'name'}" must not be blank`);
  if (value.length > 1000) throw new InputError(`${what}: "${hasId ? 'id' : 'name'}" is ${value.length} characters, at most 1000 allowed`);
  return hasId ? { id: value } : { name: value };
}

/** The most hops `connection` explores: beyond that, nearly everything connects. */
export const MAX_HOPS = 6;

export const Query = {
  async person(_: unknown, args: ByIdOrName, ctx: Context) {
    const by = oneOf(args, 'person');
    const id = 'id' in by ? by.id : await findPersonId(ctx.store, by.name);
    return id ? ctx.loaders.person.load(id) : null;
  },
  async company(_: unknown, args: ByIdOrName, ctx: Context) {
    const by = oneOf(args, 'company');
    const id = 'id' in by ? by.id : await findCompanyId(ctx.store, by.name);
    return id ? ctx.loaders.company.load(id) : null;
  },
  stats(_: unknown, __: unknown, ctx: Context) {
    return ctx.store.stats();
  },
  async search(_: unknown, args: { query: string; first?: number | null }, ctx: Context) {
    const query = text(args.query, 'query', 200);
    const first = intInRange(args.first, 10, 1, 100, 'first');
    return (await ctx.catalog()).searchIndex().search(query, first);
  },
  async people(_: unknown, args: PageArgs & { filter?: PersonFilter | null }, ctx: Context) {
    return paginate(await listPeople(ctx.loaders, ctx.catalog, args.filter ?? {}), 'person', personCursorKey, args);
  },
  talentFlow(_: unknown, args: { from: string; to: string; since?: string | null; until?: string | null }, ctx: Context) {
    return talentFlow(ctx.loaders, text(args.from, 'from'), text(args.to, 'to'), {
      since: partialDate(args.since, 'since'),
      until: partialDate(args.until, 'until'),
    });
  },
  connection(_: unknown, args: { from: string; to: string; maxHops?: number | null; overlapping?: boolean | null }, ctx: Context) {
    return shortestConnection(ctx.loaders, text(args.from, 'from'), text(args.to, 'to'), {
      maxHops: intInRange(args.maxHops, 4, 0, MAX_HOPS, 'maxHops'),
      overlapping: args.overlapping ?? false,
    });
  },
  expansion(_: unknown, args: { company: string }, ctx: Context) {
    return expansionById(ctx.loaders, text(args.company, 'company'));
  },
};
