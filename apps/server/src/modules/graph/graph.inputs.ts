import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import type { EvaluationKind, FlagLevel, FlagStatus, FundFamily, Grade } from '@jixiao/schema/enums';
import { EvaluationKindEnum, FlagLevelEnum, FlagStatusEnum, FundFamilyEnum, GradeEnum } from '../../graphql/enums.js';
import { ProjectKindEnum, TargetStatusEnum } from './graph.types.js';

export const ProjectOrderFieldEnum = { CODE: 'CODE', NAME: 'NAME', BUDGET: 'BUDGET', YEAR: 'YEAR' } as const;
registerEnumType(ProjectOrderFieldEnum, {
  name: 'ProjectOrderField',
  description: '项目排序字段 / Sort key of projects',
  valuesConfig: {
    CODE: { description: '按项目编码 / By project code' },
    NAME: { description: '按项目名称 / By project name' },
    BUDGET: { description: '按预算金额 / By budget' },
    YEAR: { description: '按预算年度 / By budget year' },
  },
});
export const OrderDirectionEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(OrderDirectionEnum, {
  name: 'OrderDirection',
  description: '排序方向 / Sort direction',
  valuesConfig: {
    ASC: { description: '升序 / Ascending' },
    DESC: { description: '降序 / Descending' },
  },
});

export const ExAnteStatusEnum = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  FIRST_REVIEWED: 'FIRST_REVIEWED',
  AGENCY_REVIEW: 'AGENCY_REVIEW',
  AGENCY_REVIEWED: 'AGENCY_REVIEWED',
  CONCLUDED: 'CONCLUDED',
} as const;
registerEnumType(ExAnteStatusEnum, {
  name: 'ExAnteStatus',
  description: '事前评估状态 / State of an ex-ante assessment',
  valuesConfig: {
    DRAFT: { description: '草稿 / Draft' },
    SUBMITTED: { description: '单位已提交，待业务科室初审 / Filed, awaiting the business section' },
    FIRST_REVIEWED: { description: '已初审，待绩效科审核 / First-reviewed, awaiting the performance section' },
    AGENCY_REVIEW: { description: '第三方机构复评中 / With an agency for re-assessment' },
    AGENCY_REVIEWED: { description: '第三方已复评，待绩效科结论 / Re-assessed, awaiting the conclusion' },
    CONCLUDED: { description: '已出具结论 / Concluded' },
  },
});

export const ReportStatusEnum = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  REVIEWED: 'REVIEWED',
  CONFIRMED: 'CONFIRMED',
} as const;
registerEnumType(ReportStatusEnum, {
  name: 'ReportStatus',
  description: '监控报告状态 / State of a monitoring report',
  valuesConfig: {
    DRAFT: { description: '草稿或退回 / Draft, or returned' },
    SUBMITTED: { description: '已报送，待初审 / Submitted, awaiting the first review' },
    REVIEWED: { description: '已初审，待绩效科确认 / Reviewed, awaiting confirmation' },
    CONFIRMED: { description: '已确认 / Confirmed' },
  },
});

export const EvaluationStatusEnum = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', FINAL: 'FINAL' } as const;
registerEnumType(EvaluationStatusEnum, {
  name: 'EvaluationStatus',
  description: '评价状态 / State of an evaluation',
  valuesConfig: {
    DRAFT: { description: '草稿或待提交 / Draft, or assigned and not yet submitted' },
    SUBMITTED: { description: '已提交，待定稿 / Submitted, awaiting the final result' },
    FINAL: { description: '已定稿 / Final' },
  },
});

@InputType({ description: '项目筛选 / Project filters' })
export class ProjectFilter {
  @Field(() => Int, { nullable: true, description: '预算年度 / Budget year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => ID, { nullable: true, description: '对口科室 / Supervising section' })
  sectionId?: string | null;

  @Field(() => ID, { nullable: true, description: '单位 / Unit' })
  unitId?: string | null;

  @Field(() => FundFamilyEnum, { nullable: true, description: '资金类别 / Fund family' })
  fundFamily?: FundFamily | null;

  @Field(() => FlagLevelEnum, { nullable: true, description: '有未销号的该级预警 / Has an open flag of this level' })
  flagLevel?: FlagLevel | null;

  @Field(() => GradeEnum, { nullable: true, description: '单位自评等次 / Self-evaluation grade' })
  grade?: Grade | null;

  @Field({ nullable: true, description: '重点项目 / Key projects only (or not)' })
  isKey?: boolean;

  @Field({ nullable: true, description: '按名称或编码搜索 / Search in name and code' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ProjectKindEnum, { nullable: true, description: '项目类型 / New, recurring or one-off' })
  kind?: string | null;

  @Field(() => TargetStatusEnum, { nullable: true, description: '绩效目标状态 / State of the targets' })
  targetStatus?: string | null;

  @Field({ nullable: true, description: '绩效目标已公开（或未公开）/ Targets published (or not)' })
  targetsPublished?: boolean;

  @Field({ nullable: true, description: '有待审批的目标调整申请（或没有）/ Has a pending targets adjustment (or not)' })
  adjustmentPending?: boolean;

  @Field(() => ExAnteStatusEnum, { nullable: true, description: '事前评估状态 / State of the ex-ante assessment' })
  exAnteStatus?: string | null;

  @Field({
    nullable: true,
    description:
      '涉密单位的项目（或非涉密）；仅对能看到涉密单位的角色有意义 / Classified units’ projects (or not); meaningful to roles that see them',
  })
  classified?: boolean;
}

@InputType({ description: '项目排序 / Project order' })
export class ProjectOrder {
  @Field(() => ProjectOrderFieldEnum, { defaultValue: 'CODE', description: '排序字段 / Sort key' })
  field: keyof typeof ProjectOrderFieldEnum;

  @Field(() => OrderDirectionEnum, { defaultValue: 'ASC', description: '排序方向 / Sort direction' })
  direction: 'ASC' | 'DESC';
}

@InputType({ description: '预警筛选 / Flag filters' })
export class FlagFilter {
  @Field(() => Int, { nullable: true, description: '预算年度 / Budget year' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => FlagLevelEnum, { nullable: true, description: '预警等级 / Flag level' })
  level?: FlagLevel | null;

  @Field(() => FlagStatusEnum, { nullable: true, description: '预警状态 / Flag status' })
  status?: FlagStatus | null;

  @Field({ nullable: true, description: '仅逾期未销号 / Only open flags past their deadline' })
  overdue?: boolean;

  @Field(() => ID, { nullable: true, description: '对口科室 / Supervising section' }) sectionId?: string | null;
  @Field(() => ID, { nullable: true, description: '单位 / Unit' }) unitId?: string | null;
}

@InputType({ description: '评价筛选 / Evaluation filters' })
export class EvaluationFilter {
  @Field(() => Int, { nullable: true, description: '被评价的预算年度 / Budget year evaluated' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => EvaluationKindEnum, { nullable: true, description: '评价类型 / Kind of evaluation' })
  kind?: EvaluationKind | null;

  @Field(() => GradeEnum, { nullable: true, description: '评价等次 / Grade' })
  grade?: Grade | null;

  @Field(() => EvaluationStatusEnum, { nullable: true, description: '评价状态 / State' }) status?: string | null;
  @Field({ nullable: true, description: '已公开（或未公开）/ Published (or not)' }) published?: boolean;
  @Field(() => ID, { nullable: true, description: '实施评价的机构 / Agency that evaluated' }) agencyId?: string | null;
  @Field(() => ID, { nullable: true, description: '单位 / Unit' }) unitId?: string | null;
  @Field(() => ID, { nullable: true, description: '对口科室 / Supervising section' }) sectionId?: string | null;
}

@InputType({ description: '单位筛选 / Unit filters' })
export class UnitFilter {
  @Field(() => ID, { nullable: true, description: '对口科室 / Supervising section' }) sectionId?: string | null;

  @Field({ nullable: true, description: '按单位名称搜索 / Search in unit names' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}
