import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { Node } from '../../graphql/node.js';
import { EXECUTION_RATE_DESCRIPTION } from './execution-rate.js';

@ObjectType({ description: '监控未达标原因 / Why a checkpoint failed' })
export class FailureReason {
  @Field({ description: 'EXECUTION_BELOW_ELAPSED 或 KEY_INDICATOR_DEVIATION' }) code: string;
  @Field(() => Int, {
    nullable: true,
    description:
      '偏差关键指标的序号（从 0 起，仅指标偏差时有）/ Position of the deviating key indicator, from 0 (KEY_INDICATOR_DEVIATION only)',
  })
  indicatorIndex: number | null;
}

@ObjectType({ implements: Node, description: '监控报告 / A project’s report at a checkpoint' })
export class MonitoringReport extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;
  checkpointId: number;

  @Field(() => DecimalScalar, { description: '节点预算（元）/ Budget at the checkpoint' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed' }) executed: string;
  @Field(() => Float, { nullable: true, description: EXECUTION_RATE_DESCRIPTION }) executionRate: number | null;
  @Field({ description: '状态 / DRAFT, SUBMITTED, REVIEWED, CONFIRMED' }) status: string;
  @Field(() => Boolean, { nullable: true, description: '是否未达标 / Failed the checkpoint (set on confirmation)' })
  failed: boolean | null;
  @Field(() => [FailureReason], {
    description: '未达标原因（达标时为空）/ Why it failed the checkpoint; empty otherwise',
  })
  failureReasons: FailureReason[];
  @Field(() => String, { nullable: true, description: '报送日期 / Date submitted' }) submittedOn: string | null;
  @Field({ description: '初审意见（退回时为退回原因）/ The business section’s review comment (why it was returned)' })
  reviewComment: string;
}

@ObjectType({ description: '指标完成值 / An indicator’s value at a checkpoint' })
export class IndicatorActual {
  indicatorId: number;

  @Field(() => String, { nullable: true, description: '计划值 / Planned at this point' }) plannedValue: string | null;
  @Field(() => String, { nullable: true, description: '实际值 / Actual' }) actualValue: string | null;
  @Field({ description: '偏差说明 / Why it deviates' }) explanation: string;
}

export const MonitoringReportConnection = connectionOf(MonitoringReport, 'MonitoringReport');
