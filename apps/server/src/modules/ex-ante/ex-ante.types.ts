import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';

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
  @Field({
    description:
      '可委托第三方复评：预算达到复评金额，或为专项项目 / May be sent for agency re-assessment: budget at the threshold, or a specialised (专项) project',
  })
  reassessmentEligible: boolean;
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
