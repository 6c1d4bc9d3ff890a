import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { asksPage } from '../../graphql/selection.js';
import { Evaluation } from '../evaluation/index.js';
import { ExAnteAssessment } from '../ex-ante/index.js';
import { ProjectFilter, resolveFilter } from '../filter/index.js';
import { Flag } from '../flag/index.js';
import { Indicator } from '../indicator/index.js';
import { MonitoringReport } from '../monitoring/index.js';
import { ResultApplication } from '../result-application/index.js';
import { TargetAdjustment, TargetReviewInfo } from '../targets/index.js';
import { Unit } from '../unit/index.js';
import { ProjectOrder } from './project.inputs.js';
import { ClassifiedTotals, Project, ProjectConnection } from './project.types.js';

export const PROJECT_NODES: NodeLoaders = { Project: (L, id) => L.project.load(id) };

/** The classified projects a `projects` page's totals count beyond its rows (absent on nested lists). */
@Resolver(() => ProjectConnection)
export class ProjectConnectionResolver {
  @FieldResolver(() => ClassifiedTotals, {
    nullable: true,
    description:
      '计入合计而未列出的涉密单位项目（项目数与预算，合为一行）：本列表 totalCount 加上它即为项目汇总的数；可见涉密单位者为 0；嵌套列表为空 / Classified units’ projects matching the filter that count in totals but are not listed (count and budget, all together): totalCount plus this is what projectAggregate counts; 0 for viewers who see classified units; null on nested lists',
  })
  classifiedTotals(@Root() c: { classified?: () => Promise<ClassifiedTotals> }) {
    return c.classified ? c.classified() : null;
  }
}

@Resolver(() => Project)
export class ProjectResolver {
  @Authorized()
  @Query(() => ProjectConnection, { description: '项目列表 / Projects in scope' })
  async projects(
    @Args() { first, after }: PageArgs,
    @Arg('filter', () => ProjectFilter, { nullable: true, description: '筛选条件 / Filters' })
    filter: ProjectFilter | null,
    @Arg('orderBy', () => ProjectOrder, {
      nullable: true,
      description: '排序，默认按项目编码升序 / Order; by code ascending when not given',
    })
    orderBy: ProjectOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    // A count alone (`projects(filter: …) { totalCount }`, a BI tool's or a card's) reads no page.
    return ProjectConnection.of(ctx.readers.project.page(f, orderBy, first, after, asksPage(info)));
  }

  @FieldResolver(() => Unit, {
    nullable: true,
    description: '实施单位（涉密单位对无权者为空）/ The unit (null when classified and out of sight)',
  })
  unit(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.unit.load(p.unitId);
  }

  @FieldResolver(() => [Indicator], { description: '绩效指标 / Targets' })
  indicators(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.indicatorsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [MonitoringReport], { description: '各监控节点报告 / Reports at each checkpoint' })
  monitoringReports(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.reportsOfProject.load(p.dbId);
  }

  @FieldResolver(() => MonitoringReport, {
    nullable: true,
    description:
      '最近一个监控节点的报告（按节点期末日期），无报告为空 / The report of the latest checkpoint (by period end); null when none',
  })
  latestReport(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.latestReportOfProject.load(p.dbId);
  }

  @FieldResolver(() => [Flag], { description: '预警 / Flags' })
  flags(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.flagsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [Evaluation], { description: '评价 / Evaluations' })
  evaluations(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.evaluationsOfProject.load(p.dbId);
  }

  @FieldResolver(() => ExAnteAssessment, {
    nullable: true,
    description: '事前绩效评估（新增项目）/ Ex-ante assessment (new projects)',
  })
  exAnteAssessment(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.exAnteOfProject.load(p.dbId);
  }

  @FieldResolver(() => [TargetReviewInfo], { description: '绩效目标审核记录 / Reviews of the targets' })
  targetReviews(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.reviewsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [TargetAdjustment], {
    description: '绩效目标调整申请（新的在前）/ Requests to change the approved targets, newest first',
  })
  targetAdjustments(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.adjustmentsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [ResultApplication], {
    description:
      '本项目评价得出的压减（评价在预算年度次年作出，压减落在再下一年度：2025年项目的压减落在2027年预算，见 targetYear、appliedTo）/ Cuts decided from this project’s evaluation (made the year after its budget year; the cut lands in the year after that: a 2025 project’s cut in the 2027 budget, see targetYear and appliedTo)',
  })
  resultApplications(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.resultApplicationsOfProject.load(p.dbId);
  }

  @FieldResolver(() => [ResultApplication], {
    description:
      '已从本预算扣除的压减（来自以前年度同一延续项目的评价；见 budgetBeforeCuts）/ Cuts taken from this budget line, decided from the evaluation of the same recurring project in an earlier year (see budgetBeforeCuts)',
  })
  cutsApplied(@Root() p: Project, @Ctx() ctx: Context) {
    return ctx.loaders.resultApplicationsAppliedTo.load(p.dbId);
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description:
      '上年度的同一延续项目（本项目由其结转）/ Last year’s line of this recurring project (carried over from)',
  })
  carriedOverFrom(@Root() p: Project, @Ctx() ctx: Context) {
    return p.carriedOverFromId ? ctx.loaders.project.load(p.carriedOverFromId) : null;
  }

  @FieldResolver(() => Project, {
    nullable: true,
    description: '下年度的同一延续项目（由本项目结转）/ Next year’s line of this recurring project (carried over to)',
  })
  carriedOverTo(@Root() p: Project, @Ctx() ctx: Context) {
    return p.carriedOverToId ? ctx.loaders.project.load(p.carriedOverToId) : null;
  }
}
