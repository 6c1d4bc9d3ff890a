import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PageArgs } from '../../graphql/connection.js';
import { ReportStatusEnum } from '../../graphql/enums.js';
import type { NodeLoaders } from '../../graphql/node.js';
import { ReportFilter, resolveFilter } from '../filter/index.js';
import { ProjectConnection } from '../project/index.js';
import { idOf } from '../../graphql/global-id.js';
import { CheckpointChangeConnection } from './changes.types.js';
import { Checkpoint } from './checkpoint.types.js';
import { MonitoringReportConnection } from './report.types.js';

export const CHECKPOINT_NODES: NodeLoaders = { Checkpoint: (L, id) => L.checkpoint.load(id) };

@Resolver(() => Checkpoint)
export class CheckpointResolver {
  @Authorized()
  @Query(() => [Checkpoint], { description: '某年的监控节点 / Checkpoints of a year' })
  checkpoints(@Arg('year', () => Int, { description: '预算年度 / Budget year' }) year: number, @Ctx() ctx: Context) {
    return ctx.readers.checkpoint.ofYear(year);
  }

  @Authorized()
  @Query(() => CheckpointChangeConnection, {
    description:
      '节点冻结后的变动：确认后对其报告的更正、对其计入的预警的整改与销号，谁、何时、修改前后（最早在前）/ What moved after a checkpoint was confirmed and frozen: corrections of its reports, plans, evidence and closings of the flags it counted, with who, when, before and after (oldest first)',
  })
  changesSince(
    @Arg('checkpointId', () => ID, { description: '已确认的监控节点 / A confirmed checkpoint' }) checkpointId: string,
    @Args() { first, after }: PageArgs,
    @Ctx() ctx: Context,
  ) {
    const id = idOf('Checkpoint', checkpointId, 'checkpointId');
    return CheckpointChangeConnection.of(ctx.readers.checkpointChanges.since(id, first, after));
  }

  @FieldResolver(() => MonitoringReportConnection, { description: '本节点的报告 / Reports at this checkpoint' })
  async reports(
    @Root() c: Checkpoint,
    @Args() { first, after }: PageArgs,
    @Arg('status', () => ReportStatusEnum, {
      nullable: true,
      description:
        '只取该状态的报告（审核队列；同 filter.reportStatus）/ Only reports in this state (the review queues)',
    })
    status: string | null,
    @Arg('classified', () => Boolean, {
      nullable: true,
      description:
        '只取涉密（或非涉密）单位的报告（同 filter.classified）/ Only classified (or unclassified) units’ reports',
    })
    classified: boolean | null,
    @Arg('filter', () => ReportFilter, { nullable: true, description: '筛选条件 / Filters' })
    filter: ReportFilter | null,
    @Ctx() ctx: Context,
  ) {
    const f = await resolveFilter(ctx.db, ctx.viewer!, filter);
    const merged = { ...f, reportStatus: f.reportStatus ?? status, classified: f.classified ?? classified };
    return MonitoringReportConnection.of(ctx.readers.report.ofCheckpoint(c, merged, first, after));
  }

  @FieldResolver(() => ProjectConnection, {
    description: '应报未报的项目（催报）/ Projects that should have reported here and have not (to chase)',
  })
  missingReports(@Root() c: Checkpoint, @Args() { first, after }: PageArgs, @Ctx() ctx: Context) {
    return ProjectConnection.of(ctx.loaders.missingReportsOfCheckpoint(first, after).load(c.dbId));
  }
}
