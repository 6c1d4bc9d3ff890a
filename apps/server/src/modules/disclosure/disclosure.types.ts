import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../../graphql/connection.js';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';

@ObjectType({ description: '公开的绩效目标 / A published target' })
export class PublicIndicator {
  @Field({ description: '指标名称 / Indicator' }) name: string;
  @Field({ description: '一级指标 / Level 1' }) level1: string;
  @Field({ description: '比较符 / Comparator' }) comparator: string;
  @Field(() => String, { nullable: true, description: '目标值 / Target value' }) targetValue: string | null;
  @Field(() => String, { nullable: true, description: '定性目标 / Qualitative target' }) targetText: string | null;
  @Field({ description: '计量单位 / Unit of measure' }) unitOfMeasure: string;
}

@ObjectType({ description: '公开的评价结果 / A published evaluation result' })
export class PublicEvaluation {
  @Field({ description: '评价类型 / Kind' }) kind: string;
  @Field(() => Float, { nullable: true, description: '得分 / Score' }) score: number | null;
  @Field(() => String, { nullable: true, description: '等次 / Grade' }) grade: string | null;
  @Field({ description: '公开日期 / Published on' }) publishedOn: string;
}

@ObjectType({ description: '公开的项目绩效信息 / A project as disclosed to the public' })
export class PublicProject {
  @Field(() => ID, { description: '全局 ID / Global id' }) id: string;
  @Field({ description: '项目编码 / Code' }) code: string;
  @Field({ description: '项目名称 / Name' }) name: string;
  @Field({ description: '实施单位 / Unit' }) unitName: string;
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => DecimalScalar, { description: '预算（元）/ Budget' }) budget: string;
  @Field({ description: '目标公开日期 / Targets published on' }) targetsPublishedOn: string;
  @Field(() => [PublicIndicator], { description: '绩效目标 / Targets' }) indicators: PublicIndicator[];
  @Field(() => [PublicEvaluation], { description: '已公开的评价 / Published evaluations' })
  evaluations: PublicEvaluation[];
}

export const PublicProjectConnection = connectionOf(PublicProject, 'PublicProject');
