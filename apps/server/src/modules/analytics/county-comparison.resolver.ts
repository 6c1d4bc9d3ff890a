import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { AnalyticsFilter, resolveFilter } from '../filter/index.js';
import { countiesInScope, countyComparison } from './county-comparison.js';
import { CountyComparisonRow, CountyOption } from './county-comparison.types.js';
import { YearArgs } from './year.args.js';

/** Issue 15 §3: the counties a viewer may pick (filter.regionCode) and their figures side by side. */
@Resolver()
export class CountyComparisonResolver {
  @Authorized()
  @Query(() => [CountyOption], {
    description:
      '我可查看的县（上级财政为下辖各县，县内角色为本县）/ The counties I may view (an upper level: every county below it; a county’s people: their own)',
  })
  counties(@Ctx() ctx: Context) {
    return countiesInScope(ctx.db, ctx.viewer!);
  }

  @Authorized()
  @Query(() => [CountyComparisonRow], {
    description:
      '各县对比：某预算年度的项目、执行率、未销号黄标红标，及该年开展的单位自评等次 / Counties side by side: a budget year’s projects, execution rate, open yellow and red flags, and the self-evaluation grades of evaluations carried out that year',
  })
  async countyComparison(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Arg('filter', () => AnalyticsFilter, {
      nullable: true,
      description:
        '可选筛选（同一筛选条件；year 以参数为准，checkpointMonth 指定执行数所取节点）/ Optional filters (the one filter; the argument gives the year, checkpointMonth the checkpoint of the execution)',
    })
    filter: AnalyticsFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    return countyComparison(ctx.db, ctx.viewer!, YearArgs.check(year), f);
  }
}
