import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { FundFamily } from '@jixiao/schema/enums';
import { FundFamilyEnum } from '../../graphql/enums.js';
import { ExecutionRow, FlagSummary, GradeDistribution, TargetSummary } from '../analytics/index.js';
import { FUND_REVIEW_SUBJECTS, type FundReviewSubject } from './fund-review.entity.js';

export const FundReviewSubjectEnum = Object.fromEntries(FUND_REVIEW_SUBJECTS.map((k) => [k, k])) as {
  [K in FundReviewSubject]: K;
};
registerEnumType(FundReviewSubjectEnum, {
  name: 'FundReviewSubject',
  description: '资金主管科室审核的对象 / What a fund-owning section reviewed',
  valuesConfig: {
    TARGETS: { description: '绩效目标 / The project’s targets' },
    MONITORING_REPORT: { description: '监控报告 / A monitoring report' },
    SELF_EVALUATION: { description: '单位自评 / A unit’s self-evaluation' },
  },
});

@ObjectType({
  description:
    '资金主管科室（社保科、企业科、债务科、乡财科）的审核上报记录 / A fund-owning section’s review: passed upward or returned',
})
export class FundReview {
  projectId: number;
  reportId: number | null;
  evaluationId: number | null;

  @Field(() => FundReviewSubjectEnum, { description: '审核对象 / What was reviewed' }) subject: FundReviewSubject;
  @Field(() => Int, { nullable: true, description: '监控报告所属节点月份 / The report’s checkpoint month' })
  checkpointMonth: number | null;
  @Field({ description: '通过并上报（否则退回单位）/ Passed upward (else returned to the unit)' }) approved: boolean;
  @Field({ description: '意见 / Comment' }) comment: string;
  @Field({ description: '审核科室 / Section' }) sectionName: string;
  @Field(() => String, { nullable: true, description: '审核人 / Reviewer' }) reviewerName: string | null;
  @Field({ description: '审核日期 YYYY-MM-DD / Date' }) reviewedOn: string;
}

@ObjectType({
  description:
    '资金类别绩效总结（11月20日，资金主管科室报绩效科）/ A fund family’s performance summary for the year (20 November), sent by its fund-owning section to the performance section',
})
export class FundFamilySummary {
  @Field(() => Int, { description: '年度 / Year' }) year: number;
  @Field(() => FundFamilyEnum, { description: '资金类别 / Fund family' }) fundFamily: FundFamily;
  @Field({ description: '报送科室 / Section that sent it' }) sectionName: string;
  @Field({ description: '总结正文 / The section’s text' }) text: string;
  @Field({ description: '报送日期 YYYY-MM-DD / Date sent' }) sentOn: string;
  @Field(() => String, { nullable: true, description: '报送人 / Sent by' }) sentByName: string | null;
  @Field(() => Int, {
    description: '版本号，重新报送时回传以防覆盖 / Version: send it back when sending again, to detect conflicts',
  })
  version: number;
  @Field(() => Int, {
    nullable: true,
    description:
      '预算执行与预警所取的监控节点月份（报送时已开启的最近节点）/ Checkpoint month of the execution and flag figures (the latest opened when sent)',
  })
  checkpointMonth: number | null;
  @Field(() => TargetSummary, { description: '本类别项目与预算（报送时）/ The family’s projects and budget, as sent' })
  targets: TargetSummary;
  @Field(() => ExecutionRow, { nullable: true, description: '预算执行（报送时）/ Budget execution, as sent' })
  execution: ExecutionRow | null;
  @Field(() => FlagSummary, { nullable: true, description: '黄标红标（报送时）/ Flags, as sent' })
  flags: FlagSummary | null;
  @Field(() => Int, { description: '评价等次所属预算年度（上一年）/ Budget year of the grades (the year before)' })
  gradesYear: number;
  @Field(() => GradeDistribution, {
    description:
      '单位自评等次分布（上一预算年度，本年完成）/ Self-evaluation grades of the year before, made this year',
  })
  grades: GradeDistribution;
}
