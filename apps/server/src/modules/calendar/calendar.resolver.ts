import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Checkpoint } from '../monitoring/index.js';
import { Deadline, Todo, YearInfo, YearsInfo } from './calendar.types.js';

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => [Deadline], {
    description:
      '本人所在角色的年度工作节点：工作日历、当年监控节点及其报送截止、上年度重点评价截止 / The year’s deadlines for the viewer’s role: the county’s calendar, the year’s checkpoints and report dates, and the key evaluations of the year before',
  })
  deadlines(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.readers.calendar.deadlines(year);
  }

  @Authorized()
  @Query(() => [Todo], { description: '待办事项（各项计数，范围内）/ The viewer’s to-dos: counts within scope' })
  todos(@Ctx() ctx: Context) {
    return ctx.readers.calendar.todos();
  }

  @Authorized()
  @Query(() => YearsInfo, {
    description:
      '有数据的年度、默认年度、工作年度与县里的今天 / Years with data, the year to show, the year of work, and the county’s today',
  })
  years(@Ctx() ctx: Context) {
    return ctx.readers.calendar.years();
  }
}

@Resolver(() => YearInfo)
export class YearInfoResolver {
  @FieldResolver(() => [Checkpoint], { description: '当年已设的监控节点 / The year’s stored checkpoints' })
  checkpoints(@Root() y: YearInfo, @Ctx() ctx: Context) {
    return ctx.loaders.checkpointsOfYear.load(y.year);
  }
}
