import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';

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
  @Field(() => Int, {
    description: '计算时已办结的检查数（定向检查、随机抽查）/ Checks of the year’s work concluded when computed',
  })
  checks: number;
  @Field(() => Float, {
    description: '检查发现问题扣减的质量分合计 / Points the checks with issues took off quality (their sum)',
  })
  checkDeduction: number;
}
