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

@ObjectType({ description: '有公开信息的县 / A county with anything published' })
export class PublicCounty {
  @Field({ description: '行政区划代码 / Division code' }) code: string;
  @Field({ description: '县名称 / County name' }) name: string;
  @Field(() => String, {
    nullable: true,
    description:
      '县英文名称（无则为空，显示中文名）/ The county’s English name (null when none is known; the name is shown)',
  })
  nameEn: string | null;
  @Field(() => String, { nullable: true, description: '县财政局 / The county’s finance bureau' })
  bureauName: string | null;
}

@ObjectType({ description: '公开的评为中、差的项目 / A project whose published self-evaluation is medium or poor' })
export class PublicGradedProject {
  @Field({ description: '项目编码 / Code' }) code: string;
  @Field({ description: '项目名称 / Name' }) name: string;
  @Field({ description: '实施单位 / Unit' }) unitName: string;
  @Field({ description: '等次（MEDIUM 或 POOR）/ Grade (MEDIUM or POOR)' }) grade: string;
  @Field(() => Float, { nullable: true, description: '得分 / Score' }) score: number | null;
}

@ObjectType({
  description:
    '某县某预算年度的公开概况：只计已公开的目标与评价，涉密单位从不计入 / A county’s published figures of a budget year: published targets and evaluations only, never a classified unit’s',
})
export class PublicSummary {
  @Field(() => PublicCounty, { description: '县 / The county' }) county: PublicCounty;
  @Field(() => Int, { description: '预算年度 / Budget year' }) year: number;
  @Field(() => Int, { description: '目标已公开的项目数 / Projects with published targets' }) projectCount: number;
  @Field(() => DecimalScalar, { description: '其预算合计（元）/ Their budget in yuan' }) budget: string;
  @Field(() => Int, {
    description: '已公开单位自评的项目数 / Projects with a published self-evaluation',
  })
  evaluatedCount: number;
  @Field(() => Int, { description: '自评为优 / Self-evaluated excellent' }) excellent: number;
  @Field(() => Int, { description: '自评为良 / Self-evaluated good' }) good: number;
  @Field(() => Int, { description: '自评为中 / Self-evaluated medium' }) medium: number;
  @Field(() => Int, { description: '自评为差 / Self-evaluated poor' }) poor: number;
  @Field(() => [PublicGradedProject], {
    description: '自评为中、差的项目（差在前）/ Projects self-evaluated medium or poor, poor first',
  })
  mediumOrPoor: PublicGradedProject[];
}
