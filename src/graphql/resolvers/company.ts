import type { CompanyNode, Status } from '../../model/graph.js';
import { alumni, byName, sortCompanyRoles } from '../../services/companies.js';
import { heldAt } from '../../services/dates.js';
import { expansionOf } from '../../services/expansion.js';
import { loadFound } from '../../services/load.js';
import { peopleAt } from '../../services/people.js';
import { sourcesOfCompany } from '../../services/sources.js';
import { talentCounts } from '../../services/talent.js';
import { partialDate } from '../args.js';
import type { Context } from '../context.js';
import { paginate, type PageArgs } from '../pagination.js';
import { personCursorKey, sourceCursorKey } from './keys.js';

export const Company = {
  async parent(company: CompanyNode, _: unknown, ctx: Context) {
    const parentId = await ctx.loaders.parent.load(company.id);
    return parentId ? ctx.loaders.company.load(parentId) : null;
  },
  async subsidiaries(company: CompanyNode, _: unknown, ctx: Context) {
    const ids = await ctx.loaders.subsidiaries.load(company.id);
    return (await loadFound(ctx.loaders.company, ids)).sort(byName);
  },
  async roles(company: CompanyNode, args: { status?: Status | null; asOf?: string | null }, ctx: Context) {
    const asOf = partialDate(args.asOf, 'asOf');
    const roles = await ctx.loaders.rolesByCompany.load(company.id);
    const kept = roles.filter((r) => (!args.status || r.status === args.status) && (asOf === null || heldAt(r, asOf)));
    return sortCompanyRoles(ctx.loaders, kept);
  },
  alumni(company: CompanyNode, _: unknown, ctx: Context) {
    return alumni(ctx.loaders, company.id);
  },
  async people(company: CompanyNode, args: PageArgs, ctx: Context) {
    return paginate(await peopleAt(ctx.loaders, company.id), 'person', personCursorKey, args);
  },
  talentIn(company: CompanyNode, _: unknown, ctx: Context) {
    return talentCounts(ctx.loaders, company.id, 'in');
  },
  talentOut(company: CompanyNode, _: unknown, ctx: Context) {
    return talentCounts(ctx.loaders, company.id, 'out');
  },
  expansion(company: CompanyNode, _: unknown, ctx: Context) {
    return expansionOf(ctx.loaders, company);
  },
  async sources(company: CompanyNode, args: PageArgs, ctx: Context) {
    return paginate(await sourcesOfCompany(ctx.loaders, company.id), 'source', sourceCursorKey, args);
  },
};
