import type { CompanyNode, Status } from '../../model/graph.js';
import { alumni, byName, sortCompanyRoles } from '../../services/companies.js';
import type { Context } from '../context.js';

export const Company = {
  async parent(company: CompanyNode, _: unknown, ctx: Context) {
    const parentId = await ctx.loaders.parent.load(company.id);
    return parentId ? ctx.loaders.company.load(parentId) : null;
  },
  async subsidiaries(company: CompanyNode, _: unknown, ctx: Context) {
    const ids = await ctx.loaders.subsidiaries.load(company.id);
    const found = await ctx.loaders.company.loadMany(ids);
    return found.filter((c): c is CompanyNode => !!c && !(c instanceof Error)).sort(byName);
  },
  async roles(company: CompanyNode, args: { status?: Status | null }, ctx: Context) {
    const roles = await ctx.loaders.rolesByCompany.load(company.id);
    const kept = args.status ? roles.filter((r) => r.status === args.status) : roles;
    return sortCompanyRoles(ctx.loaders, kept);
  },
  alumni(company: CompanyNode, _: unknown, ctx: Context) {
    return alumni(ctx.loaders, company.id);
  },
};
