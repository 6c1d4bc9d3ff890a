import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FundFamily, Grade, EvaluationKind, FlagLevel, FlagStatus, SectionKind } from '@jixiao/schema/enums';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import {
  EvaluationKindEnum,
  FlagLevelEnum,
  FlagStatusEnum,
  FundFamilyEnum,
  GradeEnum,
  SectionKindEnum,
} from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { connectionOf } from '../../graphql/connection.js';
import { TransferTargetRef } from '../transfer-payment/transfer-payment.types.js';

// The graph's object types. Each carries its database id (`dbId`) and foreign keys (`…Id`, not exposed)
// for the field resolvers, which load relations through the request's DataLoaders.

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

@ObjectType({ implements: Node, description: '财政局科室 / A section of the finance bureau' })
export class Section extends Node {
  dbId: number;
  regionId: number;

  @Field({ description: '科室编码 / Section code' }) code: string;
  @Field({ description: '科室名称 / Section name' }) name: string;
  @Field(() => SectionKindEnum, { description: '科室类型 / Kind of section' }) kind: SectionKind;
  @Field(() => FundFamilyEnum, { nullable: true, description: '主管的资金类别 / Fund family it owns' })
  ownedFundFamily: FundFamily | null;
}

@ObjectType({ implements: Node, description: '预算单位 / A budget unit' })
export class Unit extends Node {
  dbId: number;
  sectionId: number;

  @Field({ description: '单位编码 / Unit code' }) code: string;
  @Field({ description: '单位名称 / Unit name' }) name: string;
  @Field({ description: '涉密单位 / Classified unit' }) classified: boolean;
}

@ObjectType({ implements: Node, description: '项目支出 / A project expenditure of a budget year' })
export class Project extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  unitId: number;

  @Field({ description: '项目编码 / Project code' }) code: string;
  @Field({ description: '项目名称 / Project name' }) name: string;
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => DecimalScalar, { description: '预算金额（元）/ Budget in yuan' }) budget: string;
  @Field(() => FundFamilyEnum, { description: '资金类别 / Fund family' }) fundFamily: FundFamily;
  @Field(() => ProjectKindEnum, { description: '项目类型：新增、延续、一次性 / New, recurring or one-off' })
  kind: string;
  @Field({ description: '重点项目 / Key project' }) isKey: boolean;
  @Field({ description: '年初预算项目 / In the annual budget (not a mid-year addition)' }) inAnnualBudget: boolean;
  @Field({ description: '列入预算日期 / Date budgeted' }) budgetedOn: string;
  @Field({ description: '政府购买服务 / Government purchase of services' }) purchaseOfServices: boolean;
  @Field(() => TargetStatusEnum, { description: '绩效目标审核状态 / Review state of the project’s targets' })
  targetStatus: string;
  @Field(() => String, {
    nullable: true,
    description:
      '绩效目标公开日期（未公开或调整后待重新公开为空）/ Date the targets were published; null while not public or after an approved adjustment',
  })
  targetsPublishedOn: string | null;
}

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

@ObjectType({ implements: Node, description: '监控节点 / A monitoring checkpoint' })
export class Checkpoint extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  regionId: number;

  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => Int, { description: '节点月份（5 = 5月底）/ Month the checkpoint closes (5 = end of May)' })
  month: number;
  @Field({ description: 'PROJECT 或 UNIT_WIDE' }) scope: string;
  @Field({ description: '截止日期 / End of the period' }) periodEnd: string;
  @Field({ description: '报送截止日 / Reports due' }) reportDue: string;
  @Field({ description: '状态 / PLANNED, OPEN, CONFIRMED' }) status: string;
  @Field(() => Int, {
    description: '逾期天数（报送截止日之后；未逾期为0）/ Days past the reports’ due date; 0 before it',
  })
  daysOverdue: number;
}

@ObjectType({ description: '监控未达标原因 / Why a checkpoint failed' })
export class FailureReason {
  @Field({ description: 'EXECUTION_BELOW_ELAPSED 或 KEY_INDICATOR_DEVIATION' }) code: string;
  @Field(() => Int, {
    nullable: true,
    description:
      '偏差关键指标的序号（从 0 起，仅指标偏差时有）/ Position of the deviating key indicator, from 0 (KEY_INDICATOR_DEVIATION only)',
  })
  indicatorIndex: number | null;
}

@ObjectType({ implements: Node, description: '监控报告 / A project’s report at a checkpoint' })
export class MonitoringReport extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;
  checkpointId: number;

  @Field(() => DecimalScalar, { description: '节点预算（元）/ Budget at the checkpoint' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed' }) executed: string;
  @Field(() => Float, { description: '执行率 / Execution rate (fraction)' }) executionRate: number;
  @Field({ description: '状态 / DRAFT, SUBMITTED, REVIEWED, CONFIRMED' }) status: string;
  @Field(() => Boolean, { nullable: true, description: '是否未达标 / Failed the checkpoint (set on confirmation)' })
  failed: boolean | null;
  @Field(() => [FailureReason], {
    description: '未达标原因（达标时为空）/ Why it failed the checkpoint; empty otherwise',
  })
  failureReasons: FailureReason[];
  @Field(() => String, { nullable: true, description: '报送日期 / Date submitted' }) submittedOn: string | null;
  @Field({ description: '初审意见（退回时为退回原因）/ The business section’s review comment (why it was returned)' })
  reviewComment: string;
}

@ObjectType({ description: '指标完成值 / An indicator’s value at a checkpoint' })
export class IndicatorActual {
  indicatorId: number;

  @Field(() => String, { nullable: true, description: '计划值 / Planned at this point' }) plannedValue: string | null;
  @Field(() => String, { nullable: true, description: '实际值 / Actual' }) actualValue: string | null;
  @Field({ description: '偏差说明 / Why it deviates' }) explanation: string;
}

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

@ObjectType({ implements: Node, description: '结果应用（预算压减）/ A proposed budget cut' })
export class ResultApplication extends Node {
  @Field(() => Int, {
    description: '版本号，修改时回传以防覆盖 / Version: send it back with a change to detect conflicts',
  })
  version: number;

  dbId: number;
  projectId: number;
  evaluationId: number;

  @Field(() => Int, { description: '压减所在年度 / Budget year cut' }) targetYear: number;
  @Field(() => GradeEnum, { description: '评价等次（中或差）/ Grade that led to the cut: MEDIUM or POOR' })
  grade: Grade;
  @Field(() => DecimalScalar, {
    description: '压减基数：项目预算（元）/ Project budget the cut is taken from, in yuan',
  })
  baseBudget: string;
  @Field(() => Float, { description: '压减比例 / Share cut' }) cutShare: number;
  @Field(() => DecimalScalar, { description: '按规则建议压减金额（元）/ Cut the rules propose, in yuan' })
  proposedCut: string;
  @Field(() => DecimalScalar, {
    nullable: true,
    description: '预算科确定的压减金额（元）/ Cut the budget section decided, in yuan',
  })
  acceptedCut: string | null;
  @Field({ description: '状态：建议、采纳、调整 / PROPOSED, ACCEPTED, ADJUSTED' }) status: string;
  @Field({ description: '压减说明 / Reason for the cut' }) reason: string;
}

@ObjectType({ implements: Node, description: '第三方机构 / A third-party agency' })
export class Agency extends Node {
  dbId: number;

  @Field({ description: '机构编码 / Agency code' }) code: string;
  @Field({ description: '机构名称 / Agency name' }) name: string;
  @Field({ description: '统一社会信用代码 / Unified social credit code' }) creditCode: string;
}

@ObjectType({ implements: Node, description: '机构年度信用评级 / An agency’s rating of a year' })
export class AgencyRating extends Node {
  dbId: number;
  agencyId: number;

  @Field(() => Int, { description: '评级年度 / Year rated' }) year: number;
  @Field(() => Float, { description: '工作数量得分 / Quantity score' }) quantity: number;
  @Field(() => Float, { description: '工作质量得分 / Quality score' }) quality: number;
  @Field(() => Float, { description: '工作效果得分 / Effect score' }) effect: number;
  @Field(() => Float, { description: '满意度得分 / Satisfaction score' }) satisfaction: number;
  @Field(() => Float, { description: '综合得分（加权）/ Weighted score' }) score: number;
  @Field({ description: '信用等级 A–D / Rating A–D' }) rating: string;
  @Field({ description: '评级已公开 / The rating is published' }) published: boolean;
}

export const ProjectConnection = connectionOf(Project, 'Project');
export const UnitConnection = connectionOf(Unit, 'Unit');
export const FlagConnection = connectionOf(Flag, 'Flag');
export const EvaluationConnection = connectionOf(Evaluation, 'Evaluation');
export const MonitoringReportConnection = connectionOf(MonitoringReport, 'MonitoringReport');

@ObjectType({ implements: Node, description: '事前绩效评估 / An ex-ante performance assessment of a new project' })
export class ExAnteAssessment extends Node {
  dbId: number;
  projectId: number;

  @Field(() => Int, { description: '版本号 / Version' }) version: number;
  agencyId: number | null;

  @Field({ description: '状态：DRAFT SUBMITTED FIRST_REVIEWED AGENCY_REVIEW AGENCY_REVIEWED CONCLUDED / State' })
  status: string;
  @Field({ description: '立项必要性 / Necessity' }) necessity: string;
  @Field({ description: '可行性 / Feasibility' }) feasibility: string;
  @Field({ description: '绩效目标合理性 / Reasonableness of the targets' }) targetReasonableness: string;
  @Field({ description: '资金安排 / Funding plan' }) fundingPlan: string;
  @Field(() => [String], { description: '附件名称 / Attachment names' }) attachmentNames: string[];
  @Field(() => String, { nullable: true, description: '业务科室初审意见 / First opinion' }) sectionOpinion:
    string | null;
  @Field(() => Float, { nullable: true, description: '绩效科评分 / Score' }) pesScore: number | null;
  @Field(() => String, { nullable: true, description: '结论：SUPPORT PARTIAL_SUPPORT NO_SUPPORT / Conclusion' })
  conclusion: string | null;
  @Field(() => String, { nullable: true, description: '提交日期 / Submitted on' }) submittedOn: string | null;
  @Field(() => String, { nullable: true, description: '结论日期 / Concluded on' }) concludedOn: string | null;
  @Field({
    description:
      '预算达到第三方复评金额（默认50万元）/ Budget at or above the rule’s threshold for an agency re-assessment (500,000 yuan by default)',
  })
  reassessmentRequired: boolean;
  @Field(() => String, {
    nullable: true,
    description: '第三方复评结论：SUPPORT PARTIAL_SUPPORT NO_SUPPORT / The agency’s conclusion',
  })
  agencyConclusion: string | null;
  @Field(() => String, { nullable: true, description: '第三方复评意见 / The agency’s opinion' }) agencyOpinion:
    string | null;
  @Field(() => String, { nullable: true, description: '委托复评日期 / Sent to the agency on' }) agencySentOn:
    string | null;
  @Field(() => String, { nullable: true, description: '复评完成日期 / Re-assessed on' }) agencyReviewedOn:
    string | null;
}

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
