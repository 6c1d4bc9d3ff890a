// Enums shared by the server (GraphQL + database checks) and the dashboard (labels).
// Values are the stable API names; labels are what a person reads.

export type Label = { zh: string; en: string };

function labels<T extends string>(map: Record<T, Label>) {
  return map;
}

export const FUND_FAMILIES = [
  'GENERAL_PUBLIC',
  'GOVERNMENT_FUND',
  'STATE_CAPITAL',
  'SOCIAL_INSURANCE',
  'SPECIAL_BOND',
  'RURAL_REVITALIZATION',
  'TRANSFER_PAYMENT',
] as const;
export type FundFamily = (typeof FUND_FAMILIES)[number];
export const FUND_FAMILY_LABELS = labels<FundFamily>({
  GENERAL_PUBLIC: { zh: '一般公共预算', en: 'General public budget' },
  GOVERNMENT_FUND: { zh: '政府性基金预算', en: 'Government fund budget' },
  STATE_CAPITAL: { zh: '国有资本经营预算', en: 'State capital operating budget' },
  SOCIAL_INSURANCE: { zh: '社会保险基金预算', en: 'Social insurance fund budget' },
  SPECIAL_BOND: { zh: '政府专项债券', en: 'Government special-purpose bonds' },
  RURAL_REVITALIZATION: { zh: '财政衔接推进乡村振兴补助资金', en: 'Rural revitalization linkage funds' },
  TRANSFER_PAYMENT: { zh: '中央及上级转移支付', en: 'Central / upper-level transfer payments' },
});

export const GRADES = ['EXCELLENT', 'GOOD', 'MEDIUM', 'POOR'] as const;
export type Grade = (typeof GRADES)[number];
export const GRADE_LABELS = labels<Grade>({
  EXCELLENT: { zh: '优', en: 'Excellent' },
  GOOD: { zh: '良', en: 'Good' },
  MEDIUM: { zh: '中', en: 'Medium' },
  POOR: { zh: '差', en: 'Poor' },
});

export const EVALUATION_KINDS = ['SELF', 'DEPARTMENT', 'KEY', 'UNIT_WIDE'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];
export const EVALUATION_KIND_LABELS = labels<EvaluationKind>({
  SELF: { zh: '单位自评', en: 'Self-evaluation' },
  DEPARTMENT: { zh: '部门评价', en: 'Department evaluation' },
  KEY: { zh: '财政重点评价', en: 'Key evaluation' },
  UNIT_WIDE: { zh: '部门整体评价', en: 'Unit-wide evaluation' },
});

export const SECTION_KINDS = ['PERFORMANCE', 'BUDGET', 'BUSINESS', 'FUND'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];
export const SECTION_KIND_LABELS = labels<SectionKind>({
  PERFORMANCE: { zh: '预算绩效评价科', en: 'Performance Evaluation Section' },
  BUDGET: { zh: '预算科', en: 'Budget Section' },
  BUSINESS: { zh: '业务科室', en: 'Business section' },
  FUND: { zh: '资金主管科室', en: 'Fund-owning section' },
});

export const ROLES = [
  'LEADERSHIP',
  'PERFORMANCE',
  'BUDGET',
  'BUSINESS_SECTION',
  'FUND_SECTION',
  'UNIT',
  'AGENCY',
  'UPPER_LEVEL',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];
/**
 * Roles that read the county's figures with BI tools (数据接口): leadership, the finance sections and the upper
 * level. Units and agencies work their own rows in the dashboard; administrators see no project data.
 */
export const BI_ROLES: readonly Role[] = [
  'LEADERSHIP',
  'PERFORMANCE',
  'BUDGET',
  'BUSINESS_SECTION',
  'FUND_SECTION',
  'UPPER_LEVEL',
];
export const ROLE_LABELS = labels<Role>({
  LEADERSHIP: { zh: '领导', en: 'Leadership' },
  PERFORMANCE: { zh: '绩效科', en: 'Performance section' },
  BUDGET: { zh: '预算科', en: 'Budget section' },
  BUSINESS_SECTION: { zh: '业务科室', en: 'Business section' },
  FUND_SECTION: { zh: '资金主管科室', en: 'Fund section' },
  UNIT: { zh: '部门单位', en: 'Budget unit' },
  AGENCY: { zh: '第三方机构', en: 'Third-party agency' },
  UPPER_LEVEL: { zh: '上级财政', en: 'Upper-level finance bureau' },
  ADMIN: { zh: '系统管理员', en: 'System administrator' },
});

export const REGION_LEVELS = ['PROVINCE', 'PREFECTURE', 'COUNTY'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const PROJECT_KINDS = ['NEW', 'RECURRING', 'ONE_OFF'] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];
export const PROJECT_KIND_LABELS = labels<ProjectKind>({
  NEW: { zh: '新增', en: 'New' },
  RECURRING: { zh: '延续', en: 'Recurring' },
  ONE_OFF: { zh: '一次性', en: 'One-off' },
});

export const INDICATOR_LEVEL1 = ['OUTPUT', 'BENEFIT', 'SATISFACTION', 'COST'] as const;
export type IndicatorLevel1 = (typeof INDICATOR_LEVEL1)[number];
export const INDICATOR_LEVEL1_LABELS = labels<IndicatorLevel1>({
  OUTPUT: { zh: '产出指标', en: 'Output' },
  BENEFIT: { zh: '效益指标', en: 'Benefit' },
  SATISFACTION: { zh: '满意度指标', en: 'Satisfaction' },
  COST: { zh: '成本指标', en: 'Cost' },
});

export const COMPARATORS = ['GE', 'LE', 'EQ', 'GT', 'LT', 'QUALITATIVE'] as const;
export type Comparator = (typeof COMPARATORS)[number];
export const COMPARATOR_SYMBOLS: Record<Comparator, string> = {
  GE: '≥',
  LE: '≤',
  EQ: '=',
  GT: '>',
  LT: '<',
  QUALITATIVE: '定性',
};

export const FLAG_LEVELS = ['YELLOW', 'RED'] as const;
export type FlagLevel = (typeof FLAG_LEVELS)[number];

/** What flagSummary counts at a checkpoint, as a filter (flagMeasure with flagMonth). */
export const FLAG_MEASURES = ['OPEN', 'OPEN_YELLOW', 'OPEN_RED', 'NEW_YELLOW', 'ESCALATED', 'CLOSED'] as const;
export type FlagMeasure = (typeof FLAG_MEASURES)[number];
export const FLAG_LEVEL_LABELS = labels<FlagLevel>({
  YELLOW: { zh: '黄标', en: 'Yellow flag' },
  RED: { zh: '红标', en: 'Red flag' },
});

export const FLAG_STATUSES = ['OPEN', 'CLOSED'] as const;
export type FlagStatus = (typeof FLAG_STATUSES)[number];

export const EX_ANTE_CONCLUSIONS = ['SUPPORT', 'PARTIAL_SUPPORT', 'NO_SUPPORT'] as const;
export type ExAnteConclusion = (typeof EX_ANTE_CONCLUSIONS)[number];
export const EX_ANTE_CONCLUSION_LABELS = labels<ExAnteConclusion>({
  SUPPORT: { zh: '支持', en: 'Support' },
  PARTIAL_SUPPORT: { zh: '部分支持', en: 'Partial support' },
  NO_SUPPORT: { zh: '不支持', en: 'No support' },
});

export const AGENCY_RATINGS = ['A', 'B', 'C', 'D'] as const;
export type AgencyRating = (typeof AGENCY_RATINGS)[number];

export const REVIEW_STAGES = ['BUSINESS_FIRST', 'PERFORMANCE'] as const;
export type ReviewStage = (typeof REVIEW_STAGES)[number];

export const REVIEW_OUTCOMES = ['APPROVED', 'RETURNED'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export const EXECUTION_GROUP_BY = ['TOTAL', 'FUND_FAMILY', 'SECTION', 'UNIT'] as const;
export type ExecutionGroupBy = (typeof EXECUTION_GROUP_BY)[number];

/**
 * Kinds of the year's deadlines. CHECKPOINT, REPORTS_DUE and UNIT_WIDE_MONITORING come from the stored
 * checkpoints and KEY_EVALUATION from the rule set; the others are the stored calendar's.
 */
export const DEADLINE_KINDS = [
  'QUARTERLY_REPORT',
  'SELF_EVALUATION',
  'MEETING',
  'DEPARTMENT_EVALUATION',
  'CHECKPOINT',
  'REPORTS_DUE',
  'AUTHENTICITY',
  'UNIT_WIDE_MONITORING',
  'KEY_EVALUATION',
  'DISCLOSURE_CHECK',
  'SUMMARIES',
  'DEBT_SUMMARIES',
  'OTHER',
] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS = labels<DeadlineKind>({
  QUARTERLY_REPORT: { zh: '季度绩效工作报自治州', en: 'Quarterly report to the prefecture' },
  SELF_EVALUATION: { zh: '单位自评', en: 'Self-evaluations' },
  MEETING: { zh: '工作会议', en: 'Meeting' },
  DEPARTMENT_EVALUATION: { zh: '部门评价及部门整体自评', en: 'Department and unit-wide self-evaluations' },
  CHECKPOINT: { zh: '监控节点', en: 'Monitoring checkpoint' },
  REPORTS_DUE: { zh: '监控报告报送截止', en: 'Monitoring reports due' },
  AUTHENTICITY: { zh: '真实性核查', en: 'Authenticity checks' },
  UNIT_WIDE_MONITORING: { zh: '部门整体绩效监控', en: 'Unit-wide monitoring' },
  KEY_EVALUATION: { zh: '财政重点评价完成', en: 'Key evaluations done' },
  DISCLOSURE_CHECK: { zh: '信息公开检查', en: 'Disclosure check' },
  SUMMARIES: { zh: '绩效总结', en: 'Summaries' },
  DEBT_SUMMARIES: { zh: '债务及衔接资金绩效总结', en: 'Debt and rural-fund summaries' },
  OTHER: { zh: '其他', en: 'Other' },
});
