import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { FundFamily, Grade } from '@jixiao/schema/enums';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { FundFamilyEnum, GradeEnum } from '../../graphql/enums.js';
import { EXECUTION_RATE_DESCRIPTION } from '../monitoring/index.js';

@ObjectType({ description: '绩效目标编制情况 / Targets set in a budget year' })
export class TargetSummary {
  @Field(() => Int, { description: '编制绩效目标的项目数 / Projects with approved targets' })
  projectCount: number;

  @Field(() => DecimalScalar, { description: '涉及资金（元）/ Their budget in yuan' })
  budget: string;

  @Field(() => Int, { description: '其中年初预算项目数 / Of which annual-budget projects' })
  annualBudgetProjectCount: number;

  @Field(() => DecimalScalar, { description: '年初预算项目资金（元）/ Budget of the annual-budget projects' })
  annualBudget: string;

  @Field(() => Int, { description: '通过事前评估的新增项目数 / New projects supported by ex-ante assessment' })
  exAnteProjectCount: number;

  @Field(() => DecimalScalar, { description: '通过事前评估的新增项目资金（元）/ Their budget' })
  exAnteBudget: string;

  @Field(() => Int, { description: '审核部门整体绩效目标的单位数 / Units whose unit-wide targets were reviewed' })
  unitWideReviewedCount: number;

  @Field(() => Int, { description: '退回修改的部门整体绩效目标数 / Unit-wide targets returned for revision' })
  unitWideReturnedCount: number;

  @Field(() => Int, { description: '审核中完善的问题数 / Issues fixed through review' })
  unitWideIssueCount: number;
}

@ObjectType({ description: '预算执行情况（某监控节点）/ Budget execution at a checkpoint' })
export class ExecutionRow {
  @Field({ description: '分组键 / Group key (TOTAL, a fund family code, a section or unit id)' })
  key: string;

  @Field({ description: '分组名称 / Group label' })
  label: string;

  @Field(() => String, {
    nullable: true,
    description:
      '科室或单位编码（按科室、单位分组时；合计、资金类别与合并的涉密单位为空）/ Code of the section or unit (SECTION and UNIT rows; null for TOTAL, fund families and merged classified units)',
  })
  code: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      '该科室或单位所在县的行政区划代码（编码仅在县内唯一）/ Division code of the county of that section or unit (codes are unique within a county)',
  })
  regionCode: string | null;

  @Field(() => Int, { description: '监控项目数 / Projects monitored' })
  projectCount: number;

  @Field(() => DecimalScalar, { description: '预算金额（元）/ Budget in yuan' })
  budget: string;

  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed in yuan' })
  executed: string;

  @Field(() => Float, { nullable: true, description: EXECUTION_RATE_DESCRIPTION })
  executionRate: number | null;
}

@ObjectType({ description: '黄标红标情况（截至某监控节点）/ Flags as of a checkpoint' })
export class FlagSummary {
  @Field(() => Int, { description: '未销号黄标数 / Open yellow flags' })
  yellow: number;

  @Field(() => Int, { description: '未销号红标数 / Open red flags' })
  red: number;

  @Field(() => Int, { description: '本节点新增黄标 / Yellow flags raised at this checkpoint' })
  newYellow: number;

  @Field(() => Int, { description: '本节点升级为红标 / Flags that became red at this checkpoint' })
  escalatedToRed: number;

  @Field(() => Int, { description: '上一节点以来销号数 / Flags closed since the previous checkpoint' })
  closed: number;
}

@ObjectType({ description: '某等次的数量与占比 / Count and share of one grade' })
export class GradeBucket {
  @Field(() => GradeEnum, { description: '评价等次 / Grade' })
  grade: Grade;

  @Field(() => Int, { description: '该等次的评价数 / Evaluations of this grade' })
  count: number;

  @Field(() => Float, { description: '占比（小数）/ Share as a fraction' })
  share: number;
}

@ObjectType({ description: '评价等次分布 / Grade distribution of evaluations' })
export class GradeDistribution {
  @Field(() => Int, { description: '评价数 / Evaluations' })
  total: number;

  @Field(() => DecimalScalar, { description: '涉及资金（元）/ Budget evaluated in yuan' })
  budget: string;

  @Field(() => Int, { description: '发现问题数 / Findings' })
  findings: number;

  @Field(() => [GradeBucket], { description: '四个等次，含零 / All four grades, zeros included' })
  buckets: GradeBucket[];
}

@ObjectType({ description: '第三方机构年度信用评级 / An agency’s yearly credit rating' })
export class AgencyRatingRow {
  @Field(() => ID, { description: '机构全局 ID / Global id of the agency' })
  agencyId: string;

  @Field({ description: '机构名称 / Agency name' })
  agencyName: string;

  @Field(() => Float, { description: '综合得分 / Weighted score' })
  score: number;

  @Field({ description: '信用等级 A–D / Rating A–D' })
  rating: string;

  @Field({
    description: '已公布（机构只能看到已公布的评级）/ Published (an agency sees its rating only once published)',
  })
  published: boolean;

  @Field(() => Float, { description: '数量得分 / Quantity' })
  quantity: number;

  @Field(() => Float, { description: '质量得分 / Quality' })
  quality: number;

  @Field(() => Float, { description: '效果得分 / Effect' })
  effect: number;

  @Field(() => Float, { description: '满意度得分 / Satisfaction' })
  satisfaction: number;

  @Field(() => Int, {
    description: '计算时已办结的检查数（定向检查、随机抽查）/ Checks of the year’s work concluded when computed',
  })
  checks: number;

  @Field(() => Float, {
    description: '检查发现问题扣减的质量分合计 / Points the checks with issues took off quality (their sum)',
  })
  checkDeduction: number;
}

@ObjectType({ description: '培训情况 / Training in a year' })
export class TrainingSummary {
  @Field(() => Int, { description: '培训场次 / Sessions' })
  sessions: number;

  @Field(() => Int, { description: '参训人次 / Attendances' })
  attendance: number;
}

@ObjectType({ description: '指标库规模 / Size of the indicator libraries' })
export class IndicatorLibrarySummary {
  @Field(() => Int, { description: '共性指标类别数 / Common categories' })
  commonCategories: number;

  @Field(() => Int, { description: '共性三级指标数 / Common level-3 indicators' })
  commonIndicators: number;

  @Field(() => Int, { description: '行业领域数 / Sectors' })
  sectors: number;

  @Field(() => Int, { description: '行业三级指标数 / Sector level-3 indicators' })
  sectorIndicators: number;
}

@ObjectType({ description: '资金类别 / A fund family' })
export class FundFamilyInfo {
  @Field(() => FundFamilyEnum, { description: '资金类别代码 / Fund family code' })
  code: FundFamily;

  @Field({ description: '中文名称 / Chinese name' })
  nameZh: string;

  @Field({ description: '英文名称 / English name' })
  nameEn: string;

  @Field({ description: '是否四本预算之一 / One of the four budgets' })
  isBudget: boolean;
}

@ObjectType({ description: '转移支付目标分解情况 / How a transfer payment’s target is split over projects' })
export class TransferSplit {
  @Field({ description: '转移支付 / Transfer payment' }) transferPaymentName: string;
  @Field({ description: '上级下达指标 / The upper level’s indicator' }) indicatorName: string;
  @Field({ description: '上级目标值 / Upper-level target value' }) upperValue: string;
  @Field({ description: '分解到项目的合计 / Sum of the project splits' }) splitSum: string;
  @Field({ description: '差额（上级减合计）/ Upper value minus the sum' }) difference: string;
  @Field({ description: '是否分解一致 / The split adds up exactly' }) ok: boolean;
  @Field(() => Int, { description: '分解项目数 / Projects carrying a split' }) projectCount: number;
}
