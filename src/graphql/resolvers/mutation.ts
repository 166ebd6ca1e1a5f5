import { byName } from '../../services/companies.js';
import { loadFound } from '../../services/load.js';
import { writeArticle, type WriteReport } from '../../services/write.js';
import { articleFromInput, type ArticleInput } from '../article-input.js';
import { requireWriteAccess } from '../auth.js';
import type { Context } from '../context.js';

export const Mutation = {
  async ingestArticle(_: unknown, args: { input: ArticleInput }, ctx: Context) {
    // Counted before the key is checked, so guessing keys is throttled as much as writing.
    ctx.takeWrite();
    requireWriteAccess(ctx.apiKey, ctx.authorization);
    const report = await writeArticle(ctx.store, articleFromInput(args.input, ctx.maxArticleBytes), ctx.ingest);
    ctx.afterWrite();
    return report;
  },
};

export const IngestReport = {
  source(report: WriteReport, _: unknown, ctx: Context) {
    return ctx.loaders.source.load(report.sourceId);
  },
  async namedPeople(report: WriteReport, _: unknown, ctx: Context) {
    return (await loadFound(ctx.loaders.person, report.personIds)).sort(byName);
  },
  async namedCompanies(report: WriteReport, _: unknown, ctx: Context) {
    return (await loadFound(ctx.loaders.company, report.companyIds)).sort(byName);
  },
};
