import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, Info, Int, Query, Resolver } from 'type-graphql';
import type { EvaluationKind, ExecutionGroupBy } from '@jixiao/schema/enums';
import type { Context } from '../../graphql/context.js';
import { EvaluationKindEnum, ExecutionGroupByEnum } from '../../graphql/enums.js';
import {
  AgencyRatingRow,
  ExecutionRow,
  FundFamilyInfo,
  TransferSplit,
  FlagSummary,
  GradeDistribution,
  IndicatorLibrarySummary,
  TargetSummary,
  TrainingSummary,
} from './analytics.types.js';
import { YearArgs } from './year.args.js';
import { AggregateDimensionEnum, AggregateRow, type AggregateDimension, type KeyColumns } from './project-aggregate.js';
import { DisclosureSummary, ResultApplicationSummary } from './results.types.js';
import { AppError } from '../../graphql/errors.js';
import { fieldsAskedAt } from '../../graphql/selection.js';
import { AggregateFilter, AnalyticsFilter, resolveFilter } from '../filter/index.js';

/** Which of a row's codes (`code`, `regionCode`) the query asks for at `path`: the readers select only those. */
function keyColumnsAsked(info: GraphQLResolveInfo, ...path: string[]): KeyColumns {
  const asked = fieldsAskedAt(info, ...path);
  return { code: asked.has('code'), regionCode: asked.has('regionCode') };
}

const FROZEN = {
  nullable: true,
  defaultValue: false,
  description:
    '取节点确认时冻结的数据（确认后的更正与销号不计；尚未确认的节点不计）/ The figures frozen when the checkpoint was confirmed (later corrections and closings left out; checkpoints not confirmed yet count nothing)',
} as const;

const FILTER = {
  nullable: true,
  description: '可选筛选（同一筛选条件，见 AnalyticsFilter）/ Optional filters: the one filter (see AnalyticsFilter)',
} as const;

@Resolver()
export class AnalyticsResolver {
  @Authorized()
  @Query(() => TargetSummary, { description: '绩效目标编制情况 / Targets set in a budget year' })
  async targetSummary(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.targetSummary(ctx.viewer!, YearArgs.check(year), f);
  }

  @Authorized()
  @Query(() => [ExecutionRow], { description: '监控节点预算执行情况 / Budget execution at a checkpoint' })
  async executionSummary(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('month', () => Int, { description: '监控节点月份（5 = 5月底）/ Month of the checkpoint' }) month: number,
    @Arg('groupBy', () => ExecutionGroupByEnum, {
      defaultValue: 'TOTAL',
      nullable: true,
      description: '分组方式，默认合计 / How to group the rows, TOTAL by default',
    })
    groupBy: ExecutionGroupBy | null,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Arg('frozen', () => Boolean, FROZEN) frozen: boolean | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.executionSummary(
      ctx.viewer!,
      YearArgs.check(year),
      YearArgs.month(month),
      groupBy ?? 'TOTAL',
      f,
      frozen ?? false,
      keyColumnsAsked(info),
    );
  }

  @Authorized()
  @Query(() => FlagSummary, { description: '黄标红标情况 / Flags as of a checkpoint' })
  async flagSummary(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('month', () => Int, { description: '监控节点月份（5 = 5月底）/ Month of the checkpoint' }) month: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Arg('frozen', () => Boolean, FROZEN) frozen: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.flagSummary(
      ctx.viewer!,
      YearArgs.check(year),
      YearArgs.month(month),
      f,
      frozen ?? false,
    );
  }

  @Authorized()
  @Query(() => GradeDistribution, {
    description: '评价等次分布；year 为被评价的预算年度 / Grade distribution; year is the budget year evaluated',
  })
  async gradeDistribution(
    @Arg('year', () => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number,
    @Arg('kind', () => EvaluationKindEnum, { description: '评价类型 / Kind of evaluation' }) kind: EvaluationKind,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.gradeDistribution(ctx.viewer!, YearArgs.check(year), kind, f);
  }

  @Authorized()
  @Query(() => [AgencyRatingRow], { description: '第三方机构信用评级 / Agency credit ratings of a year' })
  async agencyRatings(
    @Arg('year', () => Int, { description: '评级年度 / Year rated' }) year: number,
    @Arg('filter', () => AnalyticsFilter, {
      nullable: true,
      description: '可选筛选：仅 agencyId 与 search 适用 / Optional filters: only agencyId and search apply',
    })
    filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.agencyRatings(ctx.viewer!, YearArgs.check(year), f);
  }

  @Authorized()
  @Query(() => ResultApplicationSummary, {
    description:
      '结果应用（压减预算）；year 为被评价的预算年度 / Budget cuts from evaluations; year is the budget year evaluated',
  })
  async resultApplicationSummary(
    @Arg('year', () => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.resultApplicationSummary(ctx.viewer!, YearArgs.check(year), f);
  }

  @Authorized()
  @Query(() => DisclosureSummary, {
    description: '信息公开情况（某预算年度的目标与评价）/ Targets and evaluations of a budget year made public',
  })
  async disclosureSummary(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.disclosureSummary(ctx.viewer!, YearArgs.check(year), f);
  }

  @Authorized()
  @Query(() => TrainingSummary, { description: '培训情况 / Training sessions and attendance of a year' })
  trainingSummary(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.services.analytics.trainingSummary(ctx.viewer!, YearArgs.check(year));
  }

  @Authorized()
  @Query(() => [AggregateRow], {
    description:
      '项目分组汇总（BI 自建透视）/ Projects grouped by up to three dimensions: count, budget, executed, rate',
  })
  async projectAggregate(
    @Arg('groupBy', () => [AggregateDimensionEnum], { description: '0–3 个维度 / Zero to three dimensions' })
    groupBy: AggregateDimension[],
    @Arg('filter', () => AggregateFilter, { nullable: true, description: '筛选条件 / Filters' })
    filter: AggregateFilter | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (groupBy.length > 3) {
      throw new AppError('BAD_USER_INPUT', 'groupBy：最多三个维度', 'groupBy: at most three dimensions', {
        field: 'groupBy',
      });
    }
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.projectAggregate(ctx.viewer!, groupBy, f, keyColumnsAsked(info, 'keys'));
  }

  @Authorized('LEADERSHIP', 'PERFORMANCE', 'BUDGET', 'UPPER_LEVEL')
  @Query(() => [TransferSplit], {
    description: '转移支付目标分解是否一致 / Whether each transfer payment’s split adds up',
  })
  transferSplits(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.services.analytics.transferSplits(ctx.viewer!, YearArgs.check(year));
  }

  @Authorized()
  @Query(() => [FundFamilyInfo], { description: '资金类别（四本预算在前）/ The fund families, the four budgets first' })
  fundFamilies(@Ctx() ctx: Context) {
    return ctx.services.analytics.fundFamilies();
  }

  @Authorized()
  @Query(() => IndicatorLibrarySummary, {
    description: '本地区所用指标库的规模 / Size of the indicator libraries the viewer’s region uses',
  })
  indicatorLibrarySummary(@Ctx() ctx: Context) {
    return ctx.services.analytics.indicatorLibrarySummary(ctx.viewer!);
  }
}
