import { Field, Int, ObjectType } from 'type-graphql';
import type { FlagLevel, FlagStatus } from '@jixiao/schema/enums';
import { connectionOf } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { FlagLevelEnum, FlagStatusEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

@ObjectType({ description: '预警事件 / An event in a flag’s history' })
export class FlagEvent {
  @Field({
    description:
      '事件类型：标记、升级红标、制定整改方案、补充佐证、销号 / RAISED, ESCALATED, PLAN_SET, EVIDENCE_ADDED, CLOSED',
  })
  kind: string;
  @Field(() => FlagLevelEnum, { description: '事件发生时的预警等级 / Flag level at the time' }) level: FlagLevel;
  @Field({ description: '发生日期 / Date it happened' }) occurredOn: string;
  @Field({ description: '说明 / Note' }) note: string;
}

@ObjectType({ implements: Node, description: '黄标/红标 / A yellow or red flag' })
export class Flag extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;
  raisedCheckpointId: number;
  escalatedCheckpointId: number | null;

  @Field(() => FlagLevelEnum, { description: '预警等级：黄标或红标 / Flag level: yellow or red' }) level: FlagLevel;
  @Field(() => FlagStatusEnum, { description: '状态：未销号或已销号 / Open, or closed once rectified' })
  status: FlagStatus;
  @Field({ description: '整改期限 / Rectification deadline' }) deadline: string;
  @Field(() => Int, { description: '逾期天数（未销号且过期）/ Days overdue, 0 when not' }) daysOverdue: number;
  @Field({ description: '责任人 / Owner' }) ownerName: string;
  @Field({ description: '整改方案 / Rectification plan' }) rectificationPlan: string;
  @Field({ description: '整改佐证 / Evidence' }) evidence: string;
  @Field(() => String, { nullable: true, description: '销号日期 / Closed on' }) closedOn: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: '建议压减或收回金额 / Proposed reduction' })
  proposedReduction: string | null;
}

export const FlagConnection = connectionOf(Flag, 'Flag');
