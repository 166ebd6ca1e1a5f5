import { InputError } from '../../errors.js';
import { findCompanyId, findPersonId } from '../../services/lookup.js';
import type { Context } from '../context.js';

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
};
