import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { TEXT, TextField } from '../../graphql/text.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';

@ObjectType({ description: '部门整体绩效指标 / A unit-wide target indicator' })
export class UnitWideIndicator {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  dbId: number;
  @Field(() => ID, { nullable: true, description: '指标库模板 / Library template' }) templateId: string | null;
  @Field({ description: '一级指标 / Level 1' }) level1: string;
  @Field({ description: '二级指标 / Level 2' }) level2: string;
  @Field({ description: '指标名称 / Name' }) name: string;
  @Field({ description: '比较符 / Comparator' }) comparator: string;
  @Field(() => String, { nullable: true, description: '目标值 / Target value' }) targetValue: string | null;
  @Field(() => String, { nullable: true, description: '定性目标 / Qualitative target' }) targetText: string | null;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
  @Field(() => Float, { description: '权重 / Weight' }) weight: number;
  @Field({ description: '关键指标 / Key indicator' }) isKey: boolean;
}

@ObjectType({ description: '部门整体监控报告 / A unit-wide monitoring report' })
export class UnitWideReport {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  dbId: number;
  @Field(() => ID, { description: '监控节点 / Checkpoint' }) checkpointId: string;
  @Field({ description: 'SUBMITTED 或 CONFIRMED / State' }) status: string;
  @Field(() => DecimalScalar, { description: '部门预算（元）/ Budget, yuan' }) budget: string;
  @Field(() => DecimalScalar, { description: '已执行（元）/ Executed, yuan' }) executed: string;
  @Field(() => Boolean, { nullable: true, description: '未达标（确认后）/ Failed, once confirmed' }) failed:
    boolean | null;
  @Field(() => [String], { description: '未达标原因 / Failure reasons' }) failureReasons: string[];
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

@ObjectType({ description: '部门整体监控标记 / A unit-wide flag' })
export class UnitWideFlag {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  @Field({ description: 'YELLOW 或 RED / Level' }) level: string;
  @Field({ description: 'OPEN 或 CLOSED / State' }) status: string;
  @Field({ description: '整改期限 / Rectification deadline' }) deadline: string;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

@ObjectType({ description: '单位的部门整体绩效（一个年度）/ A unit’s unit-wide performance of a year' })
export class UnitWideTargets {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  dbId: number;
  unitDbId: number;
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field({ description: '单位名称 / Unit' }) unitName: string;
  @Field({ description: '涉密单位（初审由绩效科代办）/ A classified unit (the performance section reviews first)' })
  classified: boolean;
  @Field(() => DecimalScalar, { description: '部门预算（元）/ The unit’s whole budget, yuan' }) budget: string;
  @Field({
    description: '目标状态 DRAFT SUBMITTED FIRST_REVIEWED RETURNED APPROVED / State of the targets',
  })
  status: string;
  @Field(() => DecimalScalar, { nullable: true, description: '自评得分 / Self-evaluation score' }) selfScore:
    string | null;
  @Field(() => DecimalScalar, { nullable: true, description: '全年执行（元，自评）/ Executed in the year, yuan' })
  selfExecuted: string | null;
  @Field(() => String, { nullable: true, description: '自评提交日期 / Self-evaluation submitted on' })
  selfSubmittedOn: string | null;
  @Field(() => ID, { nullable: true, description: '财政部门整体评价 / The finance bureau’s evaluation' })
  evaluationId: string | null;
  @Field(() => Int, { description: '版本号 / Version' }) version: number;
}

@InputType({ description: '部门整体监控：一个指标的完成值 / One indicator’s completion' })
export class UnitWideActualInput {
  @Field(() => ID, { description: '指标 / Indicator' }) indicatorId: string;
  @TextField(200, { description: '完成值 / Completion' }) actual: string;
}

@InputType({ description: '部门整体自评 / A unit-wide self-evaluation' })
export class UnitWideSelfInput {
  @Field(() => DecimalScalar, { description: '全年执行（元）/ Executed in the year, yuan' }) executed: string;
  @Field(() => DecimalScalar, { description: '自评得分 / Score' }) score: string;
  @TextField(TEXT.body, { description: '自评报告 / Report' }) report: string;
}
