import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { EvaluationKind } from '@jixiao/schema/enums';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { EvaluationKindEnum } from '../../graphql/enums.js';
import { Node } from '../../graphql/node.js';

@ObjectType({ description: '最近监控节点的预算执行 / Budget execution at the latest checkpoint' })
export class QuarterlyExecution {
  @Field(() => Int, { description: '监控节点年度 / Year of the checkpoint' }) checkpointYear: number;
  @Field(() => Int, { description: '监控节点月份 / Month of the checkpoint' }) checkpointMonth: number;
  @Field({ description: '监控节点截止日 / End of the checkpoint’s period' }) periodEnd: string;
  @Field(() => Int, { description: '监控项目数 / Projects monitored' }) projectCount: number;
  @Field(() => DecimalScalar, { description: '预算金额（元）/ Budget in yuan' }) budget: string;
  @Field(() => DecimalScalar, { description: '执行金额（元）/ Executed in yuan' }) executed: string;
  @Field(() => Float, { nullable: true, description: '执行率（小数）/ Execution rate as a fraction' })
  executionRate: number | null;
}

@ObjectType({ description: '本季度完成的评价（按类型）/ Evaluations finished in the quarter, of one kind' })
export class QuarterlyEvaluationCount {
  @Field(() => EvaluationKindEnum, { description: '评价类型 / Kind of evaluation' }) kind: EvaluationKind;
  @Field(() => Int, { description: '被评价的预算年度 / Budget year evaluated' }) year: number;
  @Field(() => Int, { description: '评价数 / Evaluations' }) count: number;
  @Field(() => DecimalScalar, { description: '涉及资金（元）/ Budget evaluated in yuan' }) budget: string;
  @Field(() => Int, { description: '其中评为优 / Of which graded 优' }) excellent: number;
}

@ObjectType({
  description:
    '季度工作情况数据（由合同查询按季度日期计算；上报时冻结）/ A quarter’s figures, from the contract queries for its dates; frozen when submitted',
})
export class QuarterlyFigures {
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field(() => Int, { description: '季度 1–4 / Quarter 1–4' }) quarter: number;
  @Field({ description: '季度起始日 / First day of the quarter' }) from: string;
  @Field({ description: '季度截止日 / Last day of the quarter' }) to: string;
  @Field(() => Int, { description: '编制绩效目标的项目数（当年）/ Projects with approved targets (the year’s)' })
  targetProjectCount: number;
  @Field(() => DecimalScalar, { description: '其资金（元）/ Their budget in yuan' }) targetBudget: string;
  @Field(() => QuarterlyExecution, {
    nullable: true,
    description:
      '季末前最近一个监控节点的执行情况；无节点时为空 / Execution at the latest checkpoint by the quarter’s end',
  })
  execution: QuarterlyExecution | null;
  @Field(() => Int, { description: '本季度新标记的预警数 / Flags raised in the quarter' }) flagsRaised: number;
  @Field(() => Int, { description: '本季度销号的预警数 / Flags closed in the quarter' }) flagsClosed: number;
  @Field(() => [QuarterlyEvaluationCount], {
    description: '本季度完成的上年度评价（按类型）/ Evaluations of the previous budget year finished in the quarter',
  })
  evaluations: QuarterlyEvaluationCount[];
}

@ObjectType({ description: '季度报告的一次上报、退回或收阅 / One submission, return or receipt of a quarterly report' })
export class QuarterlyReportStep {
  @Field({ description: '类型：SUBMITTED 上报、RETURNED 退回、ACCEPTED 收阅 / Kind of step' }) kind: string;
  @Field({ description: '上报正文或退回意见 / The report’s text, or the return’s comment' }) text: string;
  @Field(() => QuarterlyFigures, { nullable: true, description: '上报时冻结的数据 / Figures frozen at submission' })
  figures: QuarterlyFigures | null;
  @Field({ description: '经办人 / By whom' }) userName: string;
  @Field({ description: '时间（北京时间）/ When (Beijing time)' }) occurredAt: string;
}

@ObjectType({
  implements: Node,
  description: '季度工作情况上报 / A county’s quarterly report to the region above',
})
export class QuarterlyReport extends Node {
  dbId: number;

  @Field(() => Int, { description: '版本号，操作时回传以防覆盖 / Version: send it back with a step' }) version: number;
  @Field({ description: '上报地区 / Reporting region' }) regionName: string;
  @Field({ description: '上报对象 / Region reported to' }) toRegionName: string;
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field(() => Int, { description: '季度 1–4 / Quarter' }) quarter: number;
  @Field({ description: '状态：SUBMITTED 已上报、RETURNED 已退回、ACCEPTED 已收阅 / State' }) status: string;
  @Field({ description: '应报日期 / Due date' }) dueOn: string;
  @Field({ description: '最近一次上报的正文 / Text of the latest submission' }) text: string;
  @Field(() => QuarterlyFigures, { description: '最近一次上报冻结的数据 / Figures of the latest submission' })
  figures: QuarterlyFigures;
  @Field({ description: '最近一次上报时间 / When last submitted' }) submittedAt: string;
  @Field(() => String, { nullable: true, description: '退回时的意见 / The comment, while returned' })
  returnComment: string | null;
  @Field(() => [QuarterlyReportStep], { description: '全部上报与退回记录（按时间）/ Every step, oldest first' })
  history: QuarterlyReportStep[];
}

@ObjectType({ description: '可选的县（市）/ A county the upper level may pick' })
export class ReportingRegion {
  @Field({ description: '地区 ID（用于筛选）/ Region id, for the picker' }) id: string;
  @Field({ description: '名称 / Name' }) name: string;
}
