import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EvaluationKind, Grade } from '@jixiao/schema/enums';
import { connectionOf } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { EvaluationKindEnum, GradeEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

@ObjectType({ description: '等级限制 / A cap on the grade and whether it applied' })
export class GradeCap {
  @Field({
    description:
      '限制条款代码 / Cap code: AUDIT_FINDINGS, MAJOR_MISUSE, TWO_FAILED_CHECKPOINTS_UNRECTIFIED, AUTHENTICITY_VETO',
  })
  code: string;
  @Field({ description: '限制条款（中文）/ The cap in Chinese' }) zh: string;
  @Field({ description: '限制条款（英文）/ The cap in English' }) en: string;
  @Field({ description: '是否实际降低了等级 / Whether it set the final grade' }) applied: boolean;
  @Field(() => [String], { description: '依据的发现问题文号 / Document numbers of the findings behind it' })
  findings: string[];
}

@ObjectType({ description: '等级受限说明 / Why the grade is lower than the score gives' })
export class CapNote {
  @Field({ description: '中文，如“因审计或财会监督发现问题（文号），等级限定为中” / In Chinese' }) zh: string;
  @Field({
    description: '英文说明 / In English, e.g. "capped at Medium because of audit or financial-supervision finding …"',
  })
  en: string;
}

@ObjectType({ implements: Node, description: '绩效评价 / An evaluation' })
export class Evaluation extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number | null;
  unitId: number;
  agencyId: number | null;

  @Field(() => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number;
  @Field(() => EvaluationKindEnum, { description: '评价类型 / Kind of evaluation' }) kind: EvaluationKind;
  @Field({ description: '状态：草稿、已提交、定稿 / DRAFT, SUBMITTED, FINAL' }) status: string;
  @Field(() => DecimalScalar, { description: '被评价的预算（元）/ Budget evaluated in yuan' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed in yuan' }) executed: string;
  @Field(() => Float, { nullable: true, description: '评价得分 / Score' }) score: number | null;
  @Field(() => Float, { nullable: true, description: '专家组复核得分 / Expert panel score' }) expertScore:
    number | null;
  @Field(() => GradeEnum, { nullable: true, description: '评价等次（已计入等级限制）/ Final grade, caps applied' })
  grade: Grade | null;
  @Field(() => GradeEnum, { nullable: true, description: '未受限时的等级 / Grade by score alone' })
  uncappedGrade: Grade | null;
  @Field(() => [GradeCap], { description: '条件成立的等级限制 / Grade caps whose conditions hold' }) caps: GradeCap[];
  @Field(() => CapNote, {
    nullable: true,
    description: '等级受限说明（未受限为空）/ Why the grade was capped, with the findings; null when not capped',
  })
  cappedBecause: CapNote | null;
  @Field(() => Boolean, {
    nullable: true,
    description: '真实性核查未通过（未抽中为空）/ Failed the authenticity check',
  })
  authenticityFailed: boolean | null;
  @Field(() => String, { nullable: true, description: '评价报告名称 / Name of the evaluation report' }) reportName:
    string | null;
  @Field(() => String, { nullable: true, description: '评价完成日期 / Date evaluated' }) evaluatedOn: string | null;
  @Field(() => String, { nullable: true, description: '公开日期（未公开为空）/ Date published; null while not public' })
  publishedOn: string | null;
  @Field({ description: '评价说明（自评、部门评价的说明）/ The evaluator’s explanation' }) explanation: string;
  @Field(() => String, {
    nullable: true,
    description:
      '资金主管科室审核上报自评的日期（单位重新提交时清空）/ When the fund-owning section passed the self-evaluation upward (cleared on resubmission)',
  })
  fundReviewedOn: string | null;
  @Field(() => String, {
    nullable: true,
    description:
      '绩效科确认自评的日期（未确认为空）/ When the performance section confirmed the self-evaluation; null while waiting',
  })
  confirmedOn: string | null;
  @Field({
    description:
      '退回整改：中央转移支付项目自评低于规定分数（默认90），须整改后重新提交 / Sent back: a central transfer payment’s self-evaluation under the rule’s score (90) must be rectified and submitted again',
  })
  rectificationRequired: boolean;
}

@ObjectType({ implements: Node, description: '评价发现的问题 / A finding of an evaluation' })
export class Finding extends Node {
  dbId: number;
  evaluationId: number;

  @Field({ description: '问题类别，如资金管理 / Category, e.g. 资金管理 (fund management)' }) category: string;
  @Field({ description: '问题描述 / The problem found' }) text: string;
  @Field({ description: '整改建议 / Suggested remedy' }) suggestion: string;
  @Field({ description: '经专家组认定 / Upheld by the expert panel' }) upheld: boolean;
}

@ObjectType({
  implements: Node,
  description:
    '评价的历史版本（被重新提交取代）/ A superseded version of an evaluation, replaced by a later submission',
})
export class EvaluationVersion extends Node {
  dbId: number;
  evaluationId: number;

  @Field(() => Int, { description: '当时的版本号 / The evaluation’s version number while it held these values' })
  version: number;
  @Field({ description: '当时的状态 / Status then' }) status: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed in yuan' }) executed: string;
  @Field(() => Float, { nullable: true, description: '产出指标完成度 / Output completion' }) outputCompletion:
    number | null;
  @Field(() => Float, { nullable: true, description: '效益指标完成度 / Benefit completion' }) benefitCompletion:
    number | null;
  @Field(() => Float, { nullable: true, description: '满意度 / Satisfaction' }) satisfactionCompletion: number | null;
  @Field(() => Float, { nullable: true, description: '得分 / Score' }) score: number | null;
  @Field(() => GradeEnum, { nullable: true, description: '等次（已计入等级限制）/ Grade, caps applied' })
  grade: Grade | null;
  @Field(() => GradeEnum, { nullable: true, description: '未受限时的等级 / Grade by score alone' })
  uncappedGrade: Grade | null;
  @Field({ description: '说明 / Explanation' }) explanation: string;
  @Field(() => String, { nullable: true, description: '评价日期 / Date evaluated' }) evaluatedOn: string | null;
  @Field({ description: '被取代的日期 / Date the next version replaced it' }) supersededOn: string;
}

export const EvaluationConnection = connectionOf(Evaluation, 'Evaluation');
