import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { Deadline, Todo } from './calendar.types.js';

@Resolver()
export class CalendarResolver {
  @Authorized()
  @Query(() => [Deadline], { description: '本人所在角色的年度工作节点 / The year’s deadlines for the viewer’s role' })
  deadlines(@Arg('year', () => Int, { description: '年度 / Year' }) year: number, @Ctx() ctx: Context) {
    return ctx.readers.calendar.deadlines(year);
  }

  @Authorized()
  @Query(() => [Todo], { description: '待办事项（各项计数，范围内）/ The viewer’s to-dos: counts within scope' })
  todos(@Ctx() ctx: Context) {
    return ctx.readers.calendar.todos();
  }
}
