import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FundFamily, Grade, EvaluationKind, FlagLevel, FlagStatus, SectionKind } from '@jixiao/schema/enums';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import {
  EvaluationKindEnum, FlagLevelEnum, FlagStatusEnum, FundFamilyEnum, GradeEnum, SectionKindEnum,
} from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';
import { connectionOf } from '../../graphql/connection.js';

// The graph's object types. Each carries its database id (`dbId`) and foreign keys (`…Id`, not exposed)
// for the field resolvers, which load relations through the request's DataLoaders.

export const ProjectKindEnum = { NEW: 'NEW', RECURRING: 'RECURRING', ONE_OFF: 'ONE_OFF' } as const;
registerEnumType(ProjectKindEnum, { name: 'ProjectKind', description: '项目类型：新增、延续、一次性 / New, recurring or one-off' });
export const TargetStatusEnum = { DRAFT: 'DRAFT', SUBMITTED: 'SUBMITTED', FIRST_REVIEWED: 'FIRST_REVIEWED', APPROVED: 'APPROVED', RETURNED: 'RETURNED' } as const;
registerEnumType(TargetStatusEnum, { name: 'TargetStatus', description: '绩效目标状态 / State of a project’s targets' });

@ObjectType({ implements: Node, description: '财政局科室 / A section of the finance bureau' })
export class Section extends Node {
  dbId: number;
  regionId: number;

  @Field() code: string;
  @Field() name: string;
  @Field(() => SectionKindEnum) kind: SectionKind;
  @Field(() => FundFamilyEnum, { nullable: true, description: '主管的资金类别 / Fund family it owns' }) ownedFundFamily: FundFamily | null;
}

@ObjectType({ implements: Node, description: '预算单位 / A budget unit' })
export class Unit extends Node {
  dbId: number;
  sectionId: number;

  @Field() code: string;
  @Field() name: string;
  @Field({ description: '涉密单位 / Classified unit' }) classified: boolean;
}

@ObjectType({ implements: Node, description: '项目支出 / A project expenditure of a budget year' })
export class Project extends Node {
  dbId: number;
  unitId: number;

  @Field() code: string;
  @Field() name: string;
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => DecimalScalar, { description: '预算金额（元）/ Budget in yuan' }) budget: string;
  @Field(() => FundFamilyEnum) fundFamily: FundFamily;
  @Field(() => ProjectKindEnum) kind: string;
  @Field({ description: '重点项目 / Key project' }) isKey: boolean;
  @Field({ description: '年初预算项目 / In the annual budget (not a mid-year addition)' }) inAnnualBudget: boolean;
  @Field({ description: '列入预算日期 / Date budgeted' }) budgetedOn: string;
  @Field({ description: '政府购买服务 / Government purchase of services' }) purchaseOfServices: boolean;
  @Field(() => TargetStatusEnum) targetStatus: string;
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
}

@ObjectType({ implements: Node, description: '监控节点 / A monitoring checkpoint' })
export class Checkpoint extends Node {
  dbId: number;

  @Field(() => Int) year: number;
  @Field(() => Int) month: number;
  @Field({ description: 'PROJECT 或 UNIT_WIDE' }) scope: string;
  @Field({ description: '截止日期 / End of the period' }) periodEnd: string;
  @Field({ description: '报送截止日 / Reports due' }) reportDue: string;
  @Field({ description: '状态 / PLANNED, OPEN, CONFIRMED' }) status: string;
}

@ObjectType({ description: '监控未达标原因 / Why a checkpoint failed' })
export class FailureReason {
  @Field({ description: 'EXECUTION_BELOW_ELAPSED 或 KEY_INDICATOR_DEVIATION' }) code: string;
  @Field(() => Int, { nullable: true }) indicatorIndex: number | null;
}

@ObjectType({ implements: Node, description: '监控报告 / A project’s report at a checkpoint' })
export class MonitoringReport extends Node {
  dbId: number;
  projectId: number;
  checkpointId: number;

  @Field(() => DecimalScalar, { description: '节点预算（元）/ Budget at the checkpoint' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed' }) executed: string;
  @Field(() => Float, { description: '执行率 / Execution rate (fraction)' }) executionRate: number;
  @Field({ description: '状态 / DRAFT, SUBMITTED, REVIEWED, CONFIRMED' }) status: string;
  @Field(() => Boolean, { nullable: true, description: '是否未达标 / Failed the checkpoint (set on confirmation)' }) failed: boolean | null;
  @Field(() => [FailureReason]) failureReasons: FailureReason[];
  @Field(() => String, { nullable: true }) submittedOn: string | null;
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
  @Field({ description: 'RAISED, ESCALATED, PLAN_SET, EVIDENCE_ADDED, CLOSED' }) kind: string;
  @Field(() => FlagLevelEnum) level: FlagLevel;
  @Field() occurredOn: string;
  @Field() note: string;
}

@ObjectType({ implements: Node, description: '黄标/红标 / A yellow or red flag' })
export class Flag extends Node {
  dbId: number;
  projectId: number;
  raisedCheckpointId: number;
  escalatedCheckpointId: number | null;

  @Field(() => FlagLevelEnum) level: FlagLevel;
  @Field(() => FlagStatusEnum) status: FlagStatus;
  @Field({ description: '整改期限 / Rectification deadline' }) deadline: string;
  @Field(() => Int, { description: '逾期天数（未销号且过期）/ Days overdue, 0 when not' }) daysOverdue: number;
  @Field({ description: '责任人 / Owner' }) ownerName: string;
  @Field({ description: '整改方案 / Rectification plan' }) rectificationPlan: string;
  @Field({ description: '整改佐证 / Evidence' }) evidence: string;
  @Field(() => String, { nullable: true, description: '销号日期 / Closed on' }) closedOn: string | null;
  @Field(() => DecimalScalar, { nullable: true, description: '建议压减或收回金额 / Proposed reduction' }) proposedReduction: string | null;
}

@ObjectType({ description: '等级限制 / A cap on the grade and whether it applied' })
export class GradeCap {
  @Field() code: string;
  @Field() zh: string;
  @Field() en: string;
  @Field({ description: '是否实际降低了等级 / Whether it set the final grade' }) applied: boolean;
}

@ObjectType({ implements: Node, description: '绩效评价 / An evaluation' })
export class Evaluation extends Node {
  dbId: number;
  projectId: number | null;
  unitId: number;
  agencyId: number | null;

  @Field(() => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number;
  @Field(() => EvaluationKindEnum) kind: EvaluationKind;
  @Field({ description: 'DRAFT, SUBMITTED, FINAL' }) status: string;
  @Field(() => DecimalScalar) budget: string;
  @Field(() => DecimalScalar) executed: string;
  @Field(() => Float, { nullable: true, description: '评价得分 / Score' }) score: number | null;
  @Field(() => Float, { nullable: true, description: '专家组复核得分 / Expert panel score' }) expertScore: number | null;
  @Field(() => GradeEnum, { nullable: true }) grade: Grade | null;
  @Field(() => GradeEnum, { nullable: true, description: '未受限时的等级 / Grade by score alone' }) uncappedGrade: Grade | null;
  @Field(() => [GradeCap]) caps: GradeCap[];
  @Field(() => Boolean, { nullable: true, description: '真实性核查未通过（未抽中为空）/ Failed the authenticity check' }) authenticityFailed: boolean | null;
  @Field(() => String, { nullable: true }) reportName: string | null;
  @Field(() => String, { nullable: true }) evaluatedOn: string | null;
}

@ObjectType({ implements: Node, description: '评价发现的问题 / A finding of an evaluation' })
export class Finding extends Node {
  dbId: number;
  evaluationId: number;

  @Field() category: string;
  @Field() text: string;
  @Field() suggestion: string;
  @Field() upheld: boolean;
}

@ObjectType({ implements: Node, description: '结果应用（预算压减）/ A proposed budget cut' })
export class ResultApplication extends Node {
  dbId: number;
  projectId: number;
  evaluationId: number;

  @Field(() => Int, { description: '压减所在年度 / Budget year cut' }) targetYear: number;
  @Field(() => GradeEnum) grade: Grade;
  @Field(() => DecimalScalar) baseBudget: string;
  @Field(() => Float, { description: '压减比例 / Share cut' }) cutShare: number;
  @Field(() => DecimalScalar) proposedCut: string;
  @Field(() => DecimalScalar, { nullable: true }) acceptedCut: string | null;
  @Field({ description: 'PROPOSED, ACCEPTED, ADJUSTED' }) status: string;
  @Field() reason: string;
}

@ObjectType({ implements: Node, description: '第三方机构 / A third-party agency' })
export class Agency extends Node {
  dbId: number;

  @Field() code: string;
  @Field() name: string;
  @Field({ description: '统一社会信用代码 / Unified social credit code' }) creditCode: string;
}

@ObjectType({ implements: Node, description: '机构年度信用评级 / An agency’s rating of a year' })
export class AgencyRating extends Node {
  dbId: number;
  agencyId: number;

  @Field(() => Int) year: number;
  @Field(() => Float) quantity: number;
  @Field(() => Float) quality: number;
  @Field(() => Float) effect: number;
  @Field(() => Float) satisfaction: number;
  @Field(() => Float) score: number;
  @Field() rating: string;
  @Field() published: boolean;
}

export const ProjectConnection = connectionOf(Project, 'Project');
export const UnitConnection = connectionOf(Unit, 'Unit');
export const FlagConnection = connectionOf(Flag, 'Flag');
export const EvaluationConnection = connectionOf(Evaluation, 'Evaluation');
export const MonitoringReportConnection = connectionOf(MonitoringReport, 'MonitoringReport');
