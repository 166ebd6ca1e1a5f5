import type { PersonNode, SourceNode, Status } from '../../model/graph.js';
import { careerPath } from '../../services/career.js';
import { compareText } from '../../services/companies.js';
import type { Context } from '../context.js';

export const Person = {
  async roles(person: PersonNode, args: { status?: Status | null }, ctx: Context) {
    const roles = careerPath(await ctx.loaders.rolesByPerson.load(person.id));
    return args.status ? roles.filter((r) => r.status === args.status) : roles;
  },
  async careerPath(person: PersonNode, _: unknown, ctx: Context) {
    return careerPath(await ctx.loaders.rolesByPerson.load(person.id));
  },
  async currentRoles(person: PersonNode, _: unknown, ctx: Context) {
    return careerPath(await ctx.loaders.rolesByPerson.load(person.id)).filter((r) => r.status === 'CURRENT');
  },
  async sources(person: PersonNode, _: unknown, ctx: Context) {
    const roles = await ctx.loaders.rolesByPerson.load(person.id);
    const ids = [...new Set(roles.flatMap((r) => r.sourceIds))];
    const sources = (await ctx.loaders.source.loadMany(ids)).filter(
      (s): s is SourceNode => !!s && !(s instanceof Error),
    );
    return sources.sort(
      (a, b) => compareText(a.publishedAt ?? '', b.publishedAt ?? '') || compareText(a.id, b.id),
    );
  },
};
