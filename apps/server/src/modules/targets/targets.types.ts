import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Node } from '../../graphql/node.js';

@ObjectType({ description: '指标草案（调整前后）/ An indicator as drafted, before or after an adjustment' })
export class IndicatorDraft {
  @Field({ description: '一级指标 / Level-1 category' }) level1: string;
  @Field({ description: '二级指标 / Level-2 category' }) level2: string;
  @Field({ description: '指标名称 / Name' }) name: string;
  @Field({ description: '比较方式 / Comparator' }) comparator: string;
  @Field(() => String, { nullable: true, description: '目标值 / Target value' }) targetValue: string | null;
  @Field(() => String, { nullable: true, description: '目标描述 / Target text' }) targetText: string | null;
  @Field(() => String, { nullable: true, description: '计量单位 / Unit of measure' }) unitOfMeasure: string | null;
  @Field(() => Float, { description: '权重 / Weight' }) weight: number;
  @Field(() => Boolean, { nullable: true, description: '核心指标 / Key indicator' }) isKey: boolean | null;
  @Field(() => String, {
    nullable: true,
    description: '指标库模板 ID（自定义指标为空）/ Library template id; null for an own indicator',
  })
  templateId: string | null;
  @Field(() => String, {
    nullable: true,
    description: '承接的上级转移支付目标 ID / Upper-level transfer target id it carries a share of',
  })
  transferIndicatorId: string | null;
}

export const TargetAdjustmentStatusEnum = { PENDING: 'PENDING', APPROVED: 'APPROVED', REJECTED: 'REJECTED' } as const;
registerEnumType(TargetAdjustmentStatusEnum, {
  name: 'TargetAdjustmentStatus',
  description: '目标调整申请状态 / State of a targets adjustment request',
  valuesConfig: {
    PENDING: { description: '待绩效科审批 / Awaiting the performance section' },
    APPROVED: { description: '已批准，目标已替换 / Approved; the targets were replaced' },
    REJECTED: { description: '未批准 / Rejected' },
  },
});

@ObjectType({ implements: Node, description: '绩效目标调整申请 / A request to change approved targets' })
export class TargetAdjustment extends Node {
  dbId: number;
  projectId: number;
  checkpointId: number;

  @Field(() => Int, { description: '版本号，审批时回传 / Version: send it back with the decision' }) version: number;
  @Field({ description: '调整理由 / Reason' }) reason: string;
  @Field(() => [IndicatorDraft], { description: '调整前指标 / Indicators before' }) before: IndicatorDraft[];
  @Field(() => [IndicatorDraft], { description: '申请调整为 / Indicators proposed' }) proposed: IndicatorDraft[];
  @Field(() => TargetAdjustmentStatusEnum, { description: '状态 / State' }) status: string;
  @Field({ description: '审批意见 / Decision comment' }) decisionComment: string;
  @Field({ description: '申请时间（ISO 8601）/ Requested at (ISO 8601)' }) requestedAt: string;
  @Field(() => String, { nullable: true, description: '审批日期 / Decided on' }) decidedOn: string | null;
}

@ObjectType({ description: '逐条指标意见 / A comment on one indicator' })
export class IndicatorComment {
  @Field({ description: '指标 ID / Indicator id' }) indicatorId: string;
  @Field(() => String, {
    nullable: true,
    description:
      '审核时的指标名称（单位修改后原指标可能已不在）/ The indicator’s name when reviewed (the unit’s revision may have replaced it)',
  })
  indicatorName: string | null;
  @Field({ description: '意见 / Comment' }) comment: string;
}

@ObjectType({ description: '绩效目标审核记录 / A review of a project’s targets' })
export class TargetReviewInfo {
  @Field({ description: 'BUSINESS_FIRST（初审）或 PERFORMANCE（绩效科）/ Stage' }) stage: string;
  @Field({ description: 'APPROVED 或 RETURNED / Outcome' }) outcome: string;
  @Field(() => Float, { nullable: true, description: '评分 / Score' }) score: number | null;
  @Field({ description: '意见 / Comment' }) comment: string;
  @Field(() => [IndicatorComment], { description: '逐条指标意见 / Comments per indicator' })
  indicatorComments: IndicatorComment[];
  @Field({ description: '审核日期 / Reviewed on' }) reviewedOn: string;
}
