import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { Grade } from '@jixiao/schema/enums';
import { GradeEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

@ObjectType({
  description:
    '对下级政府评价的一步：选定、提交自评、退回、评分 / One step of a lower government’s evaluation: selected, self-report submitted, returned, scored',
})
export class GovernmentEvaluationStep {
  @Field({ description: '类型：SELECTED 选定、SUBMITTED 提交自评、RETURNED 退回、SCORED 评分 / Kind of step' })
  kind: string;
  @Field({ description: '自评报告、退回意见或评价意见 / The self-report, the return’s or the score’s comments' })
  text: string;
  @Field(() => Float, { nullable: true, description: '自评分或上级评分 / The self score, or the upper level’s score' })
  score: number | null;
  @Field({ description: '经办人 / By whom' }) userName: string;
  @Field({ description: '时间（北京时间）/ When (Beijing time)' }) occurredAt: string;
}

@ObjectType({
  implements: Node,
  description:
    '对下级政府预算绩效管理评价：上级选定县（市），县绩效科提交自评，上级评分定级或退回 / An evaluation of a lower government’s budget performance management',
})
export class GovernmentEvaluation extends Node {
  dbId: number;

  @Field(() => Int, { description: '版本号，操作时回传以防覆盖 / Version: send it back with a step' }) version: number;
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field({ description: '被评价的县（市）地区 ID / Region id of the county evaluated' }) regionId: string;
  @Field({ description: '被评价的县（市）/ The county evaluated' }) regionName: string;
  @Field({ description: '评价的上级 / The upper level evaluating' }) byRegionName: string;
  @Field({
    description:
      '状态：SELECTED 已选定、SUBMITTED 已提交自评、RETURNED 已退回、SCORED 已评分 / State: selected, self-report submitted, returned, scored',
  })
  status: string;
  @Field({ description: '最近一次提交的自评报告 / The latest self-report' }) selfReport: string;
  @Field(() => Float, { nullable: true, description: '自评分 / Self score' }) selfScore: number | null;
  @Field(() => Float, { nullable: true, description: '上级评分（满分100）/ The upper level’s score out of 100' })
  score: number | null;
  @Field(() => GradeEnum, { nullable: true, description: '等次（按规则分数线）/ Grade by the rule set’s bands' })
  grade: Grade | null;
  @Field(() => String, { nullable: true, description: '退回时的意见 / The comments, while returned' })
  returnComment: string | null;
  @Field(() => [GovernmentEvaluationStep], { description: '全部记录（按时间）/ Every step, oldest first' })
  history: GovernmentEvaluationStep[];
}

@ObjectType({ description: '上级可选的县（市）/ A county the upper level may select' })
export class EvaluableCounty {
  @Field({ description: '地区 ID / Region id' }) id: string;
  @Field({ description: '行政区划代码 / Division code' }) code: string;
  @Field({ description: '名称 / Name' }) name: string;
}
