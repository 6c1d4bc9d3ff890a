import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { TEXT, TextArg } from '../../graphql/text.js';
import { idOf } from '../../graphql/global-id.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { actOf } from '../workflow/index.js';
import { checkQuarter } from './quarter.js';
import { QuarterlyReportReader } from './quarterly-report.reader.js';
import { QuarterlyFigures, QuarterlyReport, ReportingRegion } from './quarterly-report.types.js';

const reader = (ctx: Context) => new QuarterlyReportReader(ctx.db, ctx.viewer!);

export const QUARTERLY_REPORT_NODES: NodeLoaders = {
  QuarterlyReport: (_L, id, ctx) => reader(ctx).byId(id),
};

const VERSION = { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' } as const;

@Resolver(() => QuarterlyReport)
export class QuarterlyReportResolver {
  @Authorized('PERFORMANCE')
  @Query(() => QuarterlyFigures, {
    description:
      '汇总某季度的工作情况数据（绩效科，上报前预览）/ Assemble a quarter’s figures from the data (performance section, before submitting)',
  })
  assembleQuarterlyReport(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('quarter', () => Int, { description: '季度 1–4 / Quarter' }) quarter: number,
    @Ctx() ctx: Context,
  ) {
    checkQuarter(year, quarter);
    return reader(ctx).assemble(year, quarter);
  }

  @Authorized('PERFORMANCE', 'LEADERSHIP', 'UPPER_LEVEL')
  @Query(() => [QuarterlyReport], {
    description:
      '季度工作情况上报及其全部记录；上级可按县筛选 / Quarterly reports with their history; the upper level may pick a county',
  })
  quarterlyReports(
    @Arg('regionId', () => ID, { nullable: true, description: '县（市）地区 ID / A county’s region id' })
    regionId: string | null,
    @Arg('year', () => Int, { nullable: true, description: '年度 / Year' }) year: number | null,
    @Ctx() ctx: Context,
  ) {
    return reader(ctx).list(regionId ? idOf('Region', regionId, 'regionId') : null, year ?? null);
  }

  @Authorized('UPPER_LEVEL')
  @Query(() => [ReportingRegion], {
    description: '向本级上报的县（市），供筛选 / The counties reporting to my region, for the picker',
  })
  reportingRegions(@Ctx() ctx: Context) {
    return reader(ctx).reportingRegions();
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => QuarterlyReport, {
    description:
      '上报季度工作情况（绩效科）：数据按季度日期汇总并冻结；退回后可修改重报 / Submit a quarter’s report (performance section): its figures are assembled and frozen; after a return, resubmit',
  })
  async submitQuarterlyReport(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @Arg('quarter', () => Int, { description: '季度 1–4 / Quarter' }) quarter: number,
    @TextArg('text', 10000, { description: '报告正文 / The report’s text' }) text: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: '重报时回传读取时的版本号 / To resubmit, the version as last read',
    })
    version: number | null,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.quarterlyReports.submit(actOf(ctx), year, quarter, text, version ?? null);
    return reader(ctx).byId(id);
  }

  @Authorized('UPPER_LEVEL', 'WRITE')
  @Mutation(() => QuarterlyReport, {
    description: '退回季度报告并提出意见（上级）/ Return a quarterly report with comments (upper level)',
  })
  async returnQuarterlyReport(
    @Arg('id', () => ID, { description: '季度报告全局 ID / Global id of the report' }) id: string,
    @TextArg('comment', TEXT.note, { description: '退回意见 / Comments' }) comment: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const rid = await ctx.services.quarterlyReports.returnReport(
      actOf(ctx),
      idOf('QuarterlyReport', id, 'id'),
      comment,
      version,
    );
    return reader(ctx).byId(rid);
  }

  @Authorized('UPPER_LEVEL', 'WRITE')
  @Mutation(() => QuarterlyReport, {
    description: '收阅季度报告（上级）/ Mark a quarterly report received (upper level)',
  })
  async acceptQuarterlyReport(
    @Arg('id', () => ID, { description: '季度报告全局 ID / Global id of the report' }) id: string,
    @TextArg('note', TEXT.note, { defaultValue: '', description: '说明 / Note' }) note: string,
    @Arg('version', () => Int, VERSION) version: number,
    @Ctx() ctx: Context,
  ) {
    const rid = await ctx.services.quarterlyReports.accept(
      actOf(ctx),
      idOf('QuarterlyReport', id, 'id'),
      note,
      version,
    );
    return reader(ctx).byId(rid);
  }
}
