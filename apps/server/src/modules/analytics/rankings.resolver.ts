import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AppError } from '../../graphql/errors.js';
import { AnalyticsFilter, resolveFilter } from '../filter/index.js';
import { cutProjectRanking, executionLagRanking, overdueFlagRanking } from './rankings.js';
import {
  CutGroupByEnum,
  CutGroupRow,
  CutProjectRanking,
  ExecutionLagRanking,
  ExecutionRankingByEnum,
  OverdueFlagRanking,
  type CutGroupBy,
  type ExecutionRankingBy,
} from './rankings.types.js';
import { YearArgs } from './year.args.js';

const FILTER = {
  nullable: true,
  description: '可选筛选（同一筛选条件，见 AnalyticsFilter）/ Optional filters: the one filter (see AnalyticsFilter)',
} as const;
const FIRST = {
  defaultValue: 5,
  description: '返回前几行（1–50，默认 5）/ How many rows to return (1–50, 5 by default)',
} as const;
const MAX_FIRST = 50;

function first(n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > MAX_FIRST) {
    throw new AppError(
      'BAD_USER_INPUT',
      `first：须在 1–${MAX_FIRST} 之间`,
      `first: must be between 1 and ${MAX_FIRST}`,
      {
        field: 'first',
      },
    );
  }
  return n;
}

/** The cockpit's rankings (issue 15 §1): who is furthest behind, most overdue, and cut. */
@Resolver()
export class RankingsResolver {
  @Authorized()
  @Query(() => ExecutionLagRanking, {
    description:
      '执行进度排名：某监控节点执行率减时序进度最低的单位或项目 / Units or projects furthest behind the share of the year elapsed at a checkpoint',
  })
  async executionLagRanking(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('month', () => Int, { description: '监控节点月份（5 = 5月底）/ Month of the checkpoint' }) month: number,
    @Arg('by', () => ExecutionRankingByEnum, { description: '按单位或项目 / Rank units or projects' })
    by: ExecutionRankingBy,
    @Arg('first', () => Int, FIRST) n: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return executionLagRanking(ctx.db, ctx.viewer!, YearArgs.check(year), YearArgs.month(month), by, first(n), f);
  }

  @Authorized()
  @Query(() => OverdueFlagRanking, {
    description:
      '逾期未销号预警最多的单位（某预算年度的项目）/ Units with the most open flags past their deadline (projects of a budget year)',
  })
  async overdueFlagRanking(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('first', () => Int, FIRST) n: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return overdueFlagRanking(ctx.db, ctx.viewer!, YearArgs.check(year), first(n), f);
  }

  @Authorized()
  @Query(() => CutProjectRanking, {
    description:
      '评为中、差的项目及其压减；year 为被评价的预算年度 / Projects graded medium or poor with their cuts; year is the budget year evaluated',
  })
  async cutProjectRanking(
    @Arg('year', () => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number,
    @Arg('first', () => Int, FIRST) n: number,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return cutProjectRanking(ctx.db, ctx.viewer!, YearArgs.check(year), first(n), f);
  }

  @Authorized()
  @Query(() => [CutGroupRow], {
    description:
      '压减合计（按科室或单位）；year 为被评价的预算年度 / Cut totals by section or unit; year is the budget year evaluated',
  })
  async resultApplicationByGroup(
    @Arg('year', () => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number,
    @Arg('groupBy', () => CutGroupByEnum, { description: '分组 / Grouping' }) groupBy: CutGroupBy,
    @Arg('filter', () => AnalyticsFilter, FILTER) filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return ctx.services.analytics.resultApplicationByGroup(ctx.viewer!, YearArgs.check(year), groupBy, f);
  }
}
