import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DecimalScalar } from '../../graphql/decimal.scalar.js';

@ObjectType({
  description:
    '结果应用：评为中、差的项目压减下年度预算 / Result application: next year’s budget cut for projects graded medium or poor',
})
export class ResultApplicationSummary {
  @Field(() => Int, { description: '建议压减的项目数 / Projects with a proposed cut' })
  projectCount: number;

  @Field(() => Int, { description: '其中评为“中” / Of which graded medium' })
  mediumCount: number;

  @Field(() => Int, { description: '其中评为“差” / Of which graded poor' })
  poorCount: number;

  @Field(() => DecimalScalar, { description: '按规则建议压减合计（元）/ Cuts the rules propose, in yuan' })
  proposedCut: string;

  @Field(() => Int, { description: '预算科已确定的项目数 / Cuts the budget section has decided' })
  decidedCount: number;

  @Field(() => DecimalScalar, { description: '预算科确定压减合计（元）/ Cuts the budget section decided, in yuan' })
  acceptedCut: string;

  @Field(() => Int, {
    description:
      '压减所在预算年度（被评价年度之后第二年）/ Budget year the cuts land in (two years after the year evaluated)',
  })
  targetYear: number;

  @Field(() => DecimalScalar, {
    description:
      '压减所在年度的项目预算合计（元；同一范围、科室、单位与资金类别）/ Project budget of that year in yuan (same portfolio, section, unit and fund family)',
  })
  targetYearBudget: string;

  @Field(() => Float, {
    nullable: true,
    description:
      '建议压减占该年度预算的比例（小数；该年度无预算为空）/ Cuts proposed as a share of that budget (fraction; null without one)',
  })
  proposedShare: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '确定压减占该年度预算的比例（小数；该年度无预算为空）/ Cuts decided as a share of that budget (fraction; null without one)',
  })
  acceptedShare: number | null;

  @Field(() => Int, {
    description: '建议资金收回笔数（不含未采纳）/ Fund recalls proposed (not rejected), apart from the cuts',
  })
  recallCount: number;

  @Field(() => DecimalScalar, {
    description: '建议收回资金合计（元，不含未采纳）/ Recalls proposed, in yuan (rejected ones excluded)',
  })
  recallProposed: string;

  @Field(() => Int, { description: '预算科已决定收回的笔数 / Recalls the budget section decided' })
  recallDecidedCount: number;

  @Field(() => DecimalScalar, { description: '预算科决定收回合计（元）/ Recalls the budget section decided, in yuan' })
  recallDecided: string;
}

@ObjectType({ description: '信息公开情况 / What has been disclosed to the public' })
export class DisclosureSummary {
  @Field(() => Int, { description: '绩效目标已批复的项目数 / Projects of the year with approved targets' })
  approvedTargetCount: number;

  @Field(() => Int, { description: '绩效目标已公开的项目数 / Of which published' })
  publishedTargetCount: number;

  @Field(() => Int, { description: '该预算年度已定稿的评价数 / Final evaluations of the budget year' })
  finalEvaluationCount: number;

  @Field(() => Int, { description: '其中已公开 / Of which published' })
  publishedEvaluationCount: number;
}
