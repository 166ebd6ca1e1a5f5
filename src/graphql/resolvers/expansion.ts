import { StoreUnavailableError } from '../../errors.js';
import type { ExpansionEdge } from '../../model/graph.js';
import type { Context } from '../context.js';

export const ExpansionEvent = {
  async company(event: ExpansionEdge, _: unknown, ctx: Context) {
    const company = await ctx.loaders.company.load(event.companyId);
    if (!company) throw new StoreUnavailableError(`the store has an expansion pointing at a missing company ${event.companyId}`);
    return company;
  },
  place(event: ExpansionEdge, _: unknown, ctx: Context) {
    return event.placeId ? ctx.loaders.place.load(event.placeId) : null;
  },
  partner(event: ExpansionEdge, _: unknown, ctx: Context) {
    return event.partnerId ? ctx.loaders.company.load(event.partnerId) : null;
  },
};
