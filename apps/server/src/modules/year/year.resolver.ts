import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { idOf } from '../../graphql/global-id.js';
import { YearArgs } from '../analytics/index.js';
import { Checkpoint } from '../monitoring/index.js';
import { actOf } from '../workflow/index.js';
import { TEXT, TextArg } from '../../graphql/text.js';

@ObjectType({ description: '开启的年度 / A year opened' })
class OpenedYear {
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => Int, { description: '建立的监控节点数 / Checkpoints created' }) checkpoints: number;
  @Field(() => Int, { description: '建立的年度工作期限数 / Calendar deadlines created' }) deadlines: number;
}

@ObjectType({ description: '年度结转结果 / What carrying a year over made' })
class CarriedOver {
  @Field(() => Int, { description: '结转到下一年度的延续项目数 / Recurring projects carried over to the next year' })
  carried: number;
  @Field(() => Int, { description: '从下一年度预算中扣除的压减数 / Decided cuts taken from next year’s budget lines' })
  cutsApplied: number;
}

@Resolver()
export class YearResolver {
  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => OpenedYear, {
    description:
      '开启年度（绩效科）：沿用上一年度规则（有结果前可改），按规则建立监控节点（5月、6月部门整体、8月）与年度工作期限 / Open a year (performance section): the rules of the year before are copied (changeable until results exist), the checkpoints (May, unit-wide June, August) and the calendar deadlines are made from them',
  })
  async openYear(
    @Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<OpenedYear> {
    const made = await ctx.services.years.openYear(actOf(ctx), YearArgs.check(year));
    return { year, ...made };
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Checkpoint, {
    description:
      '调整监控节点日期（开启前；绩效科）/ Move a checkpoint’s period end and report due date before it opens (performance section)',
  })
  async setCheckpointDates(
    @Arg('id', () => ID, { description: '监控节点全局 ID / Global id of the checkpoint' }) id: string,
    @TextArg('periodEnd', TEXT.date, { description: '节点日期 YYYY-MM-DD / End of the period' }) periodEnd: string,
    @TextArg('reportDue', TEXT.date, { description: '报送截止日 YYYY-MM-DD / Reports due' }) reportDue: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const cpId = await ctx.services.years.setCheckpointDates(
      actOf(ctx),
      idOf('Checkpoint', id, 'id'),
      periodEnd,
      reportDue,
      version,
    );
    return ctx.loaders.checkpoint.load(cpId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => String, {
    description:
      '调整年度工作期限日期（年度内；绩效科），返回新日期 / Move a calendar deadline within its year (performance section); answers the new date',
  })
  async setDeadlineDate(
    @Arg('id', () => ID, { description: '期限全局 ID（deadlines 的 id）/ Global id of the deadline (Deadline.id)' })
    id: string,
    @TextArg('dueOn', TEXT.date, { description: '新日期 YYYY-MM-DD / New date' }) dueOn: string,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.years.setDeadlineDate(actOf(ctx), idOf('CalendarDeadline', id, 'id'), dueOn);
    return dueOn;
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => CarriedOver, {
    description:
      '年末结转（绩效科）：本年度延续项目带着绩效目标（草稿）结转到下一年度，已决定的压减从所在年度预算中扣除 / Year end (performance section): the recurring projects of the year carry over to the next with their targets as a draft; decided cuts are taken from the budget lines of their year',
  })
  async carryOverYear(
    @Arg('year', () => Int, { description: '结转的预算年度 / Budget year carried over' }) year: number,
    @Ctx() ctx: Context,
  ): Promise<CarriedOver> {
    return ctx.services.years.carryOverYear(actOf(ctx), YearArgs.check(year));
  }
}
