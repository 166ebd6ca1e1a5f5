import { StoreUnavailableError } from '../../errors.js';
import type { EvidenceRef, RoleEdge } from '../../model/graph.js';
import type { Context } from '../context.js';

/** An edge pointing at a node the store lacks is a broken store, not a user error. */
function present<T>(value: T | null, what: string): T {
  if (value === null) throw new StoreUnavailableError(`the store has a role pointing at a missing ${what}`);
  return value;
}

export const Role = {
  async person(role: RoleEdge, _: unknown, ctx: Context) {
    return present(await ctx.loaders.person.load(role.personId), `person ${role.personId}`);
  },
  async company(role: RoleEdge, _: unknown, ctx: Context) {
    return present(await ctx.loaders.company.load(role.companyId), `company ${role.companyId}`);
  },
  place(role: RoleEdge, _: unknown, ctx: Context) {
    return role.placeId ? ctx.loaders.place.load(role.placeId) : null;
  },
};

export const Evidence = {
  async source(evidence: EvidenceRef, _: unknown, ctx: Context) {
    return present(await ctx.loaders.source.load(evidence.sourceId), `source ${evidence.sourceId}`);
  },
};
