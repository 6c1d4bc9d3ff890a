import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';
import { EXECUTION_RATE_DESCRIPTION } from '../monitoring/index.js';

// Issue 15 §3: an upper level compares its counties side by side.

@ObjectType({
  description:
    '县的对比行：某预算年度的项目、执行、未销号预警，及该年开展的评价等次 / A county side by side: a budget year’s projects, execution and open flags, and the grades of the evaluations carried out that year',
})
export class CountyComparisonRow {
  @Field({ description: '行政区划代码 / Division code' }) regionCode: string;
  @Field({ description: '县名称 / County name' }) regionName: string;
  @Field(() => String, {
    nullable: true,
    description:
      '县英文名称（无则为空，显示中文名）/ The county’s English name (null when none is known; the name is shown)',
  })
  regionNameEn: string | null;
  @Field(() => Int, { description: '该预算年度的项目数 / Projects of the budget year' }) projectCount: number;
  @Field(() => DecimalScalar, { description: '项目预算合计（元）/ Their budget in yuan' }) budget: string;
  @Field(() => Int, {
    nullable: true,
    description:
      '执行数所取的监控节点月份（该县该年最后一个有报告的节点；无则为空）/ Month of the checkpoint the execution is of (the county’s latest with reports that year; null if none)',
  })
  checkpointMonth: number | null;
  @Field(() => DecimalScalar, { description: '该节点报送项目的预算（元）/ Budget of the projects reported there' })
  reportedBudget: string;
  @Field(() => DecimalScalar, { description: '该节点执行数（元）/ Executed as of that checkpoint, in yuan' })
  executed: string;
  @Field(() => Float, { nullable: true, description: EXECUTION_RATE_DESCRIPTION }) executionRate: number | null;
  @Field(() => Int, { description: '未销号黄标（当前）/ Yellow flags open today' }) openYellow: number;
  @Field(() => Int, { description: '未销号红标（当前）/ Red flags open today' }) openRed: number;
  @Field(() => Int, {
    description:
      '被评价的预算年度（= year − 1，评价于 year 开展）/ Budget year evaluated (year − 1, evaluated in year)',
  })
  evaluatedYear: number;
  @Field(() => Int, { description: '单位自评定稿项目数 / Projects with a final self-evaluation' }) evaluated: number;
  @Field(() => Int, { description: '评为优 / Graded excellent' }) excellent: number;
  @Field(() => Int, { description: '评为良 / Graded good' }) good: number;
  @Field(() => Int, { description: '评为中 / Graded medium' }) medium: number;
  @Field(() => Int, { description: '评为差 / Graded poor' }) poor: number;
}

@ObjectType({ description: '可选的县 / A county one may pick' })
export class CountyOption {
  @Field({ description: '行政区划代码 / Division code' }) code: string;
  @Field({ description: '县名称 / County name' }) name: string;
  @Field(() => String, {
    nullable: true,
    description:
      '县英文名称（无则为空，显示中文名）/ The county’s English name (null when none is known; the name is shown)',
  })
  nameEn: string | null;
}
