import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { Node } from '../../graphql/node.js';
import { TEXT, TextField } from '../../graphql/text.js';
import {
  AGENCY_CHECK_KINDS,
  AGENCY_CHECK_OUTCOMES,
  AGENCY_CHECK_STATUSES,
  type AgencyCheckKind,
  type AgencyCheckOutcome,
  type AgencyCheckStatus,
} from './agency-check.entity.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((k) => [k, k])) as { [K in T]: K };

export const AgencyCheckKindEnum = enumOf(AGENCY_CHECK_KINDS);
registerEnumType(AgencyCheckKindEnum, {
  name: 'AgencyCheckKind',
  description: '机构检查方式 / How the check was started',
  valuesConfig: {
    TARGETED: { description: '定向检查（依据线索）/ Targeted check on a lead' },
    RANDOM: { description: '随机抽查（系统抽取）/ Random check drawn by the server' },
  },
});

export const AgencyCheckStatusEnum = enumOf(AGENCY_CHECK_STATUSES);
registerEnumType(AgencyCheckStatusEnum, {
  name: 'AgencyCheckStatus',
  description: '机构检查状态 / State of a check',
  valuesConfig: {
    OPEN: { description: '检查中 / Open' },
    CONCLUDED: { description: '已办结 / Concluded' },
  },
});

export const AgencyCheckOutcomeEnum = enumOf(AGENCY_CHECK_OUTCOMES);
registerEnumType(AgencyCheckOutcomeEnum, {
  name: 'AgencyCheckOutcome',
  description: '检查结论 / Outcome of a check',
  valuesConfig: {
    PASSED: { description: '通过 / Passed' },
    ISSUES_FOUND: { description: '发现问题（扣减质量得分）/ Issues found (points off quality)' },
  },
});

@ObjectType({
  implements: Node,
  description: '对第三方机构工作的检查（定向检查、随机抽查）/ A check of a third-party agency’s work',
})
export class AgencyCheck extends Node {
  dbId: number;
  agencyId: number;
  projectId: number | null;

  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;
  @Field(() => Int, { description: '所查工作的年度 / Year of the work checked' }) year: number;
  @Field(() => AgencyCheckKindEnum, { description: '方式 / Kind' }) kind: AgencyCheckKind;
  @Field(() => AgencyCheckStatusEnum, { description: '状态 / State' }) status: AgencyCheckStatus;
  @Field({ description: '线索来源（定向检查）/ Source of the lead (targeted checks)' }) leadSource: string;
  @Field({
    description:
      '所查工作：KEY_EVALUATION 重点评价 或 EX_ANTE_REASSESSMENT 事前评估复评 / The work checked: a key evaluation or an ex-ante re-assessment',
  })
  subjectKind: string;
  @Field(() => ID, {
    description: '所查工作（评价或事前评估）的全局 ID / Global id of the evaluation or ex-ante assessment checked',
  })
  subjectId: string;
  @Field({ description: '所查项目或单位名称 / Name of the project (or unit) checked' }) subjectName: string;
  @Field({ description: '所查项目编码（单位整体为空）/ Code of the project checked (empty for a unit)' })
  subjectCode: string;
  @Field({ description: '机构名称 / Agency name' }) agencyName: string;
  @Field(() => String, {
    nullable: true,
    description: '随机抽查的种子：按 md5(种子:工作) 排序可重现抽取 / Seed of a random draw (md5(seed:work) order)',
  })
  drawSeed: string | null;
  @Field(() => Int, { nullable: true, description: '抽取范围内的工作数 / Pieces of work the draw chose from' })
  drawPool: number | null;
  @Field(() => AgencyCheckOutcomeEnum, { nullable: true, description: '结论 / Outcome' })
  outcome: AgencyCheckOutcome | null;
  @Field({ description: '发现的问题 / Issues found' }) findings: string;
  @Field(() => DecimalScalar, {
    description: '扣减的质量分（两位小数）/ Points taken off quality (two decimals)',
  })
  deduction: string;
  @Field({ description: '开始日期 YYYY-MM-DD / Opened on' }) openedOn: string;
  @Field(() => String, { nullable: true, description: '办结日期 / Concluded on' }) concludedOn: string | null;
}

@ObjectType({
  description:
    '第三方机构某年度承担的一项可检查工作（重点评价或事前评估复评）/ A piece of an agency’s work of a year that may be checked',
})
export class AgencyWorkItem {
  @Field({
    description:
      'KEY_EVALUATION 重点评价 或 EX_ANTE_REASSESSMENT 事前评估复评 / A key evaluation or an ex-ante re-assessment',
  })
  subjectKind: string;
  @Field(() => ID, {
    description: '评价或事前评估的全局 ID（定向检查的对象）/ Global id of the evaluation or assessment',
  })
  subjectId: string;
  @Field(() => ID, { description: '机构 / Agency' }) agencyId: string;
  @Field({ description: '机构名称 / Agency name' }) agencyName: string;
  @Field({ description: '项目编码（单位整体为空）/ Project code (empty for a unit)' }) projectCode: string;
  @Field({ description: '项目或单位名称 / Project (or unit) name' }) name: string;
  @Field({ description: '单位 / Unit' }) unitName: string;
}

@InputType({ description: '定向检查 / A targeted check to record' })
export class TargetedAgencyCheckInput {
  @Field(() => Int, { description: '所查工作的年度 / Year of the work' }) year: number;
  @Field(() => ID, {
    description:
      '所查工作：机构承担的评价（Evaluation）或事前评估复评（ExAnteAssessment）的全局 ID / Global id of the evaluation or ex-ante assessment',
  })
  subjectId: string;
  @TextField(TEXT.note, { description: '线索来源 / Source of the lead' }) leadSource: string;
}

@InputType({ description: '检查结论 / The outcome of a check' })
export class AgencyCheckConclusionInput {
  @Field(() => AgencyCheckOutcomeEnum, { description: '结论 / Outcome' }) outcome: AgencyCheckOutcome;
  @TextField(TEXT.long, { defaultValue: '', description: '发现的问题（发现问题时必填）/ Issues found (required then)' })
  findings: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '扣减质量分 0–100，两位小数（发现问题时必填）/ Points off quality, 0–100 (required with issues)',
  })
  deduction: string | null;
}
