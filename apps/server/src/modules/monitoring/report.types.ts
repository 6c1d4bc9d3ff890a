import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { IndicatorVerdictCode } from '../../rules/monitoring.js';
import { connectionOf } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { Node } from '../../graphql/node.js';
import { EXECUTION_RATE_DESCRIPTION } from './execution-rate.js';

@ObjectType({ description: '监控未达标原因 / Why a checkpoint failed' })
export class FailureReason {
  @Field({
    description:
      'EXECUTION_BELOW_ELAPSED、KEY_INDICATOR_DEVIATION 或 NOT_REPORTED（登记为未报送）/ …, or NOT_REPORTED (recorded as not reported)',
  })
  code: string;
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
  @Field({
    description:
      '绩效科登记为未报送（视为监控未达标）/ Recorded as not reported by the performance section (a failed checkpoint)',
  })
  notReported: boolean;
  @Field(() => String, { nullable: true, description: '报送日期 / Date submitted' }) submittedOn: string | null;
  @Field({ description: '初审意见（退回时为退回原因）/ The business section’s review comment (why it was returned)' })
  reviewComment: string;
}

export const IndicatorVerdictEnum = { ON_PLAN: 'ON_PLAN', OFF_PLAN: 'OFF_PLAN', NOT_JUDGED: 'NOT_JUDGED' } as const;
registerEnumType(IndicatorVerdictEnum, {
  name: 'IndicatorVerdict',
  description: '指标在监控节点的判定（按当年规则）/ An indicator’s verdict at a checkpoint, by the year’s rules',
  valuesConfig: {
    ON_PLAN: { description: '在允许偏差之内 / Within the allowed deviation' },
    OFF_PLAN: {
      description:
        '不利方向偏离超过规定比例（关键指标即监控未达标）/ Off plan beyond the allowed share in the unfavourable direction (a key indicator so fails the checkpoint)',
    },
    NOT_JUDGED: { description: '定性或无数值，不判定 / Qualitative or without a value: not judged' },
  },
});

@ObjectType({ description: '指标完成值 / An indicator’s value at a checkpoint' })
export class IndicatorActual {
  indicatorId: number;

  @Field(() => String, { nullable: true, description: '计划值 / Planned at this point' }) plannedValue: string | null;
  @Field(() => String, { nullable: true, description: '实际值 / Actual' }) actualValue: string | null;
  @Field({ description: '偏差说明 / Why it deviates' }) explanation: string;
  @Field(() => IndicatorVerdictEnum, {
    description:
      '服务器按当年规则的判定：≥/> 只看不足，≤/< 只看超出，= 两个方向（与监控确认同一规则）/ The server’s verdict by the year’s rule: ≥/> judge falling short only, ≤/< going over only, = both ways (the rule monitoring confirmation applies)',
  })
  verdict: IndicatorVerdictCode;
  @Field(() => String, {
    nullable: true,
    description:
      '相对偏差 (实际 − 计划) ÷ |计划|，带符号（高于计划为正），四舍五入到4位小数，如 "-0.2500"；不判定或计划为0时为空。仅供显示，判定按精确值 / Relative deviation (actual − planned) ÷ |planned|, signed (positive above plan), rounded half-up to 4 decimals, e.g. "-0.2500"; null when not judged or planned is 0. For display: the verdict uses the exact values',
  })
  deviation: string | null;
}

export const MonitoringReportConnection = connectionOf(MonitoringReport, 'MonitoringReport');
