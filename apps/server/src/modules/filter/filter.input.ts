import { IsInt, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { EvaluationKind, FlagLevel, FlagMeasure, FlagStatus, FundFamily, Grade } from '@jixiao/schema/enums';
import {
  EvaluationKindEnum,
  EvaluationStatusEnum,
  ExAnteStatusEnum,
  FlagLevelEnum,
  FlagMeasureEnum,
  FlagStatusEnum,
  FundFamilyEnum,
  GradeEnum,
  ProjectKindEnum,
  ReportStatusEnum,
  TargetStatusEnum,
} from '../../graphql/enums.js';

// The one filter (issue 10). Every contract query and every connection takes the same fields; each query
// keeps the input type name its clients already use (ProjectFilter, AnalyticsFilter, AggregateFilter,
// FlagFilter, EvaluationFilter, UnitFilter; ReportFilter is new), and those names are this one class under
// different names.
// The few older field names whose meaning depended on the query (a flag's `level`, an evaluation's `kind`)
// remain as deprecated aliases on their type.

const SAME = '同一筛选条件，所有汇总与列表通用 / The one filter every figure and list takes';
const NOT_APPLICABLE =
  '不适用于某行的条件对该行忽略（如部门整体评价无资金类别）/ A condition that does not apply to a row is ignored for it (e.g. a fund family for a unit-wide evaluation)';

@InputType('FilterFields', { description: SAME })
export class FilterFields {
  @Field(() => Int, {
    nullable: true,
    description: '预算年度（评价为被评价年度；单位无年度）/ Budget year (of an evaluation: the year evaluated)',
  })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      '监控节点月份：报告与执行数取该节点；项目等为在该节点报送过的 / Checkpoint month: reports and executed as of that checkpoint; other rows: projects reported there',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  checkpointMonth?: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      '县（行政区划代码，如 652823）：其单位的行；范围外为不存在 / County (division code, e.g. 652823): rows of its units; not found when out of scope',
  })
  @IsOptional()
  @MaxLength(12)
  regionCode?: string | null;

  @Field(() => FundFamilyEnum, { nullable: true, description: '资金类别 / Fund family' })
  fundFamily?: FundFamily | null;

  @Field(() => ID, {
    nullable: true,
    description: '对口科室（范围外为不存在）/ Supervising section (not found when out of scope)',
  })
  sectionId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '单位（无权逐行查看的单位、含涉密单位，为不存在）/ Unit (not found when the viewer may not see its rows, classified units included)',
  })
  unitId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '对口科室编码（可读、可分享的地址用；跨县同码时须给出 regionCode）/ Supervising section by its code (for readable, shareable addresses; give regionCode when counties share the code)',
  })
  @IsOptional()
  @MaxLength(32)
  sectionCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '单位编码（可读、可分享的地址用；跨县同码时须给出 regionCode）/ Unit by its code (for readable, shareable addresses; give regionCode when counties share the code)',
  })
  @IsOptional()
  @MaxLength(32)
  unitCode?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      '实施评价的机构：评价行为该机构的，项目为其评价过的 / Agency: its evaluations, or projects it evaluated',
  })
  agencyId?: string | null;

  @Field(() => Boolean, { nullable: true, description: '重点项目（或非重点）/ Key projects (or not)' })
  isKey?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '涉密单位的（或非涉密）；仅对能看到涉密单位的角色有意义 / Classified units’ rows (or not); meaningful to roles that see them',
  })
  classified?: boolean | null;

  @Field(() => ProjectKindEnum, { nullable: true, description: '项目类型 / New, recurring or one-off project' })
  projectKind?: string | null;

  @Field(() => TargetStatusEnum, { nullable: true, description: '绩效目标状态 / State of the project’s targets' })
  targetStatus?: string | null;

  @Field(() => Boolean, { nullable: true, description: '绩效目标已公开（或未公开）/ Targets published (or not)' })
  targetsPublished?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '有待审批的目标调整申请（或没有）/ Has a pending targets adjustment (or not)',
  })
  adjustmentPending?: boolean | null;

  @Field(() => ExAnteStatusEnum, { nullable: true, description: '事前评估状态 / State of the ex-ante assessment' })
  exAnteStatus?: string | null;

  @Field(() => GradeEnum, {
    nullable: true,
    description:
      '评价等次：评价行为其等次；项目等为其定稿评价（evaluationKind，默认单位自评）的等次 / Grade: of an evaluation row; of other rows, the grade of the project’s final evaluation of evaluationKind (SELF by default)',
  })
  grade?: Grade | null;

  @Field(() => EvaluationKindEnum, {
    nullable: true,
    description:
      '评价类型：评价行按此筛选；其他行为 grade 与 GRADE 维度所用的评价类型（默认单位自评）/ Evaluation kind: filters evaluation rows; for other rows, the kind whose grade `grade` and the GRADE dimension use (SELF by default)',
  })
  evaluationKind?: EvaluationKind | null;

  @Field(() => EvaluationStatusEnum, { nullable: true, description: '评价状态（评价行）/ State of an evaluation' })
  evaluationStatus?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '评价已公开（或未公开；评价行）/ Evaluation published (or not)',
  })
  published?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '单位自评已经资金主管科室审核上报（或未上报；评价行）/ Self-evaluation passed upward by its fund-owning section (or not; evaluation rows)',
  })
  fundReviewed?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '单位自评已经绩效科确认（或未确认；评价行）/ Self-evaluation confirmed by the performance section (or not)',
  })
  confirmed?: boolean | null;

  @Field(() => FlagLevelEnum, {
    nullable: true,
    description:
      '预警等级：预警行为其等级；项目等为有该级未销号预警的 / Flag level: of a flag row; other rows: projects with an open flag of this level',
  })
  flagLevel?: FlagLevel | null;

  @Field(() => FlagStatusEnum, {
    nullable: true,
    description:
      '预警状态：预警行为其状态；项目等为有该状态预警的 / Flag status: of a flag row; other rows: projects with such a flag',
  })
  flagStatus?: FlagStatus | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      '仅逾期未销号预警（预警行），或有此类预警的项目；false 不筛选 / Only open flags past their deadline (or projects with one); false filters nothing',
  })
  overdue?: boolean | null;

  @Field(() => FlagMeasureEnum, {
    nullable: true,
    description:
      '预警口径（须同时给 flagMonth）：预警行为在该节点符合口径的，项目等为有此类预警的；与 flagSummary 同一规则，故计数相同 / Flag measure (with flagMonth): flag rows counted so at that checkpoint, other rows: projects with such a flag; the rules of flagSummary, so the counts agree',
  })
  flagMeasure?: FlagMeasure | null;

  @Field(() => Int, {
    nullable: true,
    description: '预警口径所在的监控节点月份 / Checkpoint month of flagMeasure',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  flagMonth?: number | null;

  @Field(() => ReportStatusEnum, {
    nullable: true,
    description: '监控报告状态（报告行）/ State of a monitoring report',
  })
  reportStatus?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '按项目名称或编码搜索（单位行为单位名称）；无权查看的涉密单位的行从不匹配，合计亦然 / Search in project name and code (unit rows: unit name); a classified unit’s rows never match for viewers who may not see them, in totals too',
  })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;
}

@InputType('ProjectFilter', { description: `项目筛选。${SAME}. ${NOT_APPLICABLE}` })
export class ProjectFilter extends FilterFields {
  @Field(() => ProjectKindEnum, {
    nullable: true,
    description: '项目类型（同 projectKind）/ Project kind (same as projectKind)',
    deprecationReason: '请用 projectKind / Use projectKind',
  })
  kind?: string | null;
}

@InputType('AnalyticsFilter', {
  description: `分析口径筛选（叠加在数据范围之上）。${SAME}. ${NOT_APPLICABLE}`,
})
export class AnalyticsFilter extends FilterFields {}

@InputType('AggregateFilter', { description: `汇总筛选。${SAME}. ${NOT_APPLICABLE}` })
export class AggregateFilter extends FilterFields {}

@InputType('FlagFilter', { description: `预警筛选。${SAME}. ${NOT_APPLICABLE}` })
export class FlagFilter extends FilterFields {
  @Field(() => FlagLevelEnum, {
    nullable: true,
    description: '预警等级（同 flagLevel）/ Flag level (same as flagLevel)',
    deprecationReason: '请用 flagLevel / Use flagLevel',
  })
  level?: FlagLevel | null;

  @Field(() => FlagStatusEnum, {
    nullable: true,
    description: '预警状态（同 flagStatus）/ Flag status (same as flagStatus)',
    deprecationReason: '请用 flagStatus / Use flagStatus',
  })
  status?: FlagStatus | null;
}

@InputType('EvaluationFilter', { description: `评价筛选。${SAME}. ${NOT_APPLICABLE}` })
export class EvaluationFilter extends FilterFields {
  @Field(() => EvaluationKindEnum, {
    nullable: true,
    description: '评价类型（同 evaluationKind）/ Kind of evaluation (same as evaluationKind)',
    deprecationReason: '请用 evaluationKind / Use evaluationKind',
  })
  kind?: EvaluationKind | null;

  @Field(() => EvaluationStatusEnum, {
    nullable: true,
    description: '评价状态（同 evaluationStatus）/ State (same as evaluationStatus)',
    deprecationReason: '请用 evaluationStatus / Use evaluationStatus',
  })
  status?: string | null;
}

@InputType('UnitFilter', { description: `单位筛选。${SAME}. ${NOT_APPLICABLE}` })
export class UnitFilter extends FilterFields {}

@InputType('ReportFilter', { description: `监控报告筛选。${SAME}. ${NOT_APPLICABLE}` })
export class ReportFilter extends FilterFields {}

/** The older names of a few fields, by the type that has them: alias → canonical field. */
export const FILTER_ALIASES: { type: Function; alias: string; field: keyof FilterFields }[] = [
  { type: ProjectFilter, alias: 'kind', field: 'projectKind' },
  { type: FlagFilter, alias: 'level', field: 'flagLevel' },
  { type: FlagFilter, alias: 'status', field: 'flagStatus' },
  { type: EvaluationFilter, alias: 'kind', field: 'evaluationKind' },
  { type: EvaluationFilter, alias: 'status', field: 'evaluationStatus' },
];
