import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { TEXT, TextArg } from '../../graphql/text.js';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { YearArgs } from '../analytics/index.js';
import { Evaluation } from '../evaluation/index.js';
import { MonitoringReport } from '../monitoring/index.js';
import { Project } from '../project/index.js';
import { actOf } from '../workflow/index.js';
import { FundFamilySummary, FundReview } from './fund-review.types.js';

@Resolver(() => Project)
export class ProjectFundReviewResolver {
  @FieldResolver(() => Boolean, {
    description:
      '资金类别由本县资金主管科室管理：其目标与监控报告须经该科室审核上报 / The project’s fund family is managed by a fund-owning section of its county: its targets and reports go through that section',
  })
  async fundReviewRequired(@Root() p: Project, @Ctx() ctx: Context) {
    return (await ctx.loaders.fundReviewStateOfProject.load(p.dbId)).required;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      '资金主管科室审核上报本次提交目标的日期（单位重新提交时清空）/ When the fund-owning section passed the submitted targets upward (cleared on resubmission)',
  })
  async targetsFundReviewedOn(@Root() p: Project, @Ctx() ctx: Context) {
    return (await ctx.loaders.fundReviewStateOfProject.load(p.dbId)).reviewedOn;
  }

  @FieldResolver(() => [FundReview], {
    description:
      '资金主管科室的审核记录（目标与监控报告，新的在前）/ The fund-owning section’s reviews of targets and reports, newest first',
  })
  fundReviews(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.fundReviewsOfProject.load(p.dbId);
  }
}

@Resolver(() => MonitoringReport)
export class ReportFundReviewResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      '资金主管科室审核上报的日期（重新报送时清空）/ When the fund-owning section passed the report upward (cleared on resubmission)',
  })
  fundReviewedOn(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.fundStampOfReport.load(r.dbId);
  }

  @FieldResolver(() => [FundReview], { description: '资金主管科室的审核记录 / The fund-owning section’s reviews' })
  fundReviews(@Root() r: MonitoringReport, @Ctx() ctx: Context) {
    return ctx.loaders.fundReviewsOfReport.load(r.dbId);
  }
}

@Resolver(() => Evaluation)
export class EvaluationFundReviewResolver {
  @FieldResolver(() => [FundReview], {
    description:
      '资金主管科室对单位自评的审核记录（新的在前）/ The fund-owning section’s reviews of a self-evaluation, newest first',
  })
  fundReviews(@Root() e: Evaluation, @Ctx() ctx: Context) {
    return e.kind === 'SELF' ? ctx.loaders.fundReviewsOfEvaluation.load(e.dbId) : [];
  }
}

@Resolver(() => FundFamilySummary)
export class FundReviewResolver {
  @Authorized('FUND_SECTION', 'WRITE')
  @Mutation(() => Evaluation, {
    description:
      '审核上报本资金类别项目的单位自评，或退回单位（资金主管科室）/ Pass a unit’s self-evaluation of a project of the section’s fund family upward, or return it to the unit (fund-owning section)',
  })
  async fundReviewSelfEvaluation(
    @Arg('id', () => ID, { description: '单位自评全局 ID / Global id of the self-evaluation' }) id: string,
    @Arg('approve', { description: '审核上报（否则退回）/ Pass upward (else return)' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const eid = await ctx.services.fundReviews.reviewSelfEvaluation(
      actOf(ctx),
      idOf('Evaluation', id, 'id'),
      approve,
      comment,
      version,
    );
    return ctx.loaders.evaluation.load(eid);
  }

  @Authorized('FUND_SECTION', 'WRITE')
  @Mutation(() => Project, {
    description:
      '审核上报本资金类别项目的绩效目标（初审后），或退回单位修改（资金主管科室）/ Pass a project’s targets of the section’s fund family upward after the first review, or return them to the unit (fund-owning section)',
  })
  async fundReviewTargets(
    @Arg('projectId', () => ID, { description: '项目 / Project' }) projectId: string,
    @Arg('approve', { description: '审核上报（否则退回）/ Pass upward (else return)' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, { description: '版本号（防止覆盖他人修改）/ Version, to detect conflicting changes' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const id = await ctx.services.fundReviews.reviewTargets(
      actOf(ctx),
      idOf('Project', projectId, 'projectId'),
      approve,
      comment,
      version,
    );
    return ctx.loaders.project.load(id);
  }

  @Authorized('FUND_SECTION', 'WRITE')
  @Mutation(() => MonitoringReport, {
    description:
      '审核上报本资金类别的监控报告（初审后），或退回单位（资金主管科室）/ Pass a monitoring report of the section’s fund family upward after the first review, or return it to the unit (fund-owning section)',
  })
  async fundReviewMonitoringReport(
    @Arg('id', () => ID, { description: '监控报告全局 ID / Global id of the report' }) id: string,
    @Arg('approve', { description: '审核上报（否则退回）/ Pass upward (else return)' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const reportId = await ctx.services.fundReviews.reviewReport(
      actOf(ctx),
      idOf('MonitoringReport', id, 'id'),
      approve,
      comment,
      version,
    );
    return ctx.loaders.report.load(reportId);
  }

  @Authorized('FUND_SECTION', 'WRITE')
  @Mutation(() => FundFamilySummary, {
    description:
      '报送本资金类别的年度绩效总结（11月20日；数据取自本类别当年的项目、预算、执行、预警与等次）（资金主管科室）/ Send the fund family’s summary of the year (20 November), its figures taken from the family’s data (fund-owning section)',
  })
  async sendFundFamilySummary(
    @Arg('year', () => Int, { description: '年度 / Year' }) year: number,
    @TextArg('text', TEXT.body, { description: '总结正文 / The summary text' }) text: string,
    @Arg('version', () => Int, {
      nullable: true,
      description: '重新报送时回传读取的版本号 / When sending again, the version as last read',
    })
    version: number | null,
    @Ctx() ctx: Context,
  ) {
    YearArgs.check(year);
    await ctx.services.fundReviews.sendSummary(actOf(ctx), year, text, version ?? null);
    const [own] = await ctx.readers.fundReview.summaries(year);
    return own;
  }

  @Authorized()
  @Query(() => [FundFamilySummary], {
    description:
      '各资金类别绩效总结：绩效科、领导看本县全部，资金主管科室看本类别 / The fund families’ summaries of a year: the performance section and leadership see all of the county’s, a fund-owning section its own',
  })
  fundFamilySummaries(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.readers.fundReview.summaries(YearArgs.check(year));
  }
}
