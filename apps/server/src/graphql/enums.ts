import { registerEnumType } from 'type-graphql';
import {
  AGENCY_RATINGS,
  EVALUATION_KINDS,
  EXECUTION_GROUP_BY,
  FLAG_LEVELS,
  FLAG_MEASURES,
  FLAG_STATUSES,
  FUND_FAMILIES,
  GRADES,
  REGION_LEVELS,
  ROLES,
  SECTION_KINDS,
} from '@jixiao/schema/enums';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}

export const FundFamilyEnum = enumObject(FUND_FAMILIES);
export const GradeEnum = enumObject(GRADES);
export const EvaluationKindEnum = enumObject(EVALUATION_KINDS);
export const ExecutionGroupByEnum = enumObject(EXECUTION_GROUP_BY);
export const RoleEnum = enumObject(ROLES);
export const SectionKindEnum = enumObject(SECTION_KINDS);
export const FlagLevelEnum = enumObject(FLAG_LEVELS);
export const FlagStatusEnum = enumObject(FLAG_STATUSES);
export const FlagMeasureEnum = enumObject(FLAG_MEASURES);
export const AgencyRatingEnum = enumObject(AGENCY_RATINGS);
export const RegionLevelEnum = enumObject(REGION_LEVELS);

registerEnumType(FundFamilyEnum, {
  name: 'FundFamily',
  description:
    '资金类别：四本预算及单独管理的资金 / Fund families: the four budgets and the families tracked on their own',
  valuesConfig: {
    GENERAL_PUBLIC: { description: '一般公共预算 / General public budget' },
    GOVERNMENT_FUND: { description: '政府性基金预算 / Government fund budget' },
    STATE_CAPITAL: { description: '国有资本经营预算 / State capital operating budget' },
    SOCIAL_INSURANCE: { description: '社会保险基金预算 / Social insurance fund budget' },
    SPECIAL_BOND: { description: '政府专项债券 / Government special-purpose bonds' },
    RURAL_REVITALIZATION: { description: '财政衔接推进乡村振兴补助资金 / Rural revitalization linkage funds' },
    TRANSFER_PAYMENT: { description: '中央及上级转移支付 / Central and upper-level transfer payments' },
  },
});
registerEnumType(GradeEnum, {
  name: 'Grade',
  description: '评价等次：优、良、中、差 / Evaluation grade',
  valuesConfig: {
    EXCELLENT: { description: '优（默认 ≥ 90 分）/ Excellent (≥ 90 by default)' },
    GOOD: { description: '良（默认 80–<90 分）/ Good (80 to < 90 by default)' },
    MEDIUM: { description: '中（默认 60–<80 分）/ Medium (60 to < 80 by default)' },
    POOR: { description: '差（默认 < 60 分）/ Poor (< 60 by default)' },
  },
});
registerEnumType(EvaluationKindEnum, {
  name: 'EvaluationKind',
  description: '评价类型：单位自评、部门评价、财政重点评价、部门整体评价 / Kind of evaluation',
  valuesConfig: {
    SELF: { description: '单位自评 / Self-evaluation by the unit' },
    DEPARTMENT: { description: '部门评价 / Department evaluation' },
    KEY: { description: '财政重点评价（第三方机构实施）/ Key evaluation by the finance bureau, run by an agency' },
    UNIT_WIDE: { description: '部门整体评价 / Unit-wide evaluation' },
  },
});
registerEnumType(ExecutionGroupByEnum, {
  name: 'ExecutionGroupBy',
  description: '执行情况分组：合计、资金类别、科室、单位 / Grouping of execution figures',
  valuesConfig: {
    TOTAL: { description: '合计一行 / One total row' },
    FUND_FAMILY: { description: '按资金类别 / By fund family' },
    SECTION: { description: '按对口科室 / By supervising section' },
    UNIT: { description: '按单位 / By unit' },
  },
});
registerEnumType(RoleEnum, {
  name: 'Role',
  description: '用户角色 / Role of a user',
  valuesConfig: {
    LEADERSHIP: { description: '领导（县委、县政府、局领导）/ Leadership' },
    PERFORMANCE: { description: '预算绩效评价科 / Performance Evaluation Section' },
    BUDGET: { description: '预算科 / Budget Section' },
    BUSINESS_SECTION: { description: '业务科室 / Business section' },
    FUND_SECTION: { description: '资金主管科室 / Fund-owning section' },
    UNIT: { description: '部门单位 / Budget unit' },
    AGENCY: { description: '第三方机构 / Third-party agency' },
    UPPER_LEVEL: { description: '上级财政（只读）/ Upper-level finance bureau, read-only' },
    ADMIN: {
      description:
        '系统管理员：管理本地区的用户，不看项目数据 / System administrator: manages the users of its region, sees no project data',
    },
  },
});
registerEnumType(SectionKindEnum, {
  name: 'SectionKind',
  description: '科室类型 / Kind of finance section',
  valuesConfig: {
    PERFORMANCE: { description: '预算绩效评价科 / Performance Evaluation Section' },
    BUDGET: { description: '预算科 / Budget Section' },
    BUSINESS: { description: '业务科室 / Business section' },
    FUND: { description: '资金主管科室（社保科、企业科、债务科、乡财科）/ Fund-owning section' },
  },
});
registerEnumType(FlagLevelEnum, {
  name: 'FlagLevel',
  description: '预警等级：黄标、红标 / Flag level',
  valuesConfig: {
    YELLOW: { description: '黄标：监控节点未达标 / Yellow flag: failed a checkpoint' },
    RED: { description: '红标：连续两个节点未达标 / Red flag: failed two checkpoints in a row' },
  },
});
registerEnumType(FlagMeasureEnum, {
  name: 'FlagMeasure',
  description: '监控节点的预警口径（同 flagSummary）/ What flagSummary counts at a checkpoint',
  valuesConfig: {
    OPEN: { description: '节点末未销号（黄+红）/ Open at the checkpoint’s end (yellow + red)' },
    OPEN_YELLOW: { description: '节点末未销号黄标 / Open and yellow at the checkpoint’s end' },
    OPEN_RED: { description: '节点末未销号红标 / Open and red at the checkpoint’s end' },
    NEW_YELLOW: { description: '本节点新亮黄标 / Raised yellow at the checkpoint' },
    ESCALATED: { description: '本节点转红 / Turned red at the checkpoint' },
    CLOSED: { description: '上一节点后至本节点末销号 / Closed since the checkpoint before' },
  },
});
registerEnumType(FlagStatusEnum, {
  name: 'FlagStatus',
  description: '预警状态：未销号、已销号 / Flag status',
  valuesConfig: {
    OPEN: { description: '未销号 / Open, not yet rectified' },
    CLOSED: { description: '已销号 / Closed once rectified' },
  },
});
registerEnumType(AgencyRatingEnum, {
  name: 'AgencyRatingLevel',
  description: '第三方机构信用等级 A–D / Agency credit rating',
});

// The states and kinds of the lifecycle rows, shared by their types and by the one filter input.
export const ProjectKindEnum = { NEW: 'NEW', RECURRING: 'RECURRING', ONE_OFF: 'ONE_OFF' } as const;
registerEnumType(ProjectKindEnum, {
  name: 'ProjectKind',
  description: '项目类型：新增、延续、一次性 / New, recurring or one-off',
  valuesConfig: {
    NEW: { description: '新增项目 / New project' },
    RECURRING: { description: '延续项目 / Recurring project' },
    ONE_OFF: { description: '一次性项目 / One-off project' },
  },
});
export const TargetStatusEnum = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  FIRST_REVIEWED: 'FIRST_REVIEWED',
  APPROVED: 'APPROVED',
  RETURNED: 'RETURNED',
} as const;
registerEnumType(TargetStatusEnum, {
  name: 'TargetStatus',
  description: '绩效目标状态 / State of a project’s targets',
  valuesConfig: {
    DRAFT: { description: '草稿，单位未报送 / Draft, not yet submitted by the unit' },
    SUBMITTED: { description: '单位已报送，待业务科室初审 / Submitted, awaiting the business section’s first review' },
    FIRST_REVIEWED: { description: '业务科室已初审，待绩效科审核 / First-reviewed, awaiting the performance section' },
    APPROVED: { description: '绩效科审核通过 / Approved by the performance section' },
    RETURNED: { description: '退回修改 / Returned for revision' },
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
registerEnumType(RegionLevelEnum, {
  name: 'RegionLevel',
  description: '地区级别：省、州（市）、县 / Level of a region: province, prefecture, county',
  valuesConfig: {
    PROVINCE: { description: '省（自治区）/ Province' },
    PREFECTURE: { description: '州（市）/ Prefecture' },
    COUNTY: { description: '县 / County' },
  },
});
