import { ArrayMaxSize, IsInt, IsOptional, Min, ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { actOf, badInput as actBad } from '../workflow/index.js';
import type { Context } from '../../graphql/context.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { idOf } from '../../graphql/global-id.js';
import { Checkpoint } from './checkpoint.types.js';
import { MonitoringReport } from './report.types.js';
import { TEXT, TextArg, TextField } from '../../graphql/text.js';

@InputType({ description: '指标实际完成值 / An indicator’s actual value' })
class IndicatorActualInput {
  @Field(() => ID, { description: '指标 ID / Indicator id' })
  indicatorId: string;

  @TextField(30, {
    nullable: true,
    description: '实际值（量化指标必填）/ Actual value (required for quantitative indicators)',
  })
  @IsOptional()
  actualValue?: string | null;

  @TextField(2000, {
    nullable: true,
    description: '偏差原因（偏离超过规定比例时必填）/ Why it deviates (required beyond the allowed deviation)',
  })
  @IsOptional()
  explanation?: string | null;
}

@InputType({ description: '监控报告 / A monitoring report' })
class MonitoringReportInput {
  @Field(() => ID, { description: '监控节点 / Checkpoint' }) checkpointId: string;
  @Field(() => ID, { description: '项目 / Project' }) projectId: string;
  @Field(() => DecimalScalar, { description: '截至节点的执行数（元）/ Executed up to the checkpoint, yuan' })
  executed: string;

  @Field(() => [IndicatorActualInput], { description: '各指标实际值 / Actual value of each indicator' })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200)
  actuals: IndicatorActualInput[];

  @Field(() => Int, {
    nullable: true,
    description: '重报时回传报告版本 / Version of a returned report being resubmitted',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;
}

@Resolver()
export class MonitoringResolver {
  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Checkpoint, {
    description: '开启监控节点（绩效科）/ Open a checkpoint for reporting (performance section)',
  })
  async openCheckpoint(
    @Arg('id', () => ID, { description: '监控节点全局 ID / Global id of the checkpoint' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const cpId = await ctx.services.monitoring.openCheckpoint(actOf(ctx), idOf('Checkpoint', id, 'id'), version);
    return ctx.loaders.checkpoint.load(cpId);
  }

  @Authorized('UNIT', 'WRITE')
  @Mutation(() => MonitoringReport, {
    description: '报送监控报告（单位）/ Report execution and indicator values at a checkpoint (unit)',
  })
  async submitMonitoringReport(
    @Arg('input', () => MonitoringReportInput, { description: '监控报告 / The report' }) input: MonitoringReportInput,
    @Ctx() ctx: Context,
  ) {
    const reportId = await ctx.services.monitoring.submitReport(actOf(ctx), {
      checkpointId: idOf('Checkpoint', input.checkpointId, 'input.checkpointId'),
      projectId: idOf('Project', input.projectId, 'input.projectId'),
      executed: input.executed,
      actuals: input.actuals.map((a, i) => ({
        ...a,
        indicatorId: idOf('Indicator', a.indicatorId, `input.actuals[${i}].indicatorId`),
      })),
      version: input.version,
    });
    return ctx.loaders.report.load(reportId);
  }

  @Authorized('BUSINESS_SECTION', 'PERFORMANCE', 'WRITE')
  @Mutation(() => MonitoringReport, {
    description:
      '初审监控报告：通过或退回（业务科室；涉密单位由绩效科）/ First review: pass or return (business section; the performance section for classified units)',
  })
  async reviewMonitoringReport(
    @Arg('id', () => ID, { description: '监控报告全局 ID / Global id of the report' }) id: string,
    @Arg('approve', { description: '是否通过（否则退回）/ Pass, or return for revision' }) approve: boolean,
    @TextArg('comment', TEXT.note, { defaultValue: '', description: '意见 / Comment' }) comment: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const reportId = await ctx.services.monitoring.reviewReport(
      actOf(ctx),
      idOf('MonitoringReport', id, 'id'),
      approve,
      comment,
      version,
    );
    return ctx.loaders.report.load(reportId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => MonitoringReport, {
    description:
      '确认监控报告：按规则判定并标记黄标/红标（绩效科）/ Confirm: the rules give the verdict and raise or escalate flags',
  })
  async confirmMonitoringReport(
    @Arg('id', () => ID, { description: '监控报告全局 ID / Global id of the report' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const reportId = await ctx.services.monitoring.confirmReport(
      actOf(ctx),
      idOf('MonitoringReport', id, 'id'),
      version,
    );
    return ctx.loaders.report.load(reportId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Checkpoint, {
    description: '完成监控节点（全部报告已确认）/ Close a checkpoint once every report is confirmed',
  })
  async closeCheckpoint(
    @Arg('id', () => ID, { description: '监控节点全局 ID / Global id of the checkpoint' }) id: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const cpId = await ctx.services.monitoring.closeCheckpoint(actOf(ctx), idOf('Checkpoint', id, 'id'), version);
    return ctx.loaders.checkpoint.load(cpId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => Checkpoint, {
    description:
      '登记未报送（绩效科）：节点内应报未报的项目记为监控未达标（NOT_REPORTED），按规则标记预警；之后方可完成节点 / Record projects due at an open checkpoint as not reported: each fails the checkpoint (NOT_REPORTED) and is flagged by the rules; then the checkpoint can close',
  })
  async recordNotReported(
    @Arg('checkpointId', () => ID, { description: '监控节点全局 ID / Global id of the checkpoint' })
    checkpointId: string,
    @Arg('projectIds', () => [ID], { description: '未报送的项目 / The projects that did not report' })
    projectIds: string[],
    @Arg('version', () => Int, { description: '节点读取时的版本号（乐观锁）/ Checkpoint version as last read' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    if (projectIds.length > 5000) throw actBad('projectIds', '一次最多5000个项目', 'at most 5,000 projects at once');
    const cpId = await ctx.services.monitoring.recordNotReported(
      actOf(ctx),
      idOf('Checkpoint', checkpointId, 'checkpointId'),
      projectIds.map((id, i) => idOf('Project', id, `projectIds[${i}]`)),
      version,
    );
    return ctx.loaders.checkpoint.load(cpId);
  }

  @Authorized('PERFORMANCE', 'WRITE')
  @Mutation(() => MonitoringReport, {
    description:
      '更正已确认的监控报告的执行数（绩效科，须说明原因）：按规则重新判定，新发现的未达标按规则标记预警；节点确认时冻结的数据不变，更正列入“冻结后变动” / Correct a confirmed report’s execution (performance section, with a reason): the rules judge it again and a failure it reveals is flagged; the figures frozen when the checkpoint was confirmed do not change, and the correction is listed in changesSince',
  })
  async correctMonitoringReport(
    @Arg('id', () => ID, { description: '监控报告全局 ID / Global id of the report' }) id: string,
    @Arg('executed', () => DecimalScalar, { description: '更正后的执行数（元）/ Corrected execution, yuan' })
    executed: string,
    @TextArg('reason', TEXT.note, { description: '更正原因 / Why it is corrected' }) reason: string,
    @Arg('version', () => Int, { description: '读取时的版本号（乐观锁）/ Version as last read (optimistic lock)' })
    version: number,
    @Ctx() ctx: Context,
  ) {
    const reportId = await ctx.services.corrections.correctReport(
      actOf(ctx),
      idOf('MonitoringReport', id, 'id'),
      executed,
      reason,
      version,
    );
    return ctx.loaders.report.load(reportId);
  }
}
