import type { PersonNode, Status } from '../../model/graph.js';
import { careerPath } from '../../services/career.js';
import { colleaguesOf } from '../../services/colleagues.js';
import { sourcesOfPerson } from '../../services/sources.js';
import type { Context } from '../context.js';
import { paginate, type PageArgs } from '../pagination.js';
import { sourceCursorKey } from './keys.js';

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
  colleagues(person: PersonNode, _: unknown, ctx: Context) {
    return colleaguesOf(ctx.loaders, person.id);
  },
  async sources(person: PersonNode, args: PageArgs, ctx: Context) {
    return paginate(await sourcesOfPerson(ctx.loaders, person.id), 'source', sourceCursorKey, args);
  },
};
