import { Field, Float, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { TransferTargetRef } from '../transfer-payment/index.js';

@ObjectType({ implements: Node, description: '绩效指标（项目绩效目标）/ A performance target of a project' })
export class Indicator extends Node {
  dbId: number;
  projectId: number;

  @Field({ description: '一级指标 / Level 1: OUTPUT, BENEFIT, SATISFACTION, COST' }) level1: string;
  @Field({ description: '二级指标 / Level 2' }) level2: string;
  @Field({ description: '三级指标名称 / Level-3 name' }) name: string;
  @Field({ description: '比较符 / Comparator: GE LE EQ GT LT QUALITATIVE' }) comparator: string;
  @Field(() => String, { nullable: true, description: '目标值 / Target value' }) targetValue: string | null;
  @Field(() => String, { nullable: true, description: '定性目标 / Qualitative target' }) targetText: string | null;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
  @Field(() => Float, { description: '权重 / Weight' }) weight: number;
  @Field({ description: '关键指标 / Key indicator' }) isKey: boolean;
  @Field({ description: '单位自定义指标（非指标库）/ The unit’s own indicator' }) custom: boolean;
  @Field(() => String, {
    nullable: true,
    description:
      '来源指标库模板 ID（自定义指标为空；重存草稿时回传以保留来源）/ The library template it came from (null for an own indicator); send it back when saving again to keep it',
  })
  templateId: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '被调整替换的日期（仍为已确认报告保留；当前指标为空）/ Replaced by an adjustment on this date (kept for confirmed reports); null for a current target',
  })
  retiredOn: string | null;
  @Field(() => TransferTargetRef, {
    nullable: true,
    description: '承接的上级转移支付目标 / The upper-level transfer target it carries a share of',
  })
  transferIndicator: TransferTargetRef | null;
}
